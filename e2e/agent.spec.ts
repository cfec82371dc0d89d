/**
 * The agent, seen from two devices: it draws live on both, its answer streams into both chats,
 * survives a reload or the asker leaving, can be stopped, and "Undo AI turn" reverts it on both
 * while keeping what people drew. The model is the embedded sketch model (no key, no network).
 */
import type { Browser, Page } from '@playwright/test'
import type { TLRecord } from '@tldraw/tlschema'
import { boardPath, newRoomId } from '../shared/roomId'
import { drawRectangle, geoShapes, people, openDevicePage, waitForBoard } from './support/boardPage'
import { expect, test } from './support/fixtures'
import { isFollowUp, startScriptedModelServer, type ScriptedModelServer } from './support/scriptedModelServer'
import { startTestServer, type TestServer } from './support/testServer'
import { fetchRecords } from './support/yjsClient'

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

  const seen = await firstShapeWhileStreaming
  expect(seen.status).toBe('streaming')
  // The answer's words stream in on the other device too, while the turn runs.
  await expect(assistantMessages(other.page).last().getByTestId('chat-text')).toContainText('flowchart')

  await expect(assistantMessages(other.page).last()).toHaveAttribute('data-status', 'done')
  await expect(geoShapes(other.page)).toHaveCount(3)
  await expect(other.page.locator('.tl-shape[data-shape-type="arrow"]')).toHaveCount(2)
  await expect(other.page.getByTestId('tool-call').first()).toBeVisible()

  const records = await fetchRecords(roomServer.url, roomId)
  expect(shapesOf(records, 'geo')).toHaveLength(3)
  expect(records.filter((record) => record.typeName === 'binding')).toHaveLength(4)
})

test('undo reverts the AI turn on both devices while keeping a person\'s shape', async ({ openDevice, roomServer, roomId }) => {
  const asker = await openDevice()
  const other = await openDevice()
  await ask(asker.page, 'three red circles in a row')
  await expect(assistantMessages(asker.page).last()).toHaveAttribute('data-status', 'done')
  await expect(geoShapes(other.page)).toHaveCount(3)

  // A person draws a rectangle after the AI turn; undo must keep it.
  await drawRectangle(other.page, [0.1, 0.75], [0.25, 0.9])
  await expect(geoShapes(asker.page)).toHaveCount(4)

  await asker.page.getByRole('button', { name: 'Undo AI turn' }).click()
  await expect(geoShapes(asker.page)).toHaveCount(1)
  await expect(geoShapes(other.page)).toHaveCount(1)
  const left = shapesOf(await fetchRecords(roomServer.url, roomId), 'geo')
  expect(left.map((shape) => (shape as { props: { geo: string } }).props.geo)).toEqual(['rectangle'])
  await expect(assistantMessages(other.page).last()).toContainText('Undid an AI turn')
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

test.describe('a long answer from a hosted model', () => {
  // A scripted OpenAI-compatible server writes ten shapes at ~60 characters a second: a turn of
  // several seconds, long enough to reload in the middle of it.
  const SHAPES = 10
  let model: ScriptedModelServer
  let server: TestServer

  test.beforeAll(async () => {
    model = await startScriptedModelServer({
      script: (request) =>
        isFollowUp(request)
          ? { kind: 'stream', text: 'All ten boxes are on the board now, left to right.' }
          : {
              kind: 'stream',
              text: 'Drawing ten boxes, one after another. ',
              toolCalls: [{ name: 'create_shapes', arguments: JSON.stringify({ shapes: Array.from({ length: SHAPES }, (_, i) => ({ type: 'geo', x: i * 120, y: 0, w: 100, h: 80, text: `Box ${i + 1}` })) }) }],
            },
      charsPerChunk: 3,
      chunkDelayMs: 100, // ~35 s of streaming: room for a reload on a busy machine
    })
    server = await startTestServer({ vars: { OPENAI_BASE_URL: model.baseUrl, AI_MODEL: 'slow-model' } })
  })

  test.afterAll(async () => {
    await server?.dispose()
    await model?.close()
  })

  const open = (browser: Browser, roomId: string) => openDevicePage(browser, server.url, boardPath(roomId))

  test('a device that reloads mid-turn sees the answer so far and it keeps streaming', async ({ browser }) => {
    const roomId = newRoomId()
    const asker = await open(browser, roomId)
    const other = await open(browser, roomId)
    try {
      await expect(other.page.getByTestId('model-name')).toHaveText('slow-model')
      await ask(asker.page, 'draw ten boxes')
      await expect(geoShapes(other.page).first()).toBeVisible()

      await other.page.reload()
      await waitForBoard(other.page)
      const answer = assistantMessages(other.page).last()
      await expect(answer).toHaveAttribute('data-status', 'streaming')
      const shapesAfterReload = await geoShapes(other.page).count()
      expect(shapesAfterReload).toBeGreaterThan(0)
      expect(shapesAfterReload).toBeLessThan(SHAPES)
      await expect(answer.getByTestId('chat-text')).toContainText('Drawing ten boxes')

      // The rest arrives on the reloaded device as it is written.
      await expect(geoShapes(other.page)).toHaveCount(SHAPES)
      await expect(answer).toHaveAttribute('data-status', 'done')
      await expect(answer.getByTestId('chat-text')).toContainText('All ten boxes are on the board now')
      expect(shapesOf(await fetchRecords(server.url, roomId), 'geo')).toHaveLength(SHAPES)
    } finally {
      await asker.context.close()
      await other.context.close()
    }
  })

  test('the agent finishes after the asker closes their tab, and a new device sees it happen', async ({ browser }) => {
    const roomId = newRoomId()
    const asker = await open(browser, roomId)
    await ask(asker.page, 'draw ten boxes')
    await expect(geoShapes(asker.page).first()).toBeVisible()
    const drawnWhenLeaving = await geoShapes(asker.page).count()
    await asker.context.close()
    expect(drawnWhenLeaving).toBeLessThan(SHAPES)

    const later = await open(browser, roomId)
    try {
      await expect(assistantMessages(later.page).last()).toHaveAttribute('data-status', 'done')
      await expect(geoShapes(later.page)).toHaveCount(SHAPES)
    } finally {
      await later.context.close()
    }
  })

  test('stop ends a turn on every device and keeps what was drawn', async ({ browser }) => {
    const roomId = newRoomId()
    const asker = await open(browser, roomId)
    const other = await open(browser, roomId)
    try {
      await ask(asker.page, 'draw ten boxes')
      await expect(geoShapes(other.page).first()).toBeVisible()
      // While it works, the agent is in the room like a person: in the people list, with a cursor.
      await expect(people(other.page).filter({ hasText: 'AI' })).toHaveCount(1)
      await other.page.getByTestId('chat-stop').click()
      for (const page of [asker.page, other.page]) {
        await expect(assistantMessages(page).last()).toHaveAttribute('data-status', 'error')
        await expect(assistantMessages(page).last()).toContainText('Stopped')
      }
      const kept = shapesOf(await fetchRecords(server.url, roomId), 'geo').length
      expect(kept).toBeGreaterThan(0)
      expect(kept).toBeLessThan(SHAPES)
      await expect(geoShapes(asker.page)).toHaveCount(kept)
      await expect(asker.page.getByTestId('chat-send')).toBeVisible() // ready for the next prompt
      await expect(people(other.page).filter({ hasText: 'AI' })).toHaveCount(0)
    } finally {
      await asker.context.close()
      await other.context.close()
    }
  })
})
