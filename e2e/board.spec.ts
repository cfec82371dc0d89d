/**
 * Two devices (two browser contexts, each its own person) on one fresh board against the real
 * room server: drawing, presence, names, reloads, server restarts and offline edits.
 */
import {
  canvasPoint,
  connectionStatus,
  drawRectangle,
  geoShapes,
  overlayInkNear,
  people,
  setDisplayName,
  waitForBoard,
} from './support/boardPage'
import { expect, test } from './support/fixtures'
import { waitFor } from './support/waitFor'
import { fetchRecords } from './support/yjsClient'

async function geoRecordCount(serverUrl: string, roomId: string): Promise<number> {
  const records = await fetchRecords(serverUrl, roomId)
  return records.filter((record) => record.typeName === 'shape' && record.type === 'geo').length
}

test('a rectangle drawn on one device appears on the other', async ({ openDevice, roomServer, roomId }) => {
  const alice = await openDevice()
  const bob = await openDevice()

  await drawRectangle(alice.page, [0.3, 0.3], [0.45, 0.5])

  await expect(geoShapes(alice.page)).toHaveCount(1)
  await expect(geoShapes(bob.page)).toHaveCount(1)
  await waitFor(async () => (await geoRecordCount(roomServer.url, roomId)) === 1, { message: 'the rectangle in /records' })
})

test('each device sees the other in the people list and its cursor on the canvas', async ({ openDevice }) => {
  const alice = await openDevice()
  const bob = await openDevice()
  await expect(people(alice.page)).toHaveCount(2)
  await expect(people(bob.page)).toHaveCount(2)

  // Both boards start with the same camera and layout, so Bob's pointer lands at the same spot on Alice's screen.
  const first = await canvasPoint(bob.page, 0.3, 0.4)
  const second = await canvasPoint(bob.page, 0.6, 0.6)
  expect(await overlayInkNear(alice.page, second)).toBe(0)
  await bob.page.mouse.move(first.x, first.y, { steps: 4 })
  await expect.poll(() => overlayInkNear(alice.page, first)).toBeGreaterThan(20)
  await bob.page.mouse.move(second.x, second.y, { steps: 4 })
  await expect.poll(() => overlayInkNear(alice.page, second)).toBeGreaterThan(20)
  await expect.poll(() => overlayInkNear(alice.page, first)).toBe(0)
})

test('a display name shows on the other device and is remembered across a reload', async ({ openDevice }) => {
  const alice = await openDevice()
  const bob = await openDevice()

  await setDisplayName(alice.page, 'Ada Lovelace')
  await expect(people(bob.page).filter({ hasText: 'Ada Lovelace' })).toHaveCount(1)
  await expect(people(alice.page).filter({ hasText: 'Ada Lovelace' })).toHaveAttribute('title', 'Ada Lovelace (you)')

  const stored = await alice.page.evaluate(() => Object.values(localStorage).join('\n'))
  expect(stored).toContain('Ada Lovelace')
  await alice.page.reload()
  await waitForBoard(alice.page)
  await expect(alice.page.getByTestId('name-field')).toHaveValue('Ada Lovelace')
  await expect(people(bob.page).filter({ hasText: 'Ada Lovelace' })).toHaveCount(1)
})

test('the shape stays after a reload', async ({ openDevice }) => {
  const alice = await openDevice()
  await drawRectangle(alice.page, [0.3, 0.3], [0.45, 0.5])
  await expect(geoShapes(alice.page)).toHaveCount(1)

  await alice.page.reload()
  await waitForBoard(alice.page)
  await expect(geoShapes(alice.page)).toHaveCount(1)
})

test('the shape survives a server restart, and the status badge follows the connection', async ({ openDevice, roomServer, roomId }) => {
  const alice = await openDevice()
  const bob = await openDevice()
  await drawRectangle(alice.page, [0.3, 0.3], [0.45, 0.5])
  await waitFor(async () => (await geoRecordCount(roomServer.url, roomId)) === 1, { message: 'the rectangle in /records' })

  await roomServer.stop()
  await expect(connectionStatus(alice.page)).toHaveAttribute('data-status', 'reconnecting')
  await expect(connectionStatus(bob.page)).toHaveAttribute('data-status', 'reconnecting')
  await roomServer.start()
  await expect(connectionStatus(alice.page)).toHaveAttribute('data-status', 'synced')
  await expect(connectionStatus(bob.page)).toHaveAttribute('data-status', 'synced')

  expect(await geoRecordCount(roomServer.url, roomId)).toBe(1)
  await bob.page.reload()
  await waitForBoard(bob.page)
  await expect(geoShapes(bob.page)).toHaveCount(1)
})

test('edits made while the server is down merge when it returns', async ({ openDevice, roomServer, roomId }) => {
  const alice = await openDevice()
  const bob = await openDevice()

  await roomServer.stop()
  await expect(connectionStatus(alice.page)).toHaveAttribute('data-status', 'reconnecting')
  await expect(connectionStatus(bob.page)).toHaveAttribute('data-status', 'reconnecting')
  await drawRectangle(alice.page, [0.2, 0.2], [0.3, 0.3])
  await drawRectangle(bob.page, [0.5, 0.5], [0.6, 0.65])
  await expect(geoShapes(alice.page)).toHaveCount(1)
  await expect(geoShapes(bob.page)).toHaveCount(1)

  await roomServer.start()
  await expect(geoShapes(alice.page)).toHaveCount(2)
  await expect(geoShapes(bob.page)).toHaveCount(2)
  await waitFor(async () => (await geoRecordCount(roomServer.url, roomId)) === 2, { message: 'both rectangles in /records' })
})

test('edits made while a device is offline merge when it is back online', async ({ openDevice, roomServer, roomId }) => {
  const alice = await openDevice()
  const bob = await openDevice()

  await alice.context.setOffline(true)
  await expect(connectionStatus(alice.page)).toHaveAttribute('data-status', 'offline')
  await drawRectangle(alice.page, [0.2, 0.2], [0.3, 0.3])
  await drawRectangle(bob.page, [0.5, 0.5], [0.6, 0.65])
  await waitFor(async () => (await geoRecordCount(roomServer.url, roomId)) === 1, { message: 'Bob’s rectangle in /records' })
  // The room has Bob's rectangle and Alice's own is only on her device: she is really cut off.
  await expect(geoShapes(alice.page)).toHaveCount(1)
  await expect(geoShapes(bob.page)).toHaveCount(1)

  await alice.context.setOffline(false)
  await expect(connectionStatus(alice.page)).toHaveAttribute('data-status', 'synced')
  await expect(geoShapes(alice.page)).toHaveCount(2)
  await expect(geoShapes(bob.page)).toHaveCount(2)
  await waitFor(async () => (await geoRecordCount(roomServer.url, roomId)) === 2, { message: 'both rectangles in /records' })
})
