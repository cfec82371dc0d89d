import { describe, expect, it } from 'vitest'
import { isJsonContentType, isOwnOrigin } from './postGuard'

describe('isJsonContentType', () => {
  it.each([
    ['application/json', true],
    ['application/json; charset=utf-8', true],
    ['Application/JSON', true],
    ['text/plain', false],
    ['text/plain;charset=UTF-8', false],
    ['application/x-www-form-urlencoded', false],
    ['multipart/form-data; boundary=x', false],
    ['application/jsonp', false],
    [null, false],
  ])('%s → %s', (value, expected) => expect(isJsonContentType(value)).toBe(expected))
})

describe('isOwnOrigin', () => {
  const url = 'https://sketch.example/parties/main/room/agent'
  it.each([
    [null, true],
    ['https://sketch.example', true],
    ['http://sketch.example', true],
    ['https://evil.example', false],
    ['https://sketch.example.evil.example', false],
    ['https://sketch.example:8443', false],
    ['null', false],
    ['not a url', false],
  ])('%s → %s', (origin, expected) => expect(isOwnOrigin(origin, url)).toBe(expected))
})
