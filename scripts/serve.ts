/**
 * `npm start` (after building the app) and `npm run dev` (with `--vite`): serves the app and the
 * rooms. PORT overrides the port (1999); boards persist under .data/; model settings come from the
 * environment or a .env file (README "Use a real model"); SKETCHROOM_SECRET, which signs view-only
 * links, too, else the one kept in .data/ is used (docs/permissions.md "The secret").
 */
import path from 'node:path'
import { MODEL_ENV_VARS, PROJECT_ROOT, startRoomServer } from './roomServer'

const withVite = process.argv.includes('--vite')
const port = Number(process.env.PORT ?? 1999)
if (!Number.isInteger(port) || port <= 0 || port > 65_535) {
  console.error(`PORT must be a port number, not ${JSON.stringify(process.env.PORT)}`)
  process.exit(1)
}

const vars = Object.fromEntries([...MODEL_ENV_VARS, 'SKETCHROOM_SECRET'].map((name) => [name, process.env[name]]))
const server = await startRoomServer({
  port,
  persistDir: path.join(PROJECT_ROOT, '.data'),
  vars,
  inheritOutput: true,
})

let stopVite = async () => {}
if (withVite) {
  const { createServer } = await import('vite')
  const vite = await createServer({ configFile: path.join(PROJECT_ROOT, 'vite.config.ts'), server: { host: '127.0.0.1' } })
  await vite.listen()
  vite.printUrls()
  stopVite = () => vite.close()
  console.log(`\nSketchroom (hot reload): ${vite.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5173/'}  rooms on ${server.url}`)
} else {
  const provider = process.env.AI_PROVIDER ?? (process.env.OPENAI_API_KEY || process.env.OPENAI_BASE_URL ? 'openai' : 'embedded')
  console.log(`\nSketchroom is running: open ${server.url.replace('127.0.0.1', 'localhost')}/  (model: ${provider}; boards in .data/)`)
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void Promise.all([server.stop(), stopVite()]).then(() => process.exit(0))
  })
}
