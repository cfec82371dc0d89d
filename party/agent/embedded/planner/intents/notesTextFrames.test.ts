import { describe, expect, it } from 'vitest'
import { inside, overlappingPairs, overlapsWithExisting } from '../../testing/boardChecks'
import { turnOnBoard } from '../../testing/embeddedTurn'

const view = { x: 200, y: 100, w: 1280, h: 800 }

async function make(request: string, existing: unknown[] = []) {
  const { run, added, before } = await turnOnBoard(request, { existing, viewport: view })
  expect(overlappingPairs(added)).toEqual([])
  expect(overlapsWithExisting(added, before)).toEqual([])
  return { run, added }
}

describe('sticky notes', () => {
  it('sticky notes: milk, eggs, bread', async () => {
    const { added, run } = await make('sticky notes: milk, eggs, bread')
    expect(added.map((note) => [note.type, note.text])).toEqual([['note', 'milk'], ['note', 'eggs'], ['note', 'bread']])
    expect(added.every((note) => inside(note, view))).toBe(true)
    expect(run.calls.filter((call) => call.toolName === 'create_shapes')).toHaveLength(3)
  })

  it.each([
    ['notes for: a, b and c', ['a', 'b', 'c']],
    ['shopping list: apples; pears; Plums', ['apples', 'pears', 'Plums']],
    ['a sticky note saying Call Bob', ['Call Bob']],
    ["write 'buy milk' on a sticky note", ['buy milk']],
    ['todo list:\n- wash car\n- pay bills', ['wash car', 'pay bills']],
  ])('%s', async (request, texts) => {
    const { added } = await make(request)
    expect(added.filter((shape) => shape.type === 'note').map((note) => note.text)).toEqual(texts)
  })

  it('pink notes wrap into rows that fit the view', async () => {
    const { added } = await make(`pink sticky notes: ${Array.from({ length: 9 }, (_, i) => `item ${i + 1}`).join(', ')}`)
    expect(added).toHaveLength(9)
    expect(added.every((note) => note.color === 'light-red' && inside(note, view))).toBe(true)
    expect(new Set(added.map((note) => note.y)).size).toBe(2)
  })
})

describe('text', () => {
  it("write 'Hello' in big letters", async () => {
    const { added } = await make("write 'Hello' in big letters")
    expect(added).toHaveLength(1)
    expect(added[0]).toMatchObject({ type: 'text', text: 'Hello' })
    expect(added[0]?.h).toBeGreaterThanOrEqual(50)
  })

  it('writes unquoted text with its colour and place', async () => {
    const { added } = await make('write Welcome to the team in red at the top')
    expect(added[0]).toMatchObject({ type: 'text', text: 'Welcome to the team', color: 'red' })
    expect(added[0] && added[0].y).toBeLessThan(view.y + view.h / 3)
  })

  it('a title', async () => {
    const { added } = await make('add a title saying Roadmap 2025')
    expect(added[0]).toMatchObject({ type: 'text', text: 'Roadmap 2025' })
  })
})

describe('frames', () => {
  it('a frame called Ideas', async () => {
    const { added } = await make('a frame called Ideas')
    expect(added).toHaveLength(1)
    expect(added[0]).toMatchObject({ type: 'frame', text: 'Ideas' })
    expect(added[0] && inside(added[0], view)).toBe(true)
  })

  it('several frames', async () => {
    expect((await make('three frames: To do, Doing, Done')).added.map((frame) => frame.text)).toEqual(['To do', 'Doing', 'Done'])
  })
})
