/**
 * An assistant reply as markdown (lists, bold, code, links) through react-markdown. No raw HTML is
 * ever rendered (react-markdown shows it as text without a raw-HTML plugin) and its default URL
 * filter drops `javascript:` links, so a reply cannot inject markup.
 */
import Markdown, { type Components } from 'react-markdown'

const components: Components = {
  p: ({ children }) => <p className="my-1 first:mt-0 last:mb-0">{children}</p>,
  ul: ({ children }) => <ul className="my-1 list-disc pl-5">{children}</ul>,
  ol: ({ children }) => <ol className="my-1 list-decimal pl-5">{children}</ol>,
  a: ({ children, href }) => (
    <a href={href} target="_blank" rel="noopener noreferrer" className="text-indigo-700 underline dark:text-indigo-300">
      {children}
    </a>
  ),
  code: ({ children, className }) => <code className={`rounded bg-slate-100 px-1 font-mono text-[0.85em] text-slate-900 dark:bg-slate-900 dark:text-slate-100 ${className ?? ''}`}>{children}</code>,
  pre: ({ children }) => <pre className="my-1 overflow-x-auto rounded bg-slate-100 p-2 text-xs dark:bg-slate-900">{children}</pre>,
  h1: ({ children }) => <p className="my-1 font-semibold">{children}</p>,
  h2: ({ children }) => <p className="my-1 font-semibold">{children}</p>,
  h3: ({ children }) => <p className="my-1 font-semibold">{children}</p>,
  img: ({ alt }) => <span>{alt}</span>,
}

export function ChatMarkdown({ text }: { text: string }) {
  return <Markdown components={components}>{text}</Markdown>
}
