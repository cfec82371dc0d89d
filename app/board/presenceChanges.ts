import type { Person } from './usePeople'

/** Who arrived and who left between two looks at the people list, by person (not by connection). Pure. */
export function presenceChanges(before: readonly Person[], after: readonly Person[]): { joined: string[]; left: string[] } {
  const others = (people: readonly Person[]) => new Map(people.filter((person) => !person.isSelf && !person.isAgent).map((person) => [person.userId, person.name]))
  const was = others(before)
  const is = others(after)
  return {
    joined: [...is].filter(([id]) => !was.has(id)).map(([, name]) => name),
    left: [...was].filter(([id]) => !is.has(id)).map(([, name]) => name),
  }
}
