/**
 * Counts as people write them: digits, number words ("twenty-five"), and idioms ("a dozen",
 * "a couple of"). The sketch model reads requests, not forms, so "three", "3" and "a few" must all work.
 */

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
}
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
}
/** Words that stand for a count on their own. */
const IDIOMS: Record<string, number> = {
  a: 1, an: 1, single: 1, lone: 1, pair: 2, couple: 2, both: 2, few: 3, several: 4, some: 3,
  dozen: 12, hundred: 100, many: 8, lots: 8,
}

/** A count found in a list of words: its value and how many words it spans. */
export interface CountMatch {
  value: number
  length: number
}

/** Reads a count starting at `words[index]`; null when the word is not a number. */
export function readCount(words: readonly string[], index: number): CountMatch | null {
  const word = words[index]
  if (word === undefined) return null
  const digits = /^(\d{1,4})(?:st|nd|rd|th)?$/.exec(word)
  if (digits) return { value: Number(digits[1]), length: 1 }
  if (word === 'half' && words[index + 1] === 'a' && words[index + 2] === 'dozen') return { value: 6, length: 3 }
  if (word === 'a' && words[index + 1] === 'dozen') return { value: 12, length: 2 }
  if (word === 'a' && words[index + 1] === 'hundred') return { value: 100, length: 2 }
  if ((word === 'a' || word === 'one') && (words[index + 1] === 'couple' || words[index + 1] === 'pair')) {
    return { value: 2, length: words[index + 2] === 'of' ? 3 : 2 }
  }
  if (word === 'a' && words[index + 1] === 'few') return { value: 3, length: 2 }
  if (word === 'lots' && words[index + 1] === 'of') return { value: 8, length: 2 }
  const hyphen = word.split('-')
  if (hyphen.length === 2 && TENS[hyphen[0] ?? ''] !== undefined && UNITS[hyphen[1] ?? ''] !== undefined) {
    return { value: (TENS[hyphen[0] ?? ''] ?? 0) + (UNITS[hyphen[1] ?? ''] ?? 0), length: 1 }
  }
  const tens = TENS[word]
  if (tens !== undefined) {
    const unit = UNITS[words[index + 1] ?? '']
    return unit !== undefined && unit > 0 && unit < 10 ? { value: tens + unit, length: 2 } : { value: tens, length: 1 }
  }
  const unit = UNITS[word]
  if (unit !== undefined) {
    if (words[index + 1] === 'hundred') return { value: unit * 100, length: 2 }
    return { value: unit, length: 1 }
  }
  const idiom = IDIOMS[word]
  if (idiom !== undefined) return { value: idiom, length: words[index + 1] === 'of' && word !== 'a' ? 2 : 1 }
  return null
}

/** Parses a lone number word or numeral ("seven", "12", "twenty-one"); null otherwise. */
export function parseNumberWord(text: string): number | null {
  const words = text.trim().toLowerCase().split(/\s+/)
  const match = readCount(words, 0)
  return match && match.length === words.length ? match.value : null
}

/** A number pattern usable inside other regular expressions: digits or a number word. */
export const NUMBER_PATTERN =
  '(\\d{1,4}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|' +
  'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a dozen|dozen|a hundred|hundred)'

/** Value of a match of NUMBER_PATTERN. */
export function numberFromPattern(text: string | undefined): number | null {
  if (text === undefined) return null
  return parseNumberWord(text.replace(' ', '-')) ?? parseNumberWord(text)
}
