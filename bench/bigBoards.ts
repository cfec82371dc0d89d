/**
 * Benchmark 4, big boards: boards of 1k and 10k shapes. Doc bytes per shape; time for a new Node
 * client to sync the board from a room that is loaded, and from one that must first load from
 * storage (after a restart); the server's extra memory for the loaded room. The baseline server
 * holds the same board for the same sync. With a browser, a new tab's time to show the 10k board
 * and the frame times while panning it, against an empty board in the same browser.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Browser } from '@playwright/test'
import * as Y from 'yjs'
import { fetchRecords, type YjsClient } from '../e2e/support/yjsClient'
import { waitFor } from '../e2e/support/waitFor'
import { newRoomId } from '../shared/roomId'
import { startRoomServer, type RoomServer } from '../scripts/roomServer'
import { startBaselineServer } from './support/baselineServer'
import { measureBoardInBrowser, type BoardInBrowser } from './support/browser'
import { seedShapes } from './support/editLoad'
import { mib, ms, type BenchRow, type Figure } from './support/report'
import { median, summarize } from './support/stats'
import { baselineTarget, connectClient, roomServerTarget, type SyncTarget } from './support/syncTarget'

export interface BigBoardOptions {
  sizes: number[]
  /** New-client syncs per measurement; the median is reported. */
  syncRepeats: number
  /** Measure the largest board in this browser too (skipped when null). */
  browser: Browser | null
}

/** Records every board starts with (document and page). */
const SEEDED = 2
const BATCH = 500

/** Writes `shapes` shapes from one client in transactions of BATCH, as a big paste would arrive. */
async function buildBoard(target: SyncTarget, roomId: string, shapes: number): Promise<{ docBytes: number }> {
  const writer = connectClient(target, roomId)
  try {
    await writer.synced()
    for (let start = 0; start < shapes; start += BATCH) seedShapes(writer, Math.min(BATCH, shapes - start), `big${start}`)
    // Another client seeing them all means the server has them all.
    await timeSync(target, roomId, shapes)
    return { docBytes: Y.encodeStateAsUpdate(writer.doc).length }
  } finally {
    writer.destroy()
  }
}

/** A new client connects; milliseconds until it holds `shapes` shapes. */
async function timeSync(target: SyncTarget, roomId: string, shapes: number): Promise<number> {
  const started = performance.now()
  const client: YjsClient = connectClient(target, roomId)
  try {
    await waitFor(() => client.provider.synced && client.records.map.size >= shapes, { timeoutMs: 120_000, intervalMs: 5, message: `a client to sync ${shapes} shapes` })
    return performance.now() - started
  } finally {
    client.destroy()
  }
}

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
  browser: { board: BoardInBrowser; empty: BoardInBrowser } | null
}

/** Our server: build, sync while loaded, restart, load from storage, measure memory and the browser. */
async function measureOurs(shapes: number, options: BigBoardOptions, withBrowser: boolean): Promise<OurBoard> {
  const persistDir = mkdtempSync(path.join(os.tmpdir(), 'sketchroom-bench-big-'))
  let server: RoomServer | null = null
  try {
    server = await startRoomServer({ persistDir })
    const target = roomServerTarget(`127.0.0.1:${server.port}`)
    const roomId = newRoomId()
    const { docBytes } = await buildBoard(target, roomId, shapes)
    const syncLoadedMs = await repeatSync(target, roomId, shapes, options.syncRepeats)
    await server.stop()

    server = await startRoomServer({ persistDir, port: server.port })
    // One small room first, so the memory of the first room ever (isolate warm-up) is not counted.
    await timeSync(target, newRoomId(), 0)
    const idle = server.workerdRssBytes()
    await timeSync(target, newRoomId(), 0)
    const afterEmpty = server.workerdRssBytes()
    const syncFromStorageMs = await timeSync(target, roomId, shapes)
    const afterBoard = server.workerdRssBytes()
    const browser =
      withBrowser && options.browser
        ? {
            empty: await measureBoardInBrowser(options.browser, server.url, newRoomId(), 0),
            board: await measureBoardInBrowser(options.browser, server.url, roomId, shapes),
          }
        : null
    const records = await fetchRecords(server.url, roomId)
    if (records.length < shapes + SEEDED) throw new Error(`the board has ${records.length} records after the restart, not ${shapes + SEEDED}`)
    return { docBytes, syncLoadedMs, syncFromStorageMs, roomRssBytes: afterBoard - afterEmpty, emptyRoomRssBytes: afterEmpty - idle, browser }
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

const frameFigures = (result: BoardInBrowser): Figure[] => {
  const summary = summarize(result.frameIntervals)
  return [ms('frame p50', summary.p50), ms('p99', summary.p99), { label: 'fps', value: 1000 / summary.mean, unit: '' }]
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
      case: `${label} shapes: server memory of the loaded room`,
      figures: [mib('', ours.roomRssBytes)],
      baseline: { label: 'y-websocket', figures: [mib('', base.roomRssBytes)] },
      note: `an empty room adds ${(ours.emptyRoomRssBytes / 2 ** 20).toFixed(1)} MiB to workerd; RSS deltas are rough (garbage collection runs when it likes)`,
    })
    if (ours.browser) {
      const { board, empty } = ours.browser
      rows.push({
        benchmark: 'Big board (Chromium)',
        case: `new tab shows the ${label}-shape board`,
        figures: [ms('', board.shownMs)],
        baseline: { label: 'empty board', figures: [ms('', empty.shownMs)] },
      })
      rows.push({
        benchmark: 'Big board (Chromium)',
        case: `panning the ${label}-shape board (mouse wheel)`,
        figures: frameFigures(board),
        baseline: { label: 'empty board', figures: frameFigures(empty) },
        ...(!board.panned || !empty.panned ? { note: 'the camera did not move: the wheel events did not reach tldraw' } : {}),
      })
    }
  }
  return rows
}
