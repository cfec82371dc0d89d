/**
 * The browser half of benchmark 4 (big boards), in Chromium: a new tab's time to show the big
 * board against an empty board and against bare tldraw loading the same records from a local
 * snapshot (bench/baseline/bareTldraw.tsx: what tldraw itself costs), and frame rates while
 * panning at 100% zoom and zoomed to fit, against bare tldraw doing the same.
 */
import type { Browser } from '@playwright/test'
import type { TLRecord } from '@tldraw/tlschema'
import { boardPath, newRoomId } from '../shared/roomId'
import { measureBoardInBrowser, type BoardInBrowser, type Panning } from './support/browser'
import { BASELINE_PAGE_DIR } from './support/buildApp'
import { ms, type BenchRow, type Figure } from './support/report'
import { serveBaselinePage } from './support/staticServer'
import { summarize } from './support/stats'

/** Goals (issue 12). */
const OPEN_OVER_EMPTY_MS = 1_500
const OPEN_OVER_BARE_RATIO = 1.2
const FPS_AT_100 = 50
const FPS_FITTED = 30

export interface BoardsInBrowser {
  board: BoardInBrowser
  empty: BoardInBrowser
  bare: BoardInBrowser
}

/** Opens the empty board, the big board and the bare tldraw page with the big board's records. */
export async function measureBoardsInBrowser(browser: Browser, serverUrl: string, roomId: string, records: TLRecord[], shapes: number): Promise<BoardsInBrowser> {
  const empty = await measureBoardInBrowser(browser, new URL(boardPath(newRoomId()), serverUrl).href, 0)
  const board = await measureBoardInBrowser(browser, new URL(boardPath(roomId), serverUrl).href, shapes, { zoomToFit: true })
  const page = await serveBaselinePage(BASELINE_PAGE_DIR, 'bareTldraw.html', JSON.stringify({ records }))
  try {
    const bare = await measureBoardInBrowser(browser, page.pageUrl, shapes, { zoomToFit: true })
    return { board, empty, bare }
  } finally {
    await page.stop()
  }
}

const fps = (panning: Panning | null) => (panning && panning.frameIntervals.length > 0 ? 1000 / summarize(panning.frameIntervals).mean : 0)

/** How long frames took while the board loaded (first shape to all shapes): whether the editor kept answering. */
const loadingFigures = ({ loadingGaps }: BoardInBrowser): Figure[] => {
  if (loadingGaps.length === 0) return []
  const summary = summarize(loadingGaps)
  return [ms('loading frame p50', summary.p50), ms('max', summary.max)]
}

const frameFigures = (panning: Panning | null): Figure[] => {
  if (!panning) return []
  const summary = summarize(panning.frameIntervals)
  return [ms('frame p50', summary.p50), ms('p99', summary.p99), { label: 'fps', value: fps(panning), unit: '' }]
}

/** The table rows of one browser measurement. */
export function browserRows({ board, empty, bare }: BoardsInBrowser, label: string): BenchRow[] {
  const overEmpty = board.shownMs - empty.shownMs
  const overBare = board.shownMs / bare.shownMs
  const stuck = [board, bare].some((result) => !result.pan.panned || result.fitPan?.panned === false)
  const panNote = stuck ? { note: 'the camera did not move: the wheel events did not reach tldraw' } : {}
  const panRow = (zoom: string, ours: Panning | null, theirs: Panning | null, goal: number): BenchRow => ({
    benchmark: 'Big board (Chromium)',
    case: `panning the ${label}-shape board ${zoom} (mouse wheel)`,
    figures: frameFigures(ours),
    baseline: { label: 'bare tldraw', figures: frameFigures(theirs) },
    goal: `≥ ${goal} fps`,
    pass: fps(ours) >= goal,
    verdict: `${fps(ours).toFixed(0)} fps (bare tldraw ${fps(theirs).toFixed(0)})`,
    ...panNote,
  })
  return [
    {
      benchmark: 'Big board (Chromium)',
      case: `new tab shows the ${label}-shape board (first shapes drawn, editor answering)`,
      figures: [ms('shown', board.shownMs), ms('all shapes', board.allShapesMs), ...loadingFigures(board)],
      baseline: {
        label: 'empty board · bare tldraw from a local snapshot',
        figures: [ms('empty', empty.shownMs), ms('bare tldraw shown', bare.shownMs), ms('all shapes', bare.allShapesMs), ...loadingFigures(bare)],
      },
      goal: `≤ empty + ${OPEN_OVER_EMPTY_MS.toLocaleString('en-US')} ms and ≤ ${OPEN_OVER_BARE_RATIO}× bare tldraw`,
      pass: overEmpty <= OPEN_OVER_EMPTY_MS && overBare <= OPEN_OVER_BARE_RATIO,
      verdict: `empty + ${overEmpty.toFixed(0)} ms; ${overBare.toFixed(2)}× bare tldraw`,
    },
    panRow('at 100% zoom', board.pan, bare.pan, FPS_AT_100),
    panRow('zoomed to fit', board.fitPan, bare.fitPan, FPS_FITTED),
  ]
}
