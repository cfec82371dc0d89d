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
          className={`flex h-7 min-w-7 items-center justify-center rounded-full border-2 px-1.5 text-xs font-semibold text-white ${person.viewer ? 'border-dashed border-slate-400 opacity-70' : 'border-white'}`}
          style={{ backgroundColor: person.color }}
        >
          {person.name.slice(0, 1).toUpperCase()}
          <span className="sr-only">
            {person.name}
            {person.viewer ? ' (viewing)' : ''}
          </span>
        </li>
      ))}
      {people.length > 8 && <li className="pl-2 text-xs text-slate-500">+{people.length - 8}</li>}
    </ul>
  )
}
