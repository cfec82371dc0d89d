import { createShapeId, toRichText, type TLRecord } from '@tldraw/tlschema'
import { describe, expect, it } from 'vitest'
import { checkRecord } from './tldrawRecords'

const id = createShapeId('box')
const geo = {
  id,
  typeName: 'shape',
  type: 'geo',
  x: 0,
  y: 0,
  rotation: 0,
  index: 'a1',
  parentId: 'page:page',
  isLocked: false,
  opacity: 1,
  meta: {},
  props: {
    geo: 'rectangle', dash: 'draw', url: '', w: 100, h: 80, growY: 0, scale: 1, labelColor: 'black',
    color: 'red', fill: 'none', size: 'm', font: 'draw', align: 'middle', verticalAlign: 'middle',
    richText: toRichText('hi'),
  },
}

describe('checkRecord', () => {
  it('accepts a valid shape', () => {
    expect(checkRecord(id, geo)).toMatchObject({ ok: true })
  })

  it('rejects a record stored under another key', () => {
    expect(checkRecord('shape:other', geo)).toMatchObject({ ok: false })
  })

  it('rejects session-scope records, which never belong on the shared board', () => {
    expect(checkRecord('instance:instance', { id: 'instance:instance', typeName: 'instance' })).toMatchObject({ ok: false })
  })

  it.each([null, 3, 'x', [], {}])('rejects %j', (value) => {
    expect(checkRecord(id, value).ok).toBe(false)
  })

  it('explains which prop is wrong', () => {
    const check = checkRecord(id, { ...geo, props: { ...geo.props, w: 'wide' } })
    expect(check).toMatchObject({ ok: false })
    if (!check.ok) expect(check.error).toContain('props.w')
  })

  describe('against the board\'s current version', () => {
    const known = checkRecord(id, geo)
    if (!known.ok) throw new Error('the fixture is invalid')

    it('accepts a move, and still refuses a change that breaks a field or adds one', () => {
      expect(checkRecord(id, { ...geo, x: 40 }, known.record)).toMatchObject({ ok: true })
      expect(checkRecord(id, { ...geo, x: 'left' }, known.record)).toMatchObject({ ok: false })
      expect(checkRecord(id, { ...geo, props: { ...geo.props, fill: 'plaid' } }, known.record)).toMatchObject({ ok: false })
      expect(checkRecord(id, { ...geo, props: { ...geo.props, extra: 1 } }, known.record)).toMatchObject({ ok: false })
      expect(checkRecord(id, { ...geo, props: { ...geo.props, w: undefined } }, known.record)).toMatchObject({ ok: false })
    })

    it('ignores a known version of another record or type', () => {
      const other = { ...known.record, id: createShapeId('other') } as TLRecord
      expect(checkRecord(id, { ...geo, props: { ...geo.props, w: 'wide' } }, other)).toMatchObject({ ok: false })
    })
  })
})
