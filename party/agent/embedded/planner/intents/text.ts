/**
 * Words on the board: "write 'Hello' in big letters", "a title saying Roadmap", "add the text
 * Welcome in red at the top". The text keeps the asker's case; size, colour, font and place come
 * from the words around it.
 */
import { arrangeDrawings } from '../../layout/arrangeDrawings'
import { placeBlock } from '../../layout/placement'
import { textBox } from '../../layout/textMetrics'
import { drawingPlan } from '../drawingPlan'
import { colorMentions } from '../parse/colors'
import { anchorOf, fontStyle, sizeFactor, type StrokeSize } from '../parse/modifiers'
import { cleanLabel, quotedPhrases } from '../parse/text'
import type { Intent, ShapeSpec } from '../planTypes'
import { describePlace } from './describe'

const WRITE = /^\s*(?:please\s+)?(?:(?:can|could) you\s+)?(?:write|type|print|spell(?: out)?|letter|put|add|draw|make|create|show)\s+(?:(?:a|an|the|some)\s+)?(?:(?:big|large|huge|giant|small|tiny|bold)\s+)?(?:(?:text|words?|title|heading|headline|banner|caption|label|sign|message)\s*(?:saying|that says|reading|with|of|:)?\s*)?/i
const TEXTY = /\b(write|type|spell|text|title|heading|headline|banner|caption|letters|words?|message|sign)\b/i
/** Phrases after the text that describe it rather than belong to it. */
const TAIL =
  /\s+(?:in|with|using|at|on|near|to)\s+(?:(?:the|a|an|big|large|huge|giant|small|tiny|bold|capital|block|red|blue|green|yellow|orange|violet|purple|pink|black|grey|gray|white|serif|sans|mono|handwritten|top|bottom|left|right|middle|centre|center|upper|lower)[\s-]*)+(?:letters?|font|text|type|writing|colou?r|corner|side|of (?:the )?(?:screen|view|board|page))?\s*$/i

function sizeOf(lower: string): StrokeSize {
  if (/\b(title|heading|headline|banner)\b/.test(lower)) return 'xl'
  const factor = sizeFactor(lower)
  return factor >= 1.6 ? 'xl' : factor < 1 ? 's' : 'l'
}

export const textIntent: Intent = (context) => {
  const request = context.request.trim()
  const lower = request.toLowerCase()
  if (!TEXTY.test(lower)) return null
  const quoted = quotedPhrases(request)
  let text = quoted[0]
  if (!text) {
    const lead = WRITE.exec(request)
    if (!lead || !/\b(write|type|spell|print|text|title|heading|headline|banner|caption|saying|says|message)\b/i.test(lead[0])) return null
    let rest = request.slice(lead[0].length)
    for (let i = 0; i < 4 && TAIL.test(rest); i++) rest = rest.replace(TAIL, '')
    text = cleanLabel(rest)
  }
  if (!text) return null
  const outside = quoted[0] ? lower.replace(quoted[0].toLowerCase(), '') : lower
  const size = sizeOf(outside)
  const color = colorMentions(outside).at(-1)?.color
  const font = fontStyle(outside)
  const box = textBox(text.slice(0, 2_000), size)
  const spec: ShapeSpec = {
    type: 'text', x: 0, y: 0, text: text.slice(0, 2_000), size,
    ...(color ? { color } : {}), ...(font ? { font } : {}),
  }
  const anchor = anchorOf(outside) ?? 'center'
  const placed = placeBlock(arrangeDrawings([{ label: text, shapes: [spec], ...box }], 'row'), context.board, anchor)
  const short = text.length > 60 ? `${text.slice(0, 59)}…` : text
  return drawingPlan({
    intro: `Writing “${short}”${size === 'xl' ? ' in big letters' : ''}.`,
    drawings: placed.block.drawings,
    summary: `Done: “${short}” is ${describePlace(anchor, placed.inView)}.`,
  })
}
