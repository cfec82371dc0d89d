/**
 * Wireframes of a screen (plain arithmetic): a device frame, and inside it the header, inputs,
 * buttons, lists and images stacked in one tidy column; a container's children are stacked inside it.
 */
import { childrenOf, type DiagramSpec, type SpecNode } from './spec'
import { normalizeLayout, nodeKey, type DiagramLayout, type LayoutBox } from './layoutTypes'
import { labelBox } from './textSize'

const SCREEN_W = 400
const PAD = 24
const GAP = 16

/** The wireframe element a node is: its type, else guessed from its label. */
export function widgetOf(node: SpecNode): string {
  const type = node.type ?? ''
  if (type) return type
  const label = node.label.toLowerCase()
  if (/button|submit|sign in|log in|login|sign up|register|send|save|buy|continue|ok\b|cancel/.test(label)) return 'button'
  if (/email|password|name|search|phone|address|username|field|input/.test(label)) return 'input'
  if (/image|photo|picture|logo|avatar|banner/.test(label)) return 'image'
  if (/list|items|results|feed/.test(label)) return 'list'
  if (/remember|agree|checkbox/.test(label)) return 'checkbox'
  if (/forgot|link|terms|privacy/.test(label)) return 'link'
  if (/menu|nav|tabs/.test(label)) return 'nav'
  return 'text'
}

type Widget = Omit<LayoutBox, 'key' | 'x' | 'y' | 'w'> & { w?: number }

function widget(node: SpecNode, inner: number): Widget {
  const label = node.label
  const base = { node: node.id, label, ...(node.color ? { color: node.color } : {}) }
  switch (widgetOf(node)) {
    case 'header':
    case 'title':
    case 'nav':
      return { ...base, h: labelBox(label, { maxW: inner, size: 'l' }).h, shape: 'rectangle', color: node.color ?? 'blue', fill: 'solid', size: 'l' }
    case 'input':
    case 'field':
    case 'textbox':
      return { ...base, h: 56, shape: 'rectangle', align: 'start', color: node.color ?? 'grey', dash: 'solid', size: 's' }
    case 'button':
      return { ...base, w: Math.min(inner, labelBox(label).w + 40), h: 56, shape: 'oval', color: node.color ?? 'blue', fill: 'solid' }
    case 'image':
      return { ...base, h: 160, shape: 'rectangle', color: node.color ?? 'grey', fill: 'pattern', dash: 'dashed' }
    case 'list':
    case 'card':
    case 'section':
    case 'container':
      return { ...base, h: labelBox(label, { maxW: inner }).h, shape: 'rectangle', color: node.color ?? 'black', dash: 'solid', verticalAlign: 'start' }
    case 'checkbox':
      return { ...base, label: `☐ ${label}`, h: 40, shape: 'text', size: 's' }
    case 'link':
      return { ...base, h: 40, shape: 'text', color: node.color ?? 'blue', size: 's' }
    case 'footer':
      return { ...base, h: 50, shape: 'rectangle', color: node.color ?? 'grey', fill: 'semi', size: 's' }
    default:
      return { ...base, h: labelBox(label, { maxW: inner }).h, shape: 'text', size: 'm' }
  }
}

export function layoutWireframe(spec: DiagramSpec): DiagramLayout {
  const children = childrenOf(spec)
  const boxes: LayoutBox[] = []
  const screenName = spec.title ?? 'Screen'
  const deviceKey = 'device'
  let y = PAD
  const place = (nodes: SpecNode[], left: number, width: number, depth: number) => {
    for (const node of nodes) {
      const item = widget(node, width)
      const kids = depth < 4 ? (children.get(node.id) ?? []) : []
      const w = item.w ?? width
      const x = item.shape === 'oval' ? left + (width - w) / 2 : left
      const top = y
      const box: LayoutBox = { ...item, key: nodeKey(node.id), x, y, w, h: item.h, backdrop: kids.length > 0 }
      boxes.push(box)
      y += item.h + GAP
      if (kids.length > 0) {
        place(kids, left + PAD, width - 2 * PAD, depth + 1)
        box.h = y - top + PAD - GAP
        y = top + box.h + GAP
      }
    }
  }
  const inner = SCREEN_W - 2 * PAD
  place(children.get('') ?? [], PAD, inner, 0)
  const device: LayoutBox = { key: deviceKey, x: 0, y: 0, w: SCREEN_W, h: Math.max(600, y + PAD), label: '', shape: 'rectangle', color: 'black', dash: 'solid', backdrop: true }
  const title = labelBox(screenName, { maxW: SCREEN_W })
  const caption: LayoutBox = { key: 'screen-name', x: 0, y: -title.h - 4, w: SCREEN_W, h: title.h, label: screenName, shape: 'text', color: 'grey', size: 's', align: 'start' }
  return normalizeLayout([device, caption, ...boxes], [])
}
