/**
 * `run_code`: runs the model's program in the sandbox against a draft of the board, and commits all
 * of its changes in one transaction (`sandbox:<turnId>`) only when the run succeeds; a failed run
 * changes nothing. The program and its output travel with the outcome so the chat can show them.
 */
import { runCodeTool } from '../../../shared/tools/runCode'
import { newDraftHost } from '../../sandbox/draftHost'
import { runCode as runInSandbox } from '../../sandbox/runCode'
import { commitToolDraft, type DraftCommit } from './commitToolDraft'
import { newDraft } from './newDraft'
import { defineTool } from './toolTypes'
import { plural } from '../../../shared/plural'

function summarize({ created, updated, deleted }: Extract<DraftCommit, { ok: true }>): string {
  const parts = [
    created > 0 ? `${plural(created, 'shape')} created` : '',
    updated > 0 ? `${updated} updated` : '',
    deleted > 0 ? `${deleted} deleted` : '',
  ].filter(Boolean)
  return `Ran code: ${parts.length > 0 ? parts.join(', ') : 'no shapes changed'}`
}

export const runCode = defineTool({
  ...runCodeTool,
  describe: ({ description }) => description?.trim() || 'Running code',
  apply: async ({ code }, context) => {
    const draft = newDraft(context)
    const run = await runInSandbox(code, newDraftHost(draft, context.viewport))
    const { output } = run
    if (!run.ok) return { ok: false, error: `${run.error.name}: ${run.error.message}; nothing was changed`, code, output }
    const commit = commitToolDraft(context, draft, 'sandbox')
    if (!commit.ok) return { ok: false, error: `CommitError: ${commit.error}`, code, output }
    const { created, updated, deleted } = commit
    return { ok: true, summary: summarize(commit), result: { result: run.result, output, created, updated, deleted }, code, output }
  },
})
