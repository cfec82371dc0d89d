/**
 * Diagrams (docs/diagrams.md): how long the room takes to lay out and draw a create_diagram call of
 * 20, 100 and 500 flowchart nodes (elkjs layered, in workerd), timed from the model's side — its
 * request to its follow-up carrying the result — against a one-shape create_shapes call; and the
 * first node of a streamed create_diagram as another device sees it. Goal: the first node within
 * the first 10% of the turn.
 */
import { isFollowUp, startScriptedModelServer, type ScriptedModelServer } from '../e2e/support/scriptedModelServer'
import { FIRST_SHAPE_SHARE_GOAL } from './agentStreaming'
import { timeTurn } from './support/agentTurn'
import { ms, type BenchRow } from './support/report'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startRoomServer } from '../scripts/roomServer'
import { median } from './support/stats'

/** A fresh room server for `body`; a generous start-up time, as the bench shares a busy machine. */
async function withRoomServer<T>(body: (server: { url: string; host: string }) => Promise<T>, vars: Record<string, string>): Promise<T> {
  const persistDir = mkdtempSync(path.join(os.tmpdir(), 'sketchroom-bench-'))
  const server = await startRoomServer({ persistDir, vars, startTimeoutMs: 300_000 })
  try {
    return await body({ url: server.url, host: `127.0.0.1:${server.port}` })
  } finally {
    await server.stop()
    rmSync(persistDir, { recursive: true, force: true })
  }
}

export interface DiagramBenchOptions {
  sizes: number[]
  repeats: number
}

/** A flowchart of `n` steps: a binary tree of steps plus a cross link every fifth step. */
function flowchart(n: number): string {
  const nodes = Array.from({ length: n }, (_, i) => ({ label: `Step ${i + 1}` }))
  const edges = nodes.slice(1).map((node, i) => ({ from: `Step ${Math.floor(i / 2) + 1}`, to: node.label }))
  for (let i = 5; i < n; i += 5) edges.push({ from: `Step ${i}`, to: `Step ${Math.max(1, i - 3)}` })
  return JSON.stringify({ kind: 'flowchart', nodes, edges })
}

const ONE_SHAPE = JSON.stringify({ shapes: [{ type: 'geo', x: 0, y: 0, w: 100, h: 60, text: 'one' }] })

/** A scripted model that draws what the prompt names ("diagram:<n>" or "shape") and records when it was asked. */
async function scriptedModel(options: { charsPerChunk?: number; chunkDelayMs?: number }) {
  const requests: { at: number; followUp: boolean }[] = []
  const model = await startScriptedModelServer({
    ...options,
    script: (request) => {
      const followUp = isFollowUp(request)
      requests.push({ at: performance.now(), followUp })
      if (followUp) return { kind: 'stream', text: 'Done.' }
      const prompt = String(request.messages.findLast((message) => message.role === 'user')?.content ?? '')
      const size = /diagram:(\d+)/.exec(prompt)?.[1]
      return { kind: 'stream', toolCalls: [size ? { name: 'create_diagram', arguments: flowchart(Number(size)) } : { name: 'create_shapes', arguments: ONE_SHAPE }] }
    },
  })
  return { model, requests }
}

async function layoutRows(options: DiagramBenchOptions, model: ScriptedModelServer, requests: { at: number; followUp: boolean }[]): Promise<BenchRow[]> {
  return withRoomServer(
    async (server) => {
      const callMs = async (prompt: string) => {
        const from = requests.length
        const turn = await timeTurn(server, prompt, { timeoutMs: 600_000 })
        const first = requests[from]
        const followUp = requests.slice(from).find((request) => request.followUp)
        if (turn.done.status !== 'ok' || !first || !followUp || turn.tools.some((tool) => tool.status !== 'done')) {
          throw new Error(`the turn "${prompt}" failed: ${JSON.stringify(turn.done)} ${JSON.stringify(turn.tools)}`)
        }
        return followUp.at - first.at
      }
      await callMs('diagram:10') // loads elkjs in the room
      const baseline: number[] = []
      for (let i = 0; i < options.repeats; i++) baseline.push(await callMs('shape'))
      const rows: BenchRow[] = []
      for (const size of options.sizes) {
        const times: number[] = []
        for (let i = 0; i < options.repeats; i++) times.push(await callMs(`diagram:${size}`))
        rows.push({
          benchmark: 'Diagrams (workerd)',
          case: `create_diagram, flowchart of ${size} nodes (${size - 1 + Math.floor((size - 1) / 5)} edges): laid out and drawn (median of ${options.repeats})`,
          figures: [ms('', median(times))],
          baseline: { label: 'create_shapes of one shape', figures: [ms('', median(baseline))] },
          verdict: `${(median(times) - median(baseline)).toFixed(0)} ms over one shape`,
          note: 'model asks → model hears the result; the arguments arrive in one piece (one layout)',
        })
      }
      return rows
    },
    { OPENAI_BASE_URL: model.baseUrl, AI_MODEL: 'scripted' },
  )
}

async function streamingRow(options: DiagramBenchOptions): Promise<BenchRow> {
  // About 100 tokens a second, as in the agent-streaming benchmark.
  const { model } = await scriptedModel({ charsPerChunk: 4, chunkDelayMs: 10 })
  try {
    return await withRoomServer(
      async (server) => {
        await timeTurn(server, 'diagram:10', { timeoutMs: 300_000 }) // loads elkjs in the room
        const timings = []
        for (let i = 0; i < options.repeats; i++) timings.push(await timeTurn(server, 'diagram:30', { timeoutMs: 300_000 }))
        const first = median(timings.map((timing) => timing.firstShapeMs))
        const done = median(timings.map((timing) => timing.doneMs))
        const share = first / done
        return {
          benchmark: 'Diagrams (workerd)',
          case: `streamed create_diagram of 30 nodes at ~100 tokens/s: prompt → first node on another device, → done (median of ${options.repeats})`,
          figures: [ms('first node', first), ms('done', done)],
          goal: `first node within ${FIRST_SHAPE_SHARE_GOAL * 100}% of the turn`,
          pass: share <= FIRST_SHAPE_SHARE_GOAL,
          verdict: `${(share * 100).toFixed(1)}%`,
        }
      },
      { OPENAI_BASE_URL: model.baseUrl, AI_MODEL: 'scripted' },
    )
  } finally {
    await model.close()
  }
}

export async function benchDiagrams(options: DiagramBenchOptions): Promise<BenchRow[]> {
  const { model, requests } = await scriptedModel({ charsPerChunk: 1_000_000 })
  let rows: BenchRow[]
  try {
    rows = await layoutRows(options, model, requests)
  } finally {
    await model.close()
  }
  return [...rows, await streamingRow(options)]
}
