import { thinkTool } from '../../../shared/tools/think'
import { defineTool } from './toolTypes'

export const think = defineTool({
  ...thinkTool,
  describe: ({ thought }) => thought,
  apply: ({ thought }) => ({ ok: true, summary: thought, result: 'noted' }),
})
