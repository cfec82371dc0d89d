/** Structural equality of JSON values (tldraw records), independent of key order. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const keysA = Object.keys(a)
  const keysB = Object.keys(b)
  if (keysA.length !== keysB.length) return false
  const objectB = b as Record<string, unknown>
  return keysA.every((key) => key in objectB && sameJson((a as Record<string, unknown>)[key], objectB[key]))
}
