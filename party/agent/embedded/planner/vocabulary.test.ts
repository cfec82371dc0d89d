/**
 * A sweep over many phrasings: every plan the model makes must only contain tool calls whose input
 * passes the tools' own zod schemas (retries included), use no more steps than a turn allows, and
 * never come from a crashed recogniser.
 */
import { describe, expect, it } from 'vitest'
import { MAX_SHAPES_PER_TOOL_CALL } from '../../../../shared/limits'
import { agentTools } from '../../tools'
import { helpIntent, unknownRequest } from './intents/help'
import { planRequest } from './planRequest'
import { MAX_PLAN_STEPS, type PlanContext } from './planTypes'

const ALL_TOOLS = new Set(agentTools.map((tool) => tool.name))
const board = {
  viewport: { x: -200, y: 100, w: 1280, h: 720 },
  selectedIds: ['b'],
  total: 4,
  shapes: [
    { id: 'a', type: 'geo', geo: 'ellipse', x: 0, y: 200, w: 100, h: 100, color: 'red' },
    { id: 'b', type: 'geo', geo: 'rectangle', x: 300, y: 300, w: 160, h: 80, text: 'Idea' },
    { id: 'c', type: 'note', x: 600, y: 200, w: 200, h: 200, text: 'milk', color: 'yellow' },
    { id: 'd', type: 'arrow', x: 100, y: 250, w: 200, h: 80, from: 'a', to: 'b' },
  ],
}

const REQUESTS = [
  'three red circles in a row', 'a big blue star in the top left', '5 small green triangles in a column', 'draw 4 hearts',
  'a rainbow of stars', 'twenty-five dots', 'a dozen blue squares in a grid', 'seven tiny circles scattered around',
  'a house', 'a tree', 'a smiley', 'a sun', 'a house with a tree', 'a house with a garden', 'a village at night', 'a landscape',
  'draw a flowchart: Idea -> Prototype -> Launch', 'flowchart: Idea -> Prototype -> Launch', 'A -> B -> C',
  'draw a flowchart of our signup funnel: Visit -> Sign up -> Verify email -> Onboard', 'mind map of Launch: PR, ads, blog',
  'sticky notes: milk, eggs, bread', 'notes for: a, b and c', 'a sticky note', '3 sticky notes',
  "write 'Hello' in big letters", 'write hello world', 'a frame called Ideas', 'a kanban board', 'two frames',
  'a 6 by 4 grid of squares', '30 circles in a spiral', 'a bar chart of 3, 7, 5, 9', 'a row of 8 stars', 'a clock face',
  'a hexagon made of dots', 'a pie chart of 1, 2, 3', 'a chessboard',
  'make the circles blue', 'colour everything red', 'make it green', 'delete all the sticky notes', 'remove the arrows',
  'clear the board', 'align the boxes', 'stack the notes vertically', 'rename Idea to Concept', 'move the note down',
  'make the boxes bigger', 'connect Idea to milk', 'connect the shapes', 'make the note dashed', 'turn the circle into a heart',
  'hi', 'thanks!', 'what can you draw?', 'draw a unicorn', 'what is the capital of France?', '', '   ', '!!!', '->', 'a -> a',
  Array.from({ length: 40 }, (_, i) => `Step ${i + 1}`).join(' -> '),
  `sticky notes: ${Array.from({ length: 60 }, (_, i) => `note ${i}`).join(', ')}`,
  `a bar chart of ${Array.from({ length: 60 }, (_, i) => (i * 1.2345).toFixed(4)).join(', ')}`,
  'an org chart: CEO at top, CTO and CFO below', 'a timeline of Q1, Q2, Q3, Q4', 'a venn diagram of cats and dogs', 'a 2x2 matrix: urgent vs important',
  'sequence diagram: browser calls server', 'wireframe of a login page', 'a mind map about coffee', 'gantt chart', 'a graph of friends', 'a flow chart of login',
  `org chart: ${Array.from({ length: 150 }, (_, i) => `Person ${i}`).join(', ')}`, `timeline: ${Array.from({ length: 150 }, (_, i) => `${1900 + i} event`).join(', ')}`,
  'draw 100000 circles', 'a 1000 by 1000 grid', 'delete', 'make', 'rename to', 'connect', 'a frame called', 'sticky notes:',
]

describe('every plan is valid for the tools', () => {
  it.each(REQUESTS)('%j', (request) => {
    const plan = planRequest({ request, board, tools: ALL_TOOLS, earlierRequests: ['three circles'] })
    expect(plan.summary.length).toBeGreaterThan(0)
    expect(plan.summary).not.toMatch(/muddled/)
    expect(plan.steps.length).toBeLessThanOrEqual(MAX_PLAN_STEPS)
    for (const step of plan.steps) {
      expect(step.calls.length).toBeGreaterThan(0)
      for (const call of [...step.calls, ...(step.retry?.calls ?? [])]) {
        const tool = agentTools.find((candidate) => candidate.name === call.toolName)
        expect(tool, call.toolName).toBeDefined()
        const parsed = tool?.input.safeParse(call.input)
        expect(parsed?.success, `${call.toolName}: ${parsed?.error?.message}`).toBe(true)
        if (call.toolName === 'create_shapes') expect(call.input.shapes.length).toBeLessThanOrEqual(MAX_SHAPES_PER_TOOL_CALL)
      }
    }
  })

  it('only calls the tools it is offered', () => {
    const plan = planRequest({ request: 'a 6 by 4 grid of squares', board, tools: new Set(['create_shapes']), earlierRequests: [] })
    expect(plan.steps.flatMap((step) => step.calls.map((call) => call.toolName))).toEqual(['create_shapes'])
    const none = planRequest({ request: 'a house', board, tools: new Set(), earlierRequests: [] })
    expect(none.steps).toEqual([])
    expect(none.summary).toMatch(/does not offer/)
    expect(planRequest({ request: 'a timeline of Q1, Q2', board, tools: new Set(['create_shapes']), earlierRequests: [] }).summary).toMatch(/create_diagram/)
  })
})

describe('help and unknown requests', () => {
  const context = (request: string): PlanContext => ({ request, board, tools: ALL_TOOLS, earlierRequests: [], diagrams: [] })

  it('greets and lists what it can draw', () => {
    expect(helpIntent(context('hello there'))?.summary).toMatch(/flowcharts/)
    expect(helpIntent(context('what can you do?'))?.summary).toMatch(/sticky notes/)
  })

  it('an unknown drawing becomes a labelled note and a list of what works', () => {
    const plan = unknownRequest(context('draw a purple dragon'))
    const shapes = plan.steps[0]?.calls.find((call) => call.toolName === 'create_shapes')
    expect(shapes?.input).toMatchObject({ shapes: [{ type: 'note', text: 'a purple dragon' }] })
    expect(plan.summary).toMatch(/what I can draw/)
  })

  it('an unknown question gets words only', () => {
    expect(unknownRequest(context('what is the weather like')).steps).toEqual([])
  })
})
