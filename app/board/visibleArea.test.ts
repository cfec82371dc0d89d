import { describe, expect, it } from 'vitest'
import { visibleRect } from './visibleArea'

const canvas = { x: 0, y: 48, w: 1000, h: 700 }

describe('visibleRect', () => {
  it('is the whole canvas when nothing covers it', () => {
    expect(visibleRect(canvas, [])).toEqual(canvas)
    expect(visibleRect(canvas, [{ x: 2000, y: 0, w: 100, h: 100 }])).toEqual(canvas)
  })

  it('trims the right for a style panel in the top-right corner', () => {
    expect(visibleRect(canvas, [{ x: 850, y: 60, w: 140, h: 300 }])).toEqual({ x: 0, y: 48, w: 850, h: 700 })
  })

  it('trims the bottom for a drawer across the bottom', () => {
    expect(visibleRect(canvas, [{ x: 0, y: 448, w: 1000, h: 300 }])).toEqual({ x: 0, y: 48, w: 1000, h: 400 })
  })

  it('applies several obstacles one after another', () => {
    const result = visibleRect(canvas, [
      { x: 850, y: 60, w: 140, h: 300 },
      { x: 0, y: 448, w: 1000, h: 300 },
    ])
    expect(result).toEqual({ x: 0, y: 48, w: 850, h: 400 })
  })

  it('ignores an obstacle that covers everything', () => {
    expect(visibleRect(canvas, [{ x: -10, y: 0, w: 2000, h: 2000 }])).toEqual(canvas)
  })
})
