/** "Ada joined" / "Ada left" toasts, announced politely to screen readers too (docs/ux.md "Chat"). */
import { useEffect, useRef, useState } from 'react'
import { PRESENCE_TOAST_MS } from '../../shared/limits'
import { presenceChanges } from './presenceChanges'
import type { Person } from './usePeople'

interface Toast {
  id: number
  text: string
}

/**
 * Shows who comes and goes once `ready` (the board has synced): the people already in the room
 * when this device arrived are not announced.
 */
export function PresenceToasts({ people, ready }: { people: Person[]; ready: boolean }) {
  const [toasts, setToasts] = useState<Toast[]>([])
  const seen = useRef<Person[] | null>(null)
  const nextId = useRef(0)
  const timers = useRef(new Set<ReturnType<typeof setTimeout>>())
  useEffect(() => {
    if (!ready) return
    const before = seen.current
    seen.current = people
    if (!before) return
    const { joined, left } = presenceChanges(before, people)
    const fresh = [...joined.map((name) => `${name} joined`), ...left.map((name) => `${name} left`)].map((text) => ({ id: nextId.current++, text }))
    if (fresh.length === 0) return
    setToasts((list) => [...list, ...fresh].slice(-4))
    // Not cleared when people change again: each toast keeps its own time on screen.
    timers.current.add(setTimeout(() => setToasts((list) => list.filter((toast) => !fresh.includes(toast))), PRESENCE_TOAST_MS))
  }, [people, ready])
  useEffect(() => {
    const pending = timers.current
    return () => pending.forEach(clearTimeout)
  }, [])
  return (
    <div role="status" aria-live="polite" className="pointer-events-none fixed left-1/2 top-14 z-[1000] flex -translate-x-1/2 flex-col items-center gap-1" data-chrome>
      {toasts.map((toast) => (
        <p key={toast.id} data-testid="presence-toast" className="rounded-full bg-slate-800 px-3 py-1 text-sm text-white shadow-lg dark:bg-slate-100 dark:text-slate-900">
          {toast.text}
        </p>
      ))}
    </div>
  )
}
