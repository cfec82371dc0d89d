/**
 * A 10,000-shape board opens in a new tab: the shapes nearest the view first, then every shape
 * (docs/performance.md "Open"). The board is seeded through the room's Yjs sync
 * by a Node client, not drawn by hand. No time is asserted: timings live in `npm run bench`.
 */
import { createShapeId } from '@tldraw/tlschema'
import { writeRecords } from '../shared/doc'
import { boardPath } from '../shared/roomId'
import { connectionStatus, geoShapes } from './support/boardPage'
import { expect, test } from './support/fixtures'
import { geoShape } from './support/records'
import { waitFor } from './support/waitFor'
import { connectYjsClient, fetchRecords } from './support/yjsClient'

const SHAPES = 10_000
/** Shapes per transaction, so no one update nears the room's message limits. */
const BATCH = 1_000

test('a 10,000-shape board opens and shows its shapes', async ({ browser, roomServer, roomId }) => {
  test.setTimeout(300_000)
  const writer = connectYjsClient(roomServer.host, roomId)
  try {
    await writer.synced()
    for (let start = 0; start < SHAPES; start += BATCH) {
      const shapes = Array.from({ length: BATCH }, (_, i) => {
        const n = start + i
        return geoShape({ id: createShapeId(`big-${n}`), x: (n % 100) * 120, y: Math.floor(n / 100) * 100 })
      })
      writer.doc.transact(() => writeRecords(writer.records, shapes))
    }
    await waitFor(async () => (await fetchRecords(roomServer.url, roomId)).length >= SHAPES, { timeoutMs: 120_000, message: 'the room to hold the board' })
  } finally {
    writer.destroy()
  }

  const context = await browser.newContext({ baseURL: roomServer.url })
  try {
    const page = await context.newPage()
    await page.goto(boardPath(roomId))
    // The board syncs 3.6 MB first; on a busy machine that takes longer than the usual wait.
    await expect(connectionStatus(page)).toHaveAttribute('data-status', 'synced', { timeout: 120_000 })
    // The shapes nearest the view come first, then the rest in chunks.
    await expect(page.locator(`.tl-shape[data-shape-id="${createShapeId('big-0')}"]`)).toBeVisible({ timeout: 120_000 })
    await expect(geoShapes(page)).toHaveCount(SHAPES, { timeout: 240_000 })
  } finally {
    await context.close()
  }
})
