/**
 * The real room server for a test: `partykit dev` (scripts/roomServer.ts) on a free port with its
 * own temporary persist dir, restartable on the same port and dir so tests can prove that boards
 * survive a restart. Used by the vitest integration tests and the Playwright fixtures alike.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { connect } from 'node:net'
import { newSecret } from '../../scripts/localSecret'
import { freePort, startRoomServer, type RoomServer } from '../../scripts/roomServer'
import { waitFor } from './waitFor'

export interface TestServer {
  /** http://127.0.0.1:<port>, stable across restarts. */
  readonly url: string
  /** 127.0.0.1:<port>, what y-partykit's provider takes as host. */
  readonly host: string
  readonly port: number
  readonly persistDir: string
  /** Everything the current server process printed, for failure messages. */
  output(): string
  /** Stops the server gracefully; boards stay in the persist dir. */
  stop(): Promise<void>
  /** Kills the server outright, as a crash would. */
  kill(): Promise<void>
  /** Starts it again on the same port and persist dir. */
  start(): Promise<void>
  /** Stops it and deletes the persist dir. */
  dispose(): Promise<void>
  /** Resident memory of the running server's workerd in bytes (0 when stopped or without /proc). */
  workerdRssBytes(): number
  /** Source-change reloads of the running server process (see RoomServer.reloads). */
  reloads(): number
}

export interface TestServerOptions {
  port?: number
  persistDir?: string
  /** Variables for the room (model settings), as `startRoomServer` takes them. */
  vars?: Record<string, string | undefined>
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const port = options.port ?? (await freePort())
  const persistDir = options.persistDir ?? mkdtempSync(path.join(os.tmpdir(), 'sketchroom-test-'))
  let current: RoomServer | null = null
  // A fresh secret per test server, kept across its restarts so view links stay valid.
  const vars = { SKETCHROOM_SECRET: newSecret(), ...options.vars }
  const start = async () => {
    if (current) return
    current = await startRoomServer({ port, persistDir, vars })
  }
  const stopWith = async (how: 'stop' | 'kill') => {
    const server = current
    current = null
    await server?.[how]()
    // workerd may outlive partykit's process by a moment; the next start needs the port.
    await waitFor(async () => !(await isListening(port)), { timeoutMs: 15_000, message: `port ${port} to close` })
  }
  await start()
  return {
    url: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    port,
    persistDir,
    output: () => current?.output() ?? '',
    stop: () => stopWith('stop'),
    kill: () => stopWith('kill'),
    start,
    dispose: async () => {
      await stopWith('stop')
      rmSync(persistDir, { recursive: true, force: true })
    },
    workerdRssBytes: () => current?.workerdRssBytes() ?? 0,
    reloads: () => current?.reloads() ?? 0,
  }
}

function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port })
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}
