/**
 * `npx tsx bench/profileBoard.ts [--shapes=10000] [--pan] [--fit] [--bare] [--ab=N] [--url=<page>]`: profiles
 * opening a big board in Chromium through CDP's sampling profiler (with --pan, panning it instead;
 * with --fit, zoomed to fit) and prints where the time goes, per function. With --bare, the same
 * records on the bare tldraw page (bench/baseline), for comparing the same work in one run. Build
 * the app unminified first (`npx vite build --minify false`, and for --bare
 * `npx vite build --config bench/baseline/vite.config.ts --minify false`) to read real names. Not a
 * benchmark: for finding causes, not for figures (see bench/bigBoards.ts).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { boardPath, newRoomId } from '../shared/roomId'
import { startRoomServer } from '../scripts/roomServer'
import { formatProfile, summarizeProfile, type CpuProfile } from './profile/cpuProfile'
import { fetchRecords } from '../e2e/support/yjsClient'
import { buildBigBoard } from './support/bigBoard'
import { launchBrowser, measureBoardInBrowser, OPEN_RECORDER, openTimes, panWithWheel, type BoardInBrowser } from './support/browser'
import { BASELINE_PAGE_DIR } from './support/buildApp'
import { serveBaselinePage } from './support/staticServer'
import { roomServerTarget } from './support/syncTarget'

const arg = (name: string) => process.argv.find((value) => value.startsWith(`--${name}=`))?.split('=').slice(1).join('=')
const shapes = Number(arg('shapes') ?? 10_000)
const pan = process.argv.includes('--pan')
const bare = process.argv.includes('--bare')
const rounds = Number(arg('ab') ?? 0)

/** --ab=N: no profiler; opens and pans our board, the empty board and the bare page in turn, N times, for same-moment ratios on a busy machine. */
async function compare(serverUrl: string, roomId: string): Promise<void> {
  const page = await serveBaselinePage(BASELINE_PAGE_DIR, 'bareTldraw.html', JSON.stringify({ records: await fetchRecords(serverUrl, roomId) }))
  const fps = (frames: number[]) => (frames.length === 0 ? 0 : (1000 * frames.length) / frames.reduce((a, b) => a + b, 0))
  const line = (result: BoardInBrowser) =>
    `shown ${result.shownMs.toFixed(0)} · all ${result.allShapesMs.toFixed(0)} · pan ${fps(result.pan.frameIntervals).toFixed(1)} fps · fitted ${fps(result.fitPan?.frameIntervals ?? []).toFixed(1)} fps`
  try {
    for (let round = 1; round <= rounds; round++) {
      const empty = await measureBoardInBrowser(browser, new URL(boardPath(newRoomId()), serverUrl).href, 0)
      const ours = await measureBoardInBrowser(browser, new URL(boardPath(roomId), serverUrl).href, shapes, { zoomToFit: true })
      const theirs = await measureBoardInBrowser(browser, page.pageUrl, shapes, { zoomToFit: true })
      console.log(`round ${round}: empty shown ${empty.shownMs.toFixed(0)}\n  ours ${line(ours)}\n  bare ${line(theirs)}`)
    }
  } finally {
    await page.stop()
  }
}

/** Opens (and with --pan, pans) one page under the sampling profiler and prints where the time went. */
async function profileOne(serverUrl: string, roomId: string): Promise<void> {
  const barePage = bare ? await serveBaselinePage(BASELINE_PAGE_DIR, 'bareTldraw.html', JSON.stringify({ records: await fetchRecords(serverUrl, roomId) })) : null
  const url = arg('url') ?? barePage?.pageUrl ?? new URL(boardPath(roomId), serverUrl).href
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  await context.addInitScript(OPEN_RECORDER(shapes))
  const page = await context.newPage()
  await page.goto(new URL('/favicon.ico', serverUrl).href).catch(() => {})
  const cdp = await context.newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
  if (!pan) await cdp.send('Profiler.start')
  const started = performance.now()
  await page.goto(url)
  const times = await openTimes(page, 900_000)
  console.log(`shown and all shapes in the DOM ${(performance.now() - started).toFixed(0)} ms after navigating`)
  const gaps = [...times.loadingGaps].sort((a, b) => a - b)
  console.log(`page times: first shape ${times.firstShape?.toFixed(0)}, shown ${times.shown?.toFixed(0)}, all ${times.all?.toFixed(0)}`)
  console.log(`frames while loading: ${gaps.length}, median ${gaps[gaps.length >> 1]?.toFixed(0)} ms, longest ${gaps.at(-1)?.toFixed(0)} ms`)
  console.log(`  gaps in order: ${times.loadingGaps.map((gap) => gap.toFixed(0)).join(' ')}`)
  const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((mark) => `${mark.name} ${mark.startTime.toFixed(0)}`))
  if (marks.length > 0) console.log(marks.join('\n'))
  if (pan) {
    if (process.argv.includes('--fit')) await page.keyboard.press('Shift+Digit1')
    await cdp.send('Profiler.start')
    const frames = await panWithWheel(page, 3_000)
    console.log(`panned: ${frames.panned}; frames ${frames.frameIntervals.length}, mean ${(frames.frameIntervals.reduce((a, b) => a + b, 0) / frames.frameIntervals.length).toFixed(1)} ms`)
  }
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile }
  const out = path.join(os.tmpdir(), `sketchroom-${bare ? 'bare-' : ''}${pan ? 'pan' : 'open'}.cpuprofile`)
  writeFileSync(out, JSON.stringify(profile))
  console.log(formatProfile(summarizeProfile(profile), Number(arg('top') ?? 45)))
  console.log(`profile: ${out}`)
  await context.close()
  await barePage?.stop()
}

const persistDir = mkdtempSync(path.join(os.tmpdir(), 'sketchroom-profile-'))
const server = await startRoomServer({ persistDir })
const browser = await launchBrowser()
try {
  const roomId = newRoomId()
  await buildBigBoard(roomServerTarget(`127.0.0.1:${server.port}`), roomId, shapes)
  if (rounds > 0) await compare(server.url, roomId)
  else await profileOne(server.url, roomId)
} finally {
  await browser.close()
  await server.stop()
  rmSync(persistDir, { recursive: true, force: true })
}
