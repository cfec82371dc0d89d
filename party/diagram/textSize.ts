/**
 * Box sizes from labels with tldraw's label metrics: geo labels are 22 px at size m (tldraw's
 * LABEL_FONT_SIZES), 1.35 line height, 16 px padding a side. The hand-drawn font is wide, so widths
 * are an average glyph estimate scaled ×1.4 as tldraw's own mermaid import does (docs/diagrams.md).
 */

/** Label font size by tldraw size style (LABEL_FONT_SIZES). */
export const LABEL_FONT_PX = { s: 18, m: 22, l: 26, xl: 32 } as const
export type LabelSize = keyof typeof LABEL_FONT_PX

/** Average glyph width of a plain sans font, as a share of the font size. */
const GLYPH = 0.45
/** tldraw's hand-drawn font is this much wider (its mermaid import scales text widths ×1.4). */
const HAND_DRAWN = 1.4
const LINE_HEIGHT = 1.35
/** tldraw's label padding (16 px a side) plus a margin so text never touches the outline. */
const PAD_X = 40
const PAD_Y = 28

/** Width of one line of text in pixels. */
export function textWidth(text: string, size: LabelSize = 'm'): number {
  return [...text].length * LABEL_FONT_PX[size] * GLYPH * HAND_DRAWN
}

/** Lines of `text` wrapped at word boundaries to `maxWidth` (a long word gets a line of its own). */
export function wrapLines(text: string, maxWidth: number, size: LabelSize = 'm'): string[] {
  const lines: string[] = []
  for (const paragraph of text.split('\n')) {
    let line = ''
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word
      if (line && textWidth(candidate, size) > maxWidth) {
        lines.push(line)
        line = word
      } else line = candidate
    }
    lines.push(line)
  }
  return lines
}

const up10 = (value: number) => Math.ceil(value / 10) * 10

/**
 * The smallest box (at least min) that holds `label` inside a rectangle-like shape, wrapping at
 * `maxW`. Diamonds and ellipses hold less text: their label box is scaled up by `shapeFactor`.
 */
export function labelBox(label: string, options: { minW?: number; minH?: number; maxW?: number; size?: LabelSize; shapeFactor?: number } = {}): { w: number; h: number } {
  const size = options.size ?? 'm'
  const factor = options.shapeFactor ?? 1
  const maxText = (options.maxW ?? 280) / factor - PAD_X
  const longestWord = Math.max(0, ...label.split(/\s+/).map((word) => textWidth(word, size)))
  const lines = wrapLines(label, Math.max(maxText, longestWord), size)
  const textW = Math.max(0, ...lines.map((line) => textWidth(line, size)))
  const textH = Math.max(1, lines.length) * LABEL_FONT_PX[size] * LINE_HEIGHT
  return {
    w: up10(Math.max(options.minW ?? 0, (textW + PAD_X) * factor)),
    h: up10(Math.max(options.minH ?? 0, (textH + PAD_Y) * factor)),
  }
}

/** The box a text shape of `text` takes (no padding), as tldraw sizes an auto-size text shape. */
export function textBox(text: string, size: LabelSize = 'm'): { w: number; h: number } {
  const lines = text.split('\n')
  const font = { s: 18, m: 24, l: 36, xl: 44 }[size]
  return { w: up10(Math.max(20, ...lines.map((line) => [...line].length * font * GLYPH * HAND_DRAWN)) + 10), h: up10(lines.length * font * LINE_HEIGHT) }
}
