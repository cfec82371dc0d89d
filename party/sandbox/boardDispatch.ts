/**
 * Routes one `board.<op>(…)` call from a program to the host, with the shape limit checked after
 * every write. Arguments arrive as parsed JSON; the host validates them.
 */
import { BoardInputError, type SandboxError, type SandboxHost } from './sandboxTypes'

/** Thrown when a call broke a limit of the whole run (not a mistake the program may catch and retry). */
export class RunLimitError extends Error {
  constructor(readonly error: SandboxError) {
    super(error.message)
  }
}

/** Carries out `board.<op>(...args)` on `host`; throws BoardInputError for mistakes and RunLimitError past `maxShapes`. */
export function dispatchBoardCall(host: SandboxHost, op: string, args: unknown[], maxShapes: number): unknown {
  const checkShapes = () => {
    const changed = host.shapesChanged()
    if (changed > maxShapes) {
      throw new RunLimitError({ name: 'ShapeLimitError', message: `the program changed more than ${maxShapes} shapes (at most ${maxShapes} a run)` })
    }
  }
  switch (op) {
    case 'listShapes':
      return host.listShapes()
    case 'createShape': {
      const id = host.createShape(args[0])
      checkShapes()
      return id
    }
    case 'createShapes': {
      const specs = args[0]
      if (!Array.isArray(specs)) throw new BoardInputError('expects an array of shape specs')
      return specs.map((spec, index) => {
        try {
          const id = host.createShape(spec)
          checkShapes()
          return id
        } catch (error) {
          if (error instanceof BoardInputError) throw new BoardInputError(`specs[${index}]: ${error.message}`)
          throw error
        }
      })
    }
    case 'updateShape':
      host.updateShape(args[0], args[1])
      checkShapes()
      return null
    case 'deleteShape':
      host.deleteShape(args[0])
      checkShapes()
      return null
    case 'connect': {
      const id = host.connect(args[0], args[1], args[2])
      checkShapes()
      return id
    }
    default:
      throw new BoardInputError(`there is no board operation "${op}"`)
  }
}
