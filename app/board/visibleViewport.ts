import type { Editor } from 'tldraw'
import type { Box } from '../../shared/agentProtocol'
import { elementRect, visibleRect, type Rect } from './visibleArea'

/** Elements that float over the canvas and hide what is under them. */
const COVERING = ['.tlui-style-panel', '[data-testid="chat-panel"]']

/** The part of the page people can see on this device, in page coordinates, as a prompt's viewport. */
export function visibleViewport(editor: Editor): Box {
  const screen = editor.getViewportScreenBounds()
  const obstacles = COVERING.map((selector) => elementRect(document.querySelector(selector))).filter((rect): rect is Rect => rect !== null)
  const visible = visibleRect({ x: screen.x, y: screen.y, w: screen.w, h: screen.h }, obstacles)
  const topLeft = editor.screenToPage({ x: visible.x, y: visible.y })
  const bottomRight = editor.screenToPage({ x: visible.x + visible.w, y: visible.y + visible.h })
  return { x: topLeft.x, y: topLeft.y, w: bottomRight.x - topLeft.x, h: bottomRight.y - topLeft.y }
}
