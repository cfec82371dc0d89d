/**
 * Recolouring and restyling what is on the board: "make the circles blue", "colour everything
 * red", "paint the notes pink", "fill the boxes with green", "make the boxes dashed", "turn the
 * squares into stars". "make three red circles" is a drawing, not a recolour: here the colour must
 * come after the shapes it applies to.
 */
import type { ShapeUpdate } from '../../../../../shared/tools/updateShapes'
import { chunk } from '../drawingPlan'
import { colorMentions } from '../parse/colors'
import { dashStyle, fillStyle, fontStyle, type DashStyle, type FillStyle, type FontStyle } from '../parse/modifiers'
import { geoNouns, type GeoKind } from '../parse/shapeWords'
import { findTargets } from '../parse/targets'
import { inOriginalCase, stripLeadIns } from '../parse/text'
import { MAX_SHAPES_PER_CALL, type Intent, type PlanContext, type PlannedCall } from '../planTypes'
import { colorWord } from './describe'
import { countOf, editPlan, nothingMatched } from './editPlan'

const VERB = /^(make|turn|colou?r|recolou?r|paint|change|set|fill|switch|shade|tint)\s+(.+)$/
/** Verbs that can only mean recolouring (unlike "make"). */
const COLOUR_VERBS = /^(colou?r|recolou?r|paint|shade|tint|fill)$/
const CONNECTIVE = /\s+(?:to|into|in|as|with|so (?:it is|they are)|to be)\s*$/
const TRAILING = /\s+(?:please|instead|too|as well|now|colou?r|colou?red)\s*$/

function updatesPlan(context: PlanContext, phrase: string, intro: (n: string) => string, summary: (n: string) => string, change: ShapeUpdate | ((id: string) => ShapeUpdate)): ReturnType<Intent> {
  const targets = findTargets(phrase, inOriginalCase(context.request, phrase), context)
  if (!targets) return null
  if (targets.shapes.length === 0) return nothingMatched(context, targets.described, 'change')
  const counted = countOf(targets.shapes, targets.described)
  const updates = targets.shapes.map((shape) => (typeof change === 'function' ? change(shape.id) : { ...change, id: shape.id }))
  const calls = chunk(updates, MAX_SHAPES_PER_CALL).map((part): PlannedCall => ({ toolName: 'update_shapes', input: { updates: part } }))
  return editPlan(intro(counted), calls, summary(counted))
}

export const recolorIntent: Intent = (context) => {
  const text = stripLeadIns(context.request)
  const verb = VERB.exec(text)
  if (!verb?.[1] || !verb[2]) return null
  const rest = verb[2].replace(TRAILING, '')
  const color = colorMentions(rest).at(-1)
  if (!color) return null
  // The colour must close the request: "make the circles blue", not "make three red circles".
  if (rest.slice(color.end).trim().length > 0 && !COLOUR_VERBS.test(verb[1])) return null
  let phrase = rest.slice(0, color.index).replace(CONNECTIVE, '').replace(/^(the )?colou?rs? of\s+/, '').trim()
  if (!phrase && verb[1] !== 'make') phrase = 'everything'
  if (!phrase) return null
  const fill = verb[1] === 'fill' || /\bfill(ed)?\b/.test(rest) ? ({ fill: 'solid' } as const) : {}
  const shade = colorWord(color.color)
  return updatesPlan(
    context,
    phrase,
    (n) => `Making ${n} ${shade}.`,
    (n) => `Done: ${n} ${n.startsWith('1 ') ? 'is' : 'are'} now ${shade}.`,
    { id: '', color: color.color, ...fill },
  )
}

interface Style {
  dash?: DashStyle
  fill?: FillStyle
  font?: FontStyle
  size?: 's' | 'm' | 'l' | 'xl'
  geo?: GeoKind
  words: string
}

function styleOf(words: string): Style | null {
  const geo = /^(?:into|to|as|in)?\s*(?:an?\s+)?/.test(words) ? geoNouns(words).at(-1) : undefined
  if (geo && /\b(into|to|as)\b/.test(words.slice(0, geo.index))) return { geo: geo.noun.geo, words: `into ${geo.word}` }
  const dash = dashStyle(words)
  const fill = fillStyle(words)
  const font = fontStyle(words)
  const size = /\b(thick|bold|heavy)\b/.test(words) ? 'xl' : /\b(thin|fine|light)\b/.test(words) ? 's' : undefined
  if (!dash && !fill && !font && !size) return null
  const style: Style = { words: words.replace(/^(?:to|into|as|in)\s+/, '') }
  if (dash) style.dash = dash
  if (fill) style.fill = fill
  if (font) style.font = font
  if (size) style.size = size
  return style
}

const STYLE_TAIL =
  /\s+((?:(?:to|into|as|in|use|using|with)\s+)?(?:an?\s+)?(?:(?:dashed|dotted|solid|filled|hollow|outlined|unfilled|transparent|patterned|semi|thick|bold|thin|serif|sans|mono|monospace|handwritten)\b\s*(?:lines?|outlines?|borders?|fonts?|text|fill)?\s*)+|(?:into|to|as)\s+(?:an?\s+)?\w+(?:[ -]\w+)?)$/

export const restyleIntent: Intent = (context) => {
  const text = stripLeadIns(context.request)
  const verb = /^(make|turn|change|set|convert|switch|restyle|use)\s+(.+)$/.exec(text)
  if (!verb?.[2]) return null
  const tail = STYLE_TAIL.exec(verb[2])
  if (!tail?.[1]) return null
  const style = styleOf(tail[1])
  if (!style) return null
  const phrase = verb[2].slice(0, tail.index).replace(/^(the )?(style|shape|font|outline)s? of\s+/, '').trim()
  if (!phrase) return null
  const { words, ...change } = style
  return updatesPlan(context, phrase, (n) => `Changing ${n} ${words}.`, (n) => `Done: ${n} changed ${words}.`, { id: '', ...change })
}
