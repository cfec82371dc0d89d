/**
 * Benchmark 7, the agent on a big board: a turn with the embedded model on a board of 10,000
 * shapes, timed from the prompt's POST to the turn's first event on its stream and to its first
 * shape at another device, against the same prompt on an empty board in the same server. Goal
 * (issue 12): the turn starts streaming within 300 ms of the prompt.
 */
import { newRoomId } from '../shared/roomId'
import { buildBigBoard } from './support/bigBoard'
import { timeTurn, type TurnTiming } from './support/agentTurn'
import { ms, type BenchRow, type Figure } from './support/report'
import { withRoomServer } from './support/servers'
import { median } from './support/stats'
import { roomServerTarget } from './support/syncTarget'

export interface AgentBigBoardOptions {
  shapes: number
  /** Turns per board; the median is reported. */
  repeats: number
}

const PROMPT = 'three red circles in a row'
export const FIRST_EVENT_GOAL_MS = 300

const figures = (timings: TurnTiming[]): Figure[] => [
  ms('first event', median(timings.map((timing) => timing.firstEventMs))),
  ms('first shape', median(timings.map((timing) => timing.firstShapeMs))),
  ms('turn', median(timings.map((timing) => timing.doneMs))),
]

export async function benchAgentBigBoard(options: AgentBigBoardOptions): Promise<BenchRow[]> {
  return withRoomServer(async (server) => {
    const roomId = newRoomId()
    await buildBigBoard(roomServerTarget(server.host), roomId, options.shapes)
    const big: TurnTiming[] = []
    const empty: TurnTiming[] = []
    for (let i = 0; i < options.repeats; i++) {
      // Alternating, so a noisy moment on the machine lands on both.
      empty.push(await timeTurn(server, PROMPT))
      big.push(await timeTurn(server, PROMPT, { roomId, timeoutMs: 120_000 }))
    }
    const firstEvent = median(big.map((timing) => timing.firstEventMs))
    const failed = big.filter((timing) => timing.done.status !== 'ok').length
    return [
      {
        benchmark: 'Agent on a big board',
        case: `embedded model: "${PROMPT}" on a ${options.shapes.toLocaleString('en-US')}-shape board (median of ${options.repeats})`,
        figures: figures(big),
        baseline: { label: 'same prompt, empty board', figures: figures(empty) },
        goal: `first event ≤ ${FIRST_EVENT_GOAL_MS} ms`,
        pass: firstEvent <= FIRST_EVENT_GOAL_MS && failed === 0,
        verdict: `${firstEvent.toFixed(0)} ms`,
        ...(failed > 0 ? { note: `${failed} turn(s) ended with an error` } : {}),
      },
    ]
  })
}
