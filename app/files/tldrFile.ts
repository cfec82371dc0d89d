/**
 * Boards as `.tldr` files, tldraw's own format (docs/ux.md "Files"): tldraw's
 * `serializeTldrawJson` writes them and `parseTldrawJsonFile` reads and migrates them; this module
 * turns a parsed file into content that goes onto the current page through the store, so an opened
 * file syncs to every device and undoes like any edit.
 */
import {
  MigrationFailureReason,
  parseTldrawJsonFile,
  type TLAsset,
  type TLBinding,
  type TLContent,
  type TLRecord,
  type TLSchema,
  type TLShape,
  type TLShapeId,
  type TldrawFileParseError,
} from 'tldraw'

export type TldrContentResult = { ok: true; content: TLContent } | { ok: false; error: string }

/** What to tell a person about a file tldraw could not read, and what to do about it. Pure. */
export function describeParseError(error: TldrawFileParseError): string {
  switch (error.type) {
    case 'notATldrawFile':
      return 'This is not a tldraw file. Open a .tldr file saved from Sketchroom or tldraw.'
    case 'v1File':
      return 'This file comes from tldraw 1, which Sketchroom cannot open. Open it at tldraw.com, then save it again as .tldr.'
    case 'fileFormatVersionTooNew':
      return 'This file was saved by a newer tldraw. Update Sketchroom, or open the file in a newer tldraw.'
    case 'migrationFailed':
      return error.reason === MigrationFailureReason.TargetVersionTooNew
        ? 'This file was saved by a newer tldraw. Update Sketchroom, or open the file in a newer tldraw.'
        : 'This file is damaged and could not be upgraded. Try an earlier copy of it.'
    case 'invalidRecords':
      return 'This file is damaged: some of its records fail tldraw\u2019s checks. Try an earlier copy of it.'
  }
}

/**
 * The shapes, bindings and assets of a `.tldr` file as tldraw content for the current page (shapes
 * of every page in the file land together). Pure apart from tldraw's migrations.
 */
export function tldrContent(json: string, schema: TLSchema): TldrContentResult {
  const parsed = parseTldrawJsonFile({ json, schema })
  if (!parsed.ok) return { ok: false, error: describeParseError(parsed.error) }
  const records: TLRecord[] = parsed.value.allRecords()
  const shapes = records.filter((record): record is TLShape => record.typeName === 'shape')
  if (shapes.length === 0) return { ok: false, error: 'This file has no shapes in it, so there is nothing to open.' }
  const shapeIds = new Set<TLShapeId>(shapes.map((shape) => shape.id))
  return {
    ok: true,
    content: {
      shapes,
      // A shape's parent is a page or another shape of the file; the pages' children are the roots.
      rootShapeIds: shapes.filter((shape) => !shapeIds.has(shape.parentId as TLShapeId)).map((shape) => shape.id),
      bindings: records.filter((record): record is TLBinding => record.typeName === 'binding'),
      assets: records.filter((record): record is TLAsset => record.typeName === 'asset'),
      schema: schema.serialize(),
    },
  }
}

/** A file name for a board: its name made safe for file systems, or a default. Pure. */
export function tldrFileName(boardName: string): string {
  const safe = boardName
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 60)
  return `${safe || 'Sketchroom board'}.tldr`
}
