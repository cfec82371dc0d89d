/**
 * Diagrams from two devices: a diagram prompt on one draws progressively on the other (its nodes
 * appear while the answer still streams), a follow-up prompt edits it in place, and "Undo AI turn"
 * reverts the edit on both. The model is a scripted OpenAI-compatible server writing create_diagram
 * calls at a steady pace, reading the diagram back from its prompt for the edit, as a hosted model would.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, test, type Browser, type Page } from '@playwright/test'
import { boardPath, newRoomId } from '../shared/roomId'
import { parseDiagramSummary } from '../party/agent/diagramSummary'
import { geoShapes, waitForBoard } from './support/boardPage'
import { startRoomServer, type RoomServer } from '../scripts/roomServer'
import { isFollowUp, startScriptedModelServer, type ChatRequest, type ScriptedModelServer, type ScriptedReply } from './support/scriptedModelServer'
import { fetchRecords } from './support/yjsClient'

const STEPS = ['Idea', 'Design', 'Build', 'Ship', 'Celebrate']

function script(request: ChatRequest): ScriptedReply {
  if (isFollowUp(request)) return { kind: 'stream', text: 'There it is.' }
  const prompt = String(request.messages.findLast((message) => message.role === 'user')?.content ?? '')
  if (prompt.includes('Review')) {
    const system = String(request.messages.find((message) => message.role === 'system')?.content ?? '')
    const [diagram] = parseDiagramSummary(system)
    if (!diagram) return { kind: 'stream', text: 'I see no diagram.' }
    const nodes = [...diagram.spec.nodes]
    nodes.splice(3, 0, { label: 'Review' })
    return { kind: 'stream', text: 'Adding Review. ', toolCalls: [{ name: 'create_diagram', arguments: JSON.stringify({ ...diagram.spec, diagram: diagram.id, nodes, edges: undefined }) }] }
  }
  return { kind: 'stream', text: 'Drawing the process. ', toolCalls: [{ name: 'create_diagram', arguments: JSON.stringify({ kind: 'process', nodes: STEPS }) }] }
}

const ask = async (page: Page, prompt: string) => {
  await page.getByTestId('chat-input').fill(prompt)
  await page.getByTestId('chat-send').click()
}
const lastAnswer = (page: Page) => page.locator('[data-testid="chat-message"][data-role="assistant"]').last()

test.describe('diagrams', () => {
  let model: ScriptedModelServer
  let server: RoomServer
  let persistDir: string

  test.beforeAll(async () => {
    // The room server of this file only (its model is scripted); a busy machine may take minutes to start it.
    test.setTimeout(300_000)
    model = await startScriptedModelServer({ script, charsPerChunk: 3, chunkDelayMs: 60 })
    persistDir = mkdtempSync(path.join(os.tmpdir(), 'sketchroom-diagrams-'))
    server = await startRoomServer({ persistDir, startTimeoutMs: 240_000, vars: { OPENAI_BASE_URL: model.baseUrl, AI_MODEL: 'scripted-model' } })
  })

  test.afterAll(async () => {
    await server?.stop()
    await model?.close()
    if (persistDir) rmSync(persistDir, { recursive: true, force: true })
  })

  async function open(browser: Browser, roomId: string) {
    const context = await browser.newContext({ baseURL: server.url })
    const page = await context.newPage()
    await page.goto(boardPath(roomId))
    await page.getByTestId('connection-status').waitFor({ timeout: 180_000 }) // the app's first load on a busy machine
    await waitForBoard(page)
    return { context, page }
  }

  test('a diagram appears progressively on another device, is edited by a follow-up, and the edit undone', async ({ browser }) => {
    test.setTimeout(300_000) // two turns streamed at a readable pace, on a shared machine
    const roomId = newRoomId()
    const asker = await open(browser, roomId)
    const other = await open(browser, roomId)
    try {
      // The other device records every number of boxes it shows while the diagram comes in.
      await other.page.evaluate(() => {
        const seen = new Set<number>()
        ;(window as unknown as { boxCounts: Set<number> }).boxCounts = seen
        new MutationObserver(() => seen.add(document.querySelectorAll('.tl-shape[data-shape-type="geo"]').length)).observe(document.body, { childList: true, subtree: true })
      })
      await ask(asker.page, 'a process: idea, design, build, ship, celebrate')
      await expect(lastAnswer(other.page)).toHaveAttribute('data-status', 'done', { timeout: 120_000 })
      await expect(geoShapes(other.page)).toHaveCount(STEPS.length)
      await expect(other.page.locator('.tl-shape[data-shape-type="arrow"]')).toHaveCount(STEPS.length - 1)
      // Part of the diagram showed there before the whole of it: it appeared progressively.
      const counts = await other.page.evaluate(() => [...(window as unknown as { boxCounts: Set<number> }).boxCounts])
      expect(counts.some((count) => count > 0 && count < STEPS.length)).toBe(true)
      const boxIds = async () => (await fetchRecords(server.url, roomId)).filter((record) => record.typeName === 'shape' && (record as { type: string }).type === 'geo').map((record) => record.id)
      const before = await boxIds()

      await ask(asker.page, 'add a step Review between Build and Ship')
      await expect(lastAnswer(other.page)).toContainText('Adding Review', { timeout: 120_000 })
      await expect(lastAnswer(other.page)).toHaveAttribute('data-status', 'done', { timeout: 120_000 })
      await expect(geoShapes(other.page)).toHaveCount(STEPS.length + 1)
      await expect(other.page.locator('.tl-shape[data-shape-type="arrow"]')).toHaveCount(STEPS.length)
      const after = new Set(await boxIds())
      // The boxes drawn first are the same shapes, updated in place.
      for (const id of before) expect(after.has(id)).toBe(true)

      await asker.page.getByRole('button', { name: 'Undo AI turn' }).click()
      await expect(geoShapes(other.page)).toHaveCount(STEPS.length)
      await expect(geoShapes(asker.page)).toHaveCount(STEPS.length)
    } finally {
      await asker.context.close()
      await other.context.close()
    }
  })
})
