/**
 * Benchmark 1, propagation: one writer and N readers in one room; the writer edits shapes at a
 * steady rate and every reader's arrival latency is measured, on our room server and on the
 * baseline Yjs server under the same load with the same clients. Rounds alternate between the two
 * servers so a noisy moment on the machine lands on both. Goal: p99 ≤ 1.2× the baseline.
 */
import type { YjsClient } from '../e2e/support/yjsClient'
import { newRoomId } from '../shared/roomId'
import { runEdits, seedShapes, waitForRecords, type EditRun } from './support/editLoad'
import { ms, type BenchRow, type Figure } from './support/report'
import { measureWithoutReload, startBenchRoomServer } from './support/servers'
import { startBaselineServer } from './support/baselineServer'
import { summarize } from './support/stats'
import { baselineTarget, connectClients, roomServerTarget, type SyncTarget } from './support/syncTarget'

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
    for (const readers of options.readerCounts) {
      const runs = { ours: [] as EditRun[], baseline: [] as EditRun[] }
      let reloads = 0
      for (let round = 0; round < options.rounds; round++) {
        runs.baseline.push(await measure(baseline, readers, options))
        const { result, attempts } = await measureWithoutReload(roomServer, () => measure(ours, readers, options))
        runs.ours.push(result)
        reloads += attempts - 1
      }
      const run = pool(runs.ours)
      const base = pool(runs.baseline)
      const ratio = summarize(run.latencies).p99 / summarize(base.latencies).p99
      const notes = [
        run.missing + base.missing > 0 ? `arrivals missing by the deadline: ours ${run.missing}, baseline ${base.missing}` : '',
        reloads > 0 ? `${reloads} run(s) repeated because the server reloaded on a source edit` : '',
      ].filter(Boolean)
      rows.push({
        benchmark: 'Propagation',
        case: `1 writer, ${readers} readers, ${options.edits} edits at ${options.ratePerSecond}/s ×${options.rounds}`,
        figures: latencyFigures(run),
        baseline: { label: 'y-websocket', figures: latencyFigures(base) },
        goal: `p99 ≤ ${GOAL_RATIO}× baseline`,
        pass: ratio <= GOAL_RATIO && run.missing === 0,
        verdict: `${ratio.toFixed(2)}×`,
        ...(notes.length > 0 ? { note: notes.join('; ') } : {}),
      })
    }
  } finally {
    await roomServer.dispose()
    await baselineServer.stop()
  }
  return rows
}
