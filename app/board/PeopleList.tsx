import type { Person } from './usePeople'

export function PeopleList({ people }: { people: Person[] }) {
  return (
    <ul className="flex items-center -space-x-1" aria-label="People in this room" data-testid="people">
      {people.slice(0, 8).map((person) => (
        <li
          key={person.clientId}
          title={`${person.name}${person.isSelf ? ' (you)' : ''}${person.viewer ? ' · viewing' : ''}`}
          data-testid="person"
          data-viewer={person.viewer || undefined}
          className={`flex h-7 min-w-7 items-center justify-center rounded-full border-2 px-1.5 text-xs font-semibold text-white [text-shadow:0_0_2px_rgb(0_0_0/0.8)] ${person.viewer ? 'border-dashed border-slate-400 opacity-70' : 'border-white dark:border-slate-800'}`}
          style={{ backgroundColor: person.color }}
        >
          <span aria-hidden>{person.name.slice(0, 1).toUpperCase()}</span>
          <span className="sr-only">
            {person.name}
            {person.isSelf ? ' (you)' : ''}
            {person.viewer ? ' (viewing)' : ''}
          </span>
        </li>
      ))}
      {people.length > 8 && <li className="pl-2 text-xs text-slate-700 dark:text-slate-200">+{people.length - 8}</li>}
    </ul>
  )
}
