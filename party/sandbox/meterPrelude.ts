/**
 * Charges the program's heavy built-in calls to the run's budget. QuickJS polls its interrupt
 * handler every 10,000 bytecode branches or calls, and a built-in runs in C between two polls: one
 * `indexOf` on an 8 MB string is milliseconds of work and counts as one step, so a short loop of
 * them held the room 14 s against a 1 s limit. This prelude, evaluated after prelude.ts and before
 * the program, replaces each built-in whose cost grows with its input by a wrapper that estimates
 * that cost first (string lengths, array lengths, n·log n for sorting) and charges it to a meter the
 * program cannot see; the meter reports to the host (`hostMeter`), which checks the clock and the
 * operation budget and answers whether the run is over. So a call that would overrun the budget is
 * refused before it starts, and once the run is over every metered call throws at once.
 *
 * The wrappers coerce arguments themselves (calling the program's own toString once) so the native
 * call sees only the primitives that were charged, and they refuse array-likes whose `length` is a
 * getter (which could answer 1 to the meter and 1e9 to the native loop). What is not metered, and
 * why, is in docs/sandbox-and-presence.md.
 *
 * Evaluated as a function expression called with (hostMeter, settingsJson); returns `charge(cost)`,
 * which prelude.ts uses for what it stringifies itself (console output, board call arguments) and
 * bigIntPrelude.ts for the code it compiles.
 */
export const METER_PRELUDE = String.raw`(function (hostMeter, settingsJson) {
  'use strict'
  const settings = JSON.parse(settingsJson)
  const apply = Reflect.apply
  const construct = Reflect.construct
  const defineProperty = Object.defineProperty
  const getOwnPropertyDescriptor = Object.getOwnPropertyDescriptor
  const ownKeys = Reflect.ownKeys
  const getPrototypeOf = Object.getPrototypeOf
  const setPrototypeOf = Object.setPrototypeOf
  const isArray = Array.isArray
  const StringType = String
  const RangeErrorType = RangeError
  const log2 = Math.log2
  const ceil = Math.ceil
  const min = Math.min
  const regexpSource = getOwnPropertyDescriptor(RegExp.prototype, 'source').get
  const regexpGlobal = getOwnPropertyDescriptor(RegExp.prototype, 'global').get
  const regexpSticky = getOwnPropertyDescriptor(RegExp.prototype, 'sticky').get
  const TypedArray = getPrototypeOf(Uint8Array)
  const typedLength = getOwnPropertyDescriptor(TypedArray.prototype, 'length').get
  const bufferLength = getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get
  const setSize = getOwnPropertyDescriptor(Set.prototype, 'size').get
  const mapSize = getOwnPropertyDescriptor(Map.prototype, 'size').get

  // The meter: work since the last report, and whether the host has ended the run.
  let pending = 0
  let over = false
  function charge(cost) {
    if (over) throw new RangeErrorType('the run is over: it did more work than fits in its time limit')
    pending += cost
    if (pending < settings.reportEvery) return
    const units = pending
    pending = 0
    if (hostMeter(units)) {
      over = true
      throw new RangeErrorType('the run is over: it did more work than fits in its time limit')
    }
  }

  // Sizes, read without trusting the program's objects.
  const stringSize = (value) => (typeof value === 'string' ? value.length : 0)
  function lengthOf(value) {
    if (typeof value === 'string') return value.length
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return 0
    if (!isArray(value)) {
      const own = getOwnPropertyDescriptor(value, 'length')
      if (own && !('value' in own)) throw new RangeErrorType('array-likes whose length is a getter are not supported here')
    }
    const length = +value.length
    return length > 0 ? min(length, 2 ** 53) : 0
  }
  function isRegExp(value) {
    try {
      apply(regexpSource, value, [])
      return true
    } catch {
      return false
    }
  }
  const asString = (value) => (typeof value === 'string' ? value : StringType(value))
  // A string argument, coerced here; a RegExp (whose own methods are metered) is left as it is.
  const asPattern = (value) => (value !== null && typeof value === 'object' && isRegExp(value) ? value : asString(value))

  const outputCost = (value) => (typeof value === 'string' ? value.length * perChar : isArray(value) ? value.length * perElement : 0)

  function install(target, key, wrapper) {
    const original = target[key]
    if (typeof original !== 'function') return
    const descriptor = getOwnPropertyDescriptor(target, key)
    defineProperty(target, key, { value: wrapper(original), writable: true, configurable: true, enumerable: descriptor ? descriptor.enumerable : false })
  }
  // A method with the same name and arity whose cost is charged before the native call.
  function metered(target, key, cost, prepare) {
    install(target, key, (original) => {
      const holder = {
        [key](...args) {
          const self = prepare ? prepare(this, args) : this
          charge(cost(self, args))
          const result = apply(original, self, args)
          // What it built (flat, Array.from of an iterator, a joined string) costs its size too.
          if (result !== self) charge(outputCost(result))
          return result
        },
      }
      return holder[key]
    })
  }
  const perChar = settings.costs.char
  const perElement = settings.costs.element
  const sortCost = (n) => (n < 2 ? n : n * ceil(log2(n))) * settings.costs.compare

  // Strings: the receiver and string arguments are coerced once, here, then charged.
  const stringThis = (self, args) => {
    if (self === null || self === undefined) return self
    for (let i = 0; i < args.length; i++) if (typeof args[i] === 'object' && args[i] !== null && !isRegExp(args[i])) args[i] = asString(args[i])
    return asString(self)
  }
  // Searching is naive in QuickJS: haystack × needle in the worst case.
  const searchCost = (self, args) => 1 + stringSize(self) * (1 + stringSize(args[0]) + stringSize(args[1])) * perChar
  const linearCost = (self) => 1 + stringSize(self) * perChar
  const cheap = () => 1
  // A result longer than the memory fails to allocate before any work, so it costs nothing here.
  const produced = (chars) => (chars > settings.memoryBytes ? 1 : 1 + chars * perChar)
  const stringCosts = {
    __proto__: null,
    indexOf: searchCost, lastIndexOf: searchCost, includes: searchCost, startsWith: searchCost, endsWith: searchCost,
    split: searchCost, replace: searchCost, replaceAll: searchCost, match: searchCost, matchAll: searchCost, search: searchCost,
    localeCompare: (self, args) => 1 + (stringSize(self) + stringSize(args[0])) * perChar,
    concat: (self, args) => {
      let n = stringSize(self)
      for (let i = 0; i < args.length; i++) n += stringSize(args[i])
      return produced(n)
    },
    repeat: (self, args) => produced(stringSize(self) * (+args[0] || 0)),
    padStart: (self, args) => produced(stringSize(self) + (+args[0] || 0)),
    padEnd: (self, args) => produced(stringSize(self) + (+args[0] || 0)),
    at: cheap, charAt: cheap, charCodeAt: cheap, codePointAt: cheap, toString: cheap, valueOf: cheap,
  }
  for (const key of ownKeys(String.prototype)) {
    if (key === 'constructor' || key === 'length') continue
    const cost = typeof key === 'string' && stringCosts[key] ? stringCosts[key] : linearCost
    metered(String.prototype, key, cost, stringThis)
  }
  for (const key of ['fromCharCode', 'fromCodePoint', 'raw']) metered(String, key, (self, args) => 1 + args.length * perElement)

  // RegExp methods: the input string is coerced and charged; backtracking itself is interrupted by QuickJS.
  const regexpInput = (self, args) => {
    if (args.length > 0) args[0] = asString(args[0])
    return self
  }
  // exec runs once per match inside replace/split/matchAll: it costs what is left of the input.
  function execCost(self, args) {
    const size = stringSize(args[0])
    let from = 0
    try {
      if (apply(regexpGlobal, self, []) || apply(regexpSticky, self, [])) from = min(+self.lastIndex || 0, size)
    } catch {}
    return 1 + (size - (from > 0 ? from : 0)) * perChar
  }
  for (const key of ownKeys(RegExp.prototype)) {
    const descriptor = getOwnPropertyDescriptor(RegExp.prototype, key)
    if (key === 'constructor' || !descriptor || typeof descriptor.value !== 'function') continue
    const cost = key === 'exec' || key === 'test' ? execCost : (self, args) => 1 + stringSize(args[0]) * (1 + stringSize(args[1])) * perChar
    metered(RegExp.prototype, key, cost, regexpInput)
  }
  // Compiling a pattern costs its source's length; the constructor is replaced where programs reach it.
  const NativeRegExp = RegExp
  const MeteredRegExp = function RegExp(pattern, flags) {
    const source = isRegExp(pattern) ? pattern : asString(pattern === undefined ? '' : pattern)
    charge(1 + stringSize(source) * settings.costs.compile)
    return construct(NativeRegExp, [source, flags], new.target || MeteredRegExp)
  }
  defineProperty(MeteredRegExp, 'prototype', { value: NativeRegExp.prototype })
  defineProperty(NativeRegExp.prototype, 'constructor', { value: MeteredRegExp, writable: true, configurable: true })
  defineProperty(globalThis, 'RegExp', { value: MeteredRegExp, writable: true, configurable: true })

  // Arrays (and array-likes): the length, or n·log n to sort.
  const elementsCost = (self) => 1 + lengthOf(self) * perElement
  const arrayCosts = {
    __proto__: null,
    sort: (self) => 1 + sortCost(lengthOf(self)),
    toSorted: (self) => 1 + sortCost(lengthOf(self)),
    concat: (self, args) => {
      let n = lengthOf(self)
      for (let i = 0; i < args.length; i++) n += isArray(args[i]) ? lengthOf(args[i]) : 1
      return 1 + n * perElement
    },
    push: null, pop: null, at: null,
  }
  for (const key of ownKeys(Array.prototype)) {
    if (key === 'constructor' || key === 'length' || arrayCosts[key] === null) continue
    metered(Array.prototype, key, (typeof key === 'string' && arrayCosts[key]) || elementsCost)
  }
  metered(Array, 'from', (self, args) => 1 + lengthOf(args[0]) * perElement)

  // Typed arrays and buffers: their length, read through the engine's own getter.
  const typedSize = (value) => {
    try {
      return apply(typedLength, value, [])
    } catch {
      return 0
    }
  }
  const typedCosts = {
    __proto__: null,
    sort: (self) => 1 + sortCost(typedSize(self)),
    toSorted: (self) => 1 + sortCost(typedSize(self)),
    set: (self, args) => 1 + (typedSize(args[0]) || lengthOf(args[0])) * perElement,
    subarray: cheap,
  }
  for (const key of ownKeys(TypedArray.prototype)) {
    const descriptor = getOwnPropertyDescriptor(TypedArray.prototype, key)
    if (key === 'constructor' || !descriptor || typeof descriptor.value !== 'function') continue
    metered(TypedArray.prototype, key, (typeof key === 'string' && typedCosts[key]) || ((self) => 1 + typedSize(self) * perElement))
  }
  // Constructors that allocate and zero memory, or copy a source: replaced where programs reach
  // them (the global, the prototype's constructor, species), the native one kept in this closure.
  function meterConstructor(Native, cost) {
    const Metered = function (...args) {
      if (new.target === undefined) return apply(Native, undefined, args) // throws, as the native does
      charge(cost(args))
      return construct(Native, args, new.target === Metered ? Native : new.target)
    }
    for (const key of ownKeys(Native)) {
      if (key !== 'prototype' && key !== 'length') defineProperty(Metered, key, getOwnPropertyDescriptor(Native, key))
    }
    defineProperty(Metered, 'prototype', { value: Native.prototype })
    setPrototypeOf(Metered, getPrototypeOf(Native))
    defineProperty(Native.prototype, 'constructor', { value: Metered, writable: true, configurable: true })
    return Metered
  }
  const sourceSize = (value) => (typeof value === 'number' ? 0 : typedSize(value) || lengthOf(value))
  for (const name of ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array', 'Float16Array', 'Float32Array', 'Float64Array']) {
    const Native = globalThis[name]
    if (typeof Native !== 'function') continue
    const bytes = Native.BYTES_PER_ELEMENT
    const Metered = meterConstructor(Native, (args) => 1 + (typeof args[0] === 'number' ? args[0] * bytes * settings.costs.allocatedByte : sourceSize(args[0]) * perElement))
    defineProperty(globalThis, name, { value: Metered, writable: true, configurable: true })
  }
  for (const name of ['ArrayBuffer', 'SharedArrayBuffer']) {
    const Native = globalThis[name]
    if (typeof Native !== 'function') continue
    defineProperty(globalThis, name, { value: meterConstructor(Native, (args) => 1 + (+args[0] || 0) * settings.costs.allocatedByte), writable: true, configurable: true })
  }
  metered(TypedArray, 'from', (self, args) => 1 + (typedSize(args[0]) || lengthOf(args[0])) * perElement)
  metered(ArrayBuffer.prototype, 'slice', (self) => {
    try {
      return 1 + apply(bufferLength, self, []) * perChar
    } catch {
      return 1
    }
  })

  // Maps and sets: iterating or combining costs their size.
  const collectionCost = (sizeGetter) => (self) => {
    try {
      return 1 + apply(sizeGetter, self, []) * perElement
    } catch {
      return 1
    }
  }
  for (const [proto, size] of [[Set.prototype, setSize], [Map.prototype, mapSize]]) {
    for (const key of ownKeys(proto)) {
      if (['constructor', 'size', 'has', 'get', 'set', 'add', 'delete'].includes(key)) continue
      const descriptor = getOwnPropertyDescriptor(proto, key)
      if (descriptor && typeof descriptor.value === 'function') metered(proto, key, collectionCost(size))
    }
  }

  // JSON and whole-object reflection: the input's size before, the output's after.
  function meteredAfter(target, key, before) {
    install(target, key, (original) => {
      const holder = {
        [key](...args) {
          charge(before(args))
          const result = apply(original, this, args)
          charge(outputCost(result))
          return result
        },
      }
      return holder[key]
    })
  }
  meteredAfter(JSON, 'stringify', (args) => 1 + (isArray(args[0]) ? lengthOf(args[0]) * perElement : 0))
  meteredAfter(JSON, 'parse', (args) => {
    args[0] = asString(args[0])
    return 1 + args[0].length * perChar
  })
  for (const key of ['keys', 'values', 'entries', 'getOwnPropertyNames', 'getOwnPropertySymbols', 'getOwnPropertyDescriptors', 'assign', 'fromEntries', 'groupBy']) {
    meteredAfter(Object, key, (args) => 1 + (isArray(args[0]) ? lengthOf(args[0]) * perElement : 0))
  }
  meteredAfter(Reflect, 'ownKeys', (args) => 1 + (isArray(args[0]) ? lengthOf(args[0]) * perElement : 0))
  const argumentsCost = (list) => 1 + lengthOf(list) * perElement
  metered(Function.prototype, 'apply', (self, args) => argumentsCost(args[1]))
  metered(Reflect, 'apply', (self, args) => argumentsCost(args[2]))
  metered(Reflect, 'construct', (self, args) => argumentsCost(args[1]))

  pending = 0 // setting up is not the program's work
  return charge
})`
