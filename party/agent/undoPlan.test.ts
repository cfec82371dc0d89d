import { describe, expect, it } from 'vitest'
import { getRecords } from '../../shared/doc'
import { BoardDraft } from '../board/boardDraft'
import { commitDraft, draftBase } from '../board/commitDraft'
import { DEFAULT_PAGE_ID } from '../room/seedBoard'
import { createToolHarness } from './tools/toolHarness'
import { mergeChanges, planUndo } from './undoPlan'

function undo(board: ReturnType<typeof createToolHarness>) {
  const draft = new BoardDraft(draftBase(board.doc), DEFAULT_PAGE_ID)
  const plan = planUndo(draft, mergeChanges(board.commits.flat()))
  const commit = commitDraft(board.doc, draft, 'undo:test')
  expect(commit.ok).toBe(true)
  return plan
}

describe('undo of an AI turn', () => {
  it('removes what the turn created and restores what it changed or deleted', async () => {
    const board = createToolHarness()
    // A person's shapes, drawn before the turn.
    await board.call('create_shapes', { shapes: [{ type: 'geo', id: 'mine', x: 0, y: 0, w: 50, h: 50, color: 'green' }, { type: 'note', id: 'note', x: 0, y: 200, text: 'keep' }] })
    board.commits.length = 0
    const before = board.records()

    await board.call('create_shapes', { shapes: [{ type: 'geo', id: 'new', x: 200, y: 0, w: 50, h: 50 }] })
    await board.call('update_shapes', { updates: [{ id: 'mine', color: 'red' }] })
    await board.call('create_arrows', { arrows: [{ from: 'new', to: 'mine' }] })
    await board.call('delete_shapes', { ids: ['note'] })
    expect(undo(board)).toMatchObject({ kept: 0 })
    expect(board.records()).toEqual(expect.arrayContaining(before))
    expect(board.records()).toHaveLength(before.length)
  })

  it('keeps a shape someone edited after the turn, and what depends on it', async () => {
    const board = createToolHarness()
    await board.call('create_shapes', { shapes: [{ type: 'geo', id: 'a', x: 0, y: 0, w: 50, h: 50 }, { type: 'geo', id: 'b', x: 200, y: 0, w: 50, h: 50 }] })
    const records = getRecords(board.doc)
    const moved = { ...records.get('shape:a')!, x: 500 }
    records.set('shape:a', moved)
    const plan = undo(board)
    expect(plan).toEqual({ reverted: 1, kept: 1 })
    expect(board.shapes().map((shape) => shape.id)).toEqual(['shape:a'])
    expect(records.get('shape:a')).toEqual(moved)
  })

  it('keeps a frame someone put things into, and drops bindings to removed shapes', async () => {
    const board = createToolHarness()
    await board.call('create_shapes', { shapes: [{ type: 'frame', id: 'f', x: 0, y: 0, w: 400, h: 400 }, { type: 'geo', id: 'b', x: 600, y: 0, w: 50, h: 50 }] })
    const turnCommits = [...board.commits]
    // A person adds a shape inside the frame and an arrow of their own to "b".
    const person = createToolHarness()
    await person.call('create_shapes', { shapes: [{ type: 'frame', id: 'f', x: 0, y: 0, w: 400, h: 400 }, { type: 'geo', id: 'b', x: 600, y: 0, w: 50, h: 50 }] })
    await person.call('create_shapes', { shapes: [{ type: 'geo', id: 'theirs', x: 10, y: 10, w: 20, h: 20, parent: 'f' }] })
    await person.call('create_arrows', { arrows: [{ from: { x: 900, y: 900 }, to: 'b' }] })
    const records = getRecords(board.doc)
    for (const record of person.records()) if (!records.has(record.id)) records.set(record.id, record)
    board.commits.length = 0
    board.commits.push(...turnCommits)

    undo(board)
    const ids = board.shapes().map((shape) => shape.id)
    expect(ids).toContain('shape:f')
    expect(ids).toContain('shape:theirs')
    expect(ids).not.toContain('shape:b')
    expect(board.records().filter((record) => record.typeName === 'binding')).toEqual([])
  })

  it('merges a turn\'s changes per record', () => {
    const a = { id: 'x', typeName: 'shape', v: 1 } as never
    const b = { id: 'x', typeName: 'shape', v: 2 } as never
    expect(mergeChanges([{ id: 'x', before: null, after: a }, { id: 'x', before: a, after: b }])).toEqual([{ id: 'x', before: null, after: b }])
    expect(mergeChanges([{ id: 'x', before: null, after: a }, { id: 'x', before: a, after: null }])).toEqual([])
  })
})
