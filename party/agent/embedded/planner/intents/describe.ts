/** Words for what a plan draws and where, so the model's answers read like a person's. */
import { PALETTE } from '../parse/colors'
import type { CompositionItem } from '../parse/composition'
import type { Anchor } from '../parse/modifiers'
import { joinWords } from '../parse/text'

const SIZE_WORDS: [number, string][] = [[0.4, 'tiny'], [0.6, 'small'], [1.6, 'big'], [2.4, 'huge']]

/** "a" or "an" for the word that follows. */
export function article(next: string): string {
  return /^[aeiou]/i.test(next) && !/^(one|uni|use)/i.test(next) ? 'an' : 'a'
}

/** A colour as prose ("light-blue" → "light blue"). */
export const colorWord = (color: string) => color.replace('-', ' ')

function describeItem(item: CompositionItem): string {
  const size = SIZE_WORDS.find(([factor]) => factor === item.scale)?.[1]
  const unique = [...new Set(item.colorWords.length > 0 ? item.colorWords : item.colors.map(colorWord))]
  const colors = item.colors.length === PALETTE.length ? 'colourful' : unique.length > 0 ? joinWords(unique) : undefined
  const words = [size, item.fill === 'none' ? 'outlined' : undefined, item.dash === 'dashed' || item.dash === 'dotted' ? item.dash : undefined, colors, item.word]
    .filter((word): word is string => Boolean(word))
    .join(' ')
  const counted = item.count === 1 ? `${article(words)} ${words}` : `${item.count} ${words}`
  const labels = item.labels.length > 0 ? ` labelled ${joinWords(item.labels.slice(0, 4).map((label) => `"${label}"`))}` : ''
  return counted + labels
}

/** "3 red circles and a big blue star". */
export function describeItems(items: readonly CompositionItem[]): string {
  const shown = items.slice(0, 5).map(describeItem)
  return joinWords(items.length > 5 ? [...shown, `${items.length - 5} more things`] : shown)
}

/** Where a drawing landed, as the asker sees it. */
export function describePlace(anchor: Anchor, inView: boolean): string {
  if (!inView) return 'to the right of your existing drawings (your view had no free room for it)'
  return anchor === 'center' ? 'in the middle of your view' : `in the ${anchor.replace('-', ' ')} of your view`
}
