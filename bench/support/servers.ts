/**
 * Our room server as the benchmarks run it: started fresh (partykit dev with a throwaway persist
 * dir) so no benchmark inherits another's memory, and watched for source-change reloads. It runs
 * with bench/baseline/partykit.json, which adds y-partykit's own server as a second party in the
 * same workerd (the `y-partykit` baseline).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { PROJECT_ROOT, startRoomServer, type RoomServer } from '../../scripts/roomServer'

/** partykit.json of the benchmarks: our room plus the y-partykit baseline party. */
export const BENCH_PARTYKIT_CONFIG = path.join(PROJECT_ROOT, 'bench', 'baseline', 'partykit.json')

export interface BenchRoomServer extends RoomServer {
  /** 127.0.0.1:<port> */
  readonly host: string
  /** Stops the server and deletes its persist dir. */
  dispose(): Promise<void>
}

export async function startBenchRoomServer(vars: Record<string, string | undefined> = {}): Promise<BenchRoomServer> {
  const persistDir = mkdtempSync(path.join(os.tmpdir(), 'sketchroom-bench-'))
  // Two parties to build; on a busy machine that takes longer than the usual minute.
  const server = await startRoomServer({ persistDir, vars, config: BENCH_PARTYKIT_CONFIG, startTimeoutMs: 180_000 })
  return Object.assign(server, {
    host: `127.0.0.1:${server.port}`,
    dispose: async () => {
      await server.stop()
      rmSync(persistDir, { recursive: true, force: true })
    },
  })
}

/** Runs `body` with a fresh room server, always stopping it. */
export async function withRoomServer<T>(body: (server: BenchRoomServer) => Promise<T>, vars: Record<string, string | undefined> = {}): Promise<T> {
  const server = await startBenchRoomServer(vars)
  try {
    return await body(server)
  } finally {
    await server.dispose()
  }
}

/**
 * Runs `measure` and runs it again (at most `retries` times) when the room server reloaded
 * meanwhile: `partykit dev` restarts every room when a source file changes, which is an edit in
 * the working tree, not a property of the server. Returns the result and how many runs it took.
 */
export async function measureWithoutReload<T>(server: { reloads(): number }, measure: () => Promise<T>, retries = 2): Promise<{ result: T; attempts: number }> {
  for (let attempt = 1; ; attempt++) {
    const before = server.reloads()
    const result = await measure()
    if (server.reloads() === before || attempt > retries) return { result, attempts: attempt }
  }
}
