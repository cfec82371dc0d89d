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

/**
 * Characters of text a record holds: every string in its props and meta (labels, names, URLs).
 * Assets count 0: an image's data URL is bounded by the update and board byte limits instead.
 */
export function recordTextChars(record: TLRecord): number {
  if (record.typeName === 'asset') return 0
  let chars = 0
  const stack: unknown[] = [(record as { props?: unknown }).props, record.meta]
  while (stack.length > 0) {
    const value = stack.pop()
    if (typeof value === 'string') chars += value.length
    else if (Array.isArray(value)) stack.push(...value)
    else if (typeof value === 'object' && value !== null) stack.push(...Object.values(value))
  }
  return chars
}

/** Checks that `value`, stored under `key`, is a record tldraw both accepts and can draw. Never throws. */
export function checkBoardRecord(key: string, value: unknown): RecordCheck {
  const check = checkRecord(key, value)
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
