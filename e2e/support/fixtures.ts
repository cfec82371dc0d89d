/**
 * Playwright fixtures: one real room server per worker (free port, temporary persist dir), a fresh
 * board per test, and "devices": separate browser contexts (own storage, own user) on that board.
 */
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test'
import { boardPath, newRoomId } from '../../shared/roomId'
import { waitForBoard } from './boardPage'
import { startTestServer, type TestServer } from './testServer'

export interface Device {
  context: BrowserContext
  page: Page
}

interface WorkerFixtures {
  roomServer: TestServer
}

interface TestFixtures {
  /** A fresh board's id for this test. */
  roomId: string
  /** Opens the test's board on a new device (a new browser context). */
  openDevice(): Promise<Device>
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  roomServer: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring pattern
    async ({}, use) => {
      const server = await startTestServer()
      await use(server)
      await server.dispose()
    },
    { scope: 'worker', timeout: 90_000 },
  ],
  baseURL: async ({ roomServer }, use) => use(roomServer.url),
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring pattern
  roomId: async ({}, use) => use(newRoomId()),
  openDevice: async ({ browser, roomServer, roomId }, use, testInfo) => {
    const contexts: BrowserContext[] = []
    await use(async () => {
      const context = await browser.newContext({ baseURL: roomServer.url })
      contexts.push(context)
      const page = await context.newPage()
      page.on('pageerror', (error) => console.warn(`[device ${contexts.length}] page error: ${error.message}`))
      await page.goto(boardPath(roomId))
      await waitForBoard(page)
      return { context, page }
    })
    for (const [index, context] of contexts.entries()) {
      const page = context.pages()[0]
      if (page && testInfo.status !== testInfo.expectedStatus) {
        const screenshot = await page.screenshot().catch(() => null)
        if (screenshot) await testInfo.attach(`device-${index + 1}`, { body: screenshot, contentType: 'image/png' })
      }
      await context.close()
    }
    // A test that failed mid-restart must not leave the worker's server down for the next one.
    await roomServer.start()
  },
})

export { expect }
