import { useEffect, useState } from 'react'
import type { Awareness } from 'y-protocols/awareness'
import { AGENT_USER_ID } from '../../party/agent/agentPresence'
import { PRESENCE_FIELD } from './presenceBinding'

export interface Person {
  clientId: number
  /** tldraw's user id: the same person across reconnects and renames. */
  userId: string
  name: string
  color: string
  isSelf: boolean
  /** The room's AI, shown while it works. */
  isAgent: boolean
  /** Watching through a view-only link (the room marks such presence; docs/permissions.md). */
  viewer: boolean
}

/** Everyone in the room right now, this device first, from awareness presence. Pure. */
export function peopleFrom(states: Map<number, Record<string, unknown>>, selfId: number): Person[] {
  const people: Person[] = []
  for (const [clientId, state] of states) {
    const presence = state[PRESENCE_FIELD] as { userName?: unknown; color?: unknown; userId?: unknown } | null | undefined
    if (!presence || typeof presence !== 'object') continue
    const userId = typeof presence.userId === 'string' && presence.userId ? presence.userId : `client-${clientId}`
    people.push({
      clientId,
      userId,
      name: typeof presence.userName === 'string' && presence.userName ? presence.userName : 'Anonymous',
      color: typeof presence.color === 'string' ? presence.color : '#64748b',
      isSelf: clientId === selfId,
      isAgent: userId === AGENT_USER_ID,
      viewer: state.viewer === true,
    })
  }
  return people.sort((a, b) => Number(b.isSelf) - Number(a.isSelf) || a.name.localeCompare(b.name))
}

/** Whether two lists show the same people the same way (cursors and cameras aside). Pure. */
export function samePeople(a: readonly Person[], b: readonly Person[]): boolean {
  if (a.length !== b.length) return false
  return a.every((person, i) => {
    const other = b[i]!
    return (Object.keys(person) as (keyof Person)[]).every((key) => person[key] === other[key])
  })
}

export function usePeople(awareness: Awareness): Person[] {
  const [people, setPeople] = useState<Person[]>(() => peopleFrom(awareness.getStates(), awareness.clientID))
  useEffect(() => {
    // Presence changes with every cursor and camera move; the list (and whoever renders it) only
    // changes when someone comes, goes, or is renamed or recoloured.
    const update = () => {
      const next = peopleFrom(awareness.getStates(), awareness.clientID)
      setPeople((previous) => (samePeople(previous, next) ? previous : next))
    }
    awareness.on('change', update)
    update()
    return () => awareness.off('change', update)
  }, [awareness])
  return people
}
