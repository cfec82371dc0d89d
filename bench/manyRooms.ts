/**
 * Benchmark 2, many rooms: 200 rooms with 3 clients each, every client editing its own shapes at a
 * slow steady pace so all rooms are busy at once; p99 latency to the other two clients of the room
 * and the server's resident memory (workerd for ours, the Node process for the baseline).
 */
import type { YjsClient } from '../e2e/support/yjsClient'
import { newRoomId } from '../shared/roomId'
import { runEdits, seedShapes, waitForRecords, type EditRun, type PlannedEdit } from './support/editLoad'
import { mib, ms, type BenchRow } from './support/report'
import { measureWithoutReload, startBenchRoomServer } from './support/servers'
import { startBaselineServer } from './support/baselineServer'
import { summarize } from './support/stats'
import { baselineTarget, connectClients, roomServerTarget, type SyncTarget } from './support/syncTarget'

export interface ManyRoomsOptions {
  rooms: number
  clientsPerRoom: number
  /** Edits per second over all rooms. */
  ratePerSecond: number
  seconds: number
}

const SHAPES_PER_CLIENT = 5

interface ManyRoomsRun {
  edits: EditRun
  rssBefore: number
  rssAfter: number
}

async function measure(target: SyncTarget, rssBytes: () => number, options: ManyRoomsOptions): Promise<ManyRoomsRun> {
  const rssBefore = rssBytes()
  const rooms: YjsClient[][] = []
  try {
    // Rooms come up a few at a time, as people arrive.
    for (let start = 0; start < options.rooms; start += 10) {
      const batch = Array.from({ length: Math.min(10, options.rooms - start) }, () => connectClients(target, newRoomId(), options.clientsPerRoom, options.clientsPerRoom))
      rooms.push(...(await Promise.all(batch)))
    }
    const owned = rooms.map((clients) => clients.map((client, i) => ({ client, ids: seedShapes(client, SHAPES_PER_CLIENT, `c${i}`) })))
    for (const clients of rooms) await waitForRecords(clients, SHAPES_PER_CLIENT * options.clientsPerRoom)
    // Round-robin over rooms first, so consecutive edits land in different rooms.
    const plan: PlannedEdit[] = []
    const total = options.ratePerSecond * options.seconds
    for (let i = 0; plan.length < total; i++) {
      const room = owned[i % owned.length]!
      const slot = Math.floor(i / owned.length)
      const { client, ids } = room[slot % room.length]!
      plan.push({ writer: client, id: ids[Math.floor(slot / room.length) % ids.length]!, readers: room.map((entry) => entry.client).filter((other) => other !== client) })
    }
    const edits = await runEdits(plan, options.ratePerSecond)
    return { edits, rssBefore, rssAfter: rssBytes() }
  } finally {
    for (const client of rooms.flat()) client.destroy()
  }
}

export async function benchManyRooms(options: ManyRoomsOptions): Promise<BenchRow[]> {
  const baselineServer = await startBaselineServer()
  let base: ManyRoomsRun
  try {
    base = await measure(baselineTarget(baselineServer.host), () => baselineServer.rssBytes(), options)
  } finally {
    await baselineServer.stop()
  }
  const roomServer = await startBenchRoomServer()
  let ours: ManyRoomsRun
  let attempts: number
  try {
    ;({ result: ours, attempts } = await measureWithoutReload(roomServer, () => measure(roomServerTarget(roomServer.host), () => roomServer.workerdRssBytes(), options)))
  } finally {
    await roomServer.dispose()
  }
  const figures = (run: ManyRoomsRun) => {
    const summary = summarize(run.edits.latencies)
    return [
      ms('p50', summary.p50),
      ms('p99', summary.p99),
      mib('RSS', run.rssAfter),
      { label: 'per room', value: (run.rssAfter - run.rssBefore) / options.rooms / 1024, unit: 'KiB' as const },
    ]
  }
  const notes = [
    ours.edits.missing + base.edits.missing > 0 ? `arrivals missing by the deadline: ours ${ours.edits.missing}, baseline ${base.edits.missing}` : '',
    attempts > 1 ? `${attempts - 1} run(s) repeated because the server reloaded on a source edit` : '',
    `RSS idle before the rooms: ours ${(ours.rssBefore / 2 ** 20).toFixed(0)} MiB, baseline ${(base.rssBefore / 2 ** 20).toFixed(0)} MiB`,
  ].filter(Boolean)
  const clients = options.rooms * options.clientsPerRoom
  return [
    {
      benchmark: 'Many rooms',
      case: `${options.rooms} rooms × ${options.clientsPerRoom} clients (${clients}), ${options.ratePerSecond} edits/s for ${options.seconds} s`,
      figures: figures(ours),
      baseline: { label: 'y-websocket', figures: figures(base) },
      verdict: `p99 ${(summarize(ours.edits.latencies).p99 / summarize(base.edits.latencies).p99).toFixed(2)}× baseline`,
      note: notes.join('; '),
    },
  ]
}
