/**
 * Starts the room server (`partykit dev` running party/server.ts in a local workerd) as a child
 * process. Used by `npm start`, `npm run dev`, the integration and e2e tests and the benchmarks, so
 * all of them run the same server the same way.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { fileURLToPath } from 'node:url'
import path from 'node:path'
import { localSecret } from './localSecret'

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const PARTYKIT_BIN = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'partykit')

/** The model settings a room reads (README "Use a real model", docs/models.md); passed through from the environment. */
export const MODEL_ENV_VARS = ['OPENAI_API_KEY', 'OPENAI_BASE_URL', 'AI_MODEL', 'AI_PROVIDER', 'AI_VISION', 'AI_TEMPERATURE', 'AI_MAX_OUTPUT_TOKENS'] as const

export interface RoomServerOptions {
  /** Port to listen on; a free one when omitted. */
  port?: number
  /** Where boards are persisted. */
  persistDir: string
  /**
   * Variables for the room (model settings, SKETCHROOM_SECRET); values that are undefined are left
   * out. Without SKETCHROOM_SECRET the secret kept in `persistDir` is used (made on first start).
   */
  vars?: Record<string, string | undefined>
  /** Echo the server's output (for `npm start`). */
  inheritOutput?: boolean
  /** How long to wait for the server to answer. */
  startTimeoutMs?: number
  /** A partykit.json other than the project's (the benchmarks add a baseline party this way). */
  config?: string
}

export interface RoomServer {
  readonly url: string
  readonly port: number
  /** Stops the server gracefully (SIGTERM) and waits for it to exit. */
  stop(): Promise<void>
  /** Kills the server outright (SIGKILL), as a crash would. */
  kill(): Promise<void>
  /** Everything the server printed so far. */
  output(): string
  /** Process id of `partykit dev`, which leads the server's process group (its workerd included). */
  readonly pid: number | undefined
  /** Resident memory of the server's workerd process(es) in bytes, read from /proc; 0 without /proc. */
  workerdRssBytes(): number
  /**
   * Times `partykit dev` rebuilt and restarted the rooms since it started: it watches the sources,
   * so an edit to any file the server imports drops every room's memory and connections.
   */
  reloads(): number
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

export async function startRoomServer(options: RoomServerOptions): Promise<RoomServer> {
  const port = options.port ?? (await freePort())
  // partykit.json serves the built app from here and refuses to start when it is missing.
  mkdirSync(path.join(PROJECT_ROOT, 'dist', 'client'), { recursive: true })
  const args = ['dev', '--port', String(port), '--persist', options.persistDir, '--disable-request-cf-fetch', '--no-hotkeys']
  if (options.config) args.push('--config', options.config)
  const vars = { ...options.vars, SKETCHROOM_SECRET: options.vars?.SKETCHROOM_SECRET || localSecret(options.persistDir) }
  for (const [key, value] of Object.entries(vars)) {
    if (value !== undefined && value !== '') args.push('--var', `${key}=${value}`)
  }
  const child = spawn(PARTYKIT_BIN, args, {
    cwd: PROJECT_ROOT,
    // Its own process group, so stop/kill reach the workerd it spawns too.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  })
  let output = ''
  let builds = 0
  const collect = (chunk: Buffer) => {
    const text = chunk.toString()
    builds += text.split('Build succeeded').length - 1
    output = (output + text).slice(-200_000)
    if (options.inheritOutput) process.stdout.write(text)
  }
  child.stdout?.on('data', collect)
  child.stderr?.on('data', collect)
  const url = `http://127.0.0.1:${port}`
  await waitUntilServing(url, child, options.startTimeoutMs ?? 60_000, () => output)
  return {
    url,
    port,
    stop: () => terminate(child, 'SIGTERM'),
    kill: () => terminate(child, 'SIGKILL'),
    output: () => output,
    pid: child.pid,
    workerdRssBytes: () => (child.pid === undefined ? 0 : processGroupRssBytes(child.pid, 'workerd')),
    reloads: () => Math.max(0, builds - 1),
  }
}

/**
 * Resident memory (VmRSS) of the processes in process group `groupId`, only those named `command`
 * when given, read from /proc (Linux). A process that exits while being read counts 0.
 */
export function processGroupRssBytes(groupId: number, command?: string): number {
  let entries: string[]
  try {
    entries = readdirSync('/proc')
  } catch {
    return 0
  }
  let total = 0
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue
    try {
      // "pid (comm) state ppid pgrp …": comm may hold spaces and parentheses, so split at the last ')'.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'))
      const group = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2])
      if (group !== groupId || (command !== undefined && comm !== command)) continue
      total += processRssBytes(Number(entry))
    } catch {
      // gone meanwhile
    }
  }
  return total
}

/** Resident memory (VmRSS) of one process in bytes; 0 when it is gone or there is no /proc. */
export function processRssBytes(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return match ? Number(match[1]) * 1024 : 0
  } catch {
    return 0
  }
}

async function waitUntilServing(url: string, child: ChildProcess, timeoutMs: number, output: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the room server exited with ${child.exitCode}:\n${output()}`)
    try {
      // The new-board redirect comes from the server script, so it proves workerd is up and the script loaded.
      const response = await fetch(`${url}/`, { redirect: 'manual', signal: AbortSignal.timeout(2_000) })
      if (response.status === 302) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  await terminate(child, 'SIGKILL')
  throw new Error(`the room server did not start within ${timeoutMs} ms:\n${output()}`)
}

async function terminate(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  try {
    process.kill(-child.pid, signal)
  } catch {
    return
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, 'SIGKILL')
    } catch {
      // already gone
    }
  }, 5_000)
  await exited
  clearTimeout(timer)
}
