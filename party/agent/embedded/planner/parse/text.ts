/**
 * Plain-text helpers for reading requests: politeness and drawing verbs stripped, quoted phrases
 * found, lists split ("milk, eggs and bread"). Labels keep the asker's own spelling and case.
 */

const LEAD_INS = [
  /^(hey|hi|hello|ok(ay)?|so|now|then|also|and|alright|right)[,!.]?\s+/,
  /^(please|pls|plz|kindly)\s+/,
  /^(can|could|would|will) you( please)?\s+/,
  /^(i('d| would) like( you)?( to)?|i want( you)?( to)?|i need( you)?( to)?|let'?s|go ahead and|try to|help me)\s+/,
  /^(just|quickly|also)\s+/,
]

const DRAW_VERBS =
  /^(draw|sketch|make|create|add|put|place|show( me)?|give me|generate|render|paint|build|design|do|insert|produce|drop|plot|lay out|layout|set up)\s+(me\s+)?/

/** The request without "please", "can you" and the like, trimmed, lower case. */
export function stripLeadIns(text: string): string {
  let current = text.trim().toLowerCase()
  for (let round = 0; round < 4; round++) {
    const before = current
    for (const pattern of LEAD_INS) current = current.replace(pattern, '')
    if (current === before) break
  }
  return current.replace(/[.!?]+$/, '').trim()
}

/** True when the request starts (after lead-ins) with a drawing verb. */
export function startsWithDrawVerb(text: string): boolean {
  return DRAW_VERBS.test(stripLeadIns(text))
}

/** The request after lead-ins and the drawing verb ("please draw a house" → "a house"). */
export function drawingObject(text: string): string {
  return stripLeadIns(text).replace(DRAW_VERBS, '').trim()
}

/** Same as drawingObject but keeping the asker's case, for labels. */
export function drawingObjectOriginal(text: string): string {
  const lower = text.trim().toLowerCase()
  const stripped = drawingObject(text)
  const at = lower.lastIndexOf(stripped)
  return at === -1 ? stripped : text.trim().slice(at, at + stripped.length)
}

/** Phrases in quotes ('…', "…", “…”, ‘…’), in order, with their original case. */
export function quotedPhrases(text: string): string[] {
  const found: string[] = []
  for (const match of text.matchAll(/"([^"]{1,500})"|“([^”]{1,500})”|‘([^’]{1,500})’|(?:^|[\s(:,])'([^']{1,500})'(?=$|[\s).,!?:;])/g)) {
    const phrase = match[1] ?? match[2] ?? match[3] ?? match[4]
    if (phrase && phrase.trim()) found.push(phrase.trim())
  }
  return found
}

/** Removes a pair of surrounding quotes and stray punctuation from a label. */
export function cleanLabel(text: string): string {
  return text
    .trim()
    .replace(/^["'“‘`]+|["'”’`]+$/g, '')
    .replace(/[.!;:,]+$/, '')
    .trim()
}

/**
 * Splits a written list into items: commas, semicolons, new lines, bullets and a final "and"/"or"
 * ("milk, eggs and bread" → three). Empty items are dropped; at most `max` are kept.
 */
export function splitList(text: string, max = 100): string[] {
  const normalized = text
    .replace(/\r/g, '')
    .replace(/^\s*(?:[-*•]|\d+[.)])\s+/gm, '\n')
    .replace(/\s*[;\n]\s*/g, ',')
  const parts = normalized.split(/\s*,\s*(?:and\s+|or\s+|&\s+)?|\s+(?:and|&|or|plus)\s+/i)
  return parts.map(cleanLabel).filter((part) => part.length > 0).slice(0, max)
}

/** Lower-case words of a text, punctuation removed (hyphens inside words kept). */
export function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9\s-]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
}

/** A short id-safe slug of a label ("Sign up!" → "sign-up"), never empty. */
export function slug(text: string, fallback = 'shape'): string {
  const base = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 24)
    .replace(/-+$/, '')
  return base || fallback
}

/** "1 circle", "3 circles". */
export function plural(count: number, word: string, pluralWord = `${word}s`): string {
  return `${count} ${count === 1 ? word : pluralWord}`
}

/** Joins words for prose: "a, b and c". */
export function joinWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? ''
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
}

/** The part of `original` that `lowerPart` (taken from its lower-cased form) came from, in the asker's case. */
export function inOriginalCase(original: string, lowerPart: string): string {
  const at = original.toLowerCase().lastIndexOf(lowerPart)
  return at === -1 ? lowerPart : original.slice(at, at + lowerPart.length)
}
