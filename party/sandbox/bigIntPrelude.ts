/**
 * Removes BigInt from the sandbox. BigInt arithmetic runs in C with no interrupt check: one `**` or
 * `*` of big enough numbers takes seconds, and no meter can charge an operator. So the program gets
 * no `BigInt`, no 64-bit typed arrays or DataView accessors, and no BigInt literal in any code it
 * compiles: runCode refuses the program's own source (builtinMeter.ts `mentionsBigInt`), and this
 * prelude wraps `eval` and the `Function` constructors (plain, generator, async) to refuse theirs
 * and to charge compiling to the meter.
 *
 * Evaluated after meterPrelude.ts, as a function expression called with (charge, settingsJson).
 */
export const BIGINT_PRELUDE = String.raw`(function (charge, settingsJson) {
  'use strict'
  const settings = JSON.parse(settingsJson)
  const apply = Reflect.apply
  const construct = Reflect.construct
  const defineProperty = Object.defineProperty
  const getPrototypeOf = Object.getPrototypeOf
  const StringType = String
  const SyntaxErrorType = SyntaxError
  const regexpTest = RegExp.prototype.test
  const bigIntLiteral = new RegExp(settings.bigIntLiteral)
  const asString = (value) => (typeof value === 'string' ? value : StringType(value))

  for (const name of ['BigInt', 'BigInt64Array', 'BigUint64Array']) delete globalThis[name]
  for (const key of ['getBigInt64', 'getBigUint64', 'setBigInt64', 'setBigUint64']) delete DataView.prototype[key]
  function refuseBigInt(sources) {
    for (let i = 0; i < sources.length; i++) {
      if (apply(regexpTest, bigIntLiteral, [asString(sources[i])])) throw new SyntaxErrorType(settings.bigIntMessage)
    }
  }
  const nativeEval = globalThis.eval
  defineProperty(globalThis, 'eval', {
    value: { eval(source) { if (typeof source === 'string') { charge(1 + source.length * settings.costs.compile); refuseBigInt([source]) } return nativeEval(source) } }.eval,
    writable: true,
    configurable: true,
  })
  for (const sample of [function () {}, function* () {}, async function () {}, async function* () {}]) {
    const proto = getPrototypeOf(sample)
    const Native = proto.constructor
    const Metered = function Function(...args) {
      let length = 0
      for (let i = 0; i < args.length; i++) {
        args[i] = asString(args[i])
        length += args[i].length
      }
      charge(1 + length * settings.costs.compile)
      refuseBigInt(args)
      return construct(Native, args, new.target || Native)
    }
    defineProperty(Metered, 'prototype', { value: Native.prototype })
    defineProperty(proto, 'constructor', { value: Metered, writable: true, configurable: true })
    if (Native === Function) defineProperty(globalThis, 'Function', { value: Metered, writable: true, configurable: true })
  }
})`
