import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['app/**/*.test.{ts,tsx}', 'party/**/*.test.ts', 'shared/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    // Integration tests start real room servers (workerd); a few at a time suits two cores.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
})
