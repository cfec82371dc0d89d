/**
 * What tldraw 5.1.1 can render as rich text. tldraw turns a label's TipTap document into HTML
 * with its default extensions (StarterKit without blockquote, code block and horizontal rule,
 * plus Highlight), and ProseMirror throws on any node or mark type those extensions do not define,
 * on a text node without text, and on a null where a node belongs: one such label shows tldraw's
 * "Something went wrong" on every device. So a board accepts only documents built from these types.
 */
import { MAX_RICH_TEXT_DEPTH, MAX_RICH_TEXT_NODES } from './limits'

/** Node types of tldraw's default TipTap extensions. */
export const RICH_TEXT_NODES: ReadonlySet<string> = new Set([
  'doc',
  'paragraph',
  'text',
  'hardBreak',
  'heading',
  'bulletList',
  'orderedList',
  'listItem',
])

/** Mark types of tldraw's default TipTap extensions. */
export const RICH_TEXT_MARKS: ReadonlySet<string> = new Set(['bold', 'italic', 'strike', 'code', 'link', 'underline', 'highlight'])

/** Link targets a label may carry (TipTap would refuse to open others, but they should not be stored). */
const LINK_PROTOCOL = /^(https?:|mailto:)/i

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Attributes are flat: a key's value is a string, number, boolean or null. */
function checkAttrs(attrs: unknown, where: string): string | null {
  if (attrs === undefined) return null
  if (!isPlainObject(attrs)) return `${where}: attrs must be an object`
  for (const [key, value] of Object.entries(attrs)) {
    if (value !== null && !['string', 'number', 'boolean'].includes(typeof value)) return `${where}: attribute ${key} is not a plain value`
  }
  return null
}

function checkMarks(marks: unknown, where: string): string | null {
  if (marks === undefined) return null
  if (!Array.isArray(marks)) return `${where}: marks must be a list`
  for (const mark of marks) {
    if (!isPlainObject(mark) || typeof mark.type !== 'string') return `${where}: a mark is not an object with a type`
    if (!RICH_TEXT_MARKS.has(mark.type)) return `${where}: unknown mark type ${JSON.stringify(mark.type).slice(0, 40)}`
    const attrsError = checkAttrs(mark.attrs, where)
    if (attrsError) return attrsError
    if (mark.type === 'link') {
      const href = (mark.attrs as Record<string, unknown> | undefined)?.href
      if (typeof href !== 'string' || !LINK_PROTOCOL.test(href.trim())) return `${where}: links must be http, https or mailto`
    }
  }
  return null
}

/**
 * Checks that `value` is a TipTap document tldraw renders. Returns null when it is, else why not.
 * Iterative, so a hostile document nested 100,000 levels deep cannot overflow the room's stack.
 */
export function checkRichText(value: unknown): string | null {
  if (!isPlainObject(value) || value.type !== 'doc') return 'rich text must be a document ({type: "doc"})'
  const stack: { node: unknown; depth: number }[] = [{ node: value, depth: 0 }]
  for (let nodes = 1; stack.length > 0; nodes++) {
    if (nodes > MAX_RICH_TEXT_NODES) return `rich text holds more than ${MAX_RICH_TEXT_NODES} nodes`
    const { node, depth } = stack.pop()!
    if (!isPlainObject(node)) return 'rich text holds a node that is not an object'
    const { type } = node
    if (typeof type !== 'string' || !RICH_TEXT_NODES.has(type)) return `unknown rich-text node type ${JSON.stringify(type)?.slice(0, 40)}`
    if (type === 'doc' && depth > 0) return 'a rich-text document cannot hold another document'
    if (depth > MAX_RICH_TEXT_DEPTH) return `rich text nests deeper than ${MAX_RICH_TEXT_DEPTH} levels`
    const attrsError = checkAttrs(node.attrs, type)
    if (attrsError) return attrsError
    const marksError = checkMarks(node.marks, type)
    if (marksError) return marksError
    if (type === 'text') {
      if (typeof node.text !== 'string' || node.text.length === 0) return 'a rich-text text node needs non-empty text'
      if (node.content !== undefined) return 'a rich-text text node cannot hold content'
      continue
    }
    if (node.text !== undefined) return `a rich-text ${type} node cannot hold text`
    if (node.content === undefined) continue
    if (!Array.isArray(node.content)) return `${type}: content must be a list`
    for (const child of node.content) stack.push({ node: child, depth: depth + 1 })
  }
  return null
}
