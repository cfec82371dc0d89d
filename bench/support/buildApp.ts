/**
 * Builds the browser pages the browser benchmarks open: the app (`vite build` into dist/client,
 * which the room server serves) and the bare tldraw baseline page (into dist/bench-baseline).
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { PROJECT_ROOT } from '../../scripts/roomServer'

function viteBuild(extraArgs: string[]): string | null {
  const vite = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'vite')
  const result = spawnSync(vite, ['build', '--logLevel', 'warn', ...extraArgs], { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 300_000 })
  if (result.status === 0) return null
  return `vite build failed (${result.status ?? result.signal}): ${(result.stderr || result.stdout || String(result.error)).slice(-2_000)}`
}

/** Builds the app and the baseline page; returns null on success, else what went wrong. */
export function buildApp(): string | null {
  return viteBuild([]) ?? viteBuild(['--config', path.join('bench', 'baseline', 'vite.config.ts')])
}

/** Where the baseline page is built. */
export const BASELINE_PAGE_DIR = path.join(PROJECT_ROOT, 'dist', 'bench-baseline')
