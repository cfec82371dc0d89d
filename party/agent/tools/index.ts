/**
 * Every tool the agent has, listed explicitly (no registration by import side effect). The list is
 * the single source for the model's tool set and for the names the chat shows.
 */
import { arrangeShapes } from './arrangeShapes'
import { createArrows } from './createArrows'
import { createDiagram } from './createDiagram'
import { createShapes } from './createShapes'
import { deleteShapes } from './deleteShapes'
import { layoutShapes } from './layoutShapes'
import { runCode } from './runCode'
import { think } from './think'
import type { AgentTool } from './toolTypes'
import { updateShapes } from './updateShapes'

export const agentTools: readonly AgentTool[] = [think, createDiagram, createShapes, createArrows, updateShapes, deleteShapes, arrangeShapes, layoutShapes, runCode]

const names = new Set<string>()
for (const tool of agentTools) {
  if (names.has(tool.name)) throw new Error(`two agent tools are named ${tool.name}`)
  names.add(tool.name)
}
