/**
 * Finds the complete items of one array field in a tool call's JSON input while the model is
 * still writing it, so each shape can be drawn as soon as its object closes instead of when the
 * whole call (or the model's step) ends. One pass over the text as it arrives: a string/escape
 * aware depth counter, no re-parsing of what was already seen.
 */

export class StreamedItems {
  private text = ''
  private scanned = 0
  private depth = 0
  private inString = false
  private escaped = false
  /** The last string seen directly in the top-level object: the key of the value that follows. */
  private lastKey = ''
  private stringStart = -1
  private inField = false
  private itemStart = -1

  constructor(private readonly field: string) {}

  /** Adds a piece of the input; returns the items whose objects closed in it, parsed. */
  push(delta: string): unknown[] {
    this.text += delta
    const found: unknown[] = []
    for (; this.scanned < this.text.length; this.scanned++) {
      const char = this.text[this.scanned]
      if (this.inString) {
        if (this.escaped) this.escaped = false
        else if (char === '\\') this.escaped = true
        else if (char === '"') {
          this.inString = false
          if (this.depth === 1) this.lastKey = this.text.slice(this.stringStart + 1, this.scanned)
        }
        continue
      }
      if (char === '"') {
        this.inString = true
        this.stringStart = this.scanned
      } else if (char === '{' || char === '[') {
        this.depth++
        if (char === '[' && this.depth === 2 && this.lastKey === this.field) this.inField = true
        else if (char === '{' && this.inField && this.depth === 3) this.itemStart = this.scanned
      } else if (char === '}' || char === ']') {
        if (char === '}' && this.inField && this.depth === 3 && this.itemStart !== -1) {
          const item = this.text.slice(this.itemStart, this.scanned + 1)
          this.itemStart = -1
          try {
            found.push(JSON.parse(item))
          } catch {
            // Not JSON after all: leave it to the complete call, which reports the error.
          }
        } else if (char === ']' && this.inField && this.depth === 2) this.inField = false
        this.depth--
      }
    }
    return found
  }
}
