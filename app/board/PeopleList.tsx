import type { Person } from './usePeople'

export function PeopleList({ people }: { people: Person[] }) {
  return (
    <ul className="flex items-center -space-x-1" aria-label="People in this room" data-testid="people">
      {people.slice(0, 8).map((person) => (
        <li
          key={person.clientId}
          title={person.isSelf ? `${person.name} (you)` : person.name}
          data-testid="person"
          className="flex h-7 min-w-7 items-center justify-center rounded-full border-2 border-white px-1.5 text-xs font-semibold text-white [text-shadow:0_0_2px_rgb(0_0_0/0.8)] dark:border-slate-800"
          style={{ backgroundColor: person.color }}
        >
          <span aria-hidden>{person.name.slice(0, 1).toUpperCase()}</span>
          <span className="sr-only">{person.isSelf ? `${person.name} (you)` : person.name}</span>
        </li>
      ))}
      {people.length > 8 && <li className="pl-2 text-xs text-slate-700 dark:text-slate-200">+{people.length - 8}</li>}
    </ul>
  )
}
