/**
 * Turns drawings into a plan that draws them one after another. The AI SDK runs a step's tool
 * calls only once the step has finished streaming, so each drawing gets a step of its own: then
 * every device sees the house, then the tree, while the turn is still going, rather than
 * everything at the very end.
 */
import type { PlacedDrawing } from '../layout/arrangeDrawings'
import { MAX_PLAN_STEPS, MAX_SHAPES_PER_CALL, type Plan, type PlanStep, type PlannedCall, type ShapeSpec } from './planTypes'

/** Splits a list into consecutive chunks of at most `size`. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = []
  for (let i = 0; i < items.length; i += Math.max(1, size)) chunks.push(items.slice(i, i + Math.max(1, size)))
  return chunks
}

/** create_shapes calls for shapes, at most MAX_SHAPES_PER_CALL each. */
export function createShapesCalls(shapes: readonly ShapeSpec[]): PlannedCall[] {
  return chunk(shapes, MAX_SHAPES_PER_CALL).map((part) => ({ toolName: 'create_shapes', input: { shapes: part } }))
}

/** Groups of shapes, each one tool call, merged when there are more than a plan can take. */
export function shapeGroups(drawings: readonly PlacedDrawing[], maxGroups = MAX_PLAN_STEPS): ShapeSpec[][] {
  const groups = drawings.map((drawing) => drawing.shapes).filter((shapes) => shapes.length > 0)
  if (groups.length <= maxGroups) return groups
  return chunk(groups, Math.ceil(groups.length / maxGroups)).map((merged) => merged.flat())
}

export interface DrawingPlanOptions {
  /** First words of the answer. */
  intro: string
  /** The plan in a sentence, shown in the chat through `think`. */
  thought?: string
  drawings: readonly PlacedDrawing[]
  /** Closing words. */
  summary: string
}

/** A plan that says `intro`, thinks, then draws each drawing in its own step. */
export function drawingPlan({ intro, thought, drawings, summary }: DrawingPlanOptions): Plan {
  const steps: PlanStep[] = []
  for (const group of shapeGroups(drawings)) {
    for (const call of createShapesCalls(group)) steps.push({ calls: [call] })
  }
  return withIntro({ steps, summary }, intro, thought)
}

/** Puts the intro text and a `think` call in front of a plan's first step. */
export function withIntro(plan: Plan, intro: string, thought?: string): Plan {
  const [first, ...rest] = plan.steps
  // Nothing to draw: a step with only text would end the turn early, so say it all at once.
  if (!first) return { steps: [], summary: `${intro} ${plan.summary}`.trim() }
  const think: PlannedCall[] = thought ? [{ toolName: 'think', input: { thought } }] : []
  return { ...plan, steps: [{ ...first, text: intro, calls: [...think, ...first.calls] }, ...rest] }
}

/** A plan that only answers in words. */
export function answerOnly(text: string): Plan {
  return { steps: [], summary: text }
}
