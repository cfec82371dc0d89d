/**
 * The JavaScript that runs inside QuickJS before the program: it builds `board` and `console` over
 * two host functions and compiles and runs the program. Everything it needs is captured before the
 * program starts, so a program that rewrites `JSON`, `Promise.prototype` or `board` breaks only
 * itself. Nothing here is trusted by the host: the host functions take and give strings only and
 * check everything they receive (hostBridge.ts).
 *
 * Evaluated as one function expression, called with (hostCall, hostPrint, viewportJson,
 * limitsJson); it returns `{ run, read, useMeter }`: `run(code)` starts the program, `read()` gives its
 * outcome as JSON once QuickJS's job queue has drained:
 *   {"ok":true}                        the program returned nothing
 *   {"ok":true,"result":<json>}        it returned plain data
 *   {"ok":true,"truncated":"…","length":n}  its JSON was longer than the result limit
 *   {"ok":false,"name":"…","message":"…","stack":"…"}  it failed
 * and `null` while it has not finished. Outcomes are built by hand from primitives, so a
 * `toJSON` the program put on Object.prototype cannot change their shape.
 */
export const PRELUDE = String.raw`(function (hostCall, hostPrint, viewportJson, limitsJson) {
  'use strict'
  const parse = JSON.parse
  const stringify = JSON.stringify
  const apply = Reflect.apply
  const slice = String.prototype.slice
  const then = Promise.prototype.then
  const ErrorType = Error
  const StringType = String
  const AsyncFunction = (async function () {}).constructor
  const limits = parse(limitsJson)

  const cut = (text, max) => (text.length > max ? apply(slice, text, [0, max]) : text)

  class BoardError extends ErrorType {}
  Object.defineProperty(BoardError.prototype, 'name', { value: 'BoardError', writable: true, configurable: true })

  // Charges work to the built-in meter (meterPrelude.ts installs it; it throws once the run is over).
  let meter = () => {}

  // One line of text for a value, as console.log would show it.
  function show(value) {
    meter(1)
    if (typeof value === 'string') return value
    try {
      if (value instanceof ErrorType) return StringType(value.name) + ': ' + StringType(value.message)
      const json = stringify(value)
      meter(json === undefined ? 1 : json.length)
      if (json !== undefined) return json
    } catch {}
    try {
      return StringType(value)
    } catch {
      return '[unprintable value]'
    }
  }

  function call(op, args) {
    meter(1)
    let json
    try {
      json = stringify(args)
      meter(json === undefined ? 1 : json.length)
    } catch (error) {
      throw new BoardError('board.' + op + ': its arguments are not plain data (' + show(error) + ')')
    }
    const reply = parse(hostCall(op, json))
    if (reply.ok === true) return reply.value
    throw new BoardError(reply.error)
  }

  const board = {
    viewport: parse(viewportJson),
    listShapes: () => call('listShapes', []),
    createShape: (spec) => call('createShape', [spec]),
    createShapes: (specs) => call('createShapes', [specs]),
    updateShape: (id, changes) => {
      call('updateShape', [id, changes])
    },
    deleteShape: (id) => {
      call('deleteShape', [id])
    },
    connect: (from, to, options) => call('connect', [from, to, options]),
  }

  function print(prefix, args) {
    let line = prefix
    for (let i = 0; i < args.length && line.length <= limits.maxOutputChars; i++) line += (i > 0 ? ' ' : '') + show(args[i])
    hostPrint(cut(line, limits.maxOutputChars + 1))
  }
  const console = {
    log: (...args) => print('', args),
    info: (...args) => print('', args),
    debug: (...args) => print('', args),
    warn: (...args) => print('warn: ', args),
    error: (...args) => print('error: ', args),
  }

  const failure = (name, message, stack) =>
    '{"ok":false,"name":' + stringify(cut(name, 100)) + ',"message":' + stringify(cut(message, 1000)) +
    ',"stack":' + stringify(cut(stack, 2000)) + '}'

  function describeThrown(error) {
    try {
      if (error instanceof ErrorType) {
        return failure(StringType(error.name), StringType(error.message), typeof error.stack === 'string' ? error.stack : '')
      }
    } catch {}
    let what
    if (error === null || error === undefined) what = StringType(error)
    else if (typeof error === 'string') what = 'a string: ' + stringify(cut(error, 300))
    else if (typeof error === 'object') what = 'an object: ' + cut(show(error), 300)
    else what = 'a ' + typeof error + ': ' + cut(show(error), 300)
    return failure('ThrownValue', 'the program threw ' + what + ' (throw an Error to give a message)', '')
  }

  function settle(value) {
    const type = typeof value
    if (value === undefined) return '{"ok":true}'
    if (type === 'function' || type === 'symbol' || type === 'bigint') {
      const what = type === 'bigint' ? 'a BigInt' : 'a ' + type
      return failure('ResultError', 'the program returned ' + what + ', which is not data; return numbers, strings, booleans, arrays or plain objects', '')
    }
    let json
    try {
      json = stringify(value)
    } catch (error) {
      return failure('ResultError', 'the returned value cannot be turned into JSON (' + show(error) + '); return plain data without cycles or BigInts', '')
    }
    if (json === undefined) return failure('ResultError', 'the returned value has no JSON form; return plain data', '')
    if (json.length > limits.maxResultChars) {
      return '{"ok":true,"truncated":' + stringify(cut(json, limits.maxResultChars)) + ',"length":' + json.length + '}'
    }
    return '{"ok":true,"result":' + json + '}'
  }

  let outcome = null
  function run(code) {
    let program
    try {
      program = new AsyncFunction('board', 'console', code)
    } catch (error) {
      outcome = describeThrown(error)
      return
    }
    apply(then, program(board, console), [
      (value) => {
        outcome = settle(value)
      },
      (error) => {
        outcome = describeThrown(error)
      },
    ])
  }

  globalThis.board = board
  globalThis.console = console
  return {
    run,
    read: () => outcome,
    useMeter: (charge) => {
      meter = charge
    },
  }
})`
