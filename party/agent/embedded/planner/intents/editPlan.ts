/** Shared shape of plans that change what is on the board: one call per step, and honest "nothing to do" answers. */
import type { ShapeSummary } from '../../../../board/shapeSummary'
import { answerOnly, chunk, withIntro } from '../drawingPlan'
import { MAX_SHAPES_PER_CALL, type Plan, type PlanContext, type PlannedCall } from '../planTypes'

/** Says `intro`, makes the calls one step each, closes with `summary`. */
export function editPlan(intro: string, calls: PlannedCall[], summary: string): Plan {
  return withIntro({ steps: calls.map((call) => ({ calls: [call] })), summary }, intro)
}

/** The answer when a request names shapes the board does not have. */
export function nothingMatched(context: PlanContext, described: string, action: string): Plan {
  const unseen = context.board.total > context.board.shapes.length
    ? ` (I can only see the ${context.board.shapes.length} shapes nearest your view, out of ${context.board.total})`
    : ''
  if (described === 'the selected shapes') {
    return answerOnly(`Which shapes should I ${action}? Select them first, or name them (for example “the circles” or “the sticky notes”).`)
  }
  return answerOnly(`I couldn't find ${described} on the board${unseen}, so I didn't ${action} anything.`)
}

/** Ids in chunks one call may take. */
export function idChunks(shapes: readonly ShapeSummary[]): string[][] {
  return chunk(shapes.map((shape) => shape.id), MAX_SHAPES_PER_CALL)
}

/** Drops shapes inside frames that are also targeted (the frame takes them along). */
export function topLevel(shapes: readonly ShapeSummary[]): ShapeSummary[] {
  const ids = new Set(shapes.map((shape) => shape.id))
  return shapes.filter((shape) => !shape.parent || !ids.has(shape.parent))
}

/** The singular of a plural noun phrase: its last plural word ("sticky notes" → "sticky note", "boxes" → "box"). */
export function singular(phrase: string): string {
  const words = phrase.split(' ')
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i] ?? ''
    const single = /(x|ch|sh|ss)es$/.test(word) ? word.slice(0, -2) : /[^aeiou]ies$/.test(word) ? `${word.slice(0, -3)}y` : /[^s]s$/.test(word) ? word.slice(0, -1) : null
    if (single) {
      words[i] = single
      return words.join(' ')
    }
  }
  return phrase
}

/** "1 shape", "3 circles", "1 circle" with the noun from a description like "the circles". */
export function countOf(shapes: readonly unknown[], described: string): string {
  const noun = described.replace(/^the\s+/, '')
  const n = shapes.length
  if (noun.startsWith('“')) return n === 1 ? noun : `${n} shapes labelled ${noun}`
  if (/^(everything|your selection)/.test(noun)) return `${n} shape${n === 1 ? '' : 's'}`
  return `${n} ${n === 1 ? singular(noun) : noun}`
}
