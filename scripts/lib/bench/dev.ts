// Dev-server measurements: cold start (spawn `vitepress dev` on a free port, time until `/` answers
// 200 with HTML) and the edit-to-screen time of a note (HMR): open the note in Chromium, append a
// unique line to its Markdown, wait until the text is on the page. The appended line is removed
// again in a finally block (only that line, so a concurrent edit to the file survives).
import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import process from 'node:process'
import { chromium } from 'playwright-core'
import { chromiumLaunchOptions } from '../../../.vitepress/node/chromium'

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address
        ? address.port
        : 0))
    })
  })
}

async function waitForHtml(url: string, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs
  while (performance.now() < deadline) {
    try {
      const res = await fetch(url)
      if (res.status === 200 && (res.headers.get('content-type') ?? '').includes('text/html')) {
        await res.text()
        return
      }
    }
    catch {}
    await new Promise(r => setTimeout(r, 50))
  }
  throw new Error(`dev server did not answer ${url} within ${timeoutMs} ms`)
}

function stop(child: ChildProcess): void {
  // Started detached: its process group holds vitepress and esbuild.
  try {
    process.kill(-child.pid!, 'SIGTERM')
  }
  catch {}
}

export interface DevResult {
  coldStartMs: number
  /** Edit-to-screen time of the note, or undefined when it could not be measured. */
  hmrMs?: number
  hmrError?: string
}

export async function measureDev(options: { root: string, srcDir: string, noteId: string }): Promise<DevResult> {
  const port = await freePort()
  const start = performance.now()
  const child = spawn(join(options.root, 'node_modules/.bin/vitepress'), [
    'dev',
    '--port',
    String(port),
    '--strictPort',
  ], {
    cwd: options.root,
    env: { ...process.env, HOST: '127.0.0.1' },
    stdio: 'ignore',
    detached: true,
  })
  try {
    const base = `http://127.0.0.1:${port}/`
    await waitForHtml(base, 120_000)
    const coldStartMs = performance.now() - start
    try {
      return { coldStartMs, hmrMs: await measureHmr(`${base}${options.noteId}`, join(options.srcDir, `${options.noteId}.md`)) }
    }
    catch (error) {
      return {
        coldStartMs,
        hmrError: error instanceof Error
          ? error.message
          : String(error),
      }
    }
  }
  finally {
    stop(child)
  }
}

async function measureHmr(url: string, file: string): Promise<number> {
  const browser = await chromium.launch(chromiumLaunchOptions())
  const marker = `ベンチHMR${Date.now().toString(36)}`
  const line = `\n${marker}\n`
  let appended = false
  try {
    const page = await browser.newPage()
    await page.goto(url, { waitUntil: 'networkidle', timeout: 120_000 })
    await page.locator('.vp-doc h1').first().waitFor({ timeout: 60_000 })
    const start = performance.now()
    writeFileSync(file, readFileSync(file, 'utf8') + line)
    appended = true
    await page.getByText(marker).first().waitFor({ timeout: 60_000 })
    return performance.now() - start
  }
  finally {
    if (appended) {
      const now = readFileSync(file, 'utf8')
      const at = now.lastIndexOf(line)
      if (at >= 0)
        writeFileSync(file, now.slice(0, at) + now.slice(at + line.length))
    }
    await browser.close()
  }
}
