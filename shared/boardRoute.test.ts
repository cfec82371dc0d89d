import { describe, expect, it } from 'vitest'
import { parsePageRoute } from './boardRoute'

describe('parsePageRoute', () => {
  it.each([
    ['/', { kind: 'new' }],
    ['/new', { kind: 'new' }],
    ['/r/abc_D-9', { kind: 'board', roomId: 'abc_D-9' }],
    ['/r/abc/', { kind: 'board', roomId: 'abc' }],
    ['/r/', { kind: 'invalid-board' }],
    ['/r/a%20b', { kind: 'invalid-board' }],
    ['/r/%ZZ', { kind: 'invalid-board' }],
    ['/r/a/b', { kind: 'unknown' }],
    ['/elsewhere', { kind: 'unknown' }],
    [`/v/${'t'.repeat(82)}`, { kind: 'view', token: 't'.repeat(82) }],
    [`/v/${'t'.repeat(82)}/`, { kind: 'view', token: 't'.repeat(82) }],
    ['/v/abc', { kind: 'unknown' }],
    [`/v/${'t'.repeat(82)}/socket`, { kind: 'unknown' }],
  ])('%s', (path, route) => {
    expect(parsePageRoute(path)).toEqual(route)
  })
})
