/**
 * Which diagram a request asks for, by the words that name one ("org chart", "timeline", "venn").
 * Every cue is a whole phrase, and a longer cue hides the shorter ones inside it, so "org chart",
 * "gantt chart" and "flow chart" never read as "chart". When two cues follow each other ("process
 * timeline") the later one is the head noun and wins; otherwise the first named kind wins.
 */

/** The diagram kinds the embedded model tells apart (a graph is a flowchart without a direction). */
export type DiagramIntentKind =
  | 'flowchart'
  | 'graph'
  | 'orgChart'
  | 'tree'
  | 'mindMap'
  | 'timeline'
  | 'sequence'
  | 'venn'
  | 'matrix'
  | 'kanban'
  | 'table'
  | 'cycle'
  | 'pyramid'
  | 'funnel'
  | 'wireframe'

/** Phrases naming each kind; order does not matter (see `diagramCue`). */
const CUES: readonly (readonly [DiagramIntentKind, RegExp])[] = [
  ['orgChart', /\b(?:org(?:ani[sz]ation(?:al)?)?[ -]?charts?|organi[sz]ation(?:al)? (?:structure|diagram|tree)|reporting (?:lines|structure)|team structure|company structure)\b/g],
  ['tree', /\b(?:tree (?:diagram|chart|structure)s?|family trees?|decision trees?|hierarch(?:y|ies|ical (?:diagram|chart|tree))|taxonomy|breakdown structure|category tree)\b/g],
  ['mindMap', /\b(?:mind ?maps?|spider (?:diagram|map)s?|concept maps?|idea maps?|brainstorm(?:ing)? (?:map|diagram))\b/g],
  ['timeline', /\b(?:time ?lines?|road ?maps?|gantt(?: charts?)?|milestones? (?:chart|plan))\b/g],
  ['sequence', /\b(?:sequence (?:diagram|chart)s?|uml sequence|message sequence|interaction diagrams?|call flow diagrams?)\b/g],
  ['venn', /\b(?:venn(?: diagrams?)?|overlapping circles)\b/g],
  ['matrix', /\b(?:(?:2|two) ?(?:x|×|by|-by-) ?(?:2|two)(?: (?:matrix|grid|quadrant))?|quadrant(?:s| chart| diagram)?|eisenhower(?: matrix| box)?|swot(?: analysis)?|(?:priority|decision|impact[/ -]effort|effort[/ -]impact) matrix|matrix)\b/g],
  ['kanban', /\b(?:kanban(?: board)?|scrum board|task board|sprint board)\b/g],
  ['table', /\b(?:tables?|spreadsheet|grid of (?:labell?ed )?cells|comparison chart)\b/g],
  ['cycle', /\b(?:(?:life ?)?cycles?(?: diagram)?|cyclic (?:process|diagram)|loop diagram|circular (?:process|diagram|flow)|pdca|flywheel|feedback loop)\b/g],
  ['pyramid', /\b(?:pyramid(?: diagram| chart)?s?|hierarchy of needs|maslow)\b/g],
  ['funnel', /\b(?:funnel(?: chart| diagram)?s?)\b/g],
  ['wireframe', /\b(?:wire ?frames?|mock-?ups?|ui (?:sketch|mock)|screen (?:layout|design)|app screen|(?:log ?in|sign ?in|sign ?up|signup|register|checkout|settings|profile|landing|home|contact|search) (?:page|screen|form))\b/g],
  ['flowchart', /\b(?:flow ?charts?|flow diagrams?|process(?:es| diagrams?| flows?| maps?)?|pipelines?|work ?flows?|procedure|decision flow|user (?:flow|journey)s?|journey|algorithm|sequence|steps(?= *:))\b/g],
  ['graph', /\b(?:network(?: diagram| graph| map)?|graph(?:s)? (?:of|showing|between)|node graph|(?:relationship|dependency|social|knowledge) (?:map|graph|diagram)s?|connections between)\b/g],
]

export interface DiagramCue {
  kind: DiagramIntentKind
  /** Where the cue starts and ends in the request. */
  start: number
  end: number
}

/** All cues in `text`, with those inside a longer cue dropped, in order of position. */
export function diagramCues(text: string): DiagramCue[] {
  const lower = text.toLowerCase()
  const found: DiagramCue[] = []
  for (const [kind, pattern] of CUES) {
    for (const match of lower.matchAll(pattern)) found.push({ kind, start: match.index, end: match.index + match[0].length })
  }
  const kept = found.filter(
    (cue) => !found.some((other) => other !== cue && other.start <= cue.start && other.end >= cue.end && other.end - other.start > cue.end - cue.start),
  )
  return kept.sort((a, b) => a.start - b.start || b.end - a.end)
}

/** The cue that names the diagram: the first, unless another follows it at once (the head noun). */
export function diagramCue(text: string): DiagramCue | null {
  const cues = diagramCues(text)
  let chosen = cues[0]
  if (!chosen) return null
  for (const next of cues.slice(1)) {
    if (next.start >= chosen.end && /^(?:'s)?[\s-]*$/.test(text.slice(chosen.end, next.start))) chosen = next
    else break
  }
  return chosen
}
