import type { TLArrowBinding } from '@tldraw/tlschema'
import { describe, expect, it } from 'vitest'
import { overlappingPairs } from '../../testing/boardChecks'
import { boardShapes, boardWith, runEmbeddedTurn, type TurnOptions } from '../../testing/embeddedTurn'

const BOARD = [
  { type: 'geo', id: 'c1', geo: 'ellipse', x: 100, y: 100, w: 100, h: 100, color: 'red' },
  { type: 'geo', id: 'c2', geo: 'ellipse', x: 260, y: 140, w: 100, h: 100, color: 'blue' },
  { type: 'geo', id: 'idea', x: 100, y: 400, w: 160, h: 80, text: 'Idea' },
  { type: 'geo', id: 'launch', x: 500, y: 420, w: 160, h: 100, text: 'Launch' },
  { type: 'note', id: 'n1', x: 700, y: 60, text: 'milk' },
  { type: 'note', id: 'n2', x: 940, y: 100, text: 'eggs' },
  { type: 'note', id: 'n3', x: 760, y: 320, text: 'bread' },
  { type: 'text', id: 't1', x: 100, y: 600, text: 'Notes from the meeting' },
]

async function edit(request: string, options: TurnOptions = {}) {
  const board = await boardWith(BOARD)
  const arrow = await board.call('create_arrows', { arrows: [{ id: 'a1', from: 'idea', to: 'launch' }] })
  expect(arrow.ok).toBe(true)
  const run = await runEmbeddedTurn(board, request, options)
  expect(run.toolErrors).toEqual([])
  expect(run.finishReason).toBe('stop')
  const shapes = boardShapes(board)
  const byId = (id: string) => shapes.find((shape) => shape.id === id)
  return { run, shapes, byId, board }
}

describe('recolouring', () => {
  it('make the circles blue', async () => {
    const { byId, run } = await edit('make the circles blue')
    expect([byId('c1')?.color, byId('c2')?.color]).toEqual(['blue', 'blue'])
    expect(byId('n1')?.color).toBe('yellow')
    expect(run.text).toMatch(/2 circles are now blue/)
  })

  it('colour everything red', async () => {
    const { shapes } = await edit('colour everything red')
    expect(shapes.every((shape) => shape.color === 'red')).toBe(true)
  })

  it('only the red ones when asked for them', async () => {
    const { byId } = await edit('make the red circles green')
    expect([byId('c1')?.color, byId('c2')?.color]).toEqual(['green', 'blue'])
  })

  it('"them" is the selection, else what the last request drew', async () => {
    const selected = await edit('make them violet', { selectedIds: ['n2'] })
    expect([selected.byId('n2')?.color, selected.byId('n1')?.color]).toEqual(['violet', 'yellow'])
    const remembered = await edit('now make them orange', { history: [{ role: 'user', content: 'three red circles' }, { role: 'assistant', content: 'Done.' }] })
    expect(remembered.byId('c2')?.color).toBe('orange')
    const unclear = await edit('make it blue')
    expect(unclear.run.calls).toEqual([])
    expect(unclear.run.text).toMatch(/Select them first/)
  })

  it('restyles: geo kind and outline', async () => {
    expect((await edit('turn the circles into stars')).byId('c1')?.geo).toBe('star')
    const dashed = await edit('make the boxes dashed')
    const box = dashed.board.shapes().find((shape) => shape.id === 'shape:idea')
    expect((box?.props as { dash?: string }).dash).toBe('dashed')
  })
})

describe('deleting', () => {
  it('delete all the sticky notes', async () => {
    const { shapes, run } = await edit('delete all the sticky notes')
    expect(shapes.filter((shape) => shape.type === 'note')).toEqual([])
    expect(shapes.filter((shape) => shape.type === 'geo')).toHaveLength(4)
    expect(run.text).toMatch(/deleted 3 sticky notes/)
  })

  it('remove the arrows', async () => {
    const { shapes } = await edit('remove the arrows')
    expect(shapes.filter((shape) => shape.type === 'arrow')).toEqual([])
    expect(shapes).toHaveLength(BOARD.length)
  })

  it('deleting both ends takes their arrow along', async () => {
    const { shapes } = await edit('delete the boxes')
    expect(shapes.filter((shape) => shape.type === 'arrow' || shape.geo === 'rectangle')).toEqual([])
  })

  it('clear the board, and say so when it is already clear', async () => {
    const { shapes, board } = await edit('clear the board')
    expect(shapes).toEqual([])
    const again = await runEmbeddedTurn(board, 'clear the board')
    expect(again.text).toBe('The board is already empty.')
  })

  it('says so when nothing matches', async () => {
    const { run, shapes } = await edit('delete the hexagons')
    expect(run.calls).toEqual([])
    expect(run.text).toMatch(/couldn't find the hexagons/)
    expect(shapes).toHaveLength(BOARD.length + 1)
  })
})

describe('arranging, moving, resizing, renaming, connecting', () => {
  it('align the boxes', async () => {
    const { byId } = await edit('align the boxes')
    const [a, b] = [byId('idea'), byId('launch')]
    expect(a && b && a.y + a.h / 2).toBe(b && b.y + b.h / 2)
  })

  it('stack the notes vertically', async () => {
    const { shapes } = await edit('stack the notes vertically')
    const notes = shapes.filter((shape) => shape.type === 'note').sort((a, b) => a.y - b.y)
    expect(overlappingPairs(notes)).toEqual([])
    expect(notes.slice(1).map((note, i) => note.y - ((notes[i]?.y ?? 0) + (notes[i]?.h ?? 0)))).toEqual([20, 20])
  })

  it('rename Idea to Concept, and replace words inside labels', async () => {
    expect((await edit('rename Idea to Concept')).byId('idea')?.text).toBe('Concept')
    expect((await edit("replace 'meeting' with 'workshop'")).byId('t1')?.text).toBe('Notes from the workshop')
    expect((await edit('change Launch to Ship it')).byId('launch')?.text).toBe('Ship it')
  })

  it('move the circles to the right', async () => {
    const { byId } = await edit('move the circles to the right')
    expect([byId('c1')?.x, byId('c2')?.x]).toEqual([300, 460])
  })

  it('make the boxes bigger', async () => {
    const { byId } = await edit('make the boxes bigger')
    expect(byId('idea')).toMatchObject({ w: 240, h: 120 })
  })

  it('connect two shapes by their labels', async () => {
    const { board, shapes } = await edit('connect Launch to milk')
    const arrow = shapes.find((shape) => shape.type === 'arrow' && shape.from === 'launch')
    expect(arrow?.to).toBe('n1')
    const bound = board.records().filter((record): record is TLArrowBinding => record.typeName === 'binding' && record.fromId === `shape:${arrow?.id}`)
    expect(bound).toHaveLength(2)
  })
})
