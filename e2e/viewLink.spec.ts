/**
 * A view-only link, seen from two devices (docs/permissions.md): an editor shares it, a viewer opens
 * it and sees edits and an agent answer live, but cannot draw or prompt, and never learns the room
 * id. The model is the embedded sketch model.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test'
import { boardPath } from '../shared/roomId'
import { connectionStatus, drawRectangle, geoShapes, people } from './support/boardPage'
import { expect, test } from './support/fixtures'
import { fetchRecords } from './support/yjsClient'

// A second tldraw page in one browser is slow to start on a loaded two-core machine.
const patient = expect.configure({ timeout: 60_000 })

const shapeCount = async (serverUrl: string, roomId: string) =>
  (await fetchRecords(serverUrl, roomId)).filter((record) => record.typeName === 'shape').length

/** Opens `path` in a new browser context (a device) and waits, patiently, for the board. */
async function openPage(browser: Browser, baseURL: string, path: string, contexts: BrowserContext[]): Promise<Page> {
  const context = await browser.newContext({ baseURL })
  contexts.push(context)
  const page = await context.newPage()
  await page.goto(path)
  await patient(connectionStatus(page)).toHaveAttribute('data-status', 'synced')
  await patient(page.locator('.tl-canvas')).toBeVisible()
  return page
}

/** Reads the view-only link from the Share dialog (docs/ux.md "Share"), then closes it. */
async function copyViewLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Share' }).click()
  const field = page.getByRole('dialog', { name: 'Share this board' }).getByRole('textbox', { name: 'View-only link' })
  await patient(field).toHaveValue(/\/v\//)
  const link = await field.inputValue()
  await page.keyboard.press('Escape')
  return link
}

test('a viewer sees edits and an agent answer live, cannot draw or prompt, and never learns the room id', async ({ browser, roomServer, roomId }) => {
  test.slow()
  const contexts: BrowserContext[] = []
  try {
    const editor = await openPage(browser, roomServer.url, boardPath(roomId), contexts)
    await editor.context().grantPermissions(['clipboard-read', 'clipboard-write'])
    const link = await copyViewLink(editor)
    expect(link).toMatch(/\/v\/[A-Za-z0-9_-]{65,}$/)
    expect(link).not.toContain(roomId)

    const seen: string[] = []
    const context = await browser.newContext({ baseURL: roomServer.url })
    contexts.push(context)
    const viewer = await context.newPage()
    viewer.on('request', (request) => seen.push(request.url()))
    viewer.on('websocket', (socket) => {
      seen.push(socket.url())
      socket.on('framereceived', ({ payload }) => seen.push(typeof payload === 'string' ? payload : payload.toString('latin1')))
    })
    await viewer.goto(new URL(link).pathname)
    await patient(connectionStatus(viewer)).toHaveAttribute('data-status', 'synced')
    await patient(viewer.locator('.tl-canvas')).toBeVisible()

    // Read-only: a badge, no prompt box, no stop, undo or share.
    await expect(viewer.getByTestId('view-only-badge')).toBeVisible()
    await expect(viewer.getByTestId('chat-messages')).toBeVisible()
    for (const testId of ['chat-input', 'chat-send', 'chat-stop', 'share-button']) await expect(viewer.getByTestId(testId)).toHaveCount(0)
    await expect(viewer.getByRole('button', { name: 'Undo AI turn' })).toHaveCount(0)
    await expect(viewer.getByRole('button', { name: 'Share' })).toHaveCount(0)

    // The editor sees the viewer in the people list, marked as viewing.
    await patient(people(editor).and(editor.locator('[data-viewer="true"]'))).toHaveCount(1)

    // Live: an editor's rectangle, then an agent turn, streaming.
    await drawRectangle(editor, [0.1, 0.1], [0.25, 0.25])
    await patient(geoShapes(viewer)).toHaveCount(1)
    await editor.getByTestId('chat-input').fill('three red circles in a row')
    await editor.getByTestId('chat-send').click()
    const answer = viewer.locator('[data-testid="chat-message"][data-role="assistant"]').last()
    await patient(answer.getByTestId('chat-text')).not.toBeEmpty()
    await patient(answer).toHaveAttribute('data-status', 'done')
    await patient(geoShapes(viewer)).toHaveCount(4)

    // Drawing on the viewer changes nothing: the editor's next shape lands, the viewer's never does.
    await drawRectangle(viewer, [0.5, 0.5], [0.7, 0.7])
    await drawRectangle(editor, [0.1, 0.6], [0.2, 0.7])
    await expect.poll(() => shapeCount(roomServer.url, roomId), { timeout: 60_000 }).toBe(5)
    await patient(geoShapes(viewer)).toHaveCount(5)
    await expect(geoShapes(editor)).toHaveCount(5)

    expect(seen.length).toBeGreaterThan(0)
    for (const item of [...seen, await viewer.content()]) expect(item).not.toContain(roomId)
  } finally {
    for (const context of contexts) await context.close()
  }
})
