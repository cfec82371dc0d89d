/**
 * Timelines: "Q1, Q2, Q3, Q4", "2019 founded, 2021 seed, 2023 series A", "founded in 2019",
 * "March: beta; June: launch". A date at the start or end of an item becomes the node's `date`, the
 * rest its label; an item that is only a date is its label. Order is kept as written.
 */
import type { DiagramNode } from '../../../../../../shared/tools/createDiagram'
import { label, splitItems } from './diagramText'

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?'
const DATE =
  `(?:\\d{4}-\\d{1,2}(?:-\\d{1,2})?|\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?|(?:19|20)\\d{2}s?|q[1-4](?:\\s+(?:19|20)\\d{2})?|h[12](?:\\s+(?:19|20)\\d{2})?|` +
  `${MONTH}(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+(?:19|20)\\d{2})?|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}(?:\\s+(?:19|20)\\d{2})?|` +
  `(?:week|day|month|year|phase|sprint|stage|step|v|version)\\s*\\d+(?:\\.\\d+)*|\\d{1,2}(?::\\d{2})?\\s*(?:am|pm)|\\d{1,2}:\\d{2}|` +
  `(?:morning|noon|afternoon|evening|night|today|tomorrow|yesterday|now|next (?:week|month|year|quarter)))`
const LEADING = new RegExp(`^(${DATE})(?:\\s*[:\\-–—=]\\s*|\\s+|$)(.*)$`, 'i')
const TRAILING = new RegExp(`^(.*?)\\s*(?:[-–—:,]\\s*|\\s+(?:in|on|at|by|from|during)\\s+|\\s*\\(|\\s+)(${DATE})\\)?$`, 'i')

/** One timeline entry: its label and, when the item holds one, its date. */
export function timelineEvent(item: string): DiagramNode {
  const leading = LEADING.exec(item.trim())
  if (leading?.[1]) {
    const rest = label(leading[2] ?? '')
    // An item that is only a date ("Q1") is its own label; the room would print it twice.
    return rest ? { label: rest, date: leading[1] } : { label: leading[1] }
  }
  const trailing = TRAILING.exec(item.trim())
  if (trailing?.[2] && trailing[1]) return { label: label(trailing[1]), date: trailing[2] }
  return { label: label(item) }
}

/** Timeline events from a written list, in the order given. */
export function parseTimeline(body: string): DiagramNode[] {
  return splitItems(body).map(timelineEvent).filter((event) => event.label.length > 0)
}
