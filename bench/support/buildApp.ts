/** Builds the browser app (`vite build` into dist/client, which the room server serves) for the browser benchmark. */
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { PROJECT_ROOT } from '../../scripts/roomServer'

/** Runs `vite build`; returns null on success, else what went wrong. */
export function buildApp(): string | null {
  const vite = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'vite')
  const result = spawnSync(vite, ['build', '--logLevel', 'warn'], { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 300_000 })
  if (result.status === 0) return null
  return `vite build failed (${result.status ?? result.signal}): ${(result.stderr || result.stdout || String(result.error)).slice(-2_000)}`
}
