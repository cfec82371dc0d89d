/**
 * Reads a flowchart from how people type one: `Idea -> Prototype -> Launch`, several chains
 * separated by ";" or new lines (`A -> B; A -> C`), "flowchart: a, b, c", "x then y then z", or a
 * mind map ("mind map of Trip: flights, hotel, food"). Labels keep the asker's spelling.
 */
import { cleanLabel, splitList } from './text'

export interface FlowGraph {
  /** Node labels, in order of first mention. */
  nodes: string[]
  /** Edges as indexes into `nodes`. */
  edges: [number, number][]
  direction: 'right' | 'down' | null
}

const ARROW = /\s*(?:-{1,2}>|→|=+>|⟶|➜|➔|⇒)\s*/
const FLOW_WORDS = /\b(flow ?charts?|flow diagrams?|process(?: diagram)?|pipeline|workflow|funnel|sequence|steps|diagram|journey|timeline of steps)\b/i
const MIND_MAP = /\b(mind ?map|spider diagram|concept map|idea map)\b/i
/** Words before the first label: a drawing verb and what follows it, or "a flowchart of". */
const LEAD = new RegExp(
  '^(?:please\\s+)?(?:(?:can|could) you\\s+)?(?:' +
    '(?:draw|make|create|sketch|show|add|build|give me)\\s+(?:me\\s+)?(?:(?:a|an|the|our|my)\\s+)?(?:(?:simple|quick|little)\\s+)?' +
    '(?:(?:flow ?chart|flow diagram|diagram|process|pipeline|workflow|chart)\\s+)?(?:(?:of|for|from|with|showing|about)\\s+)?' +
    '|(?:(?:a|an|the)\\s+)?(?:flow ?chart|flow diagram|diagram)\\s+(?:(?:of|for|from|with|showing|about)\\s+)?)',
  'i',
)
const DIRECTION_TAIL = /[\s,(]*(?:vertical(?:ly)?|horizontal(?:ly)?|top[- ]to[- ]bottom|left[- ]to[- ]right|top[- ]down|downwards?)\)?\s*$/i
const MAX_NODES = 40
const MAX_LABEL = 80

function direction(text: string): FlowGraph['direction'] {
  if (/\b(vertical(ly)?|top[- ]to[- ]bottom|downwards?|top[- ]down)\b/i.test(text)) return 'down'
  if (/\b(horizontal(ly)?|left[- ]to[- ]right)\b/i.test(text)) return 'right'
  return null
}

function graphOf(chains: string[][], dir: FlowGraph['direction']): FlowGraph | null {
  const nodes: string[] = []
  const index = new Map<string, number>()
  const edges: [number, number][] = []
  const seen = new Set<string>()
  const nodeOf = (label: string) => {
    const key = label.toLowerCase()
    let at = index.get(key)
    if (at === undefined && nodes.length < MAX_NODES) {
      at = nodes.push(label) - 1
      index.set(key, at)
    }
    return at
  }
  for (const chain of chains) {
    const ids = chain.map((label) => cleanLabel(label).slice(0, MAX_LABEL)).filter(Boolean).map(nodeOf)
    for (let i = 1; i < ids.length; i++) {
      const [a, b] = [ids[i - 1], ids[i]]
      if (a === undefined || b === undefined || a === b || seen.has(`${a}>${b}`)) continue
      seen.add(`${a}>${b}`)
      edges.push([a, b])
    }
  }
  return nodes.length >= 2 ? { nodes, edges, direction: dir } : null
}

/** Chains written with arrows; the first label loses its lead-in ("draw a flowchart of …:"). */
function arrowChains(text: string): string[][] | null {
  if (!ARROW.test(text)) return null
  const firstArrow = text.search(ARROW)
  const colon = text.lastIndexOf(':', firstArrow)
  const body = colon >= 0 ? text.slice(colon + 1) : text
  const statements = body.split(/\s*(?:;|\n)\s*/).filter((statement) => ARROW.test(statement))
  return statements.map((statement, s) => {
    const labels = statement.split(ARROW)
    if (s === 0 && colon < 0 && labels[0] !== undefined) labels[0] = labels[0].replace(LEAD, '')
    const lastIndex = labels.length - 1
    if (labels[lastIndex] !== undefined) labels[lastIndex] = labels[lastIndex].replace(DIRECTION_TAIL, '')
    return labels
  })
}

/** A flowchart in the request, or null when it is not one. */
export function parseFlowchart(request: string): FlowGraph | null {
  const text = request.trim()
  const dir = direction(text)
  const chains = arrowChains(text)
  if (chains) return graphOf(chains, dir)

  const mindMap = MIND_MAP.exec(text)
  if (mindMap) {
    const colon = text.indexOf(':')
    if (colon < 0) return null
    const about = /\b(?:of|for|about|on)\s+(.+)$/i.exec(text.slice(mindMap.index + mindMap[0].length, colon))
    const root = cleanLabel(about?.[1] ?? 'Ideas')
    const children = splitList(text.slice(colon + 1), MAX_NODES - 1)
    return graphOf(children.map((child) => [root, child]), dir)
  }

  if (!FLOW_WORDS.test(text)) return null
  const colon = text.indexOf(':')
  const listText = colon >= 0 ? text.slice(colon + 1) : /\bthen\b/i.test(text) ? text.replace(LEAD, '') : null
  if (listText === null) return null
  const steps = /\bthen\b/i.test(listText)
    ? listText.split(/\s*(?:,\s*)?\b(?:and )?then\b\s*/i)
    : splitList(listText.replace(DIRECTION_TAIL, ''), MAX_NODES)
  return graphOf([steps.map((step) => step.replace(DIRECTION_TAIL, ''))], dir)
}
