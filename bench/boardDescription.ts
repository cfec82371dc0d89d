/**
 * Benchmark: the board description a turn sends the model, on boards of 1k and 10k shapes. Its size
 * in tokens (characters / 4) against the budget, the time to describe the board at the start of a
 * turn from the room's incremental index, and, as the baseline in the same run, the time to build
 * that index from scratch (what walking every shape each turn would cost).
 */
import * as Y from 'yjs'
import { BOARD_DESCRIPTION_TOKEN_BUDGET } from '../shared/limits'
import { writeBigBoard } from '../party/agent/bigBoard'
import { approximateTokens, describeIndexedBoard } from '../party/agent/boardDescription'
import { SpatialIndex } from '../party/agent/spatialIndex'
import { watchBoard } from '../party/agent/boardWatch'
import { DEFAULT_PAGE_ID, seedBoard } from '../party/room/seedBoard'
import { getRecords } from '../shared/doc'
import { ms, type BenchRow } from './support/report'
import { median } from './support/stats'

export interface BoardDescriptionOptions {
  sizes: number[]
  /** Descriptions timed per size; the median is reported. */
  repeats: number
}

const view = { viewport: { x: 0, y: 0, w: 1280, h: 800 }, selectedIds: [] }

function time(run: () => void, repeats: number): number {
  const times: number[] = []
  for (let i = 0; i < repeats; i++) {
    const started = performance.now()
    run()
    times.push(performance.now() - started)
  }
  return median(times)
}

export function benchBoardDescription(options: BoardDescriptionOptions): BenchRow[] {
  return options.sizes.map((size) => {
    const doc = new Y.Doc()
    seedBoard(doc)
    writeBigBoard(doc, size)
    const { index } = watchBoard(doc)
    let text = ''
    const describe = time(() => (text = describeIndexedBoard(index, DEFAULT_PAGE_ID, view)), options.repeats)
    const records = [...getRecords(doc).map.values()].map((entry) => entry.val)
    const rebuild = time(() => SpatialIndex.of(records), Math.max(1, Math.floor(options.repeats / 4)))
    const tokens = approximateTokens(text)
    return {
      benchmark: 'Board description',
      case: `${size.toLocaleString('en')} shapes, view 1280×800 (median of ${options.repeats})`,
      figures: [{ label: 'tokens', value: tokens, unit: '' }, ms('describe', describe)],
      baseline: { label: 'index every shape', figures: [ms('build', rebuild)] },
      goal: `≤ ${BOARD_DESCRIPTION_TOKEN_BUDGET.toLocaleString('en')} tokens`,
      pass: tokens <= BOARD_DESCRIPTION_TOKEN_BUDGET,
      verdict: `${Math.round((tokens / BOARD_DESCRIPTION_TOKEN_BUDGET) * 100)}% of budget`,
    }
  })
}
