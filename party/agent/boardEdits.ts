/**
 * What people changed on the board since the agent's last turn ("Alex moved Build; Sam added a
 * note 'ask legal'"), so the model can answer "what did I just add?". Fed from record changes whose
 * origin is a person's connection (never the room's own writes), attributed to the name in that
 * connection's presence, coalesced per person and shape (a drag is one move, not sixty), bounded.
 */
import type { TLRecord, TLShape } from '@tldraw/tlschema'
import { MAX_TRACKED_EDITS } from '../../shared/limits'
import { shortId } from '../board/shapeIds'
import { plainText } from '../board/richText'

export type EditVerb = 'added' | 'moved' | 'resized' | 'restyled' | 'edited' | 'changed' | 'deleted'

/** One person's latest change to one shape. */
export interface BoardEdit {
  who: string
  verb: EditVerb
  shapeId: string
  /** How the shape reads: its kind and text. */
  label: string
}

const isShape = (record: TLRecord | undefined): record is TLShape => record?.typeName === 'shape'

function textOf(shape: TLShape): string {
  const props = shape.props as Record<string, unknown>
  return shape.type === 'frame' ? String(props.name ?? '') : plainText(props.richText as never, 40)
}

/** The shape as a sentence names it: `note n3 "ask legal"`. */
export function shapeLabel(shape: TLShape): string {
  const props = shape.props as Record<string, unknown>
  const kind = shape.type === 'geo' && typeof props.geo === 'string' ? props.geo : shape.type
  const text = textOf(shape)
  return `${kind} ${shortId(shape.id)}${text ? ` ${JSON.stringify(text.length > 40 ? `${text.slice(0, 39)}…` : text)}` : ''}`
}

/** What a change did to a shape, or null when nothing a person would name changed. */
export function editVerb(before: TLShape | undefined, after: TLShape | undefined): EditVerb | null {
  if (!before && after) return 'added'
  if (before && !after) return 'deleted'
  if (!before || !after) return null
  if (textOf(before) !== textOf(after)) return 'edited'
  if (before.x !== after.x || before.y !== after.y || before.parentId !== after.parentId) return 'moved'
  const a = before.props as Record<string, unknown>
  const b = after.props as Record<string, unknown>
  if (a.w !== b.w || a.h !== b.h || a.scale !== b.scale) return 'resized'
  if (a.color !== b.color || a.fill !== b.fill || a.dash !== b.dash || a.size !== b.size || a.geo !== b.geo) return 'restyled'
  return null
}

export class BoardEdits {
  /** Keyed by person and shape; Map order is the order of the latest change. */
  private readonly edits = new Map<string, BoardEdit>()

  /** Records a change a person made. */
  record(who: string, before: TLRecord | undefined, after: TLRecord | undefined): void {
    const beforeShape = isShape(before) ? before : undefined
    const afterShape = isShape(after) ? after : undefined
    const shape = afterShape ?? beforeShape
    const verb = editVerb(beforeShape, afterShape)
    if (!shape || !verb) return
    const key = `${who}\n${shape.id}`
    const previous = this.edits.get(key)
    this.edits.delete(key)
    // Added then changed is still "added" (with its newest label); added then deleted is nothing.
    let next: EditVerb = verb
    if (previous?.verb === 'added') {
      if (verb === 'deleted') return
      next = 'added'
    } else if (previous && previous.verb !== verb && verb !== 'deleted') next = 'changed'
    this.edits.set(key, { who, verb: next, shapeId: shortId(shape.id), label: shapeLabel(shape) })
    if (this.edits.size > MAX_TRACKED_EDITS) this.edits.delete(this.edits.keys().next().value as string)
  }

  /** The edits since the last call, oldest first, and forgets them. */
  take(): BoardEdit[] {
    const edits = [...this.edits.values()]
    this.edits.clear()
    return edits
  }
}

/** The edits as one line for the model, cut to `maxChars`. */
export function describeEdits(edits: readonly BoardEdit[], maxChars: number): string {
  if (edits.length === 0) return ''
  const parts: string[] = []
  let length = 0
  for (const edit of edits.toReversed()) {
    const part = `${edit.who} ${edit.verb} ${edit.label}`
    if (length + part.length + 2 > maxChars) break
    parts.unshift(part)
    length += part.length + 2
  }
  const dropped = edits.length - parts.length
  return `${dropped > 0 ? `(${dropped} earlier edits not shown) ` : ''}${parts.join('; ')}`
}
