/**
 * The README's picture: two devices on one board, side by side. Runs only with SCREENSHOT=1
 * (`SCREENSHOT=1 npx playwright test screenshot`) and writes docs/two-devices.png.
 */
import path from 'node:path'
import { PROJECT_ROOT } from '../scripts/roomServer'
import { canvasPoint, drawWithTool, geoShapes, overlayInkNear, people, setDisplayName } from './support/boardPage'
import { expect, test } from './support/fixtures'

const OUTPUT = path.join(PROJECT_ROOT, 'docs', 'two-devices.png')

test.skip(!process.env.SCREENSHOT, 'set SCREENSHOT=1 to refresh docs/two-devices.png')

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
  await expect(answer).toHaveAttribute('data-status', 'done')
  await expect(bob.page.locator('[data-testid="chat-message"][data-role="assistant"]').last()).toHaveAttribute('data-status', 'done')

  // Each pointer rests where the other device can see it.
  const bobPointer = await canvasPoint(bob.page, 0.85, 0.8)
  const alicePointer = await canvasPoint(alice.page, 0.2, 0.5)
  await bob.page.mouse.move(bobPointer.x, bobPointer.y, { steps: 4 })
  await alice.page.mouse.move(alicePointer.x, alicePointer.y, { steps: 4 })
  await expect.poll(() => overlayInkNear(alice.page, bobPointer)).toBeGreaterThan(20)
  await expect.poll(() => overlayInkNear(bob.page, alicePointer)).toBeGreaterThan(20)

  const shots = await Promise.all([alice.page.screenshot(), bob.page.screenshot()])
  const [left, right] = shots.map((png) => `data:image/png;base64,${png.toString('base64')}`)
  const frame = await browser.newPage({ viewport: { width: 1640, height: 600 }, deviceScaleFactor: 1 })
  await frame.setContent(`<!doctype html>
<style>
  body { margin: 0; padding: 20px; background: #e2e8f0; display: flex; gap: 20px; font: 14px system-ui, sans-serif; color: #334155 }
  figure { margin: 0; flex: 1 }
  img { width: 100%; display: block; border-radius: 8px; box-shadow: 0 4px 16px rgb(15 23 42 / 0.25) }
  figcaption { margin-top: 8px; text-align: center }
</style>
<figure><img src="${left}"><figcaption>Device 1 (Ada)</figcaption></figure>
<figure><img src="${right}"><figcaption>Device 2 (Grace)</figcaption></figure>`)
  await frame.locator('img').last().evaluate((image: HTMLImageElement) => image.decode())
  await frame.screenshot({ path: OUTPUT, fullPage: true })
  await frame.close()
})
