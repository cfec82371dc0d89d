/**
 * Nouns for shapes, in both directions: what to draw for "circles" or "a check box", and which
 * shapes on the board "the circles" or "the sticky notes" mean. One table serves drawing and
 * editing, so the words a person may use are the same for both.
 */
import type { ShapeSummary } from '../../../../board/shapeSummary'

/** tldraw's geo kinds (GeoShapeGeoStyle). */
export type GeoKind =
  | 'cloud' | 'rectangle' | 'ellipse' | 'triangle' | 'diamond' | 'pentagon' | 'hexagon' | 'octagon' | 'star'
  | 'rhombus' | 'rhombus-2' | 'oval' | 'trapezoid' | 'arrow-right' | 'arrow-left' | 'arrow-up' | 'arrow-down'
  | 'x-box' | 'check-box' | 'heart'

/** What a noun draws: a geo kind and its proportions (width / height). */
export interface GeoNoun {
  geo: GeoKind
  aspect: number
  /** Dots are small filled circles. */
  dot?: boolean
}

const geo = (kind: GeoKind, aspect = 1, dot = false): GeoNoun => (dot ? { geo: kind, aspect, dot } : { geo: kind, aspect })

/** Singular nouns; plurals are derived. Multi-word nouns use a single space. */
const GEO_NOUNS: Record<string, GeoNoun> = {
  rectangle: geo('rectangle', 1.5), rect: geo('rectangle', 1.5), box: geo('rectangle', 1.5), block: geo('rectangle', 1.5),
  card: geo('rectangle', 1.5), button: geo('rectangle', 2.5), square: geo('rectangle'), tile: geo('rectangle'),
  circle: geo('ellipse'), ellipse: geo('ellipse', 1.5), oval: geo('oval', 1.6), ring: geo('ellipse'), ball: geo('ellipse'),
  bubble: geo('ellipse'), dot: geo('ellipse', 1, true), spot: geo('ellipse', 1, true), arrow: geo('arrow-right', 1.5),
  triangle: geo('triangle'), diamond: geo('diamond'), pentagon: geo('pentagon'), hexagon: geo('hexagon'),
  octagon: geo('octagon'), star: geo('star'), rhombus: geo('rhombus', 1.5), parallelogram: geo('rhombus', 1.6),
  trapezoid: geo('trapezoid', 1.5), trapezium: geo('trapezoid', 1.5), cloud: geo('cloud', 1.5), heart: geo('heart'),
  'right arrow': geo('arrow-right', 1.5), 'left arrow': geo('arrow-left', 1.5), 'up arrow': geo('arrow-up', 0.67),
  'down arrow': geo('arrow-down', 0.67), 'arrow right': geo('arrow-right', 1.5), 'arrow left': geo('arrow-left', 1.5),
  'arrow up': geo('arrow-up', 0.67), 'arrow down': geo('arrow-down', 0.67), 'block arrow': geo('arrow-right', 1.5),
  'x box': geo('x-box'), 'x-box': geo('x-box'), xbox: geo('x-box'), 'cross box': geo('x-box'), cross: geo('x-box'),
  'check box': geo('check-box'), 'check-box': geo('check-box'), checkbox: geo('check-box'), 'tick box': geo('check-box'),
  tickbox: geo('check-box'), checkmark: geo('check-box'), tick: geo('check-box'),
}

const IRREGULAR_PLURALS: Record<string, string> = {
  boxes: 'box', crosses: 'cross', rhombi: 'rhombus', rhombuses: 'rhombus', trapezia: 'trapezium',
  'x boxes': 'x box', 'x-boxes': 'x-box', xboxes: 'xbox', 'cross boxes': 'cross box', 'check boxes': 'check box',
  'check-boxes': 'check-box', checkboxes: 'checkbox', 'tick boxes': 'tick box', tickboxes: 'tickbox',
}

/** A shape noun found in a text: what it draws, whether it was plural, and where it sits. */
export interface NounMatch {
  noun: GeoNoun
  plural: boolean
  index: number
  end: number
  word: string
}

function singular(word: string): { base: string; plural: boolean } | null {
  if (GEO_NOUNS[word]) return { base: word, plural: false }
  const irregular = IRREGULAR_PLURALS[word]
  if (irregular) return { base: irregular, plural: true }
  if (word.endsWith('s') && GEO_NOUNS[word.slice(0, -1)]) return { base: word.slice(0, -1), plural: true }
  // "right arrows" → "right arrow"
  return null
}

const NOUN_PATTERN = new RegExp(
  `\\b(?:${[...Object.keys(GEO_NOUNS), ...Object.keys(IRREGULAR_PLURALS)]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace('-', '\\-').replace(' ', '[ -]'))
    .join('|')})(?:e?s)?\\b`,
  'g',
)

/** Every shape noun in `text` (lower case), longest match first, in order of appearance. */
export function geoNouns(text: string): NounMatch[] {
  const found: NounMatch[] = []
  for (const match of text.matchAll(NOUN_PATTERN)) {
    const word = match[0].replace(/-(?=box|arrow)/, ' ')
    const known = singular(word) ?? singular(word.replace(' ', '-'))
    if (!known) continue
    const noun = GEO_NOUNS[known.base]
    if (noun) found.push({ noun, plural: known.plural, index: match.index, end: match.index + match[0].length, word: match[0] })
  }
  return found
}

/** Which shapes on the board a word like "circles" or "notes" means. */
export type ShapeKindFilter = (shape: ShapeSummary) => boolean

const byGeo = (...kinds: string[]): ShapeKindFilter => (shape) => shape.type === 'geo' && kinds.includes(shape.geo ?? 'rectangle')
const byType = (...types: string[]): ShapeKindFilter => (shape) => types.includes(shape.type)

/** Words that name kinds of shapes already on the board, singular (plurals are derived). */
const KIND_WORDS: [string, ShapeKindFilter][] = [
  ['sticky note', byType('note')], ['sticky', byType('note')], ['stickie', byType('note')], ['post-it', byType('note')],
  ['post it', byType('note')], ['note', byType('note')],
  ['arrow', byType('arrow')], ['connector', byType('arrow')], ['connection', byType('arrow')], ['link', byType('arrow')],
  ['line', byType('line')], ['text', byType('text')], ['label', byType('text')], ['word', byType('text')], ['title', byType('text')],
  ['heading', byType('text')], ['frame', byType('frame')], ['drawing', byType('draw')], ['scribble', byType('draw')],
  ['doodle', byType('draw')], ['stroke', byType('draw')], ['sketch', byType('draw')],
  ['circle', byGeo('ellipse', 'oval')], ['ellipse', byGeo('ellipse', 'oval')], ['oval', byGeo('ellipse', 'oval')],
  ['dot', byGeo('ellipse', 'oval')], ['ball', byGeo('ellipse', 'oval')],
  ['square', byGeo('rectangle')], ['rectangle', byGeo('rectangle')], ['rect', byGeo('rectangle')], ['box', byGeo('rectangle', 'x-box', 'check-box')],
  ['block', byGeo('rectangle')], ['card', byGeo('rectangle')], ['step', byGeo('rectangle', 'oval', 'ellipse', 'diamond')],
  ['node', byGeo('rectangle', 'oval', 'ellipse', 'diamond')],
  ['triangle', byGeo('triangle')], ['diamond', byGeo('diamond')], ['pentagon', byGeo('pentagon')], ['hexagon', byGeo('hexagon')],
  ['octagon', byGeo('octagon')], ['star', byGeo('star')], ['rhombus', byGeo('rhombus', 'rhombus-2')],
  ['parallelogram', byGeo('rhombus', 'rhombus-2')], ['trapezoid', byGeo('trapezoid')], ['cloud', byGeo('cloud')],
  ['heart', byGeo('heart')], ['checkbox', byGeo('check-box')], ['check box', byGeo('check-box')], ['x box', byGeo('x-box')],
  ['geo shape', byType('geo')], ['geo', byType('geo')], ['shape', (shape) => shape.type !== 'arrow'],
  ['thing', () => true], ['object', () => true], ['item', () => true], ['element', () => true],
]

/** A kind word found in a text, with its filter and position. */
export interface KindMatch {
  word: string
  filter: ShapeKindFilter
  index: number
  end: number
}

const KIND_PATTERN = new RegExp(
  `\\b(?:${KIND_WORDS.map(([word]) => word.replace(' ', '[ -]?').replace('-', '[ -]?')).join('|')})(?:e?s)?\\b`,
  'g',
)

/** Every kind word in `text` (lower case), in order. */
export function kindWords(text: string): KindMatch[] {
  const found: KindMatch[] = []
  for (const match of text.matchAll(KIND_PATTERN)) {
    const word = match[0]
    const entry = KIND_WORDS.find(([kind]) => {
      const pattern = new RegExp(`^${kind.replace(' ', '[ -]?').replace('-', '[ -]?')}(?:e?s)?$`)
      return pattern.test(word)
    })
    if (entry) found.push({ word, filter: entry[1], index: match.index, end: match.index + word.length })
  }
  return found
}
