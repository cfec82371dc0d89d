import { describe, expect, it } from 'vitest'
import { isValidRoomId, newRoomId, NEW_ROOM_ID_LENGTH } from './roomId'

describe('room ids', () => {
  it('generates valid, distinct ids of the documented length', () => {
    const ids = new Set(Array.from({ length: 1000 }, newRoomId))
    expect(ids.size).toBe(1000)
    for (const id of ids) {
      expect(id).toHaveLength(NEW_ROOM_ID_LENGTH)
      expect(isValidRoomId(id)).toBe(true)
    }
  })

  it('uses the whole alphabet', () => {
    const seen = new Set([...Array.from({ length: 200 }, newRoomId).join('')])
    expect(seen.size).toBe(64)
  })

  it.each(['', 'a'.repeat(65), 'a/b', '../x', 'a b', 'é', 'a.b', 'a%2Fb'])('rejects %j', (id) => {
    expect(isValidRoomId(id)).toBe(false)
  })

  it.each(['a', 'A_b-9', 'x'.repeat(64)])('accepts %j', (id) => {
    expect(isValidRoomId(id)).toBe(true)
  })
})
