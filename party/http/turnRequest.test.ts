import { describe, expect, it } from 'vitest'
import { DEFAULT_VIEWPORT } from '../../shared/agentProtocol'
import { MAX_PROMPT_CHARS, TURNS_PER_MINUTE } from '../../shared/limits'
import { SlidingWindowLimit } from './rateLimit'
import { validateTurnRequest } from './turnRequest'

describe('validateTurnRequest', () => {
  it('fills in defaults and trims', () => {
    const result = validateTurnRequest({ prompt: '  a house ', author: '  Ann ' })
    expect(result).toEqual({ ok: true, value: { prompt: 'a house', author: 'Ann', viewport: DEFAULT_VIEWPORT, selectedIds: [], pageId: undefined } })
  })

  it.each([
    [{}, 400],
    [{ prompt: 42 }, 400],
    [{ prompt: '   ' }, 400],
    [{ prompt: 'x'.repeat(MAX_PROMPT_CHARS + 1) }, 413],
    [{ prompt: 'hi', viewport: { x: 0 } }, 400],
  ])('%j → %i', (body, status) => {
    const result = validateTurnRequest(body)
    expect(result.ok ? 200 : result.response.status).toBe(status)
  })
})

describe('SlidingWindowLimit', () => {
  it(`allows ${TURNS_PER_MINUTE} in a window, then says when the next fits`, () => {
    const limit = new SlidingWindowLimit(TURNS_PER_MINUTE, 60_000)
    for (let i = 0; i < TURNS_PER_MINUTE; i++) {
      expect(limit.retryAfterSeconds(i * 1000)).toBeNull()
      limit.record(i * 1000)
    }
    expect(limit.retryAfterSeconds(TURNS_PER_MINUTE * 1000)).toBe(60 - TURNS_PER_MINUTE)
    expect(limit.retryAfterSeconds(60_001)).toBeNull()
  })
})
