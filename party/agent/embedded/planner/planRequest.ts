/**
 * The sketch model's reading of a request: each recogniser (intent) in turn, most specific first,
 * until one makes a plan. The list is explicit and ordered on purpose: "make the circles blue" must
 * reach the recolour intent before the drawing intent sees "circles", and "A -> B" is a flowchart
 * whatever words it contains.
 */
import { DEFAULT_VIEWPORT } from '../../../../shared/agentProtocol'
import type { ParsedBoard } from '../../boardDescription'
import { answerOnly } from './drawingPlan'
import { arrangeIntent } from './intents/arrange'
import { clearBoardIntent, deleteIntent } from './intents/deleteShapes'
import { composeIntent } from './intents/compose'
import { connectIntent } from './intents/connect'
import { flowchartIntent } from './intents/flowchart'
import { frameIntent } from './intents/frames'
import { CAPABILITIES, helpIntent, unknownRequest } from './intents/help'
import { moveIntent, resizeIntent } from './intents/moveResize'
import { notesIntent } from './intents/notes'
import { proceduralIntent } from './intents/procedural'
import { recolorIntent, restyleIntent } from './intents/recolor'
import { relabelIntent } from './intents/relabel'
import { textIntent } from './intents/text'
import type { Intent, Plan, PlanContext } from './planTypes'

const INTENTS: readonly Intent[] = [
  helpIntent,
  clearBoardIntent,
  flowchartIntent,
  relabelIntent,
  connectIntent,
  deleteIntent,
  recolorIntent,
  restyleIntent,
  resizeIntent,
  moveIntent,
  arrangeIntent,
  frameIntent,
  notesIntent,
  textIntent,
  proceduralIntent,
  composeIntent,
]

export interface PlanInput {
  request: string
  board: ParsedBoard | null
  tools: ReadonlySet<string>
  earlierRequests: readonly string[]
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
    return answerOnly("I'd do that, but I have no drawing tools in this conversation, so I can't change the board.")
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
  }
  try {
    for (const intent of INTENTS) {
      const plan = intent(context)
      if (plan) return fitTools(plan, context.tools)
    }
    return fitTools(unknownRequest(context), context.tools)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return answerOnly(`Sorry, I got muddled by that request (${reason}). Here is what I can do:\n${CAPABILITIES.map((line) => `• ${line}`).join('\n')}`)
  }
}
