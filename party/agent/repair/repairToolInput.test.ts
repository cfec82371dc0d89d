import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { matchStyleValue, nearestColor } from '../../../shared/tools/styleSynonyms'
import { agentTools } from '../tools'
import { repairCallInput, unknownToolMessage } from './repairToolCall'
import { repairToolInput } from './repairToolInput'

const tool = (name: string) => {
  const found = agentTools.find((candidate) => candidate.name === name)
  if (!found) throw new Error(name)
  return found
}

describe('repairing tool input by its schema', () => {
  it('reads numbers and booleans sent as strings', () => {
    const schema = z.object({ x: z.number(), closed: z.boolean().optional(), label: z.string() })
    const { value, repairs } = repairToolInput(schema, { x: ' 120px', closed: 'true', label: 7 })
    expect(value).toEqual({ x: 120, closed: true, label: '7' })
    expect(repairs).toHaveLength(3)
  })

  it('makes one object a list, and parses JSON sent inside a string', () => {
    const schema = z.object({ items: z.array(z.object({ n: z.number() })) })
    expect(repairToolInput(schema, { items: { n: '1' } }).value).toEqual({ items: [{ n: 1 }] })
    expect(repairToolInput(schema, { items: '[{"n": 2}]' }).value).toEqual({ items: [{ n: 2 }] })
    expect(repairToolInput(schema, '{"items": [{"n": 3}]}').value).toEqual({ items: [{ n: 3 }] })
  })

  it('drops unknown fields, renames known aliases and omits nulls of optional fields', () => {
    const schema = z.object({ w: z.number(), color: z.string().optional() })
    expect(repairToolInput(schema, { width: '10', colour: null, mood: 'happy' }).value).toEqual({ w: 10 })
  })

  it('never mutates its input', () => {
    const input = { shapes: { type: 'geo', x: '1', y: '2', w: '3', h: '4' } }
    const copy = structuredClone(input)
    repairToolInput(tool('create_shapes').input, input)
    expect(input).toEqual(copy)
  })

  it('repairs a sloppy create_shapes call into one the schema accepts', () => {
    const raw = `{'shapes': {"type": "Geo", "geo": "circle", "x": "100", "y": "80", "width": "120", "height": 60, "color": "Gray", "fill": "filled", "opacity": 0.5,},}`
    const result = repairCallInput(tool('create_shapes'), raw)
    expect(result).toMatchObject({ ok: true, input: { shapes: [{ type: 'geo', geo: 'ellipse', x: 100, y: 80, w: 120, h: 60, color: 'grey', fill: 'solid' }] } })
  })

  it('reads a kind sent as the type ("type": "circle") as a geo shape', () => {
    const result = repairCallInput(tool('create_shapes'), JSON.stringify({ shapes: [{ type: 'circle', x: 0, y: 0, w: 50, h: 50 }] }))
    expect(result).toMatchObject({ ok: true, input: { shapes: [{ type: 'geo', geo: 'ellipse' }] } })
  })

  it('says what is still wrong and how to fix it', () => {
    const result = repairCallInput(tool('create_shapes'), JSON.stringify({ shapes: [{ type: 'geo', x: 0, y: 0, w: -5, h: 10 }] }))
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toMatch(/^Invalid input for create_shapes: shapes\.0\.w: .*Nothing was changed; fix these fields/)
    const broken = repairCallInput(tool('create_shapes'), '{"shapes": [')
    expect(broken.ok).toBe(false)
    expect(unknownToolMessage('draw_box', agentTools)).toMatch(/no tool named "draw_box".*create_shapes/)
  })
})

describe('style synonyms', () => {
  const colors = ['black', 'grey', 'violet', 'blue', 'light-blue', 'red', 'light-red', 'white']
  it.each([
    ['gray', 'grey'], ['Grey', 'grey'], ['Light Blue', 'light-blue'], ['lightblue', 'light-blue'], ['purple', 'violet'], ['pink', 'light-red'], ['#ff0000', 'red'], ['#000', 'black'],
  ])('%s is %s', (word, expected) => expect(matchStyleValue(word, colors)).toBe(expected))

  it('picks the candidate the field accepts', () => {
    expect(matchStyleValue('right', ['start', 'middle', 'end'])).toBe('end')
    expect(matchStyleValue('right', ['rectangle', 'arrow-right'])).toBe('arrow-right')
    expect(matchStyleValue('circle', ['rectangle', 'ellipse'])).toBe('ellipse')
    expect(matchStyleValue('chartreuse', colors)).toBeNull()
    expect(nearestColor('not a colour')).toBeNull()
  })
})
