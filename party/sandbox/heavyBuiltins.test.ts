/**
 * Heavy built-ins in short loops: each loop below makes only a handful of QuickJS interrupt checks
 * per second of native work, so before the built-in meter (meterPrelude.ts) each held the room many
 * times its limit. Each must now end with a clear limit error, changing nothing on the board.
 */
import { describe, expect, it } from 'vitest'
import { SANDBOX_TIME_LIMIT_MS, SANDBOX_TIME_MARGIN_MS } from '../../shared/limits'
import { createToolHarness } from '../agent/tools/toolHarness'
import { runCode } from './runCode'
import { newTestBoard } from './testBoard'

const BIG = "const big = 'ab'.repeat(4e6) + 'c';\n"
const LOOP = (body: string) => `${BIG}let n = 0\nfor (let i = 0; i < 1500; i++) { try { ${body} } catch {} }\nreturn n`

/** name → program; each catches every error it gets, as a hostile program would. */
const HEAVY: Record<string, string> = {
  indexOf: LOOP("n += big.indexOf('zz')"),
  lastIndexOf: LOOP("n += big.lastIndexOf('zz', 1)"),
  includes: LOOP("n += big.includes('zz') ? 1 : 0"),
  'replace (string)': LOOP("n += big.replace('zz', 'y').length"),
  'replace (regex)': LOOP("n += big.replace(/c/g, 'y').length"),
  split: LOOP("n += big.split('c').length"),
  'Symbol.split through a prototype trick': LOOP("n += RegExp.prototype[Symbol.split].call(/c/, big).length"),
  'JSON.stringify': LOOP('n += JSON.stringify([big]).length'),
  'sort (default)': 'const a = []; for (let i = 0; i < 3e5; i++) a.push(i)\nfor (let i = 0; i < 1500; i++) { try { a.sort() } catch {} }',
  'sort (comparator)': 'const a = []; for (let i = 0; i < 3e5; i++) a.push(i)\nfor (;;) { try { a.sort((x, y) => y - x) } catch {} }',
  'typed array sort': 'const a = new Float64Array(1e6).map((_, i) => i % 7)\nfor (let i = 0; i < 1500; i++) { try { a.sort() } catch {} }',
  'catastrophic regex': "for (;;) { try { /^(a+)+$/.test('a'.repeat(40) + 'b') } catch {} }",
  repeat: "let n = 0; for (let i = 0; i < 1500; i++) { try { n += 'ab'.repeat(4e6).length } catch {} } return n",
  padStart: "let n = 0; for (let i = 0; i < 1500; i++) { try { n += 'x'.padStart(8e6).length } catch {} } return n",
  join: 'const a = new Array(1e6).fill("xy"); let n = 0\nfor (let i = 0; i < 1500; i++) { try { n += a.join().length } catch {} }\nreturn n',
  'array spread': 'const a = new Array(1e6).fill(1); let n = 0\nfor (let i = 0; i < 1500; i++) { try { n += [...a].length } catch {} }\nreturn n',
  'map with a native callback': 'const a = new Array(1e6).fill(1); let n = 0\nfor (let i = 0; i < 1500; i++) { try { n += a.map(Math.abs).length } catch {} }\nreturn n',
  'typed array allocation': 'let n = 0\nfor (let i = 0; i < 100000; i++) { try { n += new Uint8Array(8e6).length } catch {} }\nreturn n',
  'typed array through a species constructor': 'const a = new Uint8Array(8e6); let n = 0\nfor (let i = 0; i < 100000; i++) { try { n += new a.constructor(8e6).length } catch {} }\nreturn n',
  'flat of a nested huge array': 'const inner = new Array(1e6).fill(1); let n = 0\nfor (let i = 0; i < 1500; i++) { try { n += [inner].flat().length } catch {} }\nreturn n',
  'toString returning a huge string': `${BIG}const o = { toString: () => big }\nfor (let i = 0; i < 1500; i++) { try { String.prototype.indexOf.call(o, 'zz') } catch {} }`,
}

describe('heavy built-ins in short loops', () => {
  for (const [name, code] of Object.entries(HEAVY)) {
    it(`${name}: ends with a limit error and changes nothing`, async () => {
      const board = createToolHarness({ viewport: { x: 0, y: 0, w: 1200, h: 800 } })
      await board.call('create_shapes', { shapes: [{ type: 'geo', id: 'keep', x: 0, y: 0, w: 50, h: 50 }] })
      const before = JSON.stringify([...board.records()].sort((a, b) => a.id.localeCompare(b.id)))
      const program = `board.updateShape('keep', { color: 'red' })\n${code}`
      const outcome = await board.call('run_code', { code: program })
      expect(outcome).toMatchObject({ ok: false })
      expect(outcome.ok ? '' : outcome.error).toMatch(/^(TimeLimitError|MemoryLimitError): .*nothing was changed$/)
      expect(JSON.stringify([...board.records()].sort((a, b) => a.id.localeCompare(b.id)))).toBe(before)
    })
  }

  it('stops each within a generous multiple of the limit (the bench measures the real margin)', async () => {
    const result = await runCode(HEAVY.indexOf!, newTestBoard().host)
    expect(result.ok).toBe(false)
    expect(result.stats.runMs).toBeLessThan(4 * (SANDBOX_TIME_LIMIT_MS + SANDBOX_TIME_MARGIN_MS))
  })

  it('refuses an array-like whose length is a getter (it could tell the meter 1 and the native loop 1e9)', async () => {
    const code = 'let calls = 0; const o = { get length() { return calls++ === 0 ? 1 : 1e9 } }; return Array.prototype.indexOf.call(o, 1)'
    const result = await runCode(code, newTestBoard().host)
    expect(result).toMatchObject({ ok: false, error: { name: 'RangeError', message: expect.stringMatching(/length is a getter/) } })
  })

  it('refuses BigInt, whose arithmetic no interrupt can stop', async () => {
    const literal = await runCode('let x = 3n ** 2000000n; return 1', newTestBoard().host)
    expect(literal).toMatchObject({ ok: false, error: { name: 'BigIntError' } })
    const hidden = await runCode("return [typeof BigInt, typeof BigInt64Array, typeof DataView.prototype.getBigInt64, eval('1' + 'n')]", newTestBoard().host)
    expect(hidden).toMatchObject({ ok: false, error: { name: 'SyntaxError', message: expect.stringMatching(/BigInt is not available/) } })
    const viaFunction = await runCode("return (function*(){}).constructor('yield 2' + 'n')().next().value", newTestBoard().host)
    expect(viaFunction).toMatchObject({ ok: false, error: { message: expect.stringMatching(/BigInt is not available/) } })
  })

  it('leaves ordinary string, array and JSON work alone', async () => {
    const code = `
      const words = 'the quick brown fox jumps over the lazy dog'.split(' ')
      const sorted = [...words].sort((a, b) => a.localeCompare(b)).join(',')
      const text = JSON.stringify({ words, upper: words.map((w) => w.toUpperCase()) })
      const again = JSON.parse(text).words.filter((w) => w.includes('o')).length
      return [sorted.indexOf('fox'), again, /o(\\w)/g.exec('brown')[1], 'ab'.padStart(4, '-'), new RegExp('x+').test('xx')]
    `
    expect(await runCode(code, newTestBoard().host)).toMatchObject({ ok: true, result: [10, 4, 'w', '--ab', true] })
  })
})
