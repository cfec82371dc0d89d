/**
 * Hierarchies as people write them, for trees, org charts and mind maps: "CEO at top, CTO and CFO
 * below, two engineers under the CTO", "CEO; CTO and CFO under the CEO", "Trip: flights, hotel;
 * flights: cheap, direct", "beans (arabica, robusta)", an indented list, or "CEO -> CTO" arrows.
 * The result is each node with its parent (null for a root), in the order they were named.
 */
import { ARROW, expandCount, label, splitItems } from './diagramText'

export interface OutlineItem {
  label: string
  parent: string | null
}

const RELATION = /\s+(?:(?:who\s+|that\s+)?(?:is\s+|are\s+)?(?:under(?:neath)?|below|beneath|reporting\s+to|reports?\s+to|working\s+for|work(?:s)?\s+for|managed\s+by|led\s+by|child(?:ren)?\s+of|inside|within)\s+(?:the\s+|a\s+)?(.+)|(?:under(?:neath)?|below|beneath)\s*(?:them|it|that|those)?)$/i
const HAS = /^(.+?)\s+(?:manages|leads|has|oversees|contains|includes|splits into|branches into|over)\s+(.+)$/i
const ROOT = /\s+(?:(?:is\s+)?(?:at|on)\s+(?:the\s+)?(?:top|root|head)|as\s+(?:the\s+)?(?:root|top|head)|is\s+the\s+(?:root|boss|head))\b(?:\s*(?:,|and)?\s*(.*))?$/i

/** Items of a list, keeping "beans (arabica, robusta)" together. */
function topLevelItems(text: string): string[] {
  const groups: string[] = []
  const masked = text.replace(/\(([^()]*)\)/g, (_, inner: string) => `(#${groups.push(inner) - 1})`)
  return splitItems(masked).map((item) => item.replace(/\(#(\d+)\)/g, (_, n: string) => `(${groups[Number(n)] ?? ''})`))
}

class Outline {
  readonly items: OutlineItem[] = []
  private readonly index = new Map<string, OutlineItem>()

  /** Adds (or re-parents) a node; a node never becomes its own parent. */
  add(text: string, parent: string | null): string | null {
    const name = label(text.replace(/^(?:the|a|an)\s+/i, ''))
    if (!name) return null
    const found = this.index.get(name.toLowerCase())
    const parentName = parent && parent.toLowerCase() !== name.toLowerCase() ? parent : null
    if (found) {
      if (parentName) found.parent = parentName
      return found.label
    }
    const item = { label: name, parent: parentName }
    this.items.push(item)
    this.index.set(name.toLowerCase(), item)
    return name
  }

  /** A node by name, made as a root when new. */
  named(text: string): string | null {
    const name = label(text.replace(/^(?:the|a|an)\s+/i, ''))
    return this.index.get(name.toLowerCase())?.label ?? this.add(name, null)
  }

  /** Adds an item and its "(a, b)" children under `parent`; returns the item's name. */
  addWithChildren(item: string, parent: string | null): string[] {
    const match = /^(.*?)\s*\((.*)\)\s*$/.exec(item)
    const names = expandCount(match?.[1] ?? item).map((one) => this.add(one, parent)).filter((one): one is string => one !== null)
    const first = names[0]
    if (match?.[2] && first) for (const child of topLevelItems(match[2])) this.addWithChildren(child, first)
    return names
  }
}

function readIndented(outline: Outline, body: string): void {
  const stack: { depth: number; name: string }[] = []
  for (const line of body.split('\n')) {
    if (!line.trim()) continue
    const depth = (/^[\s>]*/.exec(line.replace(/\t/g, '  '))?.[0].length ?? 0)
    while (stack.length > 0 && (stack.at(-1)?.depth ?? 0) >= depth) stack.pop()
    const parent = stack.at(-1)?.name ?? null
    const text = line.trim().replace(/^(?:[-*•+]|\d+[.)])\s+/, '')
    const [name] = outline.addWithChildren(text, parent)
    if (name) stack.push({ depth, name })
  }
}

function readStatement(outline: Outline, statement: string, pending: string[], previous: string[]): string[] {
  const colon = /^([^:]+):\s*(.+)$/.exec(statement)
  if (colon?.[1] && colon[2]) {
    const parent = outline.named(colon[1])
    return topLevelItems(colon[2]).flatMap((item) => outline.addWithChildren(item, parent))
  }
  if (ARROW.test(statement)) {
    const chain = statement.split(ARROW).map(label).filter(Boolean)
    chain.forEach((name, i) => outline.add(name, i > 0 ? (chain[i - 1] ?? null) : null))
    return chain.slice(-1)
  }
  const has = HAS.exec(statement)
  if (has?.[1] && has[2]) {
    const parent = outline.named(has[1])
    return topLevelItems(has[2]).flatMap((item) => outline.addWithChildren(item, parent))
  }
  const root = ROOT.exec(statement)
  if (root) {
    const roots = topLevelItems(statement.slice(0, root.index)).flatMap((item) => outline.addWithChildren(item, null))
    // "CEO at the top and CTO, CFO below": what follows the root is read on its own.
    if (root[1]) readStatement(outline, root[1], pending, roots)
    return roots
  }
  const relation = RELATION.exec(statement)
  if (relation) {
    const parent = relation[1] ? outline.named(relation[1]) : (previous[0] ?? null)
    const children = [...pending.splice(0), ...topLevelItems(statement.slice(0, relation.index))]
    return children.flatMap((item) => outline.addWithChildren(item, parent))
  }
  pending.push(...topLevelItems(statement))
  return []
}

/**
 * Reads a hierarchy. Items named without a parent hang under `root` when given; otherwise the first
 * becomes the root and the others its children.
 */
export function readOutline(body: string, root: string | null): OutlineItem[] {
  const outline = new Outline()
  if (root) outline.add(root, null)
  const lines = body.split('\n').filter((line) => line.trim())
  if (lines.length > 1 && lines.some((line) => /^\s+\S/.test(line))) readIndented(outline, body)
  else {
    const pending: string[] = []
    let previous: string[] = []
    const statements = body.split(/\s*[;\n]\s*/).flatMap((part) => (ARROW.test(part) ? part.split(/,\s*(?=[^,]*(?:-{1,2}>|→|=+>|⟶|➜|➔|⇒))/) : /:/.test(part) ? [part] : part.split(/\s*,\s*(?=[^,]*\b(?:under|below|beneath|reports?|reporting|manages|leads|has|at (?:the )?top|on top)\b)/i)))
    for (const statement of statements.map((part) => part.trim()).filter(Boolean)) {
      const named = readStatement(outline, statement, pending, previous)
      if (named.length > 0) previous = named
    }
    for (const item of pending) outline.addWithChildren(item, root ?? outline.items[0]?.label ?? null)
  }
  // A named root gathers every item left without a parent.
  return outline.items.map((item) => (root && item.parent === null && item.label.toLowerCase() !== root.toLowerCase() ? { ...item, parent: root } : item))
}
