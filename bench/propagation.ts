/**
 * Benchmark 1, propagation: one writer and N readers in one room; the writer edits shapes at a
 * steady rate and every reader's arrival latency is measured, on our room server and on the
 * baseline Yjs server (y-websocket, in Node) and on y-partykit's own server (a second party in the
 * same workerd as ours) under the same load with the same clients, and on our room with its
 * storage in memory (bench/baseline/inMemoryRoomParty.ts), which prices the durable write every
 * relayed edit waits for. Rounds alternate between the servers so a noisy moment on the machine
 * lands on all. Goals: p99 ≤ 1.2× y-websocket's, and no slower than y-partykit's.
 */
import type { YjsClient } from '../e2e/support/yjsClient'
import { newRoomId } from '../shared/roomId'
import { runEdits, seedShapes, waitForRecords, type EditRun } from './support/editLoad'
import { ms, type BenchRow, type Figure } from './support/report'
import { measureWithoutReload, startBenchRoomServer } from './support/servers'
import { startBaselineServer } from './support/baselineServer'
import { summarize } from './support/stats'
import { baselineTarget, connectClients, inMemoryRoomTarget, roomServerTarget, yPartykitTarget, type SyncTarget } from './support/syncTarget'

export interface PropagationOptions {
  readerCounts: number[]
  edits: number
  ratePerSecond: number
  /** Edits before the measured ones, to warm up both ends. */
  warmupEdits: number
  /** Alternating rounds per server and reader count. */
  rounds: number
}

const SHAPES = 50
export const GOAL_RATIO = 1.2

/** One measured run: a fresh room on `target` with one writer and `readers` readers. */
async function measure(target: SyncTarget, readers: number, options: PropagationOptions): Promise<EditRun> {
  const roomId = newRoomId()
  const clients: YjsClient[] = await connectClients(target, roomId, readers + 1)
  try {
    const [writer, ...others] = clients as [YjsClient, ...YjsClient[]]
    const ids = seedShapes(writer, SHAPES, 'prop')
    await waitForRecords(others, SHAPES)
    const plan = (count: number) => Array.from({ length: count }, (_, i) => ({ writer, id: ids[i % ids.length]!, readers: others }))
    await runEdits(plan(options.warmupEdits), options.ratePerSecond)
    return await runEdits(plan(options.edits), options.ratePerSecond)
  } finally {
    for (const client of clients) client.destroy()
  }
}

/** The runs of several rounds as one. */
function pool(runs: EditRun[]): EditRun {
  return {
    latencies: runs.flatMap((run) => run.latencies),
    missing: runs.reduce((total, run) => total + run.missing, 0),
    achievedRate: Math.min(...runs.map((run) => run.achievedRate)),
  }
}

function latencyFigures(run: EditRun): Figure[] {
  const summary = summarize(run.latencies)
  return [ms('p50', summary.p50), ms('p99', summary.p99), ms('max', summary.max)]
}

export async function benchPropagation(options: PropagationOptions): Promise<BenchRow[]> {
  const baselineServer = await startBaselineServer()
  const roomServer = await startBenchRoomServer()
  const rows: BenchRow[] = []
  try {
    const ours = roomServerTarget(roomServer.host)
    const baseline = baselineTarget(baselineServer.host)
    const yPartykit = yPartykitTarget(roomServer.host)
    const inMemory = inMemoryRoomTarget(roomServer.host)
    for (const readers of options.readerCounts) {
      const runs = { ours: [] as EditRun[], baseline: [] as EditRun[], yPartykit: [] as EditRun[], inMemory: [] as EditRun[] }
      let reloads = 0
      for (let round = 0; round < options.rounds; round++) {
        runs.baseline.push(await measure(baseline, readers, options))
        for (const [key, target] of [['ours', ours], ['yPartykit', yPartykit], ['inMemory', inMemory]] as const) {
          const { result, attempts } = await measureWithoutReload(roomServer, () => measure(target, readers, options))
          runs[key].push(result)
          reloads += attempts - 1
        }
      }
      const run = pool(runs.ours)
      const base = pool(runs.baseline)
      const party = pool(runs.yPartykit)
      const memory = pool(runs.inMemory)
      const p99 = (edits: EditRun) => summarize(edits.latencies).p99
      const ratio = p99(run) / p99(base)
      const partyRatio = p99(run) / p99(party)
      const missing = run.missing + base.missing + party.missing + memory.missing
      const notes = [
        missing > 0 ? `arrivals missing by the deadline: ours ${run.missing}, y-websocket ${base.missing}, y-partykit ${party.missing}, storage in memory ${memory.missing}` : '',
        reloads > 0 ? `${reloads} run(s) repeated because the server reloaded on a source edit` : '',
      ].filter(Boolean)
      rows.push({
        benchmark: 'Propagation',
        case: `1 writer, ${readers} readers, ${options.edits} edits at ${options.ratePerSecond}/s ×${options.rounds}`,
        figures: [...latencyFigures(run), ...latencyFigures(memory).map((figure) => ({ ...figure, label: `storage in memory ${figure.label}` }))],
        baseline: {
          label: 'y-websocket (Node) · y-partykit (same workerd)',
          figures: [...latencyFigures(base).map((figure) => ({ ...figure, label: `y-websocket ${figure.label}` })), ...latencyFigures(party).map((figure) => ({ ...figure, label: `y-partykit ${figure.label}` }))],
        },
        goal: `p99 ≤ ${GOAL_RATIO}× y-websocket and ≤ 1× y-partykit`,
        pass: ratio <= GOAL_RATIO && partyRatio <= 1 && run.missing === 0,
        verdict: `${ratio.toFixed(2)}× y-websocket, ${partyRatio.toFixed(2)}× y-partykit; storage in memory ${(p99(memory) / p99(base)).toFixed(2)}×, ${(p99(memory) / p99(party)).toFixed(2)}×`,
        ...(notes.length > 0 ? { note: notes.join('; ') } : {}),
      })
    }
  } finally {
    await roomServer.dispose()
    await baselineServer.stop()
  }
  return rows
}
