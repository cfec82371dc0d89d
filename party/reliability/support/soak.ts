/**
 * The reliability suite runs a short version of every case in `npm test` and a long one under
 * `npm run soak` (SOAK=1); `SEED=<n>` replays one fuzz seed.
 */
export const SOAK = process.env.SOAK === '1'

/** The seeds to run: SEED alone when given, else `count` seeds from `first`. */
export function fuzzSeeds(count: number, first = 1): number[] {
  const seed = process.env.SEED
  if (seed !== undefined && seed !== '') {
    const value = Number(seed)
    if (!Number.isSafeInteger(value)) throw new Error(`SEED must be an integer, not "${seed}"`)
    return [value]
  }
  return Array.from({ length: count }, (_, i) => first + i)
}
