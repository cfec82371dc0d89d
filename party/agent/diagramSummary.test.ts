import { describe, expect, it } from 'vitest'
import { BoardDraft } from '../board/boardDraft'
import { draftBase } from '../board/commitDraft'
import { describeDiagrams, parseDiagramSummary } from './diagramSummary'
import { createToolHarness } from './tools/toolHarness'

describe('describeDiagrams', () => {
  it('lists each diagram with its id, kind, structure and shapes, and reads back', async () => {
    const board = createToolHarness()
    const draft = () => new BoardDraft(draftBase(board.doc), board.context.pageId)
    expect(describeDiagrams(draft())).toBe('')
    await board.call('create_diagram', { kind: 'org chart', nodes: ['CEO', { label: 'CTO', parent: 'CEO' }] })
    const text = describeDiagrams(draft())
    expect(text).toContain('id=tree-1 kind=tree')
    const [diagram] = parseDiagramSummary(`prompt before\n${text}`)
    expect(diagram).toMatchObject({ id: 'tree-1', spec: { kind: 'tree', nodes: [{ label: 'CEO' }, { label: 'CTO', parent: 'CEO' }] } })
    expect(Object.keys(diagram!.shapes).sort()).toEqual(['CEO', 'CTO'])
    // The model edits the structure it was shown: the edit keeps the same shapes.
    const edited = { ...diagram!.spec, diagram: diagram!.id, nodes: [...diagram!.spec.nodes, { label: 'COO', parent: 'CEO' }] }
    expect(await board.call('create_diagram', edited)).toMatchObject({ ok: true, result: { diagram: 'tree-1', nodes: { CEO: diagram!.shapes.CEO } } })
  })
})
