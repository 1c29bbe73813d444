import type { Server } from 'node:http'
// A static server for the built site, as a static host would serve it: clean URLs (/notes/gitops →
// notes/gitops.html), the site under its base path, 404.html for misses, and precompressed .gz files
// when they exist (the benchmark writes them once; nothing is compressed per request).
import type { AddressInfo } from 'node:net'
import { Buffer } from 'node:buffer'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { join } from 'node:path'
import sirv from 'sirv'

export interface ServeOptions {
  /** Built site folder. */
  dir: string
  /**
   * Path the site lives under, like VitePress `base`.
   * @default '/'
   */
  base?: string
  /** @default 4173 */
  port?: number
  /** @default '127.0.0.1' */
  host?: string
}

export function serveSite(options: ServeOptions): Promise<{ server: Server, url: string }> {
  const base = options.base ?? '/'
  const assets = sirv(options.dir, {
    extensions: ['html'],
    gzip: true,
    dev: false,
    etag: true,
    dotfiles: false,
  })
  const notFound = (() => {
    try {
      return readFileSync(join(options.dir, '404.html'))
    }
    catch {
      return Buffer.from('Not found')
    }
  })()
  const server = createServer((req, res) => {
    const url = req.url ?? '/'
    if (!url.startsWith(base) && `${url}/` !== base) {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(notFound)
      return
    }
    req.url = `/${url.slice(base.length)}`.replace(/^\/+/, '/')
    assets(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(notFound)
    })
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 4173, options.host ?? '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      resolve({ server, url: `http://${options.host ?? '127.0.0.1'}:${port}${base}` })
    })
  })
}
