/**
 * End-to-end tests: real Chromium (Debian's, not a Playwright download) against the real room
 * server, which each worker starts once on a free port (e2e/support/fixtures.ts). Build the app
 * first (`npx vite build`); the server serves dist/client.
 */
import { defineConfig } from '@playwright/test'

const CI = Boolean(process.env.CI)

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  // Each worker runs a browser with two devices plus its own room server; two cores fit one such
  // worker comfortably and two at a squeeze.
  workers: CI ? 1 : 2,
  fullyParallel: true,
  retries: CI ? 1 : 0,
  forbidOnly: CI,
  timeout: 120_000,
  expect: { timeout: 20_000 },
  reporter: CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    browserName: 'chromium',
    viewport: { width: 1200, height: 800 },
    actionTimeout: 20_000,
    navigationTimeout: 30_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
})
