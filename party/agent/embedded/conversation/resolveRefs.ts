/**
 * Names the model gave its shapes ("idea") and the ids the board answered with ("idea-2" when
 * "idea" was taken): later calls in the turn use the board's ids, so arrows and frames find the
 * right shapes even when the turn code does not keep the model's names.
 */
import type { PlannedCall } from '../planner/planTypes'

const swap = (ref: string, ids: ReadonlyMap<string, string>) => ids.get(ref.replace(/^shape:/, '')) ?? ref

/** The call with every reference to a named shape replaced by the id the board gave it. */
export function resolveRefs(call: PlannedCall, ids: ReadonlyMap<string, string>): PlannedCall {
  if (ids.size === 0) return call
  switch (call.toolName) {
    case 'create_arrows':
      return {
        ...call,
        input: {
          arrows: call.input.arrows.map((arrow) => ({
            ...arrow,
            from: typeof arrow.from === 'string' ? swap(arrow.from, ids) : arrow.from,
            to: typeof arrow.to === 'string' ? swap(arrow.to, ids) : arrow.to,
          })),
        },
      }
    case 'create_shapes':
      return { ...call, input: { shapes: call.input.shapes.map((shape) => (shape.parent ? { ...shape, parent: swap(shape.parent, ids) } : shape)) } }
    case 'update_shapes':
      return { ...call, input: { updates: call.input.updates.map((update) => ({ ...update, id: swap(update.id, ids) })) } }
    case 'delete_shapes':
      return { ...call, input: { ids: call.input.ids.map((id) => swap(id, ids)) } }
    case 'arrange_shapes':
      return { ...call, input: { ...call.input, ids: call.input.ids.map((id) => swap(id, ids)) } }
    default:
      return call
  }
}
