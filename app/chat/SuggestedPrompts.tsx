/** First prompts to try on an empty board, diagram kinds included, each one tap away. */
export const SUGGESTED_PROMPTS = [
  'a flowchart: Idea -> Prototype -> Launch',
  'an org chart: CEO; CTO and CFO under the CEO',
  'a timeline of Q1, Q2, Q3, Q4',
  'a house with a tree and a sun',
  'three red circles in a row',
] as const

export function SuggestedPrompts({ onPick, disabled }: { onPick: (prompt: string) => void; disabled: boolean }) {
  return (
    <li className="flex flex-col gap-2" data-testid="suggested-prompts">
      <p className="text-sm text-slate-700 dark:text-slate-200">Ask the AI to draw. Try one of these:</p>
      <ul className="flex flex-wrap gap-1.5">
        {SUGGESTED_PROMPTS.map((prompt) => (
          <li key={prompt}>
            <button
              type="button"
              disabled={disabled}
              onClick={() => onPick(prompt)}
              className="rounded-full border border-indigo-200 bg-white px-2.5 py-1 text-left text-xs text-indigo-800 hover:bg-indigo-50 disabled:opacity-50 dark:border-indigo-400/40 dark:bg-slate-800 dark:text-indigo-200 dark:hover:bg-slate-700"
            >
              {prompt}
            </button>
          </li>
        ))}
      </ul>
    </li>
  )
}
