/**
 * Diagrams made of columns: kanban boards ("todo, doing, done"; "todo: spec, design; done: ship";
 * "todo (spec, design), doing") and tables ("name, colour; apple, red; banana, yellow", one row per
 * line or semicolon, the first row the header). Cards and cells name their column as `parent`.
 */
import type { DiagramNode } from '../../../../../../shared/tools/createDiagram'
import { capitalized, label, splitItems } from './diagramText'

const COLUMN_NAMES: Record<string, string> = { todo: 'To do', 'to do': 'To do', 'to-do': 'To do', wip: 'In progress', 'in progress': 'In progress' }

/** A column title as a board shows it: "todo" → "To do", otherwise capitalised. */
export function columnTitle(text: string): string {
  return COLUMN_NAMES[text.toLowerCase()] ?? capitalized(text)
}

/** Columns and their cards; null when no column is named. */
export function parseKanban(body: string): DiagramNode[] | null {
  const groups: string[] = []
  const masked = body.replace(/\(([^()]*)\)/g, (_, inner: string) => `(#${groups.push(inner) - 1})`)
  const columns: DiagramNode[] = []
  const cards: DiagramNode[] = []
  for (const statement of masked.split(/\s*[;\n]\s*/).filter(Boolean)) {
    const colon = /^([^:]+):\s*(.*)$/.exec(statement)
    const entries = colon?.[1] ? [{ name: colon[1], members: colon[2] ?? '' }] : splitItems(statement).map((name) => ({ name, members: '' }))
    for (const entry of entries) {
      const inner = /^(.*?)\s*\(#(\d+)\)$/.exec(entry.name.trim())
      const title = columnTitle(label(inner?.[1] ?? entry.name))
      if (!title || columns.some((column) => column.label === title)) continue
      columns.push({ label: title })
      const members = [entry.members, inner ? (groups[Number(inner[2])] ?? '') : ''].filter(Boolean).join(', ')
      cards.push(...splitItems(members).map((card) => ({ label: card, parent: title })))
    }
  }
  return columns.length > 0 ? [...columns, ...cards] : null
}

/** A table's header and cells: rows by line or semicolon, cells by comma or "|". Null without a header. */
export function parseTable(body: string): DiagramNode[] | null {
  // One row written as a list ("iPhone and Android") is the header alone.
  if (!/[;\n|,\t]/.test(body)) return parseTable(splitItems(body).join(', '))
  const rows = body
    .split(/\s*[;\n]\s*/)
    .map((row) => row.replace(/^\||\|$/g, '').split(/\s*[|,\t]\s*/).map(label))
    .filter((row) => row.some(Boolean))
  const header = rows[0]
  if (!header || header.length === 0) return null
  const columns = header.map((name, i) => name || `Column ${i + 1}`)
  const cells = rows.slice(1).flatMap((row) => columns.map((column, i) => ({ label: row[i] ?? '', parent: column })))
  return [...columns.map((column) => ({ label: column })), ...cells]
}

/** Items laid out as a grid of labelled cells, `columns` wide: the first row names the columns. */
export function gridAsTable(items: readonly string[]): DiagramNode[] | null {
  if (items.length === 0) return null
  const width = Math.max(1, Math.ceil(Math.sqrt(items.length)))
  const rows: string[][] = []
  for (let i = 0; i < items.length; i += width) rows.push(items.slice(i, i + width))
  return parseTable(rows.map((row) => row.join(' | ')).join('\n'))
}
