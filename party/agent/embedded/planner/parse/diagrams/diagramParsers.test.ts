/** Each diagram kind's arguments as read from its phrasings (pure: no board, no room). */
import { describe, expect, it } from 'vitest'
import { createDiagramInput, type CreateDiagramInput } from '../../../../../../shared/tools/createDiagram'
import { diagramCue } from './diagramKind'
import { cueOf, parseDiagramRequest } from './diagramRequest'
import { expandCount, readDiagramText, splitItems } from './diagramText'
import { parseSequence } from './sequenceText'
import { timelineEvent } from './timelineText'
import { wireframePart } from './wireframeText'

function parsed(request: string): CreateDiagramInput {
  const cue = cueOf(request)
  const result = cue ? parseDiagramRequest(request, cue.kind) : null
  expect(result, request).not.toBeNull()
  expect(createDiagramInput.safeParse(result?.input).success).toBe(true)
  return result!.input
}
const parents = (input: CreateDiagramInput) => Object.fromEntries(input.nodes.map((node) => [node.label, node.parent ?? null]))
const edges = (input: CreateDiagramInput) => (input.edges ?? []).map((edge) => `${edge.from}>${edge.to}${edge.label ? `:${edge.label}` : ''}`)
const labels = (input: CreateDiagramInput) => input.nodes.map((node) => node.label)

describe('cues', () => {
  it('a longer cue hides the shorter inside it; a following cue is the head noun', () => {
    expect(diagramCue('an org chart of the team')?.kind).toBe('orgChart')
    expect(diagramCue('a gantt chart')?.kind).toBe('timeline')
    expect(diagramCue('a flow chart of login')?.kind).toBe('flowchart')
    expect(diagramCue('a process timeline')?.kind).toBe('timeline')
    expect(diagramCue('a flowchart of our signup funnel')?.kind).toBe('flowchart')
    expect(diagramCue('a bar chart of 3, 4')).toBeNull()
  })

  it('lists split on commas, "and", new lines, bullets, semicolons and arrows', () => {
    const list = ['a', 'b', 'c']
    for (const text of ['a, b, c', 'a, b and c', 'a\nb\nc', '- a\n- b\n- c', 'a; b; c', 'a -> b -> c']) expect(splitItems(text)).toEqual(list)
    expect(expandCount('two engineers')).toEqual(['Engineer 1', 'Engineer 2'])
    expect(readDiagramText('a mind map about coffee', diagramCue('a mind map about coffee'))).toEqual({ topic: 'coffee', body: null, direction: null })
  })
})

describe('each kind from its phrasings', () => {
  it('flowchart: decisions with labelled branches, chains, lists and "then"', () => {
    const paid = parsed('sequence: if paid? yes -> ship, no -> remind')
    expect(paid.nodes[0]).toEqual({ label: 'paid?', type: 'decision' })
    expect(edges(paid)).toEqual(['paid?>ship:yes', 'paid?>remind:no'])
    expect(edges(parsed('Valid? -yes-> Save; Valid? -no-> Error'))).toEqual(['Valid?>Save:yes', 'Valid?>Error:no'])
    expect(edges(parsed('flowchart: plan, build, ship'))).toEqual(['plan>build', 'build>ship'])
    expect(edges(parsed('make a process: wake up then coffee then work'))).toEqual(['wake up>coffee', 'coffee>work'])
    expect(parsed('flowchart: Plan -> Build -> Ship, left to right').direction).toBe('right')
    expect(labels(parsed('a flow chart of login'))).toContain('Valid?')
    const tea = parsed('can you draw a flowchart for making tea: boil water -> add tea -> is it strong enough? -> yes: pour, no: wait')
    expect(edges(tea)).toEqual(['boil water>add tea', 'add tea>is it strong enough?', 'is it strong enough?>pour:yes', 'is it strong enough?>wait:no'])
    const login = parsed('a flowchart of login: open app, logged in? yes -> dashboard, no -> login form')
    expect(edges(login)).toEqual(['open app>logged in?', 'logged in?>dashboard:yes', 'logged in?>login form:no'])
  })

  it('org chart: parent links from "at top", "below", "under the", counts and colons', () => {
    expect(parents(parsed('an org chart: CEO at top, CTO and CFO below, two engineers under the CTO'))).toEqual({
      CEO: null, CTO: 'CEO', CFO: 'CEO', 'Engineer 1': 'CTO', 'Engineer 2': 'CTO',
    })
    expect(parents(parsed('org chart: CEO; CTO and CFO under the CEO'))).toEqual({ CEO: null, CTO: 'CEO', CFO: 'CEO' })
    expect(parents(parsed('org chart: CEO: CTO, CFO; CTO: Ann, Bob'))).toEqual({ CEO: null, CTO: 'CEO', CFO: 'CEO', Ann: 'CTO', Bob: 'CTO' })
    expect(parents(parsed('organisation chart:\nCEO\n  CTO\n    Dev\n  CFO'))).toEqual({ CEO: null, CTO: 'CEO', Dev: 'CTO', CFO: 'CEO' })
    expect(parents(parsed('org chart: CEO -> CTO, CEO -> CFO'))).toEqual({ CEO: null, CTO: 'CEO', CFO: 'CEO' })
    expect(parsed('an org chart').kind).toBe('tree')
    expect(parents(parsed('draw me an org chart with CEO at the top and CTO, CFO below'))).toEqual({ CEO: null, CTO: 'CEO', CFO: 'CEO' })
  })

  it('mind map: the topic in the centre, branches and sub-branches', () => {
    const trip = parsed('mind map of Trip: flights, hotel (cheap, central), food')
    expect(parents(trip)).toEqual({ Trip: null, flights: 'Trip', hotel: 'Trip', cheap: 'hotel', central: 'hotel', food: 'Trip' })
    const coffee = parsed('a mind map about coffee')
    expect(coffee.nodes[0]).toEqual({ label: 'Coffee' })
    expect(coffee.nodes.filter((node) => node.parent === 'Coffee').length).toBeGreaterThanOrEqual(3)
  })

  it('timeline: dates before or after the label, in the order given', () => {
    expect(parsed('timeline: 2019 founded, 2021 seed, 2023 series A').nodes).toEqual([
      { label: 'founded', date: '2019' }, { label: 'seed', date: '2021' }, { label: 'series A', date: '2023' },
    ])
    expect(labels(parsed('a timeline of Q1, Q2, Q3, Q4'))).toEqual(['Q1', 'Q2', 'Q3', 'Q4'])
    expect(timelineEvent('founded in 2019')).toEqual({ label: 'founded', date: '2019' })
    expect(timelineEvent('March: beta')).toEqual({ label: 'beta', date: 'March' })
  })

  it('sequence: short participant names and the messages in order', () => {
    const input = parsed('sequence diagram: browser calls server, server queries database')
    expect(labels(input)).toEqual(['browser', 'server', 'database'])
    expect(edges(input)).toEqual(['browser>server:calls', 'server>database:queries'])
    expect(parseSequence('user sends the form to the server, then server replies to user')?.messages).toEqual([
      { from: 'user', to: 'server', label: 'sends form' }, { from: 'server', to: 'user', label: 'replies' },
    ])
    expect(edges(parsed('sequence diagram where the user logs in to the server, the server checks the password with the database'))).toEqual([
      'user>server:logs in', 'server>database:checks password',
    ])
    expect(parseSequence('Browser -> Server: GET /login')?.messages).toEqual([{ from: 'Browser', to: 'Server', label: 'GET /login' }])
  })

  it('venn: sets, items per set and the overlap', () => {
    expect(parsed('a venn diagram of cats and dogs').nodes).toEqual([{ label: 'Cats' }, { label: 'Dogs' }, { label: 'Both', parent: ['Cats', 'Dogs'] }])
    expect(parsed('venn: cats (purr); dogs (bark); both: pets').nodes).toEqual([
      { label: 'Cats' }, { label: 'Dogs' }, { label: 'purr', parent: 'Cats' }, { label: 'bark', parent: 'Dogs' }, { label: 'pets', parent: ['Cats', 'Dogs'] },
    ])
  })

  it('venn: "comparing" three sets', () => {
    expect(labels(parsed('venn diagram comparing python, javascript and rust'))).toEqual(['Python', 'Javascript', 'Rust', 'All three'])
  })

  it('matrix: the Eisenhower cells with axis names, and any "x vs y"', () => {
    const eisenhower = parsed('a 2x2 matrix: urgent vs important')
    expect(labels(eisenhower).sort()).toEqual(['Delegate', 'Delete', 'Do', 'Schedule'])
    expect(eisenhower.axes).toEqual({ x: 'Urgent', y: 'Important' })
    // Urgent grows rightwards and important upwards: "Do" is the top-right cell.
    expect(labels(eisenhower)[1]).toBe('Do')
    expect(parsed('quadrant chart: cost vs value')).toMatchObject({ axes: { x: 'Cost', y: 'Value' } })
    expect(labels(parsed('matrix: a, b, c, d'))).toEqual(['a', 'b', 'c', 'd'])
  })

  it('kanban and table: columns, cards and cells naming their column', () => {
    expect(parsed('kanban: todo, doing, done').nodes).toEqual([{ label: 'To do' }, { label: 'Doing' }, { label: 'Done' }])
    expect(parents(parsed('kanban:\ntodo: spec, design\ndone: ship'))).toEqual({ 'To do': null, Done: null, spec: 'To do', design: 'To do', ship: 'Done' })
    const table = parsed('a table of fruits: name, colour; apple, red; banana, red')
    expect(table.nodes.filter((node) => !node.parent).map((node) => node.label)).toEqual(['name', 'colour'])
    // Two cells with one label stay two nodes.
    expect(new Set(table.nodes.map((node) => node.id ?? node.label)).size).toBe(table.nodes.length)
  })

  it('cycle, pyramid, funnel: items in order, or a known topic', () => {
    expect(labels(parsed('a cycle of plan, do, check, act'))).toEqual(['Plan', 'Do', 'Check', 'Act'])
    expect(labels(parsed('the water cycle'))).toEqual(['Evaporation', 'Condensation', 'Precipitation', 'Collection'])
    expect(labels(parsed('a pyramid: vision, strategy, tactics'))).toEqual(['Vision', 'Strategy', 'Tactics'])
    expect(parsed('a sales funnel')).toMatchObject({ kind: 'funnel', title: 'Sales funnel' })
    expect(cueOf('a pyramid of blocks') && parseDiagramRequest('a pyramid of blocks', 'pyramid')).toBeNull()
  })

  it('wireframe: a named screen, or parts typed by their words', () => {
    const login = parsed('wireframe of a login page')
    expect(login.nodes.map((node) => node.type)).toEqual(['header', 'input', 'input', 'checkbox', 'button', 'link'])
    expect(labels(login)).toEqual(expect.arrayContaining(['Email', 'Password', 'Log in']))
    expect(wireframePart('buy button')).toEqual({ label: 'Buy', type: 'button' })
    expect(wireframePart('search box')).toEqual({ label: 'Search', type: 'input' })
    expect(wireframePart('list of results')).toEqual({ label: 'Results', type: 'list' })
  })
})
