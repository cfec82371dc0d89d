/** `think`: the agent's plan in a sentence or two, shown in the chat; changes nothing. */
import { z } from 'zod'

export const thinkTool = {
  name: 'think',
  description: 'Write down your plan before drawing. The people in the room see it in the chat. Changes nothing.',
  input: z.object({ thought: z.string().min(1).max(2_000) }),
} as const
export type ThinkInput = z.infer<typeof thinkTool.input>
