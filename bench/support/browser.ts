/**
 * Opens boards in a real Chromium (Debian's, through Playwright) and measures what a person sees.
 * Opening: from navigation to the first frame that draws a shape of the board and is followed by
 * another frame within USABLE_GAP_MS (the editor answers input again), and to the frame at which
 * every shape has its DOM node (tldraw keeps one per shape of the page and hides those outside the
 * view). Both are read in the page from requestAnimationFrame timestamps, so Playwright's own
 * round trips do not count. Panning: frame intervals while the mouse wheel pans.
 */
import { existsSync } from 'node:fs'
import { chromium, type Browser, type Page } from '@playwright/test'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ ...(existsSync(CHROMIUM_PATH) ? { executablePath: CHROMIUM_PATH } : {}), args: CHROMIUM_ARGS })
}

export interface BoardInBrowser {
  /** Navigation start → first shape drawn and the editor answering (the empty board: its canvas). */
  shownMs: number
  /** Navigation start → every shape of the board has its DOM node. */
  allShapesMs: number
  /** Gaps between frames from the first shape drawn until every shape is in the DOM, in ms. */
  loadingGaps: number[]
  /** Panning at 100% zoom. */
  pan: Panning
  /** Panning zoomed to fit the whole board (tldraw's "zoom to fit", Shift+1), when asked for. */
  fitPan: Panning | null
}

export interface Panning {
  /** Frame intervals while panning, in ms. */
  frameIntervals: number[]
  /** Whether the camera moved (the panning reached tldraw). */
  panned: boolean
}

interface FrameRecorder {
  frames: number[]
  stop: boolean
}

/** A frame this soon after the previous one means the page answers input (10 fps or better). */
const USABLE_GAP_MS = 100

/** Page times (ms from navigation) of the first shape drawn, of "shown" and of every shape in the DOM; null until reached. */
export interface OpenTimes {
  firstShape: number | null
  shown: number | null
  all: number | null
  /** Gaps between frames from the first shape drawn until every shape is in the DOM, in ms. */
  loadingGaps: number[]
}

// Page code as text: tsx's transform names functions with a helper the page does not have.
// Runs before the page's own scripts; `shapes` is how many shapes the board holds.
export const OPEN_RECORDER = (shapes: number) => `(() => {
  const times = { firstShape: null, shown: null, all: null, loadingGaps: [] }
  window.benchOpen = times
  const nodes = document.getElementsByClassName('tl-shape')
  // Seen: not hidden by tldraw's culling (display) nor by a page that keeps the editor hidden while it loads (visibility).
  const seen = (node) => node !== null && node.checkVisibility({ visibilityProperty: true })
  const drawn = () => {
    if (${shapes} === 0) return seen(document.querySelector('.tl-canvas'))
    for (const node of nodes) if (node.style.display !== 'none' && seen(node)) return true
    return false
  }
  let last = 0
  requestAnimationFrame(function loop(time) {
    if (times.firstShape === null) {
      if (drawn()) times.firstShape = time
    } else {
      if (times.all === null) times.loadingGaps.push(time - last)
      if (times.shown === null && time - last <= ${USABLE_GAP_MS}) times.shown = time
    }
    if (times.all === null && nodes.length >= ${shapes} && times.firstShape !== null) times.all = time
    last = time
    if (times.shown === null || times.all === null) requestAnimationFrame(loop)
  })
})()`

const START_FRAME_RECORDER = `(() => {
  const recorder = { frames: [], stop: false }
  window.benchFrames = recorder
  requestAnimationFrame(function loop(time) {
    recorder.frames.push(time)
    if (!recorder.stop) requestAnimationFrame(loop)
  })
})()`

const cameraTransform = (page: Page) => page.evaluate(() => (document.querySelector('.tl-html-layer') as HTMLElement | null)?.style.transform ?? '')

/** Opens `url` (a board, or the bare tldraw page) in a new tab and measures it; `shapes` is how many shapes it holds. */
/** Waits until the page has shown the board and drawn every shape; the times OPEN_RECORDER noted. */
export async function openTimes(page: Page, timeoutMs: number): Promise<OpenTimes> {
  const handle = await page.waitForFunction(
    () => {
      // Put on the page's window by OPEN_RECORDER; page times, ms from navigation start.
      const times = (window as unknown as { benchOpen: OpenTimes }).benchOpen
      return times.shown !== null && times.all !== null ? times : null
    },
    undefined,
    { timeout: timeoutMs, polling: 100 },
  )
  return (await handle.jsonValue()) as OpenTimes
}

export async function measureBoardInBrowser(browser: Browser, url: string, shapes: number, { panMs = 3_000, zoomToFit = false } = {}): Promise<BoardInBrowser> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  await context.addInitScript(OPEN_RECORDER(shapes))
  const page = await context.newPage()
  try {
    await page.goto(url)
    const times = await openTimes(page, 300_000)
    const pan = await panWithWheel(page, panMs)
    let fitPan: Panning | null = null
    if (zoomToFit) {
      const before = await cameraTransform(page)
      await page.keyboard.press('Shift+Digit1')
      await page.waitForFunction((previous) => (document.querySelector('.tl-html-layer') as HTMLElement | null)?.style.transform !== previous, before)
      fitPan = await panWithWheel(page, panMs)
    }
    return { shownMs: times.shown!, allShapesMs: times.all!, loadingGaps: times.loadingGaps, pan, fitPan }
  } finally {
    await context.close()
  }
}

/** Pans the open board with the mouse wheel for `panMs`, recording frame intervals. */
export async function panWithWheel(page: Page, panMs: number): Promise<Panning> {
  const box = await page.locator('.tl-canvas').boundingBox()
  if (!box) throw new Error('the canvas has no size')
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  const before = await cameraTransform(page)
  await page.evaluate(START_FRAME_RECORDER)
  const panStarted = performance.now()
  for (let i = 0; performance.now() - panStarted < panMs; i++) {
    // A diagonal sweep, back and forth, so the view keeps crossing shapes.
    const direction = Math.floor(i / 60) % 2 === 0 ? 1 : -1
    await page.mouse.wheel(24 * direction, 16 * direction)
    await new Promise((resolve) => setTimeout(resolve, 16))
  }
  const frames = await page.evaluate(() => {
    // Put on the page's window by START_FRAME_RECORDER.
    const recorder = (window as unknown as { benchFrames: FrameRecorder }).benchFrames
    recorder.stop = true
    return recorder.frames
  })
  const panned = (await cameraTransform(page)) !== before
  return { frameIntervals: frames.slice(1).map((time, i) => time - frames[i]!), panned }
}
