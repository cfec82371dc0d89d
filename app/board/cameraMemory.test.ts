import { describe, expect, it } from 'vitest'
import { parseStoredCamera } from './cameraMemory'

describe('parseStoredCamera', () => {
  it('reads a stored camera', () => {
    const camera = { pageId: 'page:page', x: -120.5, y: 40, z: 0.75 }
    expect(parseStoredCamera(JSON.stringify(camera))).toEqual(camera)
  })

  it('refuses missing, broken or impossible cameras', () => {
    expect(parseStoredCamera(null)).toBeNull()
    expect(parseStoredCamera('{')).toBeNull()
    expect(parseStoredCamera(JSON.stringify({ pageId: 'page:page', x: 0, y: 0, z: 0 }))).toBeNull()
    expect(parseStoredCamera(JSON.stringify({ pageId: 'shape:x', x: 0, y: 0, z: 1 }))).toBeNull()
  })
})
