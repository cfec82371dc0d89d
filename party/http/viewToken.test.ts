import { describe, expect, it } from 'vitest'
import { VIEW_TOKEN_PATTERN } from '../../shared/boardRoute'
import { isValidRoomId, newRoomId } from '../../shared/roomId'
import { MissingSecretError, padRoomId, requireSecret, roomIdFromViewToken, unpadRoomId, viewTokenFor } from './viewToken'

const secret = 'a'.repeat(20) + 'b'.repeat(20)
const otherSecret = 'c'.repeat(40)

describe('view tokens', () => {
  it('open to their room, are stable, and look like neither a room id nor contain one', async () => {
    const roomId = newRoomId()
    const token = await viewTokenFor(roomId, secret)
    expect(await viewTokenFor(roomId, secret)).toBe(token)
    expect(await roomIdFromViewToken(token, secret)).toBe(roomId)
    expect(token).toMatch(VIEW_TOKEN_PATTERN)
    expect(isValidRoomId(token)).toBe(false)
    expect(token).not.toContain(roomId)
    expect(token).not.toContain(roomId.slice(0, 6))
  })

  it('differ between rooms and between secrets, and hide the id length within a bucket', async () => {
    const [a, b] = [newRoomId(), newRoomId()]
    const tokens = [await viewTokenFor(a, secret), await viewTokenFor(b, secret), await viewTokenFor(a, otherSecret)]
    expect(new Set(tokens).size).toBe(3)
    expect((await viewTokenFor('x', secret)).length).toBe(tokens[0]?.length)
    expect((await viewTokenFor('y'.repeat(64), secret)).length).toBeGreaterThan(tokens[0]?.length ?? 0)
  })

  it('refuse a rotated secret, tampering, truncation and junk', async () => {
    const roomId = newRoomId()
    const token = await viewTokenFor(roomId, secret)
    expect(await roomIdFromViewToken(token, otherSecret)).toBeNull()
    for (let i = 0; i < token.length; i += 7) {
      const flipped = token.slice(0, i) + (token[i] === 'A' ? 'B' : 'A') + token.slice(i + 1)
      expect(await roomIdFromViewToken(flipped, secret)).toBeNull()
    }
    expect(await roomIdFromViewToken(token.slice(0, -1), secret)).toBeNull()
    expect(await roomIdFromViewToken(token + 'A', secret)).toBeNull()
    expect(await roomIdFromViewToken(roomId, secret)).toBeNull()
    expect(await roomIdFromViewToken('not base64!', secret)).toBeNull()
  })

  it('pad ids to a bucket and unpad only well-formed plaintexts', () => {
    expect(padRoomId('abc').length).toBe(32)
    expect(unpadRoomId(padRoomId('abc'))).toBe('abc')
    const junk = padRoomId('abc')
    junk[20] = 1
    expect(unpadRoomId(junk)).toBeNull()
    expect(() => padRoomId('bad id')).toThrow()
  })

  it('insist on a secret of 32+ characters, saying how to set one', () => {
    expect(() => requireSecret(undefined)).toThrow(MissingSecretError)
    expect(() => requireSecret('short')).toThrow(/at least 32/)
    expect(() => requireSecret('')).toThrow(/npx partykit env add SKETCHROOM_SECRET/)
    expect(requireSecret(secret)).toBe(secret)
  })
})
