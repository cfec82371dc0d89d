/**
 * `npm run bench`: runs every benchmark against our room server and its baseline in the same run,
 * prints one table, and writes bench/results.json (figures, baselines, goals, the machine) and
 * bench/results.md (the table for the README's Performance section).
 *
 * Flags: `--quick` a short smoke run; `--only=<name,…>` some benchmarks (propagation, manyRooms,
 * agent, agentBigBoard, bigBoards, sandbox, docLayout, writeGate, boardDescription, diagrams);
 * `--shapes=<n,…>` the big boards' sizes; `--no-browser` skips Chromium; `--no-build` uses the
 * built pages (dist/client, dist/bench-baseline) as they are.
 */
import { writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Browser } from '@playwright/test'
import { PROJECT_ROOT } from '../scripts/roomServer'
import { benchAgentBigBoard } from './agentBigBoard'
import { benchAgentStreaming } from './agentStreaming'
import { benchBigBoards } from './bigBoards'
import { benchBoardDescription } from './boardDescription'
import { benchDiagrams } from './diagrams'
import { benchDocLayout } from './docLayout'
import { benchManyRooms } from './manyRooms'
import { benchPropagation } from './propagation'
import { benchSandbox } from './sandbox'
import { benchWriteGate } from './writeGate'
import { launchBrowser } from './support/browser'
import { buildApp } from './support/buildApp'
import { describeMachine, machineLine } from './support/machine'
import { consoleTable, markdownTable, type BenchRow } from './support/report'

const args = new Set(process.argv.slice(2))
const quick = args.has('--quick')
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length).split(',')
const wantBrowser = !args.has('--no-browser')
const shapeSizes = process.argv.find((arg) => arg.startsWith('--shapes='))?.slice('--shapes='.length).split(',').map(Number)


interface Benchmark {
  name: string
  run(browser: Browser | null): Promise<BenchRow[]>
}

const benchmarks: Benchmark[] = [
  {
    name: 'propagation',
    run: () =>
      benchPropagation(quick ? { readerCounts: [10, 50], edits: 200, ratePerSecond: 100, warmupEdits: 20, rounds: 1 } : { readerCounts: [10, 50], edits: 1_000, ratePerSecond: 100, warmupEdits: 100, rounds: 3 }),
  },
  {
    name: 'manyRooms',
    run: () => benchManyRooms(quick ? { rooms: 40, clientsPerRoom: 3, ratePerSecond: 100, seconds: 3 } : { rooms: 200, clientsPerRoom: 3, ratePerSecond: 200, seconds: 10 }),
  },
  { name: 'agent', run: () => benchAgentStreaming({ repeats: quick ? 1 : 3 }) },
  { name: 'agentBigBoard', run: () => benchAgentBigBoard({ shapes: 10_000, repeats: quick ? 1 : 3 }) },
  { name: 'bigBoards', run: (browser) => benchBigBoards({ sizes: shapeSizes ?? (quick ? [1_000] : [1_000, 10_000]), syncRepeats: quick ? 1 : 3, browser }) },
  { name: 'sandbox', run: () => benchSandbox({ repeats: quick ? 1 : 5 }) },
  { name: 'docLayout', run: async () => benchDocLayout() },
  { name: 'writeGate', run: async () => benchWriteGate(quick ? { sizes: [100, 10_000], updates: 200 } : { sizes: [100, 10_000], updates: 2_000 }) },
  { name: 'boardDescription', run: async () => benchBoardDescription({ sizes: [1_000, 10_000], repeats: quick ? 5 : 20 }) },
  { name: 'diagrams', run: () => benchDiagrams({ sizes: [20, 100, 500], repeats: quick ? 1 : 3 }) },
]

interface BenchLog {
  name: string
  seconds: number
  error?: string
}

async function openBrowser(notes: string[]): Promise<Browser | null> {
  if (!wantBrowser) return null
  if (!args.has('--no-build')) {
    const failure = buildApp()
    if (failure) {
      notes.push(`browser rows skipped: ${failure}`)
      return null
    }
  }
  try {
    return await launchBrowser()
  } catch (error) {
    notes.push(`browser rows skipped: Chromium did not start: ${error instanceof Error ? error.message : String(error)}`)
    return null
  }
}

async function main(): Promise<void> {
  const machine = describeMachine()
  const started = Date.now()
  const loadAtStart = os.loadavg()
  const notes: string[] = []
  console.log(`Sketchroom benchmarks${quick ? ' (quick)' : ''} on ${machineLine(machine)}`)
  const selected = benchmarks.filter((benchmark) => !only || only.includes(benchmark.name))
  const browser = selected.some((benchmark) => benchmark.name === 'bigBoards') ? await openBrowser(notes) : null
  const rows: BenchRow[] = []
  const log: BenchLog[] = []
  try {
    for (const benchmark of selected) {
      const began = Date.now()
      process.stdout.write(`· ${benchmark.name} … `)
      try {
        rows.push(...(await benchmark.run(browser)))
        log.push({ name: benchmark.name, seconds: (Date.now() - began) / 1000 })
      } catch (error) {
        const message = error instanceof Error ? (error.stack ?? error.message) : String(error)
        log.push({ name: benchmark.name, seconds: (Date.now() - began) / 1000, error: message })
        rows.push({ benchmark: benchmark.name, case: 'failed', figures: [], pass: false, verdict: 'error', note: message.split('\n')[0] ?? message })
      }
      console.log(`${((Date.now() - began) / 1000).toFixed(0)} s`)
    }
  } finally {
    await browser?.close()
  }

  const seconds = (Date.now() - started) / 1000
  const loadAtEnd = os.loadavg()
  console.log(`\n${consoleTable(rows)}\n`)
  for (const note of notes) console.log(`! ${note}`)
  const load = `load average ${loadAtStart[0]?.toFixed(1)} at the start, ${loadAtEnd[0]?.toFixed(1)} at the end`
  console.log(`${machineLine(machine)}; ${load}; ${seconds.toFixed(0)} s in all`)

  const result = { generatedAt: new Date().toISOString(), quick, machine, loadAverage: { start: loadAtStart, end: loadAtEnd }, seconds, benchmarks: log, notes, rows }
  writeFileSync(path.join(PROJECT_ROOT, 'bench', 'results.json'), `${JSON.stringify(result, null, 2)}\n`)
  const rowNotes = rows.filter((row) => row.note).map((row) => `- ${row.benchmark}, ${row.case}: ${row.note}`)
  const markdown = [
    `Measured ${result.generatedAt.slice(0, 10)} with \`npm run bench${quick ? ' -- --quick' : ''}\` on ${machineLine(machine)} (${load}).`,
    '',
    markdownTable(rows),
    '',
    ...rowNotes,
    ...notes.map((note) => `- ${note}`),
    '',
  ].join('\n')
  writeFileSync(path.join(PROJECT_ROOT, 'bench', 'results.md'), markdown)
  if (log.some((entry) => entry.error)) process.exitCode = 1
}

await main()
