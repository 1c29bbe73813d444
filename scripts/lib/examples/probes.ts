// An httpGet probe that cannot pass because a fresh, empty volume hides the files the image serves: for the
// images the examples use, the table says where they serve from. A PVC or an emptyDir starts empty; an init
// container that mounts the same volume is taken to fill it. nginx answers a directory without index.html
// with 403 (autoindex is off), so `GET /` over an empty document root never becomes Ready.
import type { Finding } from './model'
import type { PodTemplate } from './pods'
import { asList, dig } from './model'
import { containersOf } from './pods'

/** Images of the examples that serve files, and from where. */
export const SERVED_DIRS: { image: RegExp, dir: string, server: string }[] = [
  { image: /^(?:docker\.io\/)?(?:library\/)?nginx(?::|@|$)/, dir: '/usr/share/nginx/html', server: 'nginx' },
]

const PROBES = ['startupProbe', 'readinessProbe', 'livenessProbe'] as const

function within(path: string, dir: string): boolean {
  return path === dir || path.startsWith(`${dir.replace(/\/$/, '')}/`)
}

export function checkProbes(t: PodTemplate, report: (f: Finding) => void): void {
  const volumes = new Map<string, string>()
  for (const v of asList(t.spec.volumes)) {
    const name = String(dig(v, 'name'))
    if (dig(v, 'emptyDir') !== undefined)
      volumes.set(name, 'an emptyDir')
    else if (dig(v, 'persistentVolumeClaim') !== undefined)
      volumes.set(name, `the PVC ${String(dig(v, 'persistentVolumeClaim', 'claimName'))}`)
  }
  for (const c of asList(dig(t.owner.value, 'spec', 'volumeClaimTemplates')))
    volumes.set(String(dig(c, 'metadata', 'name')), `a new PVC from the volumeClaimTemplate ${String(dig(c, 'metadata', 'name'))}`)
  const all = containersOf(t.spec)
  const seeded = new Set(all.filter(x => x.init).flatMap(x => asList(x.c.volumeMounts).map(m => String(dig(m, 'name')))))
  for (const { c, init, index } of all) {
    const served = SERVED_DIRS.find(s => s.image.test(String(c.image ?? '')))
    if (init || !served)
      continue
    for (const probe of PROBES) {
      const path = dig(c, probe, 'httpGet', 'path')
      if (typeof path !== 'string')
        continue
      const file = `${served.dir}${path}`
      asList(c.volumeMounts).forEach((m) => {
        const name = String(dig(m, 'name'))
        const mount = String(dig(m, 'mountPath'))
        const kind = volumes.get(name)
        if (kind === undefined || seeded.has(name) || !(within(served.dir, mount) || within(file, mount)))
          return
        report({
          file: t.owner.at.file,
          line: t.owner.lineOf(`${t.pointer}/spec/containers/${index}/${probe}`),
          check: 'probe-path-shadowed',
          message: `${probe} GET ${path} cannot pass: ${kind} is mounted empty at ${mount}, over ${served.dir} where ${served.server} serves it from (${served.server} answers 403 or 404), and no init container fills it`,
        })
      })
    }
  }
}
