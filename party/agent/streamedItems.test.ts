import { describe, expect, it } from 'vitest'
import { StreamedItems } from './streamedItems'

/** Feeds `json` in pieces of `size` characters and collects what comes out after each. */
function feed(field: string, json: string, size: number): unknown[][] {
  const items = new StreamedItems(field)
  const out: unknown[][] = []
  for (let i = 0; i < json.length; i += size) out.push(items.push(json.slice(i, i + size)))
  return out
}

describe('StreamedItems', () => {
  const input = { note: 'a {tricky} "string" with ] and }', shapes: [{ type: 'geo', text: 'x}{"', nested: { a: [1, { b: 2 }] } }, { type: 'note', text: '\\"}' }], after: [{ z: 1 }] }
  const json = JSON.stringify(input)

  it.each([1, 3, 7, json.length])('hands out each item once, as soon as it closes (pieces of %i)', (size) => {
    const out = feed('shapes', json, size)
    expect(out.flat()).toEqual(input.shapes)
    // The first item is out before the input ends.
    if (size < json.length) expect(out.findIndex((batch) => batch.length > 0)).toBeLessThan(out.length - 1)
  })

  it('ignores other fields, and arrays nested inside items', () => {
    expect(feed('after', json, 5).flat()).toEqual(input.after)
    expect(feed('nested', json, 5).flat()).toEqual([])
  })

  it('hands out nothing for input that is not the expected shape', () => {
    expect(feed('shapes', '{"shapes": "no"}', 2).flat()).toEqual([])
    expect(feed('shapes', '[{"shapes": [{"a": 1}]}]', 2).flat()).toEqual([])
  })
})
