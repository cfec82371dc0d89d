import { describe, expect, it } from 'vitest'
import { runCode } from './runCode'
import type { SandboxResult } from './sandboxTypes'
import { newTestBoard, TEST_VIEWPORT } from './testBoard'

/** Runs `code` against a fresh test board. */
async function run(code: string, limits: Parameters<typeof runCode>[2] = {}): Promise<SandboxResult> {
  return runCode(code, newTestBoard().host, limits)
}

function expectError(result: SandboxResult, name: string, message?: RegExp) {
  expect(result.ok, JSON.stringify(result)).toBe(false)
  if (result.ok) return
  expect(result.error.name).toBe(name)
  if (message) expect(result.error.message).toMatch(message)
  // Short and clear: a sentence, never a host stack.
  expect(result.error.message.length).toBeLessThan(1_100)
  expect(result.error.message).not.toMatch(/\n\s+at /)
}

/** The ECMAScript globals QuickJS provides, plus the two the prelude adds; nothing of the host. */
const ALLOWED_GLOBALS = new Set([
  'AggregateError', 'Array', 'ArrayBuffer', 'BigInt', 'BigInt64Array', 'BigUint64Array', 'Boolean', 'DataView', 'Date',
  'Error', 'EvalError', 'FinalizationRegistry', 'Float16Array', 'Float32Array', 'Float64Array', 'Function', 'Infinity',
  'Int16Array', 'Int32Array', 'Int8Array', 'InternalError', 'Iterator', 'JSON', 'Map', 'Math', 'NaN', 'Number', 'Object',
  'Promise', 'Proxy', 'RangeError', 'ReferenceError', 'Reflect', 'RegExp', 'Set', 'SharedArrayBuffer', 'String', 'Symbol',
  'SyntaxError', 'TypeError', 'URIError', 'Uint16Array', 'Uint32Array', 'Uint8Array', 'Uint8ClampedArray', 'WeakMap',
  'WeakRef', 'WeakSet', 'board', 'console', 'decodeURI', 'decodeURIComponent', 'encodeURI', 'encodeURIComponent', 'escape',
  'eval', 'globalThis', 'isFinite', 'isNaN', 'parseFloat', 'parseInt', 'undefined', 'unescape',
])

describe('runCode: results and output', () => {
  it('runs the program as a function body: return gives the result, console is captured', async () => {
    const result = await run('console.log("hi", 1, {a: [2]}); console.warn("careful"); console.error(new TypeError("bad")); return {sum: 1 + 2}')
    expect(result).toMatchObject({ ok: true, result: { sum: 3 }, output: 'hi 1 {"a":[2]}\nwarn: careful\nerror: TypeError: bad\n' })
    expect(result.stats.disposed).toBe(true)
  })

  it('awaits inside the program (board calls are synchronous, but await works)', async () => {
    expect(await run('const v = await Promise.resolve(41); return v + 1')).toMatchObject({ ok: true, result: 42 })
  })

  it('returns undefined as no result, and refuses functions, symbols and BigInts clearly', async () => {
    expect(await run('return undefined')).toMatchObject({ ok: true, result: undefined })
    expect(await run('const x = 1')).toMatchObject({ ok: true, result: undefined })
    expectError(await run('return () => 1'), 'ResultError', /returned a function/)
    expectError(await run('return Symbol("s")'), 'ResultError', /returned a symbol/)
    // BigInt arithmetic cannot be interrupted, so the sandbox has none (heavyBuiltins.test.ts).
    expectError(await run('return 10n'), 'BigIntError', /not available/)
    expectError(await run('return { big: 10n }'), 'BigIntError', /not available/)
  })

  it('refuses a cyclic result with a clear error', async () => {
    expectError(await run('const o = { name: "loop" }; o.self = o; return o'), 'ResultError', /circular/)
  })

  it('cuts a huge result to a readable string and caps console output', async () => {
    const big = await run('return "x".repeat(100000)')
    expect(big.ok && typeof big.result === 'string' && big.result.startsWith('[result cut to its first')).toBe(true)
    const chatty = await run('for (let i = 0; i < 10000; i++) console.log("line", i)', { maxOutputChars: 500 })
    expect(chatty.ok).toBe(true)
    expect(chatty.output.length).toBeLessThan(600)
    expect(chatty.output).toMatch(/output cut at 500 characters/)
  })

  it('reports syntax and runtime errors with the program line, not a stack', async () => {
    expectError(await run('const a = 1\nconst b = a +\n'), 'SyntaxError', /at the end of the program/)
    expectError(await run('const a = 1\n\nnull.x'), 'TypeError', /\(line 3\)$/)
    expectError(await run('const a = 1\nundefinedThing()'), 'ReferenceError', /'undefinedThing' is not defined \(line 2\)/)
    expectError(await run('throw new RangeError("my message")'), 'RangeError', /^my message/)
  })

  it.each([
    ['a string', 'throw "boom"', /threw a string: "boom"/],
    ['a number', 'throw 42', /threw a number: 42/],
    ['an object', 'throw { code: 7 }', /threw an object: \{"code":7\}/],
    ['null', 'throw null', /threw null/],
    ['undefined', 'throw undefined', /threw undefined/],
    ['a rejected promise of a string', 'await Promise.reject("nope")', /threw a string: "nope"/],
  ])('describes a thrown non-Error value (%s)', async (_label, code, message) => {
    expectError(await run(code), 'ThrownValue', message)
  })

  it('reports a program that waits forever', async () => {
    expectError(await run('await new Promise(() => {})'), 'ResultError', /never finished/)
  })

  it('refuses a program over the code limit before starting QuickJS', async () => {
    expectError(await run('1;'.repeat(100), { maxCodeChars: 50 }), 'CodeLimitError', /at most 50/)
  })
})

describe('runCode: the board capability', () => {
  it('gives the viewport and sees shapes created earlier in the same run', async () => {
    const result = await run(`
      const id = board.createShape({ type: 'geo', id: 'box', x: 10, y: 20, w: 30, h: 40, text: 'hi', color: 'red' })
      return { viewport: board.viewport, id, shapes: board.listShapes() }
    `)
    expect(result).toMatchObject({
      ok: true,
      result: { viewport: TEST_VIEWPORT, id: 'box', shapes: [{ id: 'box', type: 'geo', geo: 'rectangle', x: 10, y: 20, w: 30, h: 40, text: 'hi', color: 'red' }] },
    })
  })

  it('throws a catchable Error with a short message for an invalid spec', async () => {
    const result = await run(`
      const errors = []
      for (const spec of [{ type: 'circle', x: 0, y: 0 }, { type: 'geo', x: 0, y: 0, w: -5, h: 10 }, { type: 'geo', x: 0, y: 0, w: 5, h: 5, label: 'x' }]) {
        try { board.createShape(spec) } catch (error) { errors.push([error instanceof Error, error.name, error.message]) }
      }
      try { board.updateShape('missing', { x: 1 }) } catch (error) { errors.push([true, error.name, error.message]) }
      try { board.connect('a', { x: 1 }, 'not options') } catch (error) { errors.push([true, error.name, error.message]) }
      return errors
    `)
    expect(result.ok).toBe(true)
    const errors = (result.ok ? result.result : []) as [boolean, string, string][]
    expect(errors.map(([isError, name]) => [isError, name])).toEqual(Array(5).fill([true, 'BoardError']))
    expect(errors.map(([, , message]) => message)).toEqual([
      expect.stringMatching(/^board\.createShape: type: .*'geo'/),
      expect.stringMatching(/^board\.createShape: w: Too small/),
      expect.stringMatching(/^board\.createShape: unknown field "label" for a geo shape/),
      'board.updateShape: no shape "missing" on the board',
      'board.connect: options must be an object',
    ])
  })

  it('names the failing spec of createShapes', async () => {
    expectError(await run('board.createShapes([{ type: "note", x: 0, y: 0, text: "ok" }, { type: "note", x: 0 }])'), 'BoardError', /^board\.createShapes: specs\[1\]: y: /)
  })

  it('stops at the shape limit even when the program catches the error', async () => {
    const result = await run('for (let i = 0; i < 10000; i++) { try { board.createShape({ type: "geo", x: i, y: 0, w: 5, h: 5 }) } catch {} }', { maxShapes: 50 })
    expectError(result, 'ShapeLimitError', /more than 50 shapes/)
    expect(result.stats.boardCalls).toBeLessThan(200)
  })

  it('refuses arguments that are not plain data', async () => {
    expectError(await run('const spec = { type: "geo", x: 0, y: 0, w: 1, h: 1 }; spec.self = spec; board.createShape(spec)'), 'BoardError', /not plain data/)
  })
})

describe('runCode: isolation', () => {
  it('exposes no host objects: only ECMAScript globals, board and console', async () => {
    const result = await run('return Object.getOwnPropertyNames(globalThis)')
    expect(result.ok).toBe(true)
    const names = (result.ok ? result.result : []) as string[]
    expect(names.filter((name) => !ALLOWED_GLOBALS.has(name))).toEqual([])
    for (const name of ['fetch', 'XMLHttpRequest', 'require', 'process', 'WebSocket', 'setTimeout', 'crypto', 'caches', 'Deno', 'Bun']) {
      expect(names).not.toContain(name)
    }
  })

  it('finds nothing of the host through eval or the Function constructor', async () => {
    const escape = "(function () { return this })().constructor.constructor('return process')()"
    expectError(await run(escape), 'ReferenceError', /'process' is not defined/)
    const probes = await run(`
      const global = (function () { return this })()
      return [
        global.constructor.constructor('return typeof process')(),
        eval('typeof require'),
        Function('return typeof globalThis.fetch')(),
        board.createShape.constructor('return typeof this.XMLHttpRequest')(),
        await (async function () {}).constructor('return typeof setTimeout')(),
        Object.getPrototypeOf(board.listShapes) === Function.prototype,
      ]
    `)
    expect(probes).toMatchObject({ ok: true, result: ['undefined', 'undefined', 'undefined', 'undefined', 'undefined', true] })
    expectError(await run("return new Function('return import.meta')()"), 'SyntaxError', /import\.meta/)
  })

  it('leaves the host untouched when the program tampers with prototypes and board', async () => {
    const result = await run(`
      Object.prototype.polluted = 'yes'
      Object.prototype.toJSON = function () { return 'hijacked' }
      Array.prototype.push = function () { throw new Error('no push') }
      JSON.parse = () => ({ ok: true, value: 'forged' })
      board.listShapes = () => 'fake'
      return board.createShape({ type: 'geo', x: 0, y: 0, w: 10, h: 10 })
    `)
    // Object.prototype.toJSON turns even the call's argument list into "hijacked": the host refuses it.
    expectError(result, 'BoardError', /malformed call/)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(({} as Record<string, unknown>).toJSON).toBeUndefined()
    expect(await run('return [1].concat([2]).length + Object.keys({}).length')).toMatchObject({ ok: true, result: 2 })
  })
})

describe('runCode: limits', () => {
  it('stops an infinite loop on the clock', async () => {
    const result = await run('while (true) {}')
    expectError(result, 'TimeLimitError', /longer than 1000 ms/)
    expect(result.stats.disposed).toBe(true)
  })

  it('stops an infinite loop on the operation budget when the clock would not (a frozen Worker clock)', async () => {
    const result = await run('let i = 0; try { while (true) { i++ } } catch {}', { timeLimitMs: 3_600_000, maxInterruptChecks: 200 })
    expectError(result, 'TimeLimitError', /more work than fits/)
    expect(result.stats.interruptChecks).toBeLessThanOrEqual(202)
  })

  it('stops loops that run through the job queue', async () => {
    const frozenClock = { timeLimitMs: 3_600_000, maxInterruptChecks: 200 }
    expectError(await run('for (;;) await null', frozenClock), 'TimeLimitError')
    expectError(await run('Promise.resolve().then(function f() { Promise.resolve().then(f) }); return 1', frozenClock), 'TimeLimitError')
  })

  it('charges board calls to the operation budget too', async () => {
    const code = 'board.createShape({ type: "geo", id: "a", x: 0, y: 0, w: 5, h: 5 }); for (;;) board.updateShape("a", { x: 1 })'
    expectError(await run(code, { timeLimitMs: 3_600_000, maxInterruptChecks: 300 }), 'TimeLimitError', /more work/)
  })

  it('stops deep recursion with a stack error, even when it is caught', async () => {
    expectError(await run('function f(n) { return f(n + 1) + 1 }; return f(0)'), 'StackLimitError')
    const caught = await run('let depth = 0; function f() { depth++; f() }; try { f() } catch (e) { return [e.message, depth > 500] }')
    expect(caught).toMatchObject({ ok: true, result: ['stack overflow', true] })
    // Nesting that QuickJS does not check overflows the host's own stack: the same error, and the
    // instance is dropped rather than reused.
    const host = await run('let a = []; for (let i = 0; i < 100000; i++) a = [a]; return JSON.stringify(a).length')
    expectError(host, 'StackLimitError')
    expect(await run('return 1 + 1')).toMatchObject({ ok: true, result: 2 })
  })

  it('refuses a 100 MB string with a memory error', async () => {
    expectError(await run('return "x".repeat(100 * 1024 * 1024).length'), 'MemoryLimitError', /more than 32 MiB/)
    // Doubling a string builds a rope, which reaches QuickJS's length cap before the memory limit.
    expectError(await run('let s = "xy"; while (true) s = s + s'), 'InternalError', /string too long/)
  })

  it('fits a million numbers in 32 MiB, but not a million objects or three million numbers', async () => {
    // QuickJS on wasm32 NaN-boxes each value into 8 bytes: a million numbers is ~8 MiB (plus the
    // array's growth slack) and fits. An object costs tens of bytes, so a million objects, or three
    // million numbers while the array doubles, need more than the 32 MiB the memory can grow to.
    const numbers = await run('const a = []; for (let i = 0; i < 1e6; i++) a.push(i); return a.length')
    expect(numbers).toMatchObject({ ok: true, result: 1_000_000 })
    const objects = await run('const a = []; for (let i = 0; i < 1e6; i++) a.push({ i }); return a.length')
    expectError(objects, 'MemoryLimitError')
    expectError(await run('const a = []; for (let i = 0; i < 3e6; i++) a.push(i); return a.length'), 'MemoryLimitError')
    expectError(await run('const a = []; try { for (;;) a.push(new ArrayBuffer(1e6)) } catch { throw null }'), 'MemoryLimitError')
  })

  it('fails a run whose heap filled up even when the program caught the error', async () => {
    const code = 'const a = []; try { for (;;) a.push(new ArrayBuffer(1e6)) } catch {} a.length = 0; return "recovered"'
    expectError(await run(code), 'MemoryLimitError')
  })

  it('refuses a memory limit below what the module needs', async () => {
    await expect(run('1', { memoryLimitBytes: 8 * 2 ** 20 })).rejects.toThrow(/at least 16 MiB/)
  })

  it('runs cleanly after every kind of failed run, freeing each instance', async () => {
    const failures = ['while (true) {}', 'function f() { return f() }; f()', '"x".repeat(1e8)', 'throw null', 'import("x")']
    for (const code of failures) {
      await run(code, { timeLimitMs: 50 })
      const next = await run('return board.createShapes([{ type: "note", x: 0, y: 0, text: "still here" }]).length')
      expect(next).toMatchObject({ ok: true, result: 1 })
      expect(next.stats.disposed).toBe(true)
    }
  })

  it('refuses import()', async () => {
    expectError(await run('return await import("node:fs")'), 'Error', /import\(\) is not available/)
    expectError(await run('import fs from "fs"'), 'SyntaxError')
  })
})
