/**
 * The parts every diagram request shares: the topic ("a mind map about coffee"), the list after a
 * colon or after "of" ("a timeline of Q1, Q2, Q3"), and a direction ("left to right"). Lists may be
 * written with commas, "and", new lines, bullets, semicolons or arrows; labels keep the asker's case.
 */
import type { DiagramDirection } from '../../../../../../shared/tools/createDiagram'
import { cleanLabel, drawingObjectOriginal, splitList } from '../text'
import type { DiagramCue } from './diagramKind'

/** An arrow as people type one: ->, -->, =>, →, ⇒, ➜. */
export const ARROW = /\s*(?:-{1,2}>|→|=+>|⟶|➜|➔|⇒)\s*/
const ARROWS = new RegExp(ARROW.source, 'g')
const DIRECTIONS: readonly (readonly [DiagramDirection, RegExp])[] = [
  ['right', /\b(?:left[- ]to[- ]right|horizontal(?:ly)?|sideways|across)\b/i],
  ['left', /\bright[- ]to[- ]left\b/i],
  ['up', /\bbottom[- ](?:to[- ]top|up)\b/i],
  ['down', /\b(?:top[- ]to[- ]bottom|top[- ]down|vertical(?:ly)?|downwards?)\b/i],
]
const DIRECTION_TAIL = /[\s,(]*(?:(?:going |laid out |grow(?:ing)? )?(?:left[- ]to[- ]right|right[- ]to[- ]left|bottom[- ](?:to[- ]top|up)|top[- ]to[- ]bottom|top[- ]down|horizontal(?:ly)?|vertical(?:ly)?|downwards?))\)?[.!]?\s*$/i
const LEAD_PREPOSITION = /^\s*(?:[-–:]\s*)?(?:(?:of|for|about|on|with|showing|between|from|covering|called|named|titled|comparing|where|in which|showing how|how)\s+)?(?:(?:the|a|an|our|my|some)\s+(?=[\w"'“]))?/i
const MAX_ITEMS = 60
const MAX_LABEL = 80

export interface DiagramText {
  /** What the diagram is about when the request names it ("coffee", "our launch"); null otherwise. */
  topic: string | null
  /** The listed items as written (after a colon, a new line, or "of" with a list); null when none. */
  body: string | null
  direction: DiagramDirection | null
}

/** The direction the request asks for, if any. */
export function directionOf(text: string): DiagramDirection | null {
  return DIRECTIONS.find(([, pattern]) => pattern.test(text))?.[0] ?? null
}

/** True when the text holds a list: commas, semicolons, new lines, arrows or "and". */
export function looksLikeList(text: string): boolean {
  return /[,;\n]|\s(?:and|&)\s/i.test(text) || ARROW.test(text)
}

/** A label as it goes on the board: trimmed, unquoted, no trailing punctuation, not too long. */
export function label(text: string): string {
  return cleanLabel(text.replace(/\s+/g, ' ')).slice(0, MAX_LABEL)
}

/** Items of a written list: arrows, commas, "and", new lines, bullets and semicolons all split. */
export function splitItems(text: string, max = MAX_ITEMS): string[] {
  return splitList(text.replace(ARROWS, '\n'), max).map(label).filter(Boolean)
}

/** Reads the topic, the list and the direction of a request naming a diagram at `cue`. */
export function readDiagramText(request: string, cue: DiagramCue | null): DiagramText {
  const direction = directionOf(request)
  const text = request.replace(DIRECTION_TAIL, '').trim()
  const cueEnd = cue ? Math.min(cue.end, text.length) : 0
  const colon = text.indexOf(':', cue ? cue.start : 0)
  const newline = text.indexOf('\n')
  const split = colon >= 0 && (newline < 0 || colon < newline) ? colon : newline
  if (split >= 0 && split >= cueEnd) {
    const head = text.slice(cueEnd, split)
    const topic = label(head.replace(LEAD_PREPOSITION, ''))
    const body = text.slice(split + 1).trim()
    return { topic: topic || null, body: body || null, direction }
  }
  const after = cleanLabel(text.slice(cueEnd).replace(LEAD_PREPOSITION, ''))
  if (!after) {
    // "a sales funnel", "the water cycle": the words before the cue name the topic.
    const before = label(drawingObjectOriginal(text.slice(0, cue?.start ?? 0)).replace(/^(?:(?:the|a|an|our|my|some)(?:\s+|$))+/i, ''))
    return { topic: before && cue ? `${before} ${text.slice(cue.start, cue.end)}` : null, body: null, direction }
  }
  return looksLikeList(after) ? { topic: null, body: after, direction } : { topic: after, body: null, direction }
}

/** "two engineers" → ["Engineer 1", "Engineer 2"]; any other label stays as it is. */
export function expandCount(item: string): string[] {
  const words: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 }
  const match = /^(two|three|four|five|six|seven|eight|nine|ten|[2-9]|10)\s+(.+?)$/i.exec(item.trim())
  if (!match?.[1] || !match[2]) return [item]
  const count = words[match[1].toLowerCase()] ?? Number(match[1])
  const noun = match[2].replace(/(?<=\w)(ies)$/i, 'y').replace(/(?<=[^s])s$/i, '')
  const name = noun.charAt(0).toUpperCase() + noun.slice(1)
  return Array.from({ length: count }, (_, i) => `${name} ${i + 1}`)
}

/** Capitalises the first letter of a label the asker wrote in lower case ("todo" → "Todo"). */
export function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
