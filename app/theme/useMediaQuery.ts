import { useSyncExternalStore } from 'react'

/** Whether a CSS media query matches, kept up to date as the window changes. */
export function useMediaQuery(media: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia(media)
      list.addEventListener('change', onChange)
      return () => list.removeEventListener('change', onChange)
    },
    () => window.matchMedia(media).matches,
  )
}
