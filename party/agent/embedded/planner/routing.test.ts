/**
 * The router's table, pinned: each phrasing must reach the named intent. At least five phrasings
 * per diagram kind (lists with commas, "and", new lines, arrows and colons), the charts that are
 * not bar charts, and the board intents that must keep routing where they did before diagrams.
 */
import { describe, expect, it } from 'vitest'
import { createDiagramInput } from '../../../../shared/tools/createDiagram'
import { agentTools } from '../../tools'
import { routeRequest } from './router'
import type { PlanContext } from './planTypes'

const TOOLS = new Set([...agentTools.map((tool) => tool.name), 'create_diagram'])
const board = {
  viewport: { x: 0, y: 0, w: 1280, h: 720 },
  selectedIds: [],
  total: 3,
  shapes: [
    { id: 'a', type: 'geo', geo: 'ellipse', x: 0, y: 200, w: 100, h: 100, color: 'red' },
    { id: 'b', type: 'geo', geo: 'rectangle', x: 300, y: 300, w: 160, h: 80, text: 'Idea' },
    { id: 'c', type: 'note', x: 600, y: 200, w: 200, h: 200, text: 'milk', color: 'yellow' },
  ],
}
const context = (request: string): PlanContext => ({ request, board, tools: TOOLS, earlierRequests: [], diagrams: [] })

export const ROUTES: Record<string, readonly string[]> = {
  'diagram.flowchart': [
    'draw a flowchart: Idea -> Prototype -> Launch',
    'A -> B -> C',
    'sequence: if paid? yes -> ship, no -> remind',
    'a flow chart of login',
    'flowchart: plan, build, ship',
    'make a process: wake up then coffee then work',
    'process:\nPlan\nBuild\nShip',
    'workflow: design and build and test',
    'Start -> Valid?; Valid? -> Save; Valid? -> Show error',
    'draw a flowchart of our signup funnel: Visit -> Sign up -> Verify email -> Onboard',
  ],
  'diagram.graph': [
    'a graph of friends',
    'a network diagram: Ann - Bob, Bob - Cid, Cid - Ann',
    'a social graph of Ann and Bob and Cid',
    'a dependency graph: app -> api, api -> db',
    'network: router, switch, server',
  ],
  'diagram.orgChart': [
    'draw an org chart: CEO at top, CTO and CFO below, two engineers under the CTO',
    'org chart: CEO; CTO and CFO under the CEO',
    'an org chart',
    'organisation chart:\nCEO\n  CTO\n  CFO',
    'org chart: CEO -> CTO, CEO -> CFO',
    'an organizational chart of Acme: CEO manages CTO and CFO',
  ],
  'diagram.tree': [
    'a tree diagram of animals: mammals, birds and fish',
    'a family tree',
    'hierarchy: Root: A, B; A: A1, A2',
    'a decision tree',
    'taxonomy of fruit:\n- citrus\n  - lemon\n- berries',
  ],
  'diagram.mindMap': [
    'a mind map about coffee',
    'mind map of Trip: flights, hotel, food',
    'mindmap: Launch\nPR\nads\nblog',
    'a mind map of Project: goals and risks and team',
    'brainstorm map for party: music, food -> drinks',
    'spider diagram of health: sleep, food, exercise',
  ],
  'diagram.timeline': [
    'a timeline of Q1, Q2, Q3, Q4',
    'timeline: 2019 founded, 2021 seed, 2023 series A',
    'roadmap:\nMarch: beta\nJune: launch',
    'a gantt chart of design, build, test',
    'a timeline: kickoff -> beta -> launch',
    'a product roadmap for 2025 and 2026',
    'a process timeline: plan, build',
  ],
  'diagram.sequence': [
    'sequence diagram: browser calls server, server queries database',
    'a sequence diagram of login',
    'sequence diagram:\nBrowser -> Server: GET /login\nServer -> Browser: 200 OK',
    'a UML sequence: user sends form to server and then server saves it to database',
    'sequence chart: client to server: hello; server to client: hi',
  ],
  'diagram.venn': [
    'a venn diagram of cats and dogs',
    'venn: cats, dogs, birds',
    'venn diagram of cats vs dogs',
    'a venn diagram:\ncats (purr)\ndogs (bark)\nboth: pets',
    'overlapping circles for design and engineering',
  ],
  'diagram.matrix': [
    'a 2x2 matrix: urgent vs important',
    'an eisenhower matrix',
    'a 2 by 2 grid of effort and impact',
    'a swot analysis',
    'quadrant chart: cost vs value',
    'matrix: a, b, c, d',
  ],
  'diagram.kanban': [
    'kanban: todo, doing, done',
    'a kanban board',
    'set up a kanban board',
    'kanban:\ntodo: spec, design\ndoing: build\ndone: ship',
    'a sprint board with backlog and in progress and done',
    'task board: todo (write spec, design), doing, done',
  ],
  'diagram.table': [
    'a table of fruits: name, colour; apple, red; banana, yellow',
    'table:\nname | age\nAnn | 31\nBob | 42',
    'a comparison table of iPhone and Android',
    'a grid of labelled cells: a, b, c, d',
    'spreadsheet: item, price\ntea, 3\ncake, 4',
  ],
  'diagram.cycle': [
    'a cycle of plan, do, check, act',
    'the water cycle',
    'a life cycle of a frog',
    'a cycle: egg -> larva -> pupa -> adult',
    'PDCA cycle',
    'a flywheel: users\ncontent\nmore users',
  ],
  'diagram.pyramid': [
    'a pyramid: vision, strategy, tactics',
    "maslow's hierarchy of needs",
    'a testing pyramid',
    'pyramid diagram of leaders and managers and staff',
    'a pyramid chart: top\nmiddle\nbase',
  ],
  'diagram.funnel': [
    'a sales funnel',
    'a funnel: visit, sign up, activate, pay',
    'funnel chart of leads and trials and customers',
    'a hiring funnel',
    'marketing funnel:\nawareness\ninterest\naction',
  ],
  'diagram.wireframe': [
    'wireframe of a login page',
    'a wireframe: header, search box, list of results, buy button',
    'a mockup of a settings screen',
    'sketch a signup form',
    'wireframe for the checkout page',
    'a wireframe:\nnav bar\nhero image\nsign up button',
  ],
  'chart.bar': ['a bar chart of 3, 7, 5, 9', 'a chart', 'a graph of 3, 5, 9', 'bar chart: apples 3, pears 7.5, plums 0', 'a histogram of 1, 2, 2, 3'],
  'chart.pie': ['a pie chart of 1, 2, 3'],
  'pattern.grid': ['a 6 by 4 grid of squares', 'a table with 3 rows and 4 columns', 'a 3x3 matrix'],
  'pattern.spiral': ['30 circles in a spiral'],
  'pattern.pyramid': ['a pyramid of blocks', 'a pyramid with 4 rows'],
  'pattern.shapes': ['a row of 8 stars'],
  'pattern.clock': ['a clock face'],
  'pattern.checkerboard': ['a chessboard'],
  'scene.compose': ['a house', 'three red circles in a row', 'a tree', 'a house with a tree'],
  'shapes.recolor': ['make the circles blue', 'colour everything red'],
  'shapes.delete': ['delete all the sticky notes', 'remove the arrows'],
  'board.clear': ['clear the board'],
  'shapes.arrange': ['align the boxes'],
  'shapes.relabel': ['rename Idea to Concept'],
  'shapes.connect': ['connect Idea to milk'],
  notes: ['sticky notes: milk, eggs, bread'],
  frames: ['a frame called Ideas', 'three frames: To do, Doing, Done'],
  help: ['hi', 'what can you draw?'],
}

describe('the router', () => {
  const cases = Object.entries(ROUTES).flatMap(([name, requests]) => requests.map((request) => [request, name] as const))
  it.each(cases)('%j → %s', (request, name) => {
    expect(routeRequest(context(request)).name).toBe(name)
  })

  it('every diagram plan is one valid create_diagram call', () => {
    for (const [name, requests] of Object.entries(ROUTES)) {
      if (!name.startsWith('diagram.')) continue
      for (const request of requests) {
        const calls = routeRequest(context(request)).plan.steps.flatMap((step) => step.calls).filter((call) => call.toolName !== 'think')
        expect(calls.map((call) => call.toolName), request).toEqual(['create_diagram'])
        const parsed = createDiagramInput.safeParse(calls[0]?.input)
        expect(parsed.success, `${request}: ${parsed.error?.message}`).toBe(true)
      }
    }
  })

  it('sends edits of a diagram on the board to diagram.edit, and tidying to layout.tidy', () => {
    const diagrams = [
      { id: 'd1', spec: { kind: 'flowchart' as const, nodes: [{ label: 'Build' }, { label: 'Ship' }], edges: [{ from: 'Build', to: 'Ship' }] } },
      { id: 'd2', spec: { kind: 'mindmap' as const, nodes: [{ label: 'Plan' }, { label: 'Budget', parent: 'Plan' }, { label: 'CTO', parent: 'Plan' }] } },
    ]
    const joined = { ...board, shapes: [...board.shapes, { id: 'e', type: 'arrow', x: 0, y: 0, w: 10, h: 10, from: 'a', to: 'b' }] }
    const on = (request: string, selectedIds: string[] = []) => routeRequest({ ...context(request), board: { ...joined, selectedIds }, diagrams }).name
    for (const request of ['add a step Review between Build and Ship', 'make CTO report to the COO', 'remove the budget branch', 'turn it left to right', 'rename Build to Compile', 'add a step Test after Build']) {
      expect(on(request), request).toBe('diagram.edit')
    }
    expect(on('tidy up')).toBe('layout.tidy')
    expect(on('lay out the selected shapes', ['a', 'b', 'c'])).toBe('layout.tidy')
    expect(on('delete all the sticky notes')).toBe('shapes.delete')
    expect(on('make the circles blue')).toBe('shapes.recolor')
  })

  it('has at least five phrasings per diagram kind', () => {
    for (const [name, requests] of Object.entries(ROUTES)) if (name.startsWith('diagram.')) expect(requests.length, name).toBeGreaterThanOrEqual(5)
  })
})
