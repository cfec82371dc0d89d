/**
 * The benchmarks' common result shape and how it is shown: a table on the console and in Markdown
 * (for the README's Performance section), and JSON in bench/results.json.
 */

export interface Figure {
  label: string
  value: number
  unit: 'ms' | 'µs' | 'B' | 'KiB' | 'MiB' | '×' | '%' | ''
}

/** One line of the table: our figures beside the baseline measured in the same run. */
export interface BenchRow {
  benchmark: string
  case: string
  figures: Figure[]
  baseline?: { label: string; figures: Figure[] }
  /** The goal in words, when the row has one. */
  goal?: string
  /** Whether the goal was met; undefined for rows without a goal. */
  pass?: boolean
  /** How the goal was judged (the ratio or share it came to). */
  verdict?: string
  note?: string
}

export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '–'
  const abs = Math.abs(value)
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3
  return value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 })
}

export function formatFigure(figure: Figure): string {
  const space = figure.unit === '' || figure.unit === '×' || figure.unit === '%' ? '' : ' '
  const label = figure.label ? `${figure.label} ` : ''
  return `${label}${formatNumber(figure.value)}${space}${figure.unit}`
}

const figures = (list: Figure[] | undefined) => (list ?? []).map(formatFigure).join(' · ')

function resultCell(row: BenchRow): string {
  if (row.pass === undefined) return row.verdict ?? ''
  return `${row.pass ? 'met' : 'MISSED'}${row.verdict ? ` (${row.verdict})` : ''}`
}

const HEADER = ['Benchmark', 'Case', 'Sketchroom', 'Baseline (same run)', 'Goal', 'Result']

function cells(row: BenchRow): string[] {
  const baseline = row.baseline ? `${row.baseline.label}: ${figures(row.baseline.figures)}` : ''
  return [row.benchmark, row.case, figures(row.figures), baseline, row.goal ?? '', resultCell(row)]
}

/** The rows as a Markdown table. */
export function markdownTable(rows: BenchRow[]): string {
  const escape = (cell: string) => cell.replaceAll('|', '\\|')
  const lines = [`| ${HEADER.join(' | ')} |`, `| ${HEADER.map(() => '---').join(' | ')} |`]
  for (const row of rows) lines.push(`| ${cells(row).map(escape).join(' | ')} |`)
  return lines.join('\n')
}

/** The rows as a plain-text table for the console, with notes listed under it. */
export function consoleTable(rows: BenchRow[]): string {
  const table = [HEADER, ...rows.map(cells)]
  const widths = HEADER.map((_, column) => Math.max(...table.map((line) => (line[column] ?? '').length)))
  const render = (line: string[]) => line.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' │ ')
  const rule = widths.map((width) => '─'.repeat(width)).join('─┼─')
  const notes = rows.filter((row) => row.note).map((row) => `* ${row.benchmark}, ${row.case}: ${row.note}`)
  return [render(HEADER), rule, ...rows.map((row) => render(cells(row))), ...(notes.length ? ['', ...notes] : [])].join('\n')
}

export const ms = (label: string, value: number): Figure => ({ label, value, unit: 'ms' })
export const mib = (label: string, bytes: number): Figure => ({ label, value: bytes / 2 ** 20, unit: 'MiB' })
