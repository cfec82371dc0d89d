import { describe, expect, it } from 'vitest'
import { AGENT_USER_ID } from '../../party/agent/agentPresence'
import { PRESENCE_FIELD } from './presenceBinding'
import { peopleFrom, samePeople } from './usePeople'

function states(entries: [number, Record<string, unknown>][]): Map<number, Record<string, unknown>> {
  return new Map(entries)
}

const present = (userName: unknown, color: unknown = '#123456') => ({ [PRESENCE_FIELD]: { userName, color } })

describe('peopleFrom', () => {
  it('lists this device first, then everyone else by name', () => {
    const people = peopleFrom(states([[3, present('Zoe')], [1, present('Bob')], [2, present('Ann')]]), 3)
    expect(people.map((person) => [person.name, person.isSelf])).toEqual([
      ['Zoe', true],
      ['Ann', false],
      ['Bob', false],
    ])
  })

  it('carries the client id and colour', () => {
    expect(peopleFrom(states([[9, present('Ann', '#abcdef')]]), 1)).toEqual([
      { clientId: 9, userId: 'client-9', name: 'Ann', color: '#abcdef', isSelf: false, isAgent: false, viewer: false },
    ])
  })

  it('knows a person by their tldraw user id and the AI by its own', () => {
    const people = peopleFrom(states([[1, { [PRESENCE_FIELD]: { userName: 'Ann', userId: 'u1' } }], [2, { [PRESENCE_FIELD]: { userName: 'AI', userId: AGENT_USER_ID } }]]), 0)
    expect(people.map(({ userId, isAgent }) => ({ userId, isAgent }))).toEqual([
      { userId: AGENT_USER_ID, isAgent: true },
      { userId: 'u1', isAgent: false },
    ])
  })

  it('leaves out clients without a presence (such as the room itself)', () => {
    const people = peopleFrom(states([[1, {}], [2, { [PRESENCE_FIELD]: null }], [3, { [PRESENCE_FIELD]: 'x' }], [4, present('Ann')]]), 1)
    expect(people.map((person) => person.clientId)).toEqual([4])
  })

  it('falls back to a name and colour when they are missing or not strings', () => {
    const people = peopleFrom(states([[1, present('', 5)], [2, present(42, null)]]), 0)
    expect(people.map(({ name, color }) => ({ name, color }))).toEqual([
      { name: 'Anonymous', color: '#64748b' },
      { name: 'Anonymous', color: '#64748b' },
    ])
  })

  it('gives nobody for an empty room', () => {
    expect(peopleFrom(new Map(), 1)).toEqual([])
  })
})

describe('samePeople', () => {
  const withCursor = (userName: string, x: number) => ({ [PRESENCE_FIELD]: { userName, color: '#123456', cursor: { x, y: 0 } } })

  it('sees a moved cursor as no change, and a rename, a recolour or a newcomer as one', () => {
    const before = peopleFrom(states([[1, withCursor('Ann', 0)], [2, withCursor('Bob', 0)]]), 1)
    expect(samePeople(before, peopleFrom(states([[1, withCursor('Ann', 50)], [2, withCursor('Bob', 9)]]), 1))).toBe(true)
    expect(samePeople(before, peopleFrom(states([[1, withCursor('Ann', 0)], [2, withCursor('Rob', 0)]]), 1))).toBe(false)
    expect(samePeople(before, peopleFrom(states([[1, withCursor('Ann', 0)], [2, present('Bob', '#ff0000')]]), 1))).toBe(false)
    expect(samePeople(before, peopleFrom(states([[1, withCursor('Ann', 0)], [2, withCursor('Bob', 0)], [3, present('Cy')]]), 1))).toBe(false)
  })
})
