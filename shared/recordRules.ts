/**
 * The rules one record must pass to be on a board, beyond tldraw's schema (shared/tldrawRecords.ts):
 * what tldraw's schema accepts but its renderer cannot draw, or draws at a cost that freezes every
 * tab. The rules between records (parents, bindings, board totals) are in party/board/boardRules.ts.
 */
import type { TLRecord } from '@tldraw/tlschema'
import { isAllowedEmbedUrl } from './embedHosts'
import { MAX_RECORD_TEXT_CHARS } from './limits'
import { checkRichText } from './richTextRules'
import { checkRecord, type RecordCheck } from './tldrawRecords'

/** Props that hold free text (the rest are tldraw styles, numbers, ids, or a drawing's points). */
const FREE_TEXT_PROPS = ['name', 'url', 'altText', 'textFirstEditedBy'] as const

/**
 * Characters of text a record holds, as a reader meets it: its rich text (text and attributes),
 * free-text props (names, URLs, alt text), its name, and every string in its meta. Style values
 * and a drawing's encoded points do not count (a 10,000-shape board's styles alone would pass any
 * sensible text limit). Assets count 0: an image's data URL is bounded by the byte limits instead.
 */
export function recordTextChars(record: TLRecord): number {
  return record.typeName === 'asset' ? 0 : stringChars(record.meta) + shownTextChars(record)
}

/**
 * Characters of the text a record shows (its name, text props and rich text), meta aside: what the
 * agent's own limits count, since the meta it writes is the room's bookkeeping (a diagram's
 * structure), bounded by the diagram limits instead.
 */
export function shownTextChars(record: TLRecord): number {
  if (record.typeName === 'asset') return 0
  const { props, name } = record as { props?: Record<string, unknown>; name?: unknown }
  let chars = typeof name === 'string' ? name.length : 0
  if (!props) return chars
  for (const key of FREE_TEXT_PROPS) if (typeof props[key] === 'string') chars += props[key].length
  if (props.richText !== undefined) chars += richTextChars(props.richText)
  return chars
}

/** Characters of every string in a JSON value. */
function stringChars(value: unknown): number {
  let chars = 0
  const stack: unknown[] = [value]
  while (stack.length > 0) {
    const item = stack.pop()
    if (typeof item === 'string') chars += item.length
    else if (Array.isArray(item)) stack.push(...item)
    else if (typeof item === 'object' && item !== null) stack.push(...Object.values(item))
  }
  return chars
}

/** Characters of a rich-text document's text and attributes (not its node and mark type names). */
function richTextChars(value: unknown): number {
  let chars = 0
  const stack: unknown[] = [value]
  while (stack.length > 0) {
    const node = stack.pop()
    if (typeof node !== 'object' || node === null) continue
    const { text, attrs, marks, content } = node as Record<string, unknown>
    if (typeof text === 'string') chars += text.length
    chars += stringChars(attrs)
    if (Array.isArray(marks)) for (const mark of marks) chars += stringChars((mark as { attrs?: unknown } | null)?.attrs)
    if (Array.isArray(content)) stack.push(...content)
  }
  return chars
}

/**
 * Checks that `value`, stored under `key`, is a record tldraw both accepts and can draw. Never
 * throws. `known`: the board's current version of the record, which passed these rules.
 */
export function checkBoardRecord(key: string, value: unknown, known?: TLRecord): RecordCheck {
  const check = checkRecord(key, value, known)
  if (!check.ok) return check
  const { record } = check
  const chars = recordTextChars(record)
  if (chars > MAX_RECORD_TEXT_CHARS) {
    return { ok: false, error: `${key}: holds ${chars} characters of text; a record holds at most ${MAX_RECORD_TEXT_CHARS}` }
  }
  if (record.typeName !== 'shape') return check
  if (record.parentId === record.id) return { ok: false, error: `${key}: a shape cannot be its own parent` }
  const props = record.props as { richText?: unknown; url?: unknown }
  if (props.richText !== undefined) {
    const richTextError = checkRichText(props.richText)
    if (richTextError) return { ok: false, error: `${key}: ${richTextError}` }
  }
  if (record.type === 'embed' && !isAllowedEmbedUrl(String(props.url))) {
    return { ok: false, error: `${key}: embeds show only tldraw's embed sites (YouTube, Figma, …), not ${String(props.url).slice(0, 60)}` }
  }
  return check
}
