/**
 * The README's pictures, taken from the real app: two devices on one board side by side, the share
 * dialog with its QR codes, the phone layout and dark mode. Runs only with SCREENSHOT=1
 * (`npm run screenshot`) and writes docs/*.png.
 */
import path from 'node:path'
import type { Page } from '@playwright/test'
import { PROJECT_ROOT } from '../scripts/roomServer'
import { boardPath } from '../shared/roomId'
import { canvasPoint, drawWithTool, geoShapes, openDevicePage, overlayInkNear, people, setDisplayName } from './support/boardPage'
import { expect, test } from './support/fixtures'

const docsPicture = (name: string) => path.join(PROJECT_ROOT, 'docs', name)

test.skip(!process.env.SCREENSHOT, 'set SCREENSHOT=1 to refresh the pictures in docs/')

/** Asks the AI on `page` and waits until its answer is done. */
async function askAndWait(page: Page, prompt: string): Promise<void> {
  await page.getByTestId('chat-input').fill(prompt)
  await page.getByTestId('chat-send').click()
  // An AI turn on a busy machine can take a while; the pictures need it finished.
  await expect(page.locator('[data-testid="chat-message"][data-role="assistant"]').last()).toHaveAttribute('data-status', 'done', { timeout: 180_000 })
}

test('two devices on one board, side by side', async ({ openDevice, browser }) => {
  const alice = await openDevice()
  const bob = await openDevice()
  await setDisplayName(alice.page, 'Ada')
  await setDisplayName(bob.page, 'Grace')
  await drawWithTool(alice.page, 'r', [0.04, 0.5], [0.22, 0.78])
  await expect(geoShapes(bob.page)).toHaveCount(1)
  await expect(people(alice.page)).toHaveCount(2)
  // Grace asks the AI; the drawing and the answer arrive on both devices.
  await bob.page.getByTestId('chat-input').fill('a house with a tree and a sun')
  await bob.page.getByTestId('chat-send').click()
  const answer = alice.page.locator('[data-testid="chat-message"][data-role="assistant"]').last()
  await expect(answer).toHaveAttribute('data-status', 'done', { timeout: 180_000 })
  await expect(bob.page.locator('[data-testid="chat-message"][data-role="assistant"]').last()).toHaveAttribute('data-status', 'done', { timeout: 180_000 })

  // Each pointer rests where the other device can see it.
  const bobPointer = await canvasPoint(bob.page, 0.85, 0.8)
  const alicePointer = await canvasPoint(alice.page, 0.2, 0.5)
  await bob.page.mouse.move(bobPointer.x, bobPointer.y, { steps: 4 })
  await alice.page.mouse.move(alicePointer.x, alicePointer.y, { steps: 4 })
  await expect.poll(() => overlayInkNear(alice.page, bobPointer)).toBeGreaterThan(20)
  await expect.poll(() => overlayInkNear(bob.page, alicePointer)).toBeGreaterThan(20)

  const shots = await Promise.all([alice.page.screenshot(), bob.page.screenshot()])
  await sideBySide(browser, shots, ['Device 1 (Ada)', 'Device 2 (Grace)'], 'two-devices.png', 1640)
})

test('the share dialog with its QR codes', async ({ openDevice }) => {
  const { page } = await openDevice()
  const name = page.getByRole('textbox', { name: 'Board name' })
  await name.fill('Launch plan')
  await name.press('Enter')
  await askAndWait(page, 'a flowchart: Idea -> Prototype -> Launch')
  await page.getByRole('button', { name: 'Share' }).click()
  const dialog = page.getByRole('dialog', { name: 'Share this board' })
  await expect(dialog.getByRole('img', { name: /QR code of the board link/ })).toBeVisible()
  await expect(dialog.getByRole('img', { name: /QR code of the view-only link/ }).or(dialog.getByTestId('view-link-status'))).toBeVisible()
  await page.screenshot({ path: docsPicture('share-dialog.png') })
})

test('the phone layout and dark mode', async ({ openDevice, browser, roomServer, roomId }) => {
  const desktop = await openDevice()
  await askAndWait(desktop.page, 'an org chart: CEO; CTO and CFO under the CEO')
  await expect(geoShapes(desktop.page)).not.toHaveCount(0)

  const { context: phone, page: phonePage } = await openDevicePage(browser, roomServer.url, boardPath(roomId), {
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    hasTouch: true,
    isMobile: true,
  })
  await expect(geoShapes(phonePage)).not.toHaveCount(0)
  const closed = await phonePage.screenshot()
  await phonePage.getByRole('button', { name: 'Chat', exact: true }).tap()
  await expect(phonePage.getByTestId('chat-panel')).toBeVisible()
  const open = await phonePage.screenshot()
  await phone.close()
  await sideBySide(browser, [closed, open], ['On a phone: the board fits the screen', 'The chat opens as a drawer'], 'phone.png', 860)

  const { context: dark, page: darkPage } = await openDevicePage(browser, roomServer.url, boardPath(roomId), { colorScheme: 'dark', viewport: { width: 1200, height: 760 } })
  await expect(geoShapes(darkPage)).not.toHaveCount(0)
  await darkPage.screenshot({ path: docsPicture('dark-mode.png') })
  await dark.close()
})

/** Frames screenshots side by side with captions, as one picture in docs/. */
async function sideBySide(browser: import('@playwright/test').Browser, shots: Buffer[], captions: string[], name: string, width: number): Promise<void> {
  const frame = await browser.newPage({ viewport: { width, height: 600 }, deviceScaleFactor: 1 })
  const figures = shots
    .map((png, index) => `<figure><img src="data:image/png;base64,${png.toString('base64')}"><figcaption>${captions[index] ?? ''}</figcaption></figure>`)
    .join('')
  await frame.setContent(`<!doctype html>
<style>
  body { margin: 0; padding: 20px; background: #e2e8f0; display: flex; gap: 20px; font: 14px system-ui, sans-serif; color: #334155 }
  figure { margin: 0; flex: 1 }
  img { width: 100%; display: block; border-radius: 8px; box-shadow: 0 4px 16px rgb(15 23 42 / 0.25) }
  figcaption { margin-top: 8px; text-align: center }
</style>${figures}`)
  for (const image of await frame.locator('img').all()) await image.evaluate((element: HTMLImageElement) => element.decode())
  await frame.screenshot({ path: docsPicture(name), fullPage: true })
  await frame.close()
}

test('three diagrams drawn by the offline model', async ({ openDevice, browser, roomServer, roomId }) => {
  const { page } = await openDevice()
  await askAndWait(page, 'an org chart: CEO at top, CTO and CFO below, two engineers under the CTO')
  await askAndWait(page, 'a flowchart of login: open app, logged in? yes -> dashboard, no -> login form')
  await askAndWait(page, 'sequence diagram: browser calls server, server queries database')
  // A device opening the board for the first time zooms to fit all three.
  const { context: wide, page: widePage } = await openDevicePage(browser, roomServer.url, boardPath(roomId), { viewport: { width: 1600, height: 900 } })
  await expect(geoShapes(widePage)).not.toHaveCount(0)
  await widePage.screenshot({ path: docsPicture('diagrams.png') })
  await wide.close()
})
