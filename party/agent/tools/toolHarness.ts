/**
 * A real board for tool tests: a Y.Doc seeded like a new room, and a ToolContext over it that
 * records what each commit did. Used by the tools' and the embedded model's tests.
 */
import type { TLRecord, TLShape } from '@tldraw/tlschema'
import * as Y from 'yjs'
import { DEFAULT_VIEWPORT, type Box } from '../../../shared/agentProtocol'
import { allRecords } from '../../../shared/doc'
import { MAX_SHAPES_PER_TURN } from '../../../shared/limits'
import type { RecordChange } from '../../board/recordChange'
import { DEFAULT_PAGE_ID, seedBoard } from '../../room/seedBoard'
import { agentTools } from './index'
import type { ToolContext, ToolOutcome } from './toolTypes'

export interface ToolHarness {
  doc: Y.Doc
  context: ToolContext
  commits: RecordChange[][]
  /** Validates `input` with the tool's schema, as the AI SDK does, then applies it. */
  call(name: string, input: unknown): Promise<ToolOutcome | { ok: false; error: string; invalidInput: true }>
  shapes(): TLShape[]
  records(): TLRecord[]
}

export function createToolHarness(options: { viewport?: Box; turnId?: string } = {}): ToolHarness {
  const doc = new Y.Doc()
  seedBoard(doc)
  const commits: RecordChange[][] = []
  const context: ToolContext = {
    doc,
    turnId: options.turnId ?? 'turn-test',
    pageId: DEFAULT_PAGE_ID,
    viewport: options.viewport ?? DEFAULT_VIEWPORT,
    aliases: new Map(),
    shapeBudget: { remaining: MAX_SHAPES_PER_TURN },
    recordCommit: (changes) => commits.push(changes),
  }
  return {
    doc,
    context,
    commits,
    async call(name, input) {
      const tool = agentTools.find((candidate) => candidate.name === name)
      if (!tool) throw new Error(`no tool ${name}`)
      const parsed = tool.input.safeParse(input)
      if (!parsed.success) return { ok: false, error: parsed.error.message, invalidInput: true }
      return tool.apply(parsed.data, context)
    },
    shapes: () => allRecords(doc).filter((record): record is TLShape => record.typeName === 'shape'),
    records: () => allRecords(doc),
  }
}
