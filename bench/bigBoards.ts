/**
 * Benchmark 4, big boards: boards of 1k and 10k shapes. Doc bytes per shape; time for a new Node
 * client to sync the board from a room that is loaded, and from one that must first load from
 * storage (after a restart); the server's extra memory for the loaded room and for an empty one,
 * against y-partykit's own server in the same workerd (bench/baseline/yPartykitParty.ts) and the
 * board's Y.Doc alone. The baseline y-websocket server holds the same board for the same sync.
 * With a browser, the largest board in Chromium (bench/bigBoardsInBrowser.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Browser } from '@playwright/test'
import { fetchRecords } from '../e2e/support/yjsClient'
import { newRoomId } from '../shared/roomId'
import { startRoomServer, type RoomServer } from '../scripts/roomServer'
import { startBaselineServer } from './support/baselineServer'
import { browserRows, measureBoardsInBrowser, type BoardsInBrowser } from './bigBoardsInBrowser'
import { buildBigBoard as buildBoard, timeSync } from './support/bigBoard'
import { mib, ms, type BenchRow } from './support/report'
import { median } from './support/stats'
import { docHeapBytes, roomHeapBytes } from './support/docHeap'
import { BENCH_PARTYKIT_CONFIG } from './support/servers'
import { baselineTarget, connectClient, roomServerTarget, yPartykitTarget, type SyncTarget } from './support/syncTarget'

export interface BigBoardOptions {
  sizes: number[]
  /** New-client syncs per measurement; the median is reported. */
  syncRepeats: number
  /** Measure the largest board in this browser too (skipped when null). */
  browser: Browser | null
}

/** Records every board starts with (document and page). */
const SEEDED = 2
/** Memory goals (issue 12): a loaded room against its Y.Doc alone, an empty room against y-partykit's. */
const MEMORY_OVER_DOC = 2
const EMPTY_ROOM_OVER_PARTY = 1.5

async function repeatSync(target: SyncTarget, roomId: string, shapes: number, times: number): Promise<number> {
  const samples: number[] = []
  for (let i = 0; i < times; i++) samples.push(await timeSync(target, roomId, shapes))
  return median(samples)
}

interface OurBoard {
  docBytes: number
  syncLoadedMs: number
  syncFromStorageMs: number
  roomRssBytes: number
  emptyRoomRssBytes: number
  /** y-partykit's own server in the same workerd: an empty room, and a room holding the same board. */
  yPartykitEmptyRssBytes: number
  yPartykitRoomRssBytes: number
  /** The board's Y.Doc alone, and our room holding it, as Node heap. */
  docHeapBytes: number
  roomHeapBytes: number
  browser: BoardsInBrowser | null
}

/** Our server: build, sync while loaded, restart, load from storage, measure memory and the browser. */
async function measureOurs(shapes: number, options: BigBoardOptions, withBrowser: boolean): Promise<OurBoard> {
  const persistDir = mkdtempSync(path.join(os.tmpdir(), 'sketchroom-bench-big-'))
  let server: RoomServer | null = null
  try {
    server = await startRoomServer({ persistDir, config: BENCH_PARTYKIT_CONFIG, startTimeoutMs: 180_000 })
    const target = roomServerTarget(`127.0.0.1:${server.port}`)
    const yPartykit = yPartykitTarget(`127.0.0.1:${server.port}`)
    const roomId = newRoomId()
    const { docBytes, state } = await buildBoard(target, roomId, shapes)
    const syncLoadedMs = await repeatSync(target, roomId, shapes, options.syncRepeats)
    await server.stop()

    server = await startRoomServer({ persistDir, port: server.port, config: BENCH_PARTYKIT_CONFIG, startTimeoutMs: 180_000 })
    // One small room of each first, so the memory of the first room ever (isolate warm-up) is not counted.
    await timeSync(target, newRoomId(), 0)
    await timeSync(yPartykit, newRoomId(), 0)
    const idle = server.workerdRssBytes()
    await timeSync(target, newRoomId(), 0)
    const afterEmpty = server.workerdRssBytes()
    await timeSync(yPartykit, newRoomId(), 0)
    const afterPartyEmpty = server.workerdRssBytes()
    const syncFromStorageMs = await timeSync(target, roomId, shapes)
    const afterBoard = server.workerdRssBytes()
    // y-partykit keeps a room without persistence in memory after its clients leave.
    await buildBoard(yPartykit, newRoomId(), shapes)
    const afterPartyBoard = server.workerdRssBytes()
    const records = await fetchRecords(server.url, roomId)
    if (records.length < shapes + SEEDED) throw new Error(`the board has ${records.length} records after the restart, not ${shapes + SEEDED}`)
    const browser = withBrowser && options.browser ? await measureBoardsInBrowser(options.browser, server.url, roomId, records, shapes) : null
    return {
      docBytes,
      syncLoadedMs,
      syncFromStorageMs,
      roomRssBytes: afterBoard - afterPartyEmpty,
      emptyRoomRssBytes: afterEmpty - idle,
      yPartykitEmptyRssBytes: afterPartyEmpty - afterEmpty,
      yPartykitRoomRssBytes: afterPartyBoard - afterBoard,
      docHeapBytes: await docHeapBytes(state),
      roomHeapBytes: await roomHeapBytes(state),
      browser,
    }
  } finally {
    await server?.stop()
    rmSync(persistDir, { recursive: true, force: true })
  }
}

/**
 * The baseline server holds the same board, written the same way (batches of BATCH shapes: it does
 * not speak y-partykit's chunking, so no one message may pass 1 MB); it has no storage, so its
 * memory is measured with the room as written rather than as reloaded.
 */
async function measureBaseline(shapes: number, options: BigBoardOptions): Promise<{ syncLoadedMs: number; roomRssBytes: number }> {
  const server = await startBaselineServer()
  try {
    const target = baselineTarget(server.host)
    await timeSync(target, newRoomId(), 0)
    const idle = server.rssBytes()
    const roomId = newRoomId()
    // The baseline drops a room when its last client leaves, so one device stays.
    const keeper = connectClient(target, roomId)
    try {
      await keeper.synced()
      await buildBoard(target, roomId, shapes)
      const roomRssBytes = server.rssBytes() - idle
      const syncLoadedMs = await repeatSync(target, roomId, shapes, options.syncRepeats)
      return { syncLoadedMs, roomRssBytes }
    } finally {
      keeper.destroy()
    }
  } finally {
    await server.stop()
  }
}

export async function benchBigBoards(options: BigBoardOptions): Promise<BenchRow[]> {
  const rows: BenchRow[] = []
  const largest = Math.max(...options.sizes)
  for (const shapes of options.sizes) {
    const base = await measureBaseline(shapes, options)
    const ours = await measureOurs(shapes, options, shapes === largest)
    const label = shapes.toLocaleString('en-US')
    rows.push({
      benchmark: 'Big board',
      case: `${label} shapes: doc size, new client sync`,
      figures: [
        { label: 'doc/shape', value: ours.docBytes / shapes, unit: 'B' },
        ms('sync', ours.syncLoadedMs),
        ms('sync after restart', ours.syncFromStorageMs),
      ],
      baseline: { label: 'y-websocket', figures: [ms('sync', base.syncLoadedMs)] },
      verdict: `sync ${(ours.syncLoadedMs / base.syncLoadedMs).toFixed(2)}× baseline`,
    })
    rows.push({
      benchmark: 'Big board',
      case: `${label} shapes: memory of the loaded room`,
      figures: [mib('heap (Node)', ours.roomHeapBytes), mib('workerd RSS', ours.roomRssBytes)],
      baseline: {
        label: 'Y.Doc alone (Node heap) · y-partykit, same workerd (RSS) · y-websocket (RSS)',
        figures: [mib('Y.Doc', ours.docHeapBytes), mib('y-partykit', ours.yPartykitRoomRssBytes), mib('y-websocket', base.roomRssBytes)],
      },
      goal: `heap ≤ ${MEMORY_OVER_DOC}× the Y.Doc alone`,
      pass: ours.roomHeapBytes <= MEMORY_OVER_DOC * ours.docHeapBytes,
      verdict: `heap ${(ours.roomHeapBytes / ours.docHeapBytes).toFixed(2)}× the Y.Doc; RSS ${(ours.roomRssBytes / ours.yPartykitRoomRssBytes).toFixed(2)}× y-partykit`,
      note: 'heap: between full garbage collections, room and doc measured alike (bench/support/docHeap.ts); RSS deltas are rough: V8 keeps heap it grew while loading',
    })
    rows.push({
      benchmark: 'Big board',
      case: 'an idle empty room: server memory',
      figures: [mib('', ours.emptyRoomRssBytes)],
      baseline: { label: 'y-partykit, same workerd', figures: [mib('', ours.yPartykitEmptyRssBytes)] },
      goal: `≤ ${EMPTY_ROOM_OVER_PARTY}× y-partykit`,
      pass: ours.emptyRoomRssBytes <= EMPTY_ROOM_OVER_PARTY * ours.yPartykitEmptyRssBytes,
      verdict: `${(ours.emptyRoomRssBytes / ours.yPartykitEmptyRssBytes).toFixed(2)}×`,
    })
    if (ours.browser) rows.push(...browserRows(ours.browser, label))
  }
  return rows
}
