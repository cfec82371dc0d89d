/** What a person does and sees on a board page, for the e2e tests. */
import { expect, type Browser, type BrowserContext, type BrowserContextOptions, type Locator, type Page } from '@playwright/test'

/** Waits until the board is synced and tldraw's canvas is up. */
export async function waitForBoard(page: Page): Promise<void> {
  await expect(connectionStatus(page)).toHaveAttribute('data-status', 'synced')
  await expect(page.locator('.tl-canvas')).toBeVisible()
}

export function connectionStatus(page: Page): Locator {
  return page.getByTestId('connection-status')
}

/** The rectangles, ellipses and other geo shapes tldraw renders on this page. */
export function geoShapes(page: Page): Locator {
  return page.locator('.tl-shape[data-shape-type="geo"]')
}

export function people(page: Page): Locator {
  return page.getByTestId('person')
}

/** A point on the canvas, as fractions of its width and height, in page (viewport) pixels. */
export async function canvasPoint(page: Page, fx: number, fy: number): Promise<{ x: number; y: number }> {
  const box = await page.locator('.tl-canvas').boundingBox()
  if (!box) throw new Error('the canvas is not on screen')
  return { x: Math.round(box.x + box.width * fx), y: Math.round(box.y + box.height * fy) }
}

/**
 * Draws a shape as a person would: picks a tool by its keyboard shortcut (`r` rectangle, `o`
 * ellipse, …) and drags across the canvas between two points given as fractions of the canvas.
 */
export async function drawWithTool(page: Page, shortcut: string, from: [number, number], to: [number, number]): Promise<void> {
  const start = await canvasPoint(page, ...from)
  const end = await canvasPoint(page, ...to)
  // Clicking empty canvas with the select tool changes nothing and gives the editor keyboard focus.
  await page.mouse.click(start.x, start.y)
  await page.keyboard.press('Escape')
  await page.keyboard.press(shortcut)
  await page.mouse.move(start.x, start.y)
  await page.mouse.down()
  await page.mouse.move(end.x, end.y, { steps: 8 })
  await page.mouse.up()
  await page.keyboard.press('Escape')
}

/** Draws a rectangle with the rectangle tool (shortcut `r`). */
export function drawRectangle(page: Page, from: [number, number], to: [number, number]): Promise<void> {
  return drawWithTool(page, 'r', from, to)
}

/** Sets the display name through the name field in the header. */
export async function setDisplayName(page: Page, name: string): Promise<void> {
  const field = page.getByTestId('name-field')
  await field.fill(name)
  await field.press('Enter')
  await expect(field).toHaveValue(name)
}

/**
 * How many pixels tldraw's overlay canvas (where it draws collaborator cursors and their name tags)
 * has painted in a small box to the lower right of a viewport point, where a cursor at that point
 * draws its arrow and label.
 */
export async function overlayInkNear(page: Page, point: { x: number; y: number }): Promise<number> {
  return page.evaluate(({ x, y }) => {
    const canvas = document.querySelector<HTMLCanvasElement>('canvas.tl-canvas-overlays')
    const context = canvas?.getContext('2d')
    if (!canvas || !context || canvas.width === 0) return 0
    const rect = canvas.getBoundingClientRect()
    const scale = canvas.width / rect.width
    const left = Math.max(0, Math.floor((x - rect.left - 4) * scale))
    const top = Math.max(0, Math.floor((y - rect.top - 6) * scale))
    const size = Math.ceil(44 * scale)
    const { data } = context.getImageData(left, top, size, size)
    let painted = 0
    for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) painted++
    return painted
  }, point)
}

/** Opens `path` on a new device (a new browser context of `browser`) and waits for its board. */
export async function openDevicePage(
  browser: Browser,
  baseURL: string,
  path: string,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ ...options, baseURL })
  const page = await context.newPage()
  await page.goto(path)
  await waitForBoard(page)
  return { context, page }
}
