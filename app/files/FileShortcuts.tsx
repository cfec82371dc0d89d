import { useEffect } from 'react'
import { useActions } from 'tldraw'
import { OPEN_FILE_ACTION, SAVE_FILE_ACTION } from './boardFileActions'

/**
 * Ctrl/⌘+S and Ctrl/⌘+O anywhere on the page, running the same tldraw actions as the menu. tldraw
 * runs its shortcuts only while the canvas has focus; from the header or the chat the browser would
 * otherwise open its own save or open dialog. Render inside <Tldraw> (it needs tldraw's UI context).
 */
export function FileShortcuts() {
  const actions = useActions()
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // tldraw's own handler prevents the default when it ran the action itself.
      if (event.defaultPrevented || !(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey) return
      const key = event.key.toLowerCase()
      const action = key === 's' ? actions[SAVE_FILE_ACTION] : key === 'o' ? actions[OPEN_FILE_ACTION] : undefined
      if (!action) return
      event.preventDefault()
      void action.onSelect('kbd')
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [actions])
  return null
}
