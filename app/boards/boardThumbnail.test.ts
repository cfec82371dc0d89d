import { describe, expect, it } from 'vitest'
import { planSketch } from './boardThumbnail'

describe('planSketch', () => {
  it('fits the board into the thumbnail, keeping its proportions and a margin', () => {
    const sketch = planSketch({ x: 100, y: 200, w: 2_000, h: 1_000 }, [{ x: 100, y: 200, w: 1_000, h: 500, color: '#f00' }], 96)
    expect(sketch.width).toBe(96)
    expect(sketch.height).toBe(50)
    expect(sketch.boxes).toEqual([{ x: 2, y: 2, w: 46, h: 23, color: '#f00' }])
  })

  it('never enlarges a small board, and keeps every box at least a pixel', () => {
    const sketch = planSketch({ x: 0, y: 0, w: 40, h: 20 }, [{ x: 10, y: 10, w: 0.2, h: 0, color: '#000' }], 96)
    expect(sketch.width).toBe(44)
    expect(sketch.height).toBe(24)
    expect(sketch.boxes[0]).toMatchObject({ x: 12, y: 12, w: 1, h: 1 })
  })
})
