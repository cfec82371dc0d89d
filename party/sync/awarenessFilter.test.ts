import { describe, expect, it } from 'vitest'
import { decodeAwarenessEntries, encodeAwarenessEntries, PresenceOwners, type AwarenessEntry } from './awarenessFilter'

const ROOM_ID = 1000
const entry = (clientId: number, state = '{}', clock = 0): AwarenessEntry => ({ clientId, clock, state, stateBytes: new TextEncoder().encode(state).length })
const ids = (entries: AwarenessEntry[]) => entries.map((e) => e.clientId)

describe('awareness entries', () => {
  it('round-trip, with each state’s size in UTF-8 bytes', () => {
    const entries = [entry(7, '{"a":1}', 2), entry(9, '"漢字"')]
    expect(decodeAwarenessEntries(encodeAwarenessEntries(entries))).toEqual(entries)
    expect(entries[1]!.stateBytes).toBe(8)
  })

  it('throw on truncated input and on invalid UTF-8', () => {
    const bytes = encodeAwarenessEntries([entry(7, '{"a":1}', 2)])
    expect(() => decodeAwarenessEntries(bytes.slice(0, bytes.length - 3))).toThrow()
    expect(() => decodeAwarenessEntries(Uint8Array.from([1, 7, 0, 2, 0xc3, 0x28]))).toThrow()
  })
})

describe('presence owners', () => {
  it('let a connection speak only for its own client ids, and refuse the rest with a reason', () => {
    const owners = new PresenceOwners(ROOM_ID)
    expect(owners.filter([entry(1)], 'alice', 100)).toEqual({ allowed: [entry(1)], refused: null })
    const verdict = owners.filter([entry(1, 'null', 5), entry(2)], 'mallory', 100)
    expect(ids(verdict.allowed)).toEqual([2])
    expect(verdict.refused).toMatch(/belongs to another device/)
    expect(owners.ownerOf(2)).toBe('mallory')
  })

  it('never let anyone speak for the room’s own id', () => {
    const owners = new PresenceOwners(ROOM_ID)
    expect(owners.filter([entry(ROOM_ID)], 'mallory', 100)).toMatchObject({ allowed: [], refused: expect.stringMatching(/room’s own/) })
    expect(owners.noteWriter('mallory', [ROOM_ID])).toEqual([])
    expect(owners.filter([entry(ROOM_ID)], 'mallory', 100).allowed).toEqual([])
  })

  it('keep a dropped device’s id for it: nobody else takes it, and it comes back under its connection id', () => {
    const owners = new PresenceOwners(ROOM_ID)
    owners.filter([entry(1)], 'alice', 100)
    expect(owners.release('alice')).toEqual([1])
    expect(owners.filter([entry(1, '{"name":"AI"}', 9)], 'mallory', 100)).toMatchObject({ allowed: [], refused: expect.stringMatching(/another device/) })
    expect(ids(owners.filter([entry(1, '{}', 1)], 'alice', 100).allowed)).toEqual([1])
    // Released again after the reconnect: the id is still alice's.
    expect(owners.release('alice')).toEqual([1])
  })

  it('give an id to the connection whose doc updates carry it, taking it from a copycat that only announced it', () => {
    const owners = new PresenceOwners(ROOM_ID)
    owners.filter([entry(1)], 'mallory', 100)
    expect(owners.noteWriter('alice', [1, 2])).toEqual([1])
    expect(owners.ownerOf(1)).toBe('alice')
    expect(owners.filter([entry(1)], 'mallory', 100).allowed).toEqual([])
    // A writer's id is not taken by a later writer.
    expect(owners.noteWriter('mallory', [1])).toEqual([])
    expect(owners.ownerOf(1)).toBe('alice')
  })

  it('count a state’s size in UTF-8 bytes, not UTF-16 units', () => {
    const owners = new PresenceOwners(ROOM_ID)
    const cjk = JSON.stringify('漢'.repeat(40)) // 42 UTF-16 units, 122 bytes
    expect(owners.filter([entry(1, cjk)], 'alice', 100)).toMatchObject({ allowed: [], refused: expect.stringMatching(/over 100 bytes/) })
  })

  it('cap the ids one connection may announce', () => {
    const owners = new PresenceOwners(ROOM_ID, { maxIdsPerConnection: 4 })
    const verdict = owners.filter(Array.from({ length: 10 }, (_, i) => entry(i)), 'c', 100)
    expect(verdict.allowed).toHaveLength(4)
    expect(verdict.refused).toMatch(/at most 4/)
  })

  it('forget the longest-gone ids first when full, never a connected one', () => {
    const owners = new PresenceOwners(ROOM_ID, { maxRemembered: 3 })
    owners.filter([entry(1)], 'a', 100)
    owners.filter([entry(2)], 'b', 100)
    owners.release('a')
    owners.filter([entry(3)], 'c', 100)
    owners.filter([entry(4)], 'd', 100)
    expect(owners.ownerOf(1)).toBeUndefined()
    expect([2, 3, 4].map((id) => owners.ownerOf(id))).toEqual(['b', 'c', 'd'])
  })
})
