/**
 * The chat, against a hosted-model path (a scripted OpenAI-compatible server): Enter sends,
 * Shift+Enter breaks the line, Esc stops a running turn; replies render markdown and never HTML;
 * an axe scan of a board with a chat finds nothing serious; people coming and going are announced.
 */
import AxeBuilder from '@axe-core/playwright'
import type { Browser } from '@playwright/test'
import { boardPath, newRoomId } from '../shared/roomId'
import { setDisplayName, openDevicePage } from './support/boardPage'
import { expect, test } from './support/fixtures'
import { startScriptedModelServer, type ChatRequest, type ScriptedModelServer } from './support/scriptedModelServer'
import { startTestServer, type TestServer } from './support/testServer'

const MARKDOWN_REPLY = [
  'Here is **the plan**:',
  '',
  '- sketch the idea',
  '- build a prototype',
  '',
  'Run `npm start` to try it. <img src="x" onerror="window.__injected = true"> <b>not bold</b>',
].join('\n')

/** The last thing a person asked, as the room passed it to the model. */
const lastPrompt = (request: ChatRequest) => JSON.stringify(request.messages.filter((message) => message.role === 'user').at(-1)?.content ?? '')

test.describe('the chat panel', () => {
  let model: ScriptedModelServer
  let server: TestServer

  test.beforeAll(async () => {
    // "wait" gets an answer that never ends (until stopped); anything else a markdown reply.
    model = await startScriptedModelServer({
      script: (request) => (lastPrompt(request).includes('wait') ? { kind: 'hang' } : { kind: 'stream', text: MARKDOWN_REPLY }),
    })
    server = await startTestServer({ vars: { OPENAI_BASE_URL: model.baseUrl, AI_MODEL: 'scripted-model' } })
  })

  test.afterAll(async () => {
    await server?.dispose()
    await model?.close()
  })

  const open = (browser: Browser, roomId: string) => openDevicePage(browser, server.url, boardPath(roomId))

  test('keys, markdown, stop and an accessibility scan', async ({ browser }) => {
    test.slow() // three turns and an axe scan
    const { context, page } = await open(browser, newRoomId())
    try {
      // An empty board suggests first prompts, diagram kinds among them.
      await expect(page.getByRole('button', { name: 'an org chart: CEO; CTO and CFO under the CEO' })).toBeVisible()
      await expect(page.getByRole('button', { name: 'a timeline of Q1, Q2, Q3, Q4' })).toBeVisible()

      const input = page.getByRole('textbox', { name: 'Message the AI' })
      await input.click()
      await input.pressSequentially('two lines')
      await input.press('Shift+Enter')
      await input.pressSequentially('in markdown please')
      await expect(input).toHaveValue('two lines\nin markdown please')
      await input.press('Enter')
      await expect(input).toHaveValue('')
      await expect(page.locator('[data-testid="chat-message"][data-role="user"]').last()).toContainText('two lines\nin markdown please')

      const answer = page.locator('[data-testid="chat-message"][data-role="assistant"]').last()
      await expect(answer).toHaveAttribute('data-status', 'done')
      const text = answer.getByTestId('chat-text')
      await expect(text.locator('strong')).toHaveText('the plan')
      await expect(text.locator('li')).toHaveText(['sketch the idea', 'build a prototype'])
      await expect(text.locator('code')).toHaveText('npm start')
      // Raw HTML shows as text and never becomes elements.
      await expect(text).toContainText('<img src="x"')
      await expect(text.locator('img, b')).toHaveCount(0)
      expect(await page.evaluate(() => (window as { __injected?: boolean }).__injected)).toBeUndefined()

      // A board with a chat after a turn: nothing serious or critical for assistive technology.
      const scan = await new AxeBuilder({ page }).analyze()
      const serious = scan.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([])

      // Esc stops a running turn.
      await input.fill('wait for it')
      await input.press('Enter')
      const running = page.locator('[data-testid="chat-message"][data-role="assistant"]').last()
      await expect(running).toHaveAttribute('data-status', 'streaming')
      await expect(page.getByTestId('chat-stop')).toBeVisible()
      await input.press('Escape')
      await expect(running).toHaveAttribute('data-status', 'error')
      await expect(running).toContainText('Stopped')
      await expect(page.getByTestId('chat-send')).toBeVisible()
    } finally {
      await context.close()
    }
  })

  test('a toast says who joined and who left', async ({ browser }) => {
    const roomId = newRoomId()
    const ada = await open(browser, roomId)
    try {
      // Toasts stay a few seconds; keep every one Ada is shown, however slow the machine.
      await ada.page.evaluate(() => {
        const seen: string[] = ((window as { toasts?: string[] }).toasts = [])
        new MutationObserver(() => {
          for (const toast of document.querySelectorAll('[data-testid="presence-toast"]')) if (!seen.includes(toast.textContent ?? '')) seen.push(toast.textContent ?? '')
        }).observe(document.body, { childList: true, subtree: true, characterData: true })
      })
      const toasts = () => ada.page.evaluate(() => (window as { toasts?: string[] }).toasts ?? [])
      const grace = await open(browser, roomId)
      await setDisplayName(grace.page, 'Grace')
      await expect.poll(toasts).toContainEqual(expect.stringMatching(/ joined$/))
      await grace.context.close()
      await expect.poll(toasts).toContain('Grace left')
    } finally {
      await ada.context.close()
    }
  })
})
