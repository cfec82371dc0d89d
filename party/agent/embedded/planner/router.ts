/**
 * The one router from a request to a named intent. The table is read top to bottom and the first
 * intent that makes a plan wins; the order is the design: edits to what is on the board come
 * before drawing words ("delete the timeline" is a delete), every diagram comes before the patterns
 * (so "org chart", "gantt chart", "a flow chart of login" and "a graph of friends" never reach the
 * bar chart), and scenes come last. planner/routing.test.ts pins phrasings to names.
 */
import { clearBoardIntent, deleteIntent } from './intents/deleteShapes'
import { arrangeIntent } from './intents/arrange'
import { composeIntent } from './intents/compose'
import { connectIntent } from './intents/connect'
import { diagramEditIntent, tidyIntent } from './intents/diagramEdits'
import { diagramIntent } from './intents/diagrams'
import { frameIntent } from './intents/frames'
import { helpIntent, unknownRequest } from './intents/help'
import { moveIntent, resizeIntent } from './intents/moveResize'
import { notesIntent } from './intents/notes'
import { patternIntent } from './intents/procedural'
import { recolorIntent, restyleIntent } from './intents/recolor'
import { relabelIntent } from './intents/relabel'
import { textIntent } from './intents/text'
import { PATTERNS } from './parse/proceduralText'
import type { Intent, Plan, PlanContext } from './planTypes'

/** One row of the table: a name for tests, logs and docs, and the recogniser. */
export interface NamedIntent {
  name: string
  plan: Intent
}

export const INTENT_TABLE: readonly NamedIntent[] = [
  { name: 'help', plan: helpIntent },
  { name: 'board.clear', plan: clearBoardIntent },
  { name: 'diagram.edit', plan: diagramEditIntent },
  { name: 'layout.tidy', plan: tidyIntent },
  { name: 'diagram.orgChart', plan: diagramIntent('orgChart') },
  { name: 'diagram.tree', plan: diagramIntent('tree') },
  { name: 'diagram.mindMap', plan: diagramIntent('mindMap') },
  { name: 'diagram.timeline', plan: diagramIntent('timeline') },
  { name: 'diagram.sequence', plan: diagramIntent('sequence') },
  { name: 'diagram.venn', plan: diagramIntent('venn') },
  { name: 'diagram.matrix', plan: diagramIntent('matrix') },
  { name: 'diagram.kanban', plan: diagramIntent('kanban') },
  { name: 'diagram.table', plan: diagramIntent('table') },
  { name: 'diagram.cycle', plan: diagramIntent('cycle') },
  { name: 'diagram.pyramid', plan: diagramIntent('pyramid') },
  { name: 'diagram.funnel', plan: diagramIntent('funnel') },
  { name: 'diagram.wireframe', plan: diagramIntent('wireframe') },
  { name: 'diagram.flowchart', plan: diagramIntent('flowchart') },
  { name: 'diagram.graph', plan: diagramIntent('graph') },
  { name: 'shapes.relabel', plan: relabelIntent },
  { name: 'shapes.connect', plan: connectIntent },
  { name: 'shapes.delete', plan: deleteIntent },
  { name: 'shapes.recolor', plan: recolorIntent },
  { name: 'shapes.restyle', plan: restyleIntent },
  { name: 'shapes.resize', plan: resizeIntent },
  { name: 'shapes.move', plan: moveIntent },
  { name: 'shapes.arrange', plan: arrangeIntent },
  { name: 'frames', plan: frameIntent },
  { name: 'notes', plan: notesIntent },
  { name: 'text', plan: textIntent },
  ...PATTERNS.map((reader) => ({ name: reader.name, plan: patternIntent(reader) })),
  { name: 'scene.compose', plan: composeIntent },
]

const names = new Set<string>()
for (const intent of INTENT_TABLE) {
  if (names.has(intent.name)) throw new Error(`two intents are named ${intent.name}`)
  names.add(intent.name)
}

/** The intent a request reaches and its plan; `unknown` when no intent takes it. */
export function routeRequest(context: PlanContext): { name: string; plan: Plan } {
  for (const intent of INTENT_TABLE) {
    const plan = intent.plan(context)
    if (plan) return { name: intent.name, plan }
  }
  return { name: 'unknown', plan: unknownRequest(context) }
}
