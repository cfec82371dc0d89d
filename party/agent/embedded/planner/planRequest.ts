/**
 * The sketch model's reading of a request: the router (router.ts) picks the named intent and its
 * plan; this keeps only the calls to tools the conversation offers, and turns a crash into an apology.
 */
import { DEFAULT_VIEWPORT } from '../../../../shared/agentProtocol'
import type { ParsedBoard } from '../../boardDescription'
import { answerOnly } from './drawingPlan'
import { CAPABILITIES } from './intents/help'
import type { BoardDiagram } from './parse/diagrams/diagramEdit'
import type { Plan, PlanContext } from './planTypes'
import { routeRequest } from './router'

export interface PlanInput {
  request: string
  board: ParsedBoard | null
  tools: ReadonlySet<string>
  earlierRequests: readonly string[]
  /** Diagrams on the board, from the board description (none when it lists none). */
  diagrams?: readonly BoardDiagram[]
}

/** Drops calls to tools this conversation does not offer; a plan left with nothing to do says so. */
function fitTools(plan: Plan, tools: ReadonlySet<string>): Plan {
  const planned = plan.steps.reduce((sum, step) => sum + step.calls.length, 0)
  const steps = plan.steps
    .map((step) => ({
      ...step,
      calls: step.calls.filter((call) => tools.has(call.toolName)),
      ...(step.retry ? { retry: { ...step.retry, calls: step.retry.calls.filter((call) => tools.has(call.toolName)) } } : {}),
    }))
    .filter((step) => step.calls.length > 0)
  if (planned > 0 && !steps.some((step) => step.calls.some((call) => call.toolName !== 'think'))) {
    const needed = [...new Set(plan.steps.flatMap((step) => step.calls.map((call) => call.toolName)).filter((name) => name !== 'think'))]
    return answerOnly(`I'd do that with ${needed.join(' and ')}, but this conversation does not offer ${needed.length === 1 ? 'that tool' : 'those tools'}, so I can't change the board.`)
  }
  // The opening words belong to the first step that is still there.
  const first = steps[0]
  const intro = plan.steps[0]?.text
  if (first && intro && !first.text) steps[0] = { ...first, text: intro }
  return { steps, summary: plan.summary }
}

/** The plan for a request on a board. Never throws: a bug in a recogniser becomes an apology. */
export function planRequest(input: PlanInput): Plan {
  const context: PlanContext = {
    request: input.request.slice(0, 4_000),
    board: input.board ?? { viewport: DEFAULT_VIEWPORT, selectedIds: [], shapes: [], total: 0 },
    tools: input.tools,
    earlierRequests: input.earlierRequests,
    diagrams: input.diagrams ?? [],
  }
  try {
    return fitTools(routeRequest(context).plan, context.tools)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return answerOnly(`Sorry, I got muddled by that request (${reason}). Here is what I can do:\n${CAPABILITIES.map((line) => `• ${line}`).join('\n')}`)
  }
}
