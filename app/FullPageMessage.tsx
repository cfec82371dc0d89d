export function FullPageMessage({ title, message }: { title: string; message?: string }) {
  return (
    <main className="flex h-full flex-col items-center justify-center gap-3 bg-slate-50 p-6 text-center text-slate-700">
      <h1 className="text-xl font-semibold">{title}</h1>
      {message && <p className="max-w-md">{message}</p>}
      <a className="text-indigo-600 underline" href="/">
        Start a new board
      </a>
    </main>
  )
}
