import { describe, expect, it } from 'vitest'
import { AgentRequestSchema, base64Bytes } from './agentProtocol'
import { MAX_VIEWPORT_IMAGE_BYTES } from './limits'

const jpeg = (bytes: number) => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(bytes - 4, 7)]).toString('base64')

describe('the viewport image of a turn request', () => {
  it('accepts a base64 JPEG up to the byte limit', () => {
    expect(AgentRequestSchema.safeParse({ prompt: 'hi', image: jpeg(1_000) }).success).toBe(true)
    expect(base64Bytes(jpeg(MAX_VIEWPORT_IMAGE_BYTES))).toBe(MAX_VIEWPORT_IMAGE_BYTES)
    expect(AgentRequestSchema.safeParse({ prompt: 'hi', image: jpeg(MAX_VIEWPORT_IMAGE_BYTES) }).success).toBe(true)
  })

  it.each([
    ['over the limit', jpeg(MAX_VIEWPORT_IMAGE_BYTES + 3), /over 300 KB/],
    ['a PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2]).toString('base64'), /must be a JPEG/],
    ['a data: URL', `data:image/jpeg;base64,${jpeg(100)}`, /must be a JPEG/],
    ['not base64', '/9j/<script>', /must be a JPEG/],
  ])('refuses %s', (_label, image, message) => {
    const parsed = AgentRequestSchema.safeParse({ prompt: 'hi', image })
    expect(parsed.success).toBe(false)
    expect(parsed.error?.issues[0]?.message).toMatch(message)
  })
})
