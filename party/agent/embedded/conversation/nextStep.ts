/**
 * Which step of its plan the model takes now, from the steps it already took in this turn: the
 * next planned step; the step's easy fix, once, after a failure; or the closing words, which say
 * plainly what failed when something did. Tool call ids carry the plan step they belong to
 * ("call_2_…", "call_2r_…" for a retry), the way a model's own ids are opaque to everyone else.
 */
import { MAX_STEPS_PER_TURN } from '../../../../shared/limits'
import type { Plan, PlannedCall } from '../planner/planTypes'
import type { SeenStep } from './readPrompt'
import { resolveRefs } from './resolveRefs'
import { createdRefs } from './toolResults'

export interface EmittedCall {
  toolCallId: string
  toolName: string
  input: unknown
}

/** What the model says and calls in this step. */
export interface StepOutput {
  text: string
  calls: EmittedCall[]
  finish: 'tool-calls' | 'stop'
}

interface StepTag {
  index: number
  retry: boolean
}

function tagOf(step: SeenStep): StepTag | null {
  for (const call of step.calls) {
    const match = /^call_(\d+)(r?)_/.exec(call.toolCallId)
    if (match) return { index: Number(match[1]), retry: match[2] === 'r' }
  }
  return null
}

function failuresOf(step: SeenStep): { toolName: string; error: string }[] {
  return step.calls.flatMap((call) => {
    const answer = step.answers.get(call.toolCallId)
    if (!answer) return [{ toolName: call.toolName, error: 'no answer came back' }]
    return answer.ok ? [] : [{ toolName: call.toolName, error: answer.error ?? 'it failed' }]
  })
}

const quote = (text: string) => `“${text.length > 240 ? `${text.slice(0, 239)}…` : text}”`

export function nextStep(plan: Plan, steps: readonly SeenStep[], newId: () => string): StepOutput {
  const saidBefore = steps.some((step) => step.text.trim().length > 0)
  const closing = (text: string): StepOutput => ({ text: saidBefore ? `\n\n${text}` : text, calls: [], finish: 'stop' })
  const emit = (index: number, text: string | undefined, calls: PlannedCall[], retry: boolean): StepOutput => {
    const ids = new Map<string, string>()
    for (const step of steps) for (const answer of step.answers.values()) if (answer.ok) createdRefs(answer.value, ids)
    return {
      text: text ?? '',
      calls: calls.map((call) => {
        const resolved = resolveRefs(call, ids)
        return { toolCallId: `call_${index}${retry ? 'r' : ''}_${newId()}`, toolName: resolved.toolName, input: resolved.input }
      }),
      finish: 'tool-calls',
    }
  }

  const last = steps.at(-1)
  if (!last) {
    const first = plan.steps[0]
    return first ? emit(0, first.text, first.calls, false) : closing(plan.summary)
  }
  const tags = steps.map(tagOf)
  const lastTag = tags.at(-1) ?? { index: tags.filter((tag) => !tag?.retry).length - 1, retry: false }
  const retried = tags.some((tag) => tag?.retry)
  // Leave room for the closing words within the turn's step limit.
  const outOfSteps = steps.length >= MAX_STEPS_PER_TURN - 1

  const failures = failuresOf(last)
  if (failures.length > 0) {
    const planned = plan.steps[lastTag.index]
    const first = failures[0] ?? { toolName: 'a tool', error: 'it failed' }
    if (planned?.retry && !retried && !outOfSteps) {
      return emit(lastTag.index, planned.retry.text.replace('{error}', first.error), planned.retry.calls, true)
    }
    const done = lastTag.index > 0 || retried ? ' What was drawn before that is still on the board.' : ''
    const again = retried ? ' I tried once more another way, and that failed too.' : ''
    return closing(`I couldn't finish: ${first.toolName} answered ${quote(first.error)}.${again}${done} Nothing else was changed.`)
  }

  const nextIndex = lastTag.index + 1
  const planned = plan.steps[nextIndex]
  if (planned && !outOfSteps) return emit(nextIndex, planned.text, planned.calls, false)
  if (planned) return closing(`I ran out of steps for this turn before I finished. Ask me to carry on and I'll do the rest.`)
  const fixed = retried ? 'That worked on the second try. ' : ''
  return closing(fixed + plan.summary)
}
