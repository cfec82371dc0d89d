/**
 * Dark mode for our own chrome (header, chat, dialogs, badges), following the same choice as
 * tldraw's canvas: the user's colour scheme from tldraw's menu, or the system's when it is "system"
 * (docs/ux.md "Dark mode").
 */
import { useEffect } from 'react'
import { atom, getUserPreferences, useValue } from 'tldraw'

/** Which scheme wins: an explicit choice, else the system. Pure. */
export function isDarkScheme(choice: 'light' | 'dark' | 'system' | undefined, systemDark: boolean): boolean {
  return choice === 'dark' || ((choice ?? 'system') === 'system' && systemDark)
}

const query = typeof window !== 'undefined' && window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null
const $systemDark = atom('system dark', query?.matches ?? false)
query?.addEventListener('change', (event) => $systemDark.set(event.matches))

/** True while the board shows dark; marks the page (`.dark` on <html>) so Tailwind's `dark:` styles follow. */
export function useDarkMode(): boolean {
  const dark = useValue('dark mode', () => isDarkScheme(getUserPreferences().colorScheme, $systemDark.get()), [])
  useEffect(() => {
    const root = document.documentElement
    root.classList.toggle('dark', dark)
    root.style.colorScheme = dark ? 'dark' : 'light'
  }, [dark])
  return dark
}
