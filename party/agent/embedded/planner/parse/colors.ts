/**
 * Colour words mapped onto tldraw's thirteen colours. People say "purple", "pink" or "navy"; tldraw
 * knows "violet", "light-red" and "blue", so every common name lands on the nearest one.
 */

/** tldraw's colour names (DefaultColorStyle), the only values a shape may carry. */
export type TldrawColor =
  | 'black' | 'grey' | 'light-violet' | 'violet' | 'blue' | 'light-blue' | 'yellow' | 'orange'
  | 'green' | 'light-green' | 'light-red' | 'red' | 'white'

/** Two-word names first, so "light blue" wins over "blue". */
const PHRASES: [string, TldrawColor][] = [
  ['light blue', 'light-blue'], ['sky blue', 'light-blue'], ['baby blue', 'light-blue'], ['pale blue', 'light-blue'],
  ['dark blue', 'blue'], ['navy blue', 'blue'], ['royal blue', 'blue'],
  ['light green', 'light-green'], ['lime green', 'light-green'], ['pale green', 'light-green'], ['mint green', 'light-green'],
  ['dark green', 'green'], ['forest green', 'green'],
  ['light red', 'light-red'], ['light purple', 'light-violet'], ['light violet', 'light-violet'], ['pale purple', 'light-violet'],
  ['dark purple', 'violet'], ['dark red', 'red'], ['light grey', 'grey'], ['light gray', 'grey'], ['dark grey', 'black'],
  ['dark gray', 'black'], ['hot pink', 'light-red'],
]

const WORDS: Record<string, TldrawColor> = {
  black: 'black', ebony: 'black', charcoal: 'black',
  grey: 'grey', gray: 'grey', silver: 'grey', greys: 'grey',
  'light-violet': 'light-violet', lavender: 'light-violet', lilac: 'light-violet', mauve: 'light-violet',
  violet: 'violet', purple: 'violet', magenta: 'violet', indigo: 'violet', plum: 'violet',
  blue: 'blue', navy: 'blue', cobalt: 'blue', azure: 'light-blue',
  'light-blue': 'light-blue', cyan: 'light-blue', teal: 'light-blue', turquoise: 'light-blue', aqua: 'light-blue', sky: 'light-blue',
  yellow: 'yellow', gold: 'yellow', golden: 'yellow', lemon: 'yellow', amber: 'yellow',
  orange: 'orange', brown: 'orange', tan: 'orange', peach: 'orange', bronze: 'orange', copper: 'orange',
  green: 'green', emerald: 'green', olive: 'green', jade: 'green',
  'light-green': 'light-green', lime: 'light-green', mint: 'light-green',
  'light-red': 'light-red', pink: 'light-red', salmon: 'light-red', coral: 'light-red', fuchsia: 'light-red',
  red: 'red', crimson: 'red', scarlet: 'red', maroon: 'red', ruby: 'red', cherry: 'red',
  white: 'white', ivory: 'white', snow: 'white',
}

/** Colours cycled for "rainbow", "colourful" and lists of several shapes with no colour given. */
export const PALETTE: readonly TldrawColor[] = ['red', 'orange', 'yellow', 'green', 'light-blue', 'blue', 'violet', 'light-red']

/** Words that ask for many colours rather than one. */
const MANY = /\b(rainbow|colou?rful|multi-?colou?red|different colou?rs|various colou?rs|all colou?rs|random colou?rs)\b/

/** A colour mentioned in `text` with its position; phrases like "light blue" count as one. */
export interface ColorMention {
  color: TldrawColor
  /** The word as the asker wrote it ("purple"), for answers in their words. */
  word: string
  index: number
  end: number
}

/** Every colour mentioned, in order of appearance. */
export function colorMentions(text: string): ColorMention[] {
  const lower = text.toLowerCase()
  const found: ColorMention[] = []
  const taken: [number, number][] = []
  const overlaps = (start: number, end: number) => taken.some(([s, e]) => start < e && s < end)
  for (const [phrase, color] of PHRASES) {
    for (const match of lower.matchAll(new RegExp(`\\b${phrase}\\b`, 'g'))) {
      const end = match.index + match[0].length
      if (overlaps(match.index, end)) continue
      taken.push([match.index, end])
      found.push({ color, word: match[0], index: match.index, end })
    }
  }
  for (const match of lower.matchAll(/\b[a-z]+(?:-[a-z]+)?\b/g)) {
    const color = WORDS[match[0]]
    const end = match.index + match[0].length
    if (!color || overlaps(match.index, end)) continue
    // "sky" and "snow" are colours only as adjectives ("sky blue" is a phrase); elsewhere they are scenery.
    if ((match[0] === 'sky' || match[0] === 'snow') && !/^\s+(colou?red|coloured)/.test(lower.slice(end))) continue
    found.push({ color, word: match[0], index: match.index, end })
  }
  return found.sort((a, b) => a.index - b.index)
}

/** The one colour a word or phrase names, or null. */
export function colorOf(word: string): TldrawColor | null {
  const lower = word.toLowerCase().trim()
  return PHRASES.find(([phrase]) => phrase === lower)?.[1] ?? WORDS[lower] ?? null
}

/** True when the text asks for many colours ("rainbow stars"). */
export function wantsManyColors(text: string): boolean {
  return MANY.test(text.toLowerCase())
}
