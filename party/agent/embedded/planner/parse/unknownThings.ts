/**
 * The parts of a drawing request the sketch model could not read ("a house and a dragon": the
 * dragon), so its answer can say what it left out instead of silently drawing less than asked.
 */
import { sceneWords } from '../../scenes/sceneCatalog'
import { colorOf } from './colors'
import { readCount } from './numbers'
import { geoNouns } from './shapeWords'
import { wordsOf } from './text'

const SEPARATORS = /\s*(?:,|;|\band\b|\bwith\b|\bplus\b|\bnext to\b|\bbeside\b|\bnear\b|\bon top of\b|\bunder\b|\babove\b|\bbelow\b|\bthen\b)\s*/
/** Words that shape a request without naming a thing in it. */
const FILLER = new Set(
  (
    'a an the some any of in on at to into onto for by as my our your me it them this that these those please ' +
    'top bottom left right middle center centre corner side upper lower row column line grid ring circle stack ' +
    'each other view screen board page canvas here there next tiny small little mini big large huge giant enormous ' +
    'massive medium normal filled solid outlined hollow dashed dotted colourful colorful rainbow coloured colored ' +
    'different random randomly scattered vertical vertically horizontal horizontally diagonal diagonally ' +
    'side-by-side up down over across around very really nice cute simple quick lots many few several' +
    ' draw sketch make create add put place show give'
  ).split(' '),
)

/** Segments of `lower` (a drawing request, lower case) that name nothing the model can draw. */
export function unknownThings(lower: string): string[] {
  const unknown: string[] = []
  for (const segment of lower.split(SEPARATORS).slice(0, 20)) {
    if (sceneWords(segment).length > 0 || geoNouns(segment).length > 0) continue
    const words = wordsOf(segment)
    const left = words.filter((word, i) => !FILLER.has(word) && !colorOf(word) && !readCount(words, i) && !/^\d/.test(word))
    if (left.length > 0) unknown.push(segment.replace(/^(?:a|an|the|some)\s+/, '').trim())
  }
  return unknown
}
