/**
 * Which shapes on the board a request means: "the circles", "the red boxes", "all the sticky
 * notes", "everything", "the box labelled Idea", "Idea", or "them"/"it" (the selection, else the
 * kind of shape the previous request was about). Read from the board description alone.
 */
import type { ShapeSummary } from '../../../../board/shapeSummary'
import type { PlanContext } from '../planTypes'
import { colorMentions } from './colors'
import { kindWords } from './shapeWords'
import { quotedPhrases } from './text'

export interface Targets {
  shapes: ShapeSummary[]
  /** How the request named them, for the answer ("the circles", "your selection"). */
  described: string
}

const PRONOUN = /\b(it|them|they|these|those|this|that|selected|selection|highlighted)\b/
const EVERYTHING = /\b(everything|every ?thing|all shapes|all the shapes|all of them|all of it|every shape|the (whole |entire )?(board|canvas|page)|all)\b/
const LABEL_AFTER = /\b(?:labell?ed|called|named|saying|that says|with (?:the )?(?:text|label))\s+["'“‘]?([^"'”’]+?)["'”’]?\s*$/i

const lowerText = (shape: ShapeSummary) => (shape.text ?? '').toLowerCase().trim()

/** Shapes whose text is `label` (or, failing that, contains it). */
export function shapesLabelled(shapes: readonly ShapeSummary[], label: string): ShapeSummary[] {
  const wanted = label.toLowerCase().trim()
  if (!wanted) return []
  const exact = shapes.filter((shape) => lowerText(shape) === wanted)
  return exact.length > 0 ? exact : shapes.filter((shape) => lowerText(shape).includes(wanted))
}

function byKindWords(phrase: string, shapes: readonly ShapeSummary[]): { shapes: ShapeSummary[]; words: string } | null {
  const kinds = kindWords(phrase)
  if (kinds.length === 0) return null
  const colors = [...new Set(colorMentions(phrase.slice(0, kinds[0]?.index ?? phrase.length)).map((mention) => mention.color))]
  const matches = shapes.filter((shape) => kinds.some((kind) => kind.filter(shape)) && (colors.length === 0 || colors.some((color) => color === shape.color)))
  const words = `${colors.length > 0 ? `${colors.join(' and ').replaceAll('-', ' ')} ` : ''}${[...new Set(kinds.map((kind) => kind.word))].join(' and ')}`
  return { shapes: matches, words }
}

/** The kind of shape a request was about ("three red circles" → circles), for "make them blue". */
function earlierKind(context: PlanContext): { phrase: string } | null {
  for (const request of [...context.earlierRequests].reverse().slice(0, 6)) {
    const kinds = kindWords(request.toLowerCase())
    if (kinds.length > 0) return { phrase: kinds.map((kind) => kind.word).join(' and ') }
  }
  return null
}

/**
 * The shapes `phrase` (the part of the request naming them, lower case; `original` in the asker's
 * case) refers to, or null when it names nothing recognisable.
 */
export function findTargets(phrase: string, original: string, context: PlanContext): Targets | null {
  const all = context.board.shapes
  const selected = all.filter((shape) => context.board.selectedIds.includes(shape.id))
  const scoped = /\b(selected|selection|highlighted)\b/.test(phrase) && selected.length > 0 ? selected : all
  const label = quotedPhrases(original)[0] ?? LABEL_AFTER.exec(original)?.[1]
  const kinds = byKindWords(label ? phrase.replace(label.toLowerCase(), '') : phrase, scoped)
  if (kinds) {
    const labelled = label ? shapesLabelled(kinds.shapes, label) : kinds.shapes
    return { shapes: labelled, described: `the ${kinds.words}${label ? ` labelled “${label}”` : ''}` }
  }
  if (label) return { shapes: shapesLabelled(all, label), described: `“${label}”` }
  if (PRONOUN.test(phrase)) {
    if (selected.length > 0) return { shapes: selected, described: 'your selection' }
    const earlier = earlierKind(context)
    if (earlier) {
      const again = byKindWords(earlier.phrase, all)
      if (again) return { shapes: again.shapes, described: `the ${again.words}` }
    }
    return { shapes: [], described: 'the selected shapes' }
  }
  if (EVERYTHING.test(phrase)) return { shapes: [...all], described: 'everything' }
  const bare = original.replace(/^\s*(the|a|an|my|our)\s+/i, '').trim()
  if (bare) {
    const byText = shapesLabelled(all, bare)
    if (byText.length > 0) return { shapes: byText, described: `“${bare}”` }
    const byId = all.filter((shape) => shape.id.toLowerCase() === bare.toLowerCase())
    if (byId.length > 0) return { shapes: byId, described: bare }
  }
  return null
}
