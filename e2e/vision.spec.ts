/**
 * The AI sees the board: a prompt sent from the chat carries a small JPEG of the asker's viewport as
 * an image part when the room's model reads images (AI_VISION=1), and none when it does not
 * (AI_VISION=0, even for a model whose name would default to vision). What the scripted
 * OpenAI-compatible server received is the evidence. The chat shows the turn's token usage.
 */
import type { Browser } from '@playwright/test'
import { MAX_VIEWPORT_IMAGE_BYTES, MAX_VIEWPORT_IMAGE_PX } from '../shared/limits'
import { boardPath, newRoomId } from '../shared/roomId'
import { drawRectangle, waitForBoard } from './support/boardPage'
import { expect, test } from '@playwright/test'
import { startScriptedModelServer, userParts, type ScriptedModelServer } from './support/scriptedModelServer'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startRoomServer, type RoomServer } from '../scripts/roomServer'
import { waitFor } from './support/waitFor'

let model: ScriptedModelServer
let seeing: RoomServer
let blind: RoomServer
const dirs: string[] = []

/** A room server with these model settings; a generous start deadline, as two rooms start on two busy cores. */
function roomWith(vars: Record<string, string>): Promise<RoomServer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'sketchroom-vision-'))
  dirs.push(dir)
  return startRoomServer({ persistDir: dir, vars, startTimeoutMs: 150_000 })
}

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  test.setTimeout(360_000)
  model = await startScriptedModelServer({ script: () => ({ kind: 'stream', text: 'I see one rectangle.', usage: { prompt_tokens: 1200, completion_tokens: 34, total_tokens: 1234 } }) })
  seeing = await roomWith({ OPENAI_BASE_URL: model.baseUrl, AI_MODEL: 'scripted-model', AI_VISION: '1' })
  blind = await roomWith({ OPENAI_BASE_URL: model.baseUrl, AI_MODEL: 'gpt-4o', AI_VISION: '0' })
})

test.afterAll(async () => {
  await Promise.all([seeing?.stop(), blind?.stop()])
  await model?.close()
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

async function askFromBrowser(browser: Browser, server: RoomServer, prompt: string) {
  const context = await browser.newContext({ baseURL: server.url })
  const page = await context.newPage()
  await page.goto(boardPath(newRoomId()))
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'synced', { timeout: 60_000 })
  await waitForBoard(page)
  await drawRectangle(page, [0.3, 0.3], [0.5, 0.5])
  await expect(page.getByTestId('model-name')).toBeVisible() // the room's model info has arrived
  await page.getByTestId('chat-input').fill(prompt)
  await page.getByTestId('chat-send').click()
  await waitFor(() => model.requests.some((request) => JSON.stringify(request.messages).includes(prompt)), { timeoutMs: 30_000, message: 'the model to be asked' })
  const request = model.requests.find((candidate) => JSON.stringify(candidate.messages).includes(prompt))
  return { page, context, parts: request ? userParts(request) : [] }
}

test('with vision on, the prompt carries a JPEG of the viewport', async ({ browser }) => {
  const { page, context, parts } = await askFromBrowser(browser, seeing, 'what do you see? (vision on)')
  expect(parts.map((part) => part.type)).toEqual(['text', 'image_url'])
  const url = parts[1]?.image_url?.url ?? ''
  expect(url).toMatch(/^data:image\/jpeg;base64,\/9j\//)
  const jpeg = Buffer.from(url.slice(url.indexOf(',') + 1), 'base64')
  expect(jpeg.length).toBeLessThanOrEqual(MAX_VIEWPORT_IMAGE_BYTES)
  // JPEG's SOF0 segment holds the height and width; neither side is over the limit.
  const sof = jpeg.findIndex((byte, i) => byte === 0xff && (jpeg[i + 1] === 0xc0 || jpeg[i + 1] === 0xc2))
  expect(sof).toBeGreaterThan(0)
  expect(Math.max(jpeg.readUInt16BE(sof + 5), jpeg.readUInt16BE(sof + 7))).toBeLessThanOrEqual(MAX_VIEWPORT_IMAGE_PX)
  // The turn's cost shows in the chat, small.
  await expect(page.getByTestId('turn-meta').last()).toHaveText('1,234 tokens (1,200 in · 34 out)')
  await context.close()
})

test('with vision off, the prompt is text only', async ({ browser }) => {
  const { page, context, parts } = await askFromBrowser(browser, blind, 'what do you see? (vision off)')
  expect(parts.map((part) => part.type)).toEqual(['text'])
  await expect(page.locator('[data-testid="chat-message"][data-role="assistant"]').last()).toHaveAttribute('data-status', 'done')
  await context.close()
})
