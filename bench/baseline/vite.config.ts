/** Builds the bare tldraw baseline page (bench/baseline/bareTldraw.html) into dist/bench-baseline. */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

const here = path.dirname(fileURLToPath(import.meta.url))

export default defineConfig({
  root: here,
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: path.resolve(here, '../../dist/bench-baseline'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4_000,
    rolldownOptions: { input: path.join(here, 'bareTldraw.html') },
  },
})
