/**
 * Opens boards in a real Chromium (Debian's, through Playwright) and measures what a person sees:
 * the time until a new tab has every shape of the board in tldraw's store and rendered (tldraw
 * keeps a DOM node per shape of the page and hides the ones outside the view, so the count of
 * `.tl-shape` nodes is the store's shapes having reached the canvas), and the frame times while
 * panning with the mouse wheel, from requestAnimationFrame timestamps in the page.
 */
import { existsSync } from 'node:fs'
import { chromium, type Browser, type Page } from '@playwright/test'
import { boardPath } from '../../shared/roomId'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ ...(existsSync(CHROMIUM_PATH) ? { executablePath: CHROMIUM_PATH } : {}), args: CHROMIUM_ARGS })
}

export interface BoardInBrowser {
  /** Navigation start → all shapes rendered and two frames painted. */
  shownMs: number
  /** Frame intervals while panning, in ms. */
  frameIntervals: number[]
  /** Whether the camera moved (the panning reached tldraw). */
  panned: boolean
}

interface FrameRecorder {
  frames: number[]
  stop: boolean
}

// Page code as text: tsx's transform names functions with a helper the page does not have.
const START_FRAME_RECORDER = `(() => {
  const recorder = { frames: [], stop: false }
  window.benchFrames = recorder
  requestAnimationFrame(function loop(time) {
    recorder.frames.push(time)
    if (!recorder.stop) requestAnimationFrame(loop)
  })
})()`

const twoFrames = (page: Page) => page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))))
const cameraTransform = (page: Page) => page.evaluate(() => (document.querySelector('.tl-html-layer') as HTMLElement | null)?.style.transform ?? '')

/** Opens `roomId` in a new tab and measures it; `shapes` is how many shapes the board holds. */
export async function measureBoardInBrowser(browser: Browser, serverUrl: string, roomId: string, shapes: number, panMs = 3_000): Promise<BoardInBrowser> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  try {
    const started = performance.now()
    await page.goto(new URL(boardPath(roomId), serverUrl).href)
    await page.waitForSelector('.tl-canvas', { timeout: 120_000 })
    await page.waitForFunction((count) => document.querySelectorAll('.tl-shape').length >= count, shapes, { timeout: 180_000, polling: 50 })
    await twoFrames(page)
    const shownMs = performance.now() - started

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
    const frameIntervals = frames.slice(1).map((time, i) => time - frames[i]!)
    return { shownMs, frameIntervals, panned }
  } finally {
    await context.close()
  }
}
