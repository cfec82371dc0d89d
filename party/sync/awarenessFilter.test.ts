import { describe, expect, it } from 'vitest'
import { decodeAwarenessEntries, encodeAwarenessEntries, filterAwarenessEntries, MAX_CLIENT_IDS_PER_CONNECTION } from './awarenessFilter'

describe('awareness entries', () => {
  it('round-trip', () => {
    const entries = [{ clientId: 7, clock: 2, state: '{"a":1}' }, { clientId: 9, clock: 0, state: 'null' }]
    expect(decodeAwarenessEntries(encodeAwarenessEntries(entries))).toEqual(entries)
  })

  it('throw on truncated input', () => {
    const bytes = encodeAwarenessEntries([{ clientId: 7, clock: 2, state: '{"a":1}' }])
    expect(() => decodeAwarenessEntries(bytes.slice(0, bytes.length - 3))).toThrow()
  })

  it('let a connection speak only for its own client ids', () => {
    const owners = new Map<number, string>([[1, 'alice']])
    const entries = [{ clientId: 1, clock: 5, state: 'null' }, { clientId: 2, clock: 0, state: '{}' }]
    expect(filterAwarenessEntries(entries, 'mallory', owners, 100).map((e) => e.clientId)).toEqual([2])
    expect(owners.get(2)).toBe('mallory')
    expect(filterAwarenessEntries(entries, 'alice', owners, 100).map((e) => e.clientId)).toEqual([1])
  })

  it('cap the ids one connection may claim and the size of a state', () => {
    const owners = new Map<number, string>()
    const many = Array.from({ length: 10 }, (_, i) => ({ clientId: i, clock: 0, state: '{}' }))
    expect(filterAwarenessEntries(many, 'c', owners, 100)).toHaveLength(MAX_CLIENT_IDS_PER_CONNECTION)
    expect(filterAwarenessEntries([{ clientId: 0, clock: 1, state: 'x'.repeat(101) }], 'c', owners, 100)).toEqual([])
  })
})
