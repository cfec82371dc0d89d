import { describe, expect, it } from 'vitest'
import { RateBudget } from './rateBudget'

describe('RateBudget', () => {
  it('allows a burst, then the steady rate', () => {
    const budget = new RateBudget(10, 3, 0)
    expect([budget.take(0), budget.take(0), budget.take(0), budget.take(0)]).toEqual([true, true, true, false])
    expect(budget.take(50)).toBe(false) // half a token
    expect(budget.take(100)).toBe(true)
    expect(budget.take(100)).toBe(false)
  })

  it('never saves more than the burst', () => {
    const budget = new RateBudget(10, 2, 0)
    const taken = [0, 1, 2].map(() => budget.take(60_000))
    expect(taken).toEqual([true, true, false])
  })
})
