/**
 * Sharing: the Share dialog's link, copy button and QR code take another device to the board; its
 * view-only link and QR open the board read-only.
 */
import { boardPath } from '../shared/roomId'
import { drawRectangle, geoShapes, waitForBoard } from './support/boardPage'
import { expect, test } from './support/fixtures'
import { decodeQr } from './support/qr'

test('the Share dialog gives the board link, a copy button and a QR code of it', async ({ openDevice, roomServer, roomId }) => {
  const alice = await openDevice()
  await alice.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: roomServer.url })
  const boardUrl = `${roomServer.url}${boardPath(roomId)}`

  await alice.page.getByRole('button', { name: 'Share' }).click()
  const dialog = alice.page.getByRole('dialog', { name: 'Share this board' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('textbox', { name: 'Board link' })).toHaveValue(boardUrl)

  await dialog.getByRole('button', { name: 'Copy board link' }).click()
  await expect(dialog.getByText('Copied to the clipboard.')).toBeVisible()
  expect(await alice.page.evaluate(() => navigator.clipboard.readText())).toBe(boardUrl)

  const qr = dialog.getByRole('img', { name: /QR code of the board link/ })
  await expect(qr).toBeVisible()
  expect(decodeQr(await qr.screenshot())).toBe(boardUrl)

  // Esc closes it and gives focus back to the Share button.
  await alice.page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(alice.page.getByRole('button', { name: 'Share' })).toBeFocused()
})

test('the view-only link and its QR code open the board read-only', async ({ openDevice, browser, roomServer }) => {
  const alice = await openDevice()
  await drawRectangle(alice.page, [0.3, 0.3], [0.45, 0.5])
  await alice.page.getByRole('button', { name: 'Share' }).click()
  const dialog = alice.page.getByRole('dialog', { name: 'Share this board' })

  const qr = dialog.getByRole('img', { name: /QR code of the view-only link/ })
  await expect(qr).toBeVisible()
  const viewUrl = decodeQr(await qr.screenshot())
  expect(viewUrl).toMatch(new RegExp(`^${roomServer.url}/v/[^/]+$`))
  await expect(dialog.getByRole('textbox', { name: 'View-only link' })).toHaveValue(viewUrl ?? '')
  await expect(dialog.getByRole('button', { name: 'Copy view-only link' })).toBeVisible()

  // A phone scanning it sees the board, and cannot change it.
  const viewer = await browser.newContext({ baseURL: roomServer.url })
  try {
    const page = await viewer.newPage()
    await page.goto(viewUrl ?? '')
    await waitForBoard(page)
    await expect(geoShapes(page)).toHaveCount(1)
    await expect(page.getByTestId('chat-input')).toHaveCount(0)
    await drawRectangle(page, [0.6, 0.3], [0.7, 0.5])
    await expect(geoShapes(alice.page)).toHaveCount(1)
    await expect(geoShapes(page)).toHaveCount(1)
  } finally {
    await viewer.close()
  }
})
