import { describe, expect, it } from 'vitest'
import { BoardInputError } from './sandboxTypes'
import { newTestBoard } from './testBoard'

const square = (extra: object = {}) => ({ type: 'geo', x: 0, y: 0, w: 100, h: 100, ...extra })

describe('draft host (board over a BoardDraft)', () => {
  it('creates, updates, connects and deletes in the draft only', () => {
    const { doc, draft, host } = newTestBoard()
    const recordsBefore = doc.getArray('records').length
    const a = host.createShape(square({ id: 'a' }))
    const b = host.createShape(square({ id: 'b', x: 300 }))
    const arrow = host.connect(a, b, { text: 'goes to', color: 'blue' })
    host.updateShape(b, { x: 400, color: 'red', text: 'B' })
    expect(host.listShapes()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: 'b', x: 400, color: 'red', text: 'B' }),
        expect.objectContaining({ id: arrow, type: 'arrow', from: 'a', to: 'b', text: 'goes to' }),
      ]),
    )
    host.deleteShape(a)
    expect(host.listShapes().map((shape) => shape.id).sort()).toEqual([arrow, 'b'].sort())
    expect(draft.getShape('shape:a')).toBeUndefined()
    // Nothing reached the doc: committing is the caller's choice.
    expect(doc.getArray('records').length).toBe(recordsBefore)
  })

  it('counts each changed shape once, including a frame\'s contents when it is deleted', () => {
    const { host } = newTestBoard()
    host.createShape({ type: 'frame', id: 'f', x: 0, y: 0, w: 500, h: 500 })
    host.createShape(square({ id: 'in', x: 10, y: 10, parent: 'f' }))
    host.updateShape('in', { x: 20 })
    host.updateShape('in', { x: 30 })
    expect(host.shapesChanged()).toBe(2)
    host.deleteShape('f')
    // Both were created in this draft and are gone again: nothing is left to change on the board.
    expect(host.shapesChanged()).toBe(0)
    expect(host.listShapes()).toEqual([])
  })

  it.each([
    ['an unknown update field', () => newTestBoard().host.updateShape('x', { width: 5 }), /unknown field "width"/],
    ['a missing shape', () => newTestBoard().host.deleteShape('ghost'), /no shape "ghost"/],
    ['a bad id', () => newTestBoard().host.deleteShape('has space'), /a shape id is 1-64 letters/],
    ['changes that are not an object', () => newTestBoard().host.updateShape('x', 5), /changes must be an object/],
    ['an arrow to nowhere', () => newTestBoard().host.connect('a', 'b', undefined), /from "a" is not a shape/],
    ['a parent that is not a frame', () => newTestBoard().host.createShape(square({ parent: 'nope' })), /parent "nope" is not a frame/],
  ])('refuses %s with a BoardInputError', (_label, act, message) => {
    expect(act).toThrow(BoardInputError)
    expect(act).toThrow(message)
  })
})
