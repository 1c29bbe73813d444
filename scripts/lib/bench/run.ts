// Runs a command (a build) and reports its wall time, peak memory and output. Peak memory is the
// largest resident set of any process in the tree: GNU time's %M where /usr/bin/time exists,
// otherwise the largest VmHWM seen while polling /proc for the child and its descendants.
import type { Buffer } from 'node:buffer'
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'

export interface RunResult {
  ms: number
  /** Peak resident set size in KiB, if it could be measured. */
  peakKiB?: number
  code: number
  output: string
}

export interface RunOptions {
  env?: Record<string, string | undefined>
  cwd?: string
  /** Hold this flock(1) lock file while running (waiting for it is not timed: GNU time runs inside). */
  lock?: string
}

const GNU_TIME = '/usr/bin/time'

export async function runMeasured(command: string, args: string[], options: RunOptions = {}): Promise<RunResult> {
  const useTime = existsSync(GNU_TIME)
  const dir = mkdtempSync(join(tmpdir(), 'bench-run-'))
  const timeFile = join(dir, 'time.txt')
  const timed = useTime
    ? [
        GNU_TIME,
        '-o',
        timeFile,
        '-f',
        '%e %M',
        command,
        ...args,
      ]
    : [command, ...args]
  const [cmd, ...argv] = options.lock
    ? ['flock', options.lock, ...timed]
    : timed
  const start = performance.now()
  const child = spawn(cmd!, argv, {
    cwd: options.cwd,
    env: {
      ...process.env,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (d: Buffer) => (output += d.toString()))
  child.stderr.on('data', (d: Buffer) => (output += d.toString()))
  let polledPeak = 0
  const poll = useTime
    ? undefined
    : setInterval(() => {
        polledPeak = Math.max(polledPeak, treePeakKiB(child.pid!))
      }, 200)
  const code = await new Promise<number>((resolve, reject) => {
    child.once('error', reject)
    child.once('close', c => resolve(c ?? 1))
  })
  const wallMs = performance.now() - start
  if (poll)
    clearInterval(poll)
  let peakKiB: number | undefined = polledPeak || undefined
  let ms = wallMs
  if (useTime && existsSync(timeFile)) {
    // GNU time prints "Command exited with non-zero status N" before the format line on failure.
    const last = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1) ?? ''
    const [elapsed, maxRss] = last.split(' ').map(Number)
    if (Number.isFinite(maxRss))
      peakKiB = maxRss
    if (Number.isFinite(elapsed) && elapsed! > 0)
      ms = Math.max(elapsed! * 1000, 0) || wallMs
  }
  rmSync(dir, { recursive: true, force: true })
  return {
    ms,
    ...(peakKiB
      ? { peakKiB }
      : {}),
    code,
    output,
  }
}

/** Largest VmHWM (KiB) among pid and its descendants, from /proc. */
function treePeakKiB(root: number): number {
  const children = new Map<number, number[]>()
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name))
      continue
    try {
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(readFileSync(`/proc/${name}/status`, 'utf8'))?.[1])
      children.set(ppid, [
        ...(children.get(ppid) ?? []),
        Number(name),
      ])
    }
    catch {}
  }
  let peak = 0
  const stack = [root]
  while (stack.length > 0) {
    const pid = stack.pop()!
    try {
      peak = Math.max(peak, Number(/^VmHWM:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0))
    }
    catch {}
    stack.push(...(children.get(pid) ?? []))
  }
  return peak
}

/**
 * Runs fn while holding a flock(1) lock (a helper process holds it until fn settles), so a cold
 * build's cache removal and the builds after it are not interleaved with another checkout's build.
 */
export async function withLock<T>(lock: string | undefined, fn: () => Promise<T>): Promise<T> {
  if (!lock)
    return fn()
  const holder = spawn('flock', [
    lock,
    'sh',
    '-c',
    'echo locked; read _',
  ], {
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  try {
    await new Promise<void>((resolve, reject) => {
      holder.once('error', reject)
      holder.once('exit', code => reject(new Error(`flock ${lock} exited with ${code}`)))
      holder.stdout.once('data', () => resolve())
    })
    return await fn()
  }
  finally {
    holder.stdin.end()
    if (holder.exitCode === null)
      await once(holder, 'exit')
  }
}
