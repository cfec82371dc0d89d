/**
 * Other spellings models use for tldraw's style values ("gray", "circle", "dashed-line", "#ff0000").
 * The repair pass (party/agent/repair/repairToolInput.ts) maps a value an enum refuses to the first
 * of its candidates the enum accepts, so one table serves every style field of every tool.
 */

/** Lower-cased, trimmed, with spaces and underscores as dashes: "Light Blue" → "light-blue". */
export function normalizeStyleWord(value: string): string {
  return value.trim().toLowerCase().replace(/[\s_]+/g, '-')
}

/** Synonym → tldraw values to try, in order (the enum being repaired picks the first it knows). */
export const STYLE_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  // colours
  gray: ['grey'], 'light-gray': ['grey'], 'light-grey': ['grey'], silver: ['grey'], 'dark-grey': ['black'], 'dark-gray': ['black'],
  purple: ['violet'], magenta: ['violet'], indigo: ['violet'], lavender: ['light-violet'], 'light-purple': ['light-violet'],
  lilac: ['light-violet'], pink: ['light-red'], salmon: ['light-red'], 'light-pink': ['light-red'], crimson: ['red'],
  maroon: ['red'], 'dark-red': ['red'], cyan: ['light-blue'], aqua: ['light-blue'], sky: ['light-blue'],
  'sky-blue': ['light-blue'], lightblue: ['light-blue'], navy: ['blue'], 'dark-blue': ['blue'], teal: ['green'],
  'dark-green': ['green'], lime: ['light-green'], lightgreen: ['light-green'], mint: ['light-green'],
  gold: ['yellow'], amber: ['orange'], brown: ['orange'], beige: ['yellow'], lightred: ['light-red'],
  // geo kinds (and "square" for a rectangle)
  circle: ['ellipse'], round: ['ellipse'], square: ['rectangle'], rect: ['rectangle'], box: ['rectangle'],
  'rounded-rectangle': ['rectangle'], process: ['rectangle'], decision: ['diamond'], parallelogram: ['rhombus'],
  arrow: ['arrow-right', 'arrow'], right: ['arrow-right', 'end'], left: ['arrow-left', 'start'], up: ['arrow-up'],
  down: ['arrow-down'], check: ['check-box'], checkbox: ['check-box'], cross: ['x-box'], x: ['x-box'], tri: ['triangle'],
  // fill
  filled: ['solid'], fill: ['fill', 'solid'], full: ['solid'], transparent: ['none'], empty: ['none'], hollow: ['none'],
  outline: ['none'], hatch: ['pattern'], hatched: ['pattern'], striped: ['lined-fill'], light: ['semi'],
  // dash
  dash: ['dashed'], dot: ['dotted', 'dot'], dots: ['dotted'], sketch: ['draw'], 'hand-drawn': ['draw'], line: ['solid', 'line'],
  // size
  small: ['s'], medium: ['m'], normal: ['m'], large: ['l'], big: ['l'], 'extra-large': ['xl'], xlarge: ['xl'], huge: ['xl'],
  // font
  'sans-serif': ['sans'], monospace: ['mono'], code: ['mono'], handwriting: ['draw'], handwritten: ['draw'],
  // alignment
  center: ['middle'], centre: ['middle'], top: ['start'], bottom: ['end'],
}

/** tldraw's colours as RGB, for mapping a "#rrggbb" a model sends to the nearest one. */
const COLOR_RGB: Readonly<Record<string, readonly [number, number, number]>> = {
  black: [29, 29, 29], grey: [158, 165, 176], 'light-violet': [224, 133, 244], violet: [174, 62, 201],
  blue: [68, 101, 233], 'light-blue': [75, 161, 241], yellow: [241, 172, 75], orange: [225, 105, 25],
  green: [9, 146, 104], 'light-green': [76, 178, 5], 'light-red': [248, 119, 119], red: [224, 49, 49], white: [255, 255, 255],
}

/** The tldraw colour nearest a "#rgb"/"#rrggbb" value, or null when it is not one. */
export function nearestColor(hex: string): string | null {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim())
  if (!match?.[1]) return null
  const digits = match[1].length === 3 ? [...match[1]].map((digit) => digit + digit).join('') : match[1]
  const rgb = [0, 2, 4].map((start) => parseInt(digits.slice(start, start + 2), 16))
  let best: string | null = null
  let bestDistance = Infinity
  for (const [name, [r, g, b]] of Object.entries(COLOR_RGB)) {
    const distance = (r - (rgb[0] ?? 0)) ** 2 + (g - (rgb[1] ?? 0)) ** 2 + (b - (rgb[2] ?? 0)) ** 2
    if (distance < bestDistance) [best, bestDistance] = [name, distance]
  }
  return best
}

/** The value among `allowed` that `value` means, or null when it means none of them. */
export function matchStyleValue(value: string, allowed: readonly string[]): string | null {
  if (allowed.includes(value)) return value
  const word = normalizeStyleWord(value)
  if (allowed.includes(word)) return word
  const squashed = allowed.find((candidate) => candidate.replace(/-/g, '') === word.replace(/-/g, ''))
  if (squashed) return squashed
  for (const candidate of STYLE_SYNONYMS[word] ?? []) if (allowed.includes(candidate)) return candidate
  const hex = word.startsWith('#') ? nearestColor(word) : null
  return hex && allowed.includes(hex) ? hex : null
}
