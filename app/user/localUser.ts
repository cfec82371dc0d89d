/**
 * The person at this device: display name and colour, kept in tldraw's user preferences (which
 * tldraw stores in localStorage, so they are remembered and tldraw's own menus agree with ours).
 */
import { computed, createUserId, defaultUserPreferences, getUserPreferences, setUserPreferences, UserRecordType, type TLUser } from 'tldraw'
import { MAX_AUTHOR_CHARS } from '../../shared/limits'

const ANIMALS = ['Otter', 'Heron', 'Lynx', 'Panda', 'Fox', 'Koala', 'Badger', 'Wren', 'Seal', 'Ibis', 'Marten', 'Finch']

/** Gives a first-time visitor a friendly name instead of tldraw's empty one. */
export function ensureDisplayName(): void {
  const preferences = getUserPreferences()
  if (preferences.name) return
  const animal = ANIMALS[Math.floor(Math.random() * ANIMALS.length)] ?? 'Guest'
  setUserPreferences({ ...preferences, name: `${animal} ${Math.floor(Math.random() * 90 + 10)}` })
}

export function setDisplayName(name: string): void {
  const trimmed = name.trim().slice(0, MAX_AUTHOR_CHARS)
  if (trimmed) setUserPreferences({ ...getUserPreferences(), name: trimmed })
}

/** The current user as tldraw presence wants it; follows name and colour changes. */
export const $currentUser = computed<TLUser | null>('current user', () => {
  const preferences = getUserPreferences()
  return UserRecordType.create({
    id: createUserId(preferences.id),
    name: preferences.name ?? '',
    color: preferences.color ?? defaultUserPreferences.color,
  })
})
