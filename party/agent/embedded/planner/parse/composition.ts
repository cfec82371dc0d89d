/**
 * Reads a drawing request made of things: "three red circles in a row", "a big blue star in the top
 * left", "a house with a tree and two clouds". Each thing (a shape noun or a scene noun) takes the
 * count, size, colour and style words just before it, and a label written after it.
 */
import { sceneWords, type SceneEntry } from '../../scenes/sceneCatalog'
import { colorMentions, PALETTE, wantsManyColors, type TldrawColor } from './colors'
import {
  anchorOf, arrangementOf, dashStyle, fillStyle, pixelSize, sizeFactor,
  type Anchor, type Arrangement, type DashStyle, type FillStyle,
} from './modifiers'
import { readCount } from './numbers'
import { geoNouns, type GeoNoun } from './shapeWords'
import { cleanLabel, splitList, wordsOf } from './text'

interface ItemStyle {
  count: number
  /** Colours to cycle through; empty when none was named. */
  colors: TldrawColor[]
  /** The same colours in the asker's words ("purple" for violet). */
  colorWords: string[]
  scale: number
  pixels: number | null
  fill: FillStyle | null
  dash: DashStyle | null
  labels: string[]
  /** The words that named it ("circles"), for the answer. */
  word: string
}

export type CompositionItem = ({ kind: 'geo'; noun: GeoNoun } | { kind: 'scene'; entries: [SceneEntry, number][] }) & ItemStyle

export interface Composition {
  items: CompositionItem[]
  arrangement: Arrangement | null
  anchor: Anchor | null
}

/** Most things of one kind a request may ask for; more is a job for run_code. */
export const MAX_COUNT = 200

const LABEL_INTRO = /\b(?:labell?ed|saying|that says|which says|reading|with (?:the )?(?:text|label|word|words)|titled|called|named|marked)\s+/g

/** Spans of the text that are labels (quoted or introduced by "labelled"), so nouns inside are not things to draw. */
function labelSpans(text: string): { start: number; end: number; label: string }[] {
  const spans: { start: number; end: number; label: string }[] = []
  for (const match of text.matchAll(/"[^"]*"|“[^”]*”|‘[^’]*’|(?<=^|[\s(:,])'[^']*'(?=$|[\s).,!?:;])/g)) {
    spans.push({ start: match.index, end: match.index + match[0].length, label: cleanLabel(match[0]) })
  }
  for (const match of text.matchAll(LABEL_INTRO)) {
    const start = match.index + match[0].length
    if (spans.some((span) => span.start === start)) continue
    const rest = text.slice(start)
    const stop = /\s+(?:in (?:a|the)\b|on the\b|at the\b|and (?:a|an|one|two|three|four|five|some)\b|with\b|next to\b|[.;!?])|$/.exec(rest)
    const end = start + (stop?.index ?? rest.length)
    spans.push({ start, end, label: cleanLabel(text.slice(start, end)) })
  }
  return spans
}

/** "rainbow stars", "rainbow-coloured circles": a rainbow used as an adjective is a colour scheme. */
function isColourAdjective(lower: string, match: { end: number; word: string }): boolean {
  if (match.word !== 'rainbow') return false
  const rest = lower.slice(match.end)
  return geoNouns(rest).some((noun) => /^[\s-]*(?:colou?red\s+)?$/.test(rest.slice(0, noun.index)))
}

/** "in a circle", "as a ring", "in a square": an arrangement, not a shape to draw. */
function isArrangementWord(lower: string, match: { index: number; word: string }): boolean {
  return /^(circle|ring|square|row|line)$/.test(match.word) && /\b(in|into|as|around|forming|form)\s+(?:a|an|one)?\s*(?:big\s+|large\s+|small\s+)?$/.test(lower.slice(0, match.index))
}

/** The count written nearest before a noun (scanning back over adjectives), or null. */
function countBefore(segment: string): number | null {
  const words = wordsOf(segment)
  for (let k = words.length - 1; k >= 0; k--) {
    for (let start = Math.max(0, k - 2); start <= k; start++) {
      const match = readCount(words, start)
      if (match && start + match.length - 1 === k) return match.value
    }
  }
  return null
}

/** Reads the things a drawing request names; `original` is the same text in the asker's case. */
export function parseComposition(lower: string, original: string = lower): Composition {
  const spans = labelSpans(original.length === lower.length ? original : lower)
  const inLabel = (index: number) => spans.some((span) => index >= span.start && index < span.end)
  const scenes = sceneWords(lower).filter((match) => !inLabel(match.index) && !isColourAdjective(lower, match))
  const shapes = geoNouns(lower).filter(
    (match) => !inLabel(match.index) && !isArrangementWord(lower, match) && !scenes.some((s) => match.index < s.end && s.index < match.end),
  )
  const nouns = [
    ...scenes.map((match) => ({ ...match, item: { kind: 'scene' as const, entries: match.entries } })),
    ...shapes.map((match) => ({ ...match, item: { kind: 'geo' as const, noun: match.noun } })),
  ].sort((a, b) => a.index - b.index)

  const items: CompositionItem[] = nouns.map((noun, i) => {
    const previousEnd = nouns[i - 1]?.end ?? 0
    const before = lower.slice(previousEnd, noun.index)
    const nextStart = nouns[i + 1]?.index ?? lower.length
    const after = lower.slice(noun.end, nextStart)
    const count = Math.min(MAX_COUNT, Math.max(1, countBefore(before) ?? (noun.plural ? 3 : 1)))
    const namedBefore = colorMentions(before)
    // "circles in red": a colour after the noun counts when it is not part of a label.
    const named =
      namedBefore.length > 0
        ? namedBefore
        : colorMentions(after).filter((m) => !inLabel(noun.end + m.index) && /\b(in|colou?red|painted|filled with)\s+$/.test(after.slice(0, m.index)))
    const many = wantsManyColors(before) || wantsManyColors(after)
    const colors = many ? [...PALETTE] : named.map((mention) => mention.color)
    const labels = spans.filter((span) => span.start >= noun.end && span.start < nextStart).map((span) => span.label)
    const labelList = labels.length === 1 && count > 1 ? splitList(labels[0] ?? '') : labels
    return {
      ...noun.item,
      count,
      colors,
      colorWords: many ? [] : named.map((mention) => mention.word),
      scale: sizeFactor(before),
      pixels: pixelSize(before) ?? pixelSize(after.slice(0, 24)),
      fill: fillStyle(before),
      dash: dashStyle(before) ?? dashStyle(after.slice(0, 24)),
      labels: labelList,
      word: noun.word,
    }
  })
  return { items, arrangement: arrangementOf(lower), anchor: anchorOf(lower) }
}
