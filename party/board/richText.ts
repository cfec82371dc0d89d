/** tldraw stores labels as rich text (a TipTap document); the agent reads and writes plain text. */
import { toRichText, type TLRichText } from '@tldraw/tlschema'

export { toRichText }

interface RichNode {
  type?: unknown
  text?: unknown
  content?: unknown
}

/** The plain text of a rich-text document: paragraphs joined by newlines. Bounded by `maxChars`. */
export function plainText(richText: TLRichText | undefined, maxChars = 10_000): string {
  if (!richText) return ''
  const blocks: string[] = []
  let length = 0
  const visit = (node: RichNode, depth: number, into: string[]) => {
    if (depth > 20 || length > maxChars) return
    if (typeof node.text === 'string') {
      into.push(node.text)
      length += node.text.length
    }
    if (Array.isArray(node.content)) for (const child of node.content as RichNode[]) visit(child, depth + 1, into)
  }
  const root = richText as RichNode
  for (const block of Array.isArray(root.content) ? (root.content as RichNode[]) : []) {
    const parts: string[] = []
    visit(block, 0, parts)
    blocks.push(parts.join(''))
  }
  return blocks.join('\n').slice(0, maxChars)
}
