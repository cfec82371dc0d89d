/**
 * The agent, seen from two devices: it draws live on both, its answer streams into both chats,
 * survives a reload or the asker leaving, can be stopped, and "Undo AI turn" reverts it on both
 * while keeping what people drew. The model is the embedded sketch model (no key, no network).
 */
import type { Page } from '@playwright/test'
import type { TLRecord } from '@tldraw/tlschema'
import { fetchRecords } from './support/yjsClient'
import { drawRectangle, geoShapes, people } from './support/boardPage'
import { expect, test } from './support/fixtures'

const LONG_FLOWCHART = 'draw a flowchart: Plan -> Design -> Build -> Test -> Review -> Release -> Measure -> Learn'

function assistantMessages(page: Page) {
  return page.locator('[data-testid="chat-message"][data-role="assistant"]')
}

async function ask(page: Page, prompt: string): Promise<void> {
  await page.getByTestId('chat-input').fill(prompt)
  await page.getByTestId('chat-send').click()
}

const shapesOf = (records: TLRecord[], type: string) => records.filter((record) => record.typeName === 'shape' && (record as { type: string }).type === type)

test('a prompt on one device draws live on the other, with the answer streaming there', async ({ openDevice, roomServer, roomId }) => {
  const asker = await openDevice()
  const other = await openDevice()
  await expect(other.page.getByTestId('offline-badge')).toBeVisible()
  await expect(other.page.getByTestId('model-name')).toHaveText('sketch-1')

  // Watch the other device: when the first shape appears there, is the answer still streaming?
  const firstShapeWhileStreaming = other.page.evaluate(
    () =>
      new Promise<{ status: string | null; text: string }>((resolve) => {
        const check = () => {
          if (!document.querySelector('.tl-shape[data-shape-type="geo"]')) return false
          const messages = document.querySelectorAll('[data-testid="chat-message"][data-role="assistant"]')
          const last = messages[messages.length - 1]
          resolve({ status: last?.getAttribute('data-status') ?? null, text: last?.textContent ?? '' })
          return true
        }
        if (check()) return
        const observer = new MutationObserver(() => check() && observer.disconnect())
        observer.observe(document.body, { childList: true, subtree: true, attributes: true })
      }),
  )
  await ask(asker.page, 'draw a flowchart: Idea -> Prototype -> Launch')
  // The agent shows up as a collaborator while it works.
  await expect(people(other.page).filter({ hasText: 'AI' })).toHaveCount(1)

  const seen = await firstShapeWhileStreaming
  expect(seen.status).toBe('streaming')
  expect(seen.text).toContain('flowchart')

  await expect(assistantMessages(other.page).last()).toHaveAttribute('data-status', 'done')
  await expect(geoShapes(other.page)).toHaveCount(3)
  await expect(other.page.locator('.tl-shape[data-shape-type="arrow"]')).toHaveCount(2)
  await expect(other.page.getByTestId('tool-call').first()).toBeVisible()
  await expect(people(other.page).filter({ hasText: 'AI' })).toHaveCount(0)

  const records = await fetchRecords(roomServer.url, roomId)
  expect(shapesOf(records, 'geo')).toHaveLength(3)
  expect(records.filter((record) => record.typeName === 'binding')).toHaveLength(4)
})

test('a device that reloads mid-turn sees the answer so far and it keeps streaming', async ({ openDevice }) => {
  const asker = await openDevice()
  const other = await openDevice()
  await ask(asker.page, LONG_FLOWCHART)
  await expect(geoShapes(other.page).first()).toBeVisible()
  await expect(assistantMessages(other.page).last()).toHaveAttribute('data-status', 'streaming')

  await other.page.reload()
  await expect(assistantMessages(other.page).last()).toHaveAttribute('data-status', 'streaming')
  const shapesAfterReload = await geoShapes(other.page).count()
  const textAfterReload = (await assistantMessages(other.page).last().getByTestId('chat-text').textContent()) ?? ''
  expect(shapesAfterReload).toBeGreaterThan(0)

  await expect(assistantMessages(other.page).last()).toHaveAttribute('data-status', 'done')
  await expect(geoShapes(other.page)).toHaveCount(8)
  const finalText = (await assistantMessages(other.page).last().getByTestId('chat-text').textContent()) ?? ''
  expect(finalText.length).toBeGreaterThan(textAfterReload.length)
  expect(shapesAfterReload).toBeLessThan(8)
})

test('the agent finishes after the asker closes their tab, and a new device sees it happen', async ({ openDevice, roomServer, roomId }) => {
  const asker = await openDevice()
  await ask(asker.page, LONG_FLOWCHART)
  await expect(geoShapes(asker.page).first()).toBeVisible()
  await asker.context.close()

  const later = await openDevice()
  const messages = assistantMessages(later.page)
  await expect(messages.last()).toHaveAttribute('data-status', 'done')
  await expect(geoShapes(later.page)).toHaveCount(8)
  expect(shapesOf(await fetchRecords(roomServer.url, roomId), 'geo')).toHaveLength(8)
})

test('stop ends a turn on every device, and undo reverts the AI turn on both while keeping a person\'s shape', async ({ openDevice, roomServer, roomId }) => {
  const asker = await openDevice()
  const other = await openDevice()

  await ask(asker.page, LONG_FLOWCHART)
  await expect(geoShapes(other.page).first()).toBeVisible()
  await other.page.getByTestId('chat-stop').click()
  await expect(assistantMessages(asker.page).last()).toHaveAttribute('data-status', 'error')
  await expect(assistantMessages(asker.page).last()).toContainText('Stopped')
  const stoppedAt = await geoShapes(asker.page).count()
  expect(stoppedAt).toBeLessThan(8)

  await ask(asker.page, 'three red circles in a row')
  await expect(assistantMessages(asker.page).last()).toHaveAttribute('data-status', 'done')
  await expect(geoShapes(other.page)).toHaveCount(stoppedAt + 3)

  // A person draws a rectangle after the AI turn; undo must keep it.
  await drawRectangle(other.page, [0.1, 0.75], [0.25, 0.9])
  await expect(geoShapes(asker.page)).toHaveCount(stoppedAt + 4)

  await asker.page.getByRole('button', { name: 'Undo AI turn' }).click()
  await expect(geoShapes(asker.page)).toHaveCount(stoppedAt + 1)
  await expect(geoShapes(other.page)).toHaveCount(stoppedAt + 1)
  const ellipses = shapesOf(await fetchRecords(roomServer.url, roomId), 'geo').filter((shape) => (shape as { props: { geo: string } }).props.geo === 'ellipse')
  expect(ellipses).toHaveLength(0)
})

test('a procedural request runs code in the sandbox: a 6 by 4 grid is 24 squares on both devices', async ({ openDevice, roomServer, roomId }) => {
  const asker = await openDevice()
  const other = await openDevice()
  await ask(asker.page, 'a 6 by 4 grid of squares')
  await expect(assistantMessages(other.page).last()).toHaveAttribute('data-status', 'done')
  await expect(geoShapes(other.page)).toHaveCount(24)
  await expect(geoShapes(asker.page)).toHaveCount(24)
  const runCode = other.page.locator('[data-testid="tool-call"][data-tool="run_code"]')
  await expect(runCode).toHaveAttribute('data-status', 'done')
  await runCode.locator('summary').click()
  await expect(runCode.locator('pre').first()).toContainText('board.')
  expect(shapesOf(await fetchRecords(roomServer.url, roomId), 'geo')).toHaveLength(24)
})
