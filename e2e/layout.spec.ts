/**
 * Where and how the board shows: a phone (390×844, touch) sees the drawings fitted, Share, the
 * connection status and a closed chat drawer, and can draw, pinch-zoom and chat; a dark system
 * setting gives a dark canvas and chat; a returning device sees where it was.
 */
import type { Locator, Page } from '@playwright/test'
import { boardPath } from '../shared/roomId'
import { drawRectangle, geoShapes, waitForBoard } from './support/boardPage'
import { expect, test } from './support/fixtures'

async function boxOf(locator: Locator) {
  const box = await locator.boundingBox()
  if (!box) throw new Error('not on screen')
  return box
}

/** Relative luminance (0 black … 1 white) of an element's computed background colour. */
function backgroundLuminance(page: Page, selector: string): Promise<number> {
  return page.evaluate((selector) => {
    const element = document.querySelector(selector)
    if (!element) throw new Error(`no ${selector}`)
    // Painted through a canvas: Tailwind's colours are oklch(), which the browser converts for us.
    const context = document.createElement('canvas').getContext('2d')
    if (!context) throw new Error('no 2d canvas')
    context.fillStyle = getComputedStyle(element).backgroundColor
    context.fillRect(0, 0, 1, 1)
    const [r = 0, g = 0, b = 0] = context.getImageData(0, 0, 1, 1).data
    const channel = (value: number) => {
      const c = value / 255
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
    }
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
  }, selector)
}

/** tldraw's zoom level, as it tells its own CSS. */
function zoomOf(page: Page): Promise<number> {
  return page.evaluate(() => Number(getComputedStyle(document.querySelector('.tl-container') as Element).getPropertyValue('--tl-zoom')))
}

/** One finger (or two) on the screen, through Chromium's touch input, as a phone sends it. */
async function touch(page: Page, paths: { x: number; y: number }[][], steps = 8): Promise<void> {
  const cdp = await page.context().newCDPSession(page)
  const at = (step: number) =>
    paths.map((path, id) => {
      const [from, to] = [path[0], path[path.length - 1]] as [{ x: number; y: number }, { x: number; y: number }]
      return { x: from.x + ((to.x - from.x) * step) / steps, y: from.y + ((to.y - from.y) * step) / steps, id }
    })
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) })
  for (let step = 1; step <= steps; step++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(step) })
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
  await cdp.detach()
}

test('a phone sees the drawings, Share, the status and a closed chat drawer; it draws, pinches and chats', async ({ openDevice, browser, roomServer, roomId }) => {
  test.slow() // a desktop and a phone, an AI turn
  const desktop = await openDevice()
  // Far apart on a wide screen: a phone opening at the origin would miss the second one.
  await drawRectangle(desktop.page, [0.05, 0.1], [0.15, 0.25])
  await drawRectangle(desktop.page, [0.75, 0.7], [0.9, 0.9])

  const context = await browser.newContext({ baseURL: roomServer.url, viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })
  try {
    const page = await context.newPage()
    await page.goto(boardPath(roomId))
    await waitForBoard(page)
    const canvas = await boxOf(page.locator('.tl-canvas'))
    expect(canvas.height).toBeGreaterThanOrEqual(0.6 * 844)
    await expect(geoShapes(page)).toHaveCount(2)
    for (const shape of await geoShapes(page).all()) {
      const box = await boxOf(shape)
      expect(box.x).toBeGreaterThanOrEqual(canvas.x)
      expect(box.x + box.width).toBeLessThanOrEqual(canvas.x + canvas.width)
      expect(box.y).toBeGreaterThanOrEqual(canvas.y)
      expect(box.y + box.height).toBeLessThanOrEqual(canvas.y + canvas.height)
    }
    await expect(page.getByRole('button', { name: 'Share' })).toBeInViewport()
    await expect(page.getByTestId('connection-status')).toBeInViewport()
    await expect(page.getByTestId('chat-panel')).toHaveCount(0)
    const chatToggle = page.getByRole('button', { name: 'Chat', exact: true })
    await expect(chatToggle).toHaveAttribute('aria-expanded', 'false')

    // Touch drawing with the draw tool reaches the desktop.
    await page.getByTestId('tools.draw').tap()
    await touch(page, [[{ x: canvas.x + 100, y: canvas.y + 300 }, { x: canvas.x + 250, y: canvas.y + 380 }]])
    await expect(desktop.page.locator('.tl-shape[data-shape-type="draw"]')).toHaveCount(1)

    // Two fingers apart zoom in.
    await page.getByTestId('tools.select').tap()
    const before = await zoomOf(page)
    const middle = { x: canvas.x + canvas.width / 2, y: canvas.y + canvas.height / 2 }
    await touch(page, [
      [{ x: middle.x - 30, y: middle.y }, { x: middle.x - 140, y: middle.y }],
      [{ x: middle.x + 30, y: middle.y }, { x: middle.x + 140, y: middle.y }],
    ])
    await expect.poll(() => zoomOf(page)).toBeGreaterThan(before * 1.3)

    // The chat drawer opens with a tap and a prompt draws for everyone.
    await chatToggle.tap()
    await expect(chatToggle).toHaveAttribute('aria-expanded', 'true')
    await expect(page.getByTestId('chat-panel')).toBeVisible()
    await page.getByTestId('chat-input').fill('three red circles in a row')
    await page.getByTestId('chat-send').tap()
    await expect(page.locator('[data-testid="chat-message"][data-role="assistant"]').last()).toHaveAttribute('data-status', 'done')
    await expect(geoShapes(desktop.page)).toHaveCount(5)
  } finally {
    await context.close()
  }
})

test('a dark system setting gives a dark canvas, chat panel and header', async ({ browser, roomServer, roomId }) => {
  const context = await browser.newContext({ baseURL: roomServer.url, colorScheme: 'dark' })
  try {
    const page = await context.newPage()
    await page.goto(boardPath(roomId))
    await waitForBoard(page)
    await expect(page.locator('.tl-container')).toHaveClass(/tl-theme__dark/)
    await expect(page.locator('html')).toHaveClass(/dark/)
    expect(await backgroundLuminance(page, '.tl-background')).toBeLessThan(0.05)
    expect(await backgroundLuminance(page, '[data-testid="chat-panel"]')).toBeLessThan(0.05)
    expect(await backgroundLuminance(page, 'header')).toBeLessThan(0.05)

    // The person's own choice in tldraw's menu wins over the system.
    await page.evaluate(() => {
      const key = 'TLDRAW_USER_DATA_v3'
      const data = JSON.parse(localStorage.getItem(key) ?? '{}')
      localStorage.setItem(key, JSON.stringify({ ...data, user: { ...data.user, colorScheme: 'light' } }))
    })
    await page.reload()
    await waitForBoard(page)
    await expect(page.locator('.tl-container')).toHaveClass(/tl-theme__light/)
    expect(await backgroundLuminance(page, '[data-testid="chat-panel"]')).toBeGreaterThan(0.8)
  } finally {
    await context.close()
  }
})

test('a device coming back to a board sees where it was', async ({ openDevice, roomId }) => {
  const { page } = await openDevice()
  await drawRectangle(page, [0.3, 0.3], [0.45, 0.5])
  const saved = () => page.evaluate((key) => localStorage.getItem(key), `sketchroom:camera:${roomId}`)
  const first = await saved()
  await page.mouse.move(400, 400)
  await page.mouse.wheel(180, 120) // pans the camera
  await expect.poll(saved).not.toBe(first)
  const there = await boxOf(geoShapes(page))
  await page.reload()
  await waitForBoard(page)
  const back = await boxOf(geoShapes(page))
  expect(Math.abs(back.x - there.x)).toBeLessThan(2)
  expect(Math.abs(back.y - there.y)).toBeLessThan(2)
})
