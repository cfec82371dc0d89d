/**
 * PartyKit's local workerd lacks `performance.now`, which the AI SDK calls to time steps. Deployed
 * Workers have it; this fills the gap only where it is missing. Imported first by the server entry.
 */
const scope = globalThis as { performance?: { now?: () => number } }
if (typeof scope.performance?.now !== 'function') {
  const start = Date.now()
  const now = () => Date.now() - start
  if (scope.performance) scope.performance.now = now
  else scope.performance = { now }
}
export {}
