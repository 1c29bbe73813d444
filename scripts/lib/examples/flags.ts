// Splits a command's words into positionals and flags, knowing which flags take a value, so
// `kubectl -n web-prd get deploy,svc` and `helm install web ./web --namespace=x --create-namespace`
// read the same way. Everything after `--` is the container's command, kept apart.

export interface Args {
  positionals: string[]
  flags: Map<string, string[]>
  /** Words after `--`. */
  rest: string[]
}

const VALUE_FLAGS = new Set([
  '-n',
  '--namespace',
  '-l',
  '--selector',
  '-o',
  '--output',
  '-L',
  '--label-columns',
  '-c',
  '--container',
  '-f',
  '--filename',
  '--values',
  '-k',
  '--kustomize',
  '--field-selector',
  '--for',
  '--timeout',
  '--replicas',
  '--type',
  '-p',
  '--patch',
  '--restart',
  '--image',
  '--from',
  '--context',
  '--cluster',
  '--user',
  '--kubeconfig',
  '--cert',
  '--key',
  '--set',
  '--set-string',
  '--version',
  '--repo',
  '--config',
  '--name',
  '--to-revision',
  '--revision',
  '--grace-period',
  '--sort-by',
  '--template',
  '--port',
  '--subresource',
  '--target-versions',
  '-d',
  // openssl req
  '-out',
  '-keyout',
  '-subj',
  '-days',
  '-newkey',
  '-addext',
])

const ALIASES: Record<string, string> = {
  '--namespace': '-n',
  '--selector': '-l',
  '--output': '-o',
  '--label-columns': '-L',
  '--container': '-c',
  '--filename': '-f',
  '--values': '-f',
  '--kustomize': '-k',
  '--patch': '-p',
}

export function parseArgs(words: string[]): Args {
  const positionals: string[] = []
  const flags = new Map<string, string[]>()
  const rest: string[] = []
  const add = (name: string, value: string): void => {
    const key = ALIASES[name] ?? name
    flags.set(key, [
      ...(flags.get(key) ?? []),
      value,
    ])
  }
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!
    if (w === '--') {
      rest.push(...words.slice(i + 1))
      break
    }
    if (w.startsWith('-') && w.length > 1) {
      const eq = w.indexOf('=')
      if (eq > 0)
        add(w.slice(0, eq), w.slice(eq + 1))
      else if (VALUE_FLAGS.has(w) && i + 1 < words.length)
        add(w, words[++i]!)
      else
        add(w, 'true')
      continue
    }
    positionals.push(w)
  }
  return { positionals, flags, rest }
}

export function flag(args: Args, name: string): string | undefined {
  return args.flags.get(name)?.at(-1)
}

/** `--dry-run=server|client`: kubectl sends or prints the object but nothing is created. */
export function isDryRun(args: Args): boolean {
  const value = flag(args, '--dry-run')
  return value !== undefined && value !== 'none'
}
