/**
 * The adjectives and phrases that shape a drawing request without naming a shape: size ("big"),
 * style ("filled", "dashed"), placement ("in the top left") and arrangement ("in a column").
 */
import type { Anchor } from '../../../../board/freeSpace'

/** Where in the asker's viewport a drawing should go (the placement code's own type). */
export type { Anchor }

/** How several shapes of one request are laid out. */
export type Arrangement = 'row' | 'column' | 'grid' | 'ring' | 'diagonal' | 'scatter'

export type FillStyle = 'none' | 'semi' | 'solid' | 'pattern' | 'fill' | 'lined-fill'
export type DashStyle = 'draw' | 'solid' | 'dashed' | 'dotted'
export type StrokeSize = 's' | 'm' | 'l' | 'xl'
export type FontStyle = 'draw' | 'sans' | 'serif' | 'mono'

const SIZE_WORDS: [RegExp, number][] = [
  [/\b(tiny|teeny|minuscule|itsy)\b/, 0.4],
  [/\b(small|little|mini|smaller|wee)\b/, 0.6],
  [/\b(medium|normal|regular|average)\b/, 1],
  [/\b(big|large|bigger|larger)\b/, 1.6],
  [/\b(huge|giant|enormous|massive|gigantic|very big|very large|really big)\b/, 2.4],
]

/** A size factor from words like "small" or "huge" (1 when none). Checks the biggest words first. */
export function sizeFactor(text: string): number {
  for (const [pattern, factor] of [...SIZE_WORDS].reverse()) if (pattern.test(text)) return factor
  return 1
}

/** An explicit size in pixels ("200px", "150 pixels wide"), or null. */
export function pixelSize(text: string): number | null {
  const match = /\b(\d{2,4})\s*(?:px|pixels?)\b/.exec(text)
  return match ? Number(match[1]) : null
}

/** Fill style asked for, or null when the text does not say. */
export function fillStyle(text: string): FillStyle | null {
  if (/\b(outlined?|hollow|empty|unfilled|no fill|transparent|see-through)\b/.test(text)) return 'none'
  if (/\b(pattern(ed)?|hatch(ed)?|striped)\b/.test(text)) return 'pattern'
  if (/\b(semi|translucent|faded|pale fill)\b/.test(text)) return 'semi'
  if (/\b(filled( in)?|solid|coloured in|colored in|full|opaque)\b/.test(text)) return 'fill'
  return null
}

/** Outline style asked for, or null. */
export function dashStyle(text: string): DashStyle | null {
  if (/\bdashed\b|\bdashes\b/.test(text)) return 'dashed'
  if (/\bdotted\b/.test(text)) return 'dotted'
  if (/\b(solid (line|outline|border)s?|straight lines?|clean lines?)\b/.test(text)) return 'solid'
  if (/\b(hand-?drawn|sketchy|wobbly)\b/.test(text)) return 'draw'
  return null
}

/** Font asked for, or null. */
export function fontStyle(text: string): FontStyle | null {
  if (/\b(serif|times)\b/.test(text) && !/\bsans[- ]?serif\b/.test(text)) return 'serif'
  if (/\b(sans[- ]?serif|sans|clean font|helvetica|arial)\b/.test(text)) return 'sans'
  if (/\b(mono(space|spaced)?|code font|typewriter)\b/.test(text)) return 'mono'
  if (/\b(handwriting|handwritten|hand-?written)\b/.test(text)) return 'draw'
  return null
}

const ANCHORS: [RegExp, Anchor][] = [
  [/\b(top|upper)[- ]left\b|\bleft[- ]top\b|\bnorth[- ]?west\b/, 'top-left'],
  [/\b(top|upper)[- ]right\b|\bright[- ]top\b|\bnorth[- ]?east\b/, 'top-right'],
  [/\b(bottom|lower)[- ]left\b|\bleft[- ]bottom\b|\bsouth[- ]?west\b/, 'bottom-left'],
  [/\b(bottom|lower)[- ]right\b|\bright[- ]bottom\b|\bsouth[- ]?east\b/, 'bottom-right'],
  [/\b(at|on|in|to|near) the (very )?(top|upper (part|side|edge))\b|\bat the top\b|\btop (of the|edge)\b|\bnorth\b/, 'top'],
  [/\b(at|on|in|to|near) the (very )?(bottom|lower (part|side|edge))\b|\bbottom (of the|edge)\b|\bsouth\b/, 'bottom'],
  [/\b(on|at|to|in) the left\b|\bleft (side|edge|hand side)\b|\bwest\b/, 'left'],
  [/\b(on|at|to|in) the right\b|\bright (side|edge|hand side)\b|\beast\b/, 'right'],
  [/\b(in the )?(middle|centre|center)\b/, 'center'],
]

/** Where the request places the drawing, or null when it does not say. */
export function anchorOf(text: string): Anchor | null {
  for (const [pattern, anchor] of ANCHORS) if (pattern.test(text)) return anchor
  return null
}

const ARRANGEMENTS: [RegExp, Arrangement][] = [
  [/\b(in|into|as) (a |one )?(circle|ring|circular|round)\b|\bin a circular\b|\baround a circle\b|\bcircular(ly)? arranged\b/, 'ring'],
  [/\bdiagonal(ly)?\b/, 'diagonal'],
  [/\b(scattered|randomly|at random|random(ly)? placed|all over)\b/, 'scatter'],
  [/\b(in|into|as) (a |one )?(column|stack|vertical line|tower|pile)\b|\bvertical(ly)?\b|\bstacked\b|\bon top of each other\b|\babove each other\b|\bone (above|below|under) the other\b|\btop to bottom\b/, 'column'],
  [/\b(in|into|as) (a |one )?(grid|square|matrix|block|table)\b|\bgrid\b/, 'grid'],
  [/\b(in|into|as) (a |one )?(row|line|horizontal line|queue|strip)\b|\bhorizontal(ly)?\b|\bside by side\b|\bnext to each other\b|\bbeside each other\b|\bleft to right\b|\bin a line\b/, 'row'],
]

/** How the shapes should be arranged, or null when the text does not say. */
export function arrangementOf(text: string): Arrangement | null {
  for (const [pattern, arrangement] of ARRANGEMENTS) if (pattern.test(text)) return arrangement
  return null
}
