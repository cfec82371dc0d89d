import { describe, expect, it } from 'vitest'
import { isDarkScheme } from './useDarkMode'

describe('isDarkScheme', () => {
  it('follows the system unless the person chose', () => {
    expect(isDarkScheme(undefined, true)).toBe(true)
    expect(isDarkScheme('system', false)).toBe(false)
    expect(isDarkScheme('light', true)).toBe(false)
    expect(isDarkScheme('dark', false)).toBe(true)
  })
})
