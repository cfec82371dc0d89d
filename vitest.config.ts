import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    // PartyKit's bundler compiles this `.wasm` import into a WebAssembly.Module; Node gets the same
    // module from a file that compiles the same bytes (party/sandbox/quickjsWasm.ts).
    alias: [
      {
        find: /^.*\/@jitl\/quickjs-wasmfile-release-sync\/dist\/emscripten-module\.wasm$/,
        replacement: fileURLToPath(new URL('./party/sandbox/quickjsWasm.node.ts', import.meta.url)),
      },
    ],
  },
  test: {
    include: ['app/**/*.test.{ts,tsx}', 'party/**/*.test.ts', 'shared/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    // Integration tests start real room servers (workerd); a few at a time suits two cores.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
})
