/**
 * Benchmark 3, agent streaming: prompt → first agent shape seen by another client, and → end of the
 * turn, with the embedded model (default settings) and with a local OpenAI-compatible server
 * streaming a scripted answer at a fixed token rate. Goal: the first shape arrives within the first
 * 10% of the turn, i.e. shapes stream in as the model writes rather than at the end.
 */
import { isFollowUp, startScriptedModelServer, type ScriptedToolCall } from '../e2e/support/scriptedModelServer'
import { timeTurn, type TurnTiming } from './support/agentTurn'
import { ms, type BenchRow } from './support/report'
import { withRoomServer } from './support/servers'
import { median } from './support/stats'

export interface AgentStreamingOptions {
  /** Turns per case; the median is reported. */
  repeats: number
}

export const FIRST_SHAPE_SHARE_GOAL = 0.1

const EMBEDDED_PROMPTS = ['draw a flowchart: Idea -> Prototype -> Launch', 'a house with a tree', 'three red circles in a row']

/** The scripted model: 8 create_shapes calls of two shapes each, then a short answer. */
const SCRIPTED_CALLS = 8
const CHARS_PER_CHUNK = 4 // about one token
const CHUNK_DELAY_MS = 10 // so about 100 tokens a second, a brisk hosted model

function scriptedCalls(): ScriptedToolCall[] {
  return Array.from({ length: SCRIPTED_CALLS }, (_, i) => ({
    name: 'create_shapes',
    arguments: JSON.stringify({
      shapes: [
        { type: 'geo', geo: 'rectangle', x: i * 140, y: 0, w: 120, h: 80, color: 'blue', text: `Step ${i + 1}` },
        { type: 'geo', geo: 'ellipse', x: i * 140 + 30, y: 120, w: 60, h: 60, color: 'green' },
      ],
    }),
  }))
}

function row(label: string, timings: TurnTiming[], note?: string): BenchRow {
  const first = median(timings.map((timing) => timing.firstShapeMs))
  const done = median(timings.map((timing) => timing.doneMs))
  const share = first / done
  const failed = timings.filter((timing) => timing.done.status !== 'ok').length
  return {
    benchmark: 'Agent streaming',
    case: `${label} (median of ${timings.length})`,
    figures: [ms('first shape', first), ms('turn', done), { label: 'shapes', value: median(timings.map((timing) => timing.done.shapesCreated)), unit: '' }],
    baseline: { label: 'turn time', figures: [ms('', done)] },
    goal: `first shape ≤ ${FIRST_SHAPE_SHARE_GOAL * 100}% of turn`,
    pass: share <= FIRST_SHAPE_SHARE_GOAL && failed === 0,
    verdict: `${(share * 100).toFixed(0)}%`,
    ...(note || failed ? { note: [note, failed ? `${failed} turn(s) ended with an error` : ''].filter(Boolean).join('; ') } : {}),
  }
}

async function repeat(times: number, turn: () => Promise<TurnTiming>): Promise<TurnTiming[]> {
  const timings: TurnTiming[] = []
  for (let i = 0; i < times; i++) timings.push(await turn())
  return timings
}

export async function benchAgentStreaming(options: AgentStreamingOptions): Promise<BenchRow[]> {
  const rows: BenchRow[] = []
  await withRoomServer(async (server) => {
    for (const prompt of EMBEDDED_PROMPTS) {
      rows.push(row(`embedded model: "${prompt}"`, await repeat(options.repeats, () => timeTurn(server, prompt))))
    }
  })
  const model = await startScriptedModelServer({
    script: (request) => (isFollowUp(request) ? { kind: 'stream', text: 'Done: sixteen shapes in two rows.' } : { kind: 'stream', text: 'Drawing the steps now.', toolCalls: scriptedCalls() }),
    charsPerChunk: CHARS_PER_CHUNK,
    chunkDelayMs: CHUNK_DELAY_MS,
  })
  try {
    await withRoomServer(
      async (server) => {
        const timings = await repeat(options.repeats, () => timeTurn(server, 'draw the steps'))
        const rate = Math.round((1000 / CHUNK_DELAY_MS) * CHARS_PER_CHUNK)
        rows.push(row(`OpenAI-compatible server, ${SCRIPTED_CALLS} create_shapes calls at ${rate} chars/s`, timings))
      },
      { OPENAI_BASE_URL: model.baseUrl, AI_MODEL: 'scripted' },
    )
  } finally {
    await model.close()
  }
  return rows
}
