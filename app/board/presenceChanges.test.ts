import { describe, expect, it } from 'vitest'
import { presenceChanges } from './presenceChanges'
import type { Person } from './usePeople'

const person = (userId: string, name: string, extra: Partial<Person> = {}): Person => ({ clientId: userId.length, userId, name, color: '#000', isSelf: false, isAgent: false, viewer: false, ...extra })

describe('presenceChanges', () => {
  it('names who joined and who left', () => {
    const me = person('me', 'Me', { isSelf: true })
    expect(presenceChanges([me, person('a', 'Ada')], [me, person('g', 'Grace')])).toEqual({ joined: ['Grace'], left: ['Ada'] })
  })

  it('ignores this device, the AI and a person who only renamed or reconnected', () => {
    const before = [person('me', 'Me', { isSelf: true }), person('a', 'Ada')]
    const after = [person('me', 'Me 2', { isSelf: true }), { ...person('a', 'Ada L.'), clientId: 99 }, person('sketchroom-agent', 'AI', { isAgent: true })]
    expect(presenceChanges(before, after)).toEqual({ joined: [], left: [] })
  })
})
