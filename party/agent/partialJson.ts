/**
 * Reads a JSON object while a model is still writing it: the text is cut after the last value that
 * is certainly complete (a closed object or array, or a closed string in the top two levels), then
 * the open brackets are closed by jsonrepair. So a half-written label never shows up, and every
 * object or list that did close is there. One pass over new text per push.
 */
import { jsonrepair } from 'jsonrepair'

export class PartialJson {
  private text = ''
  private scanned = 0
  private depth = 0
  private inString = false
  private escaped = false
  /** Length of the prefix that ends after a complete value. */
  private safe = 0

  /** Adds a piece of the text; true when the safely readable prefix grew. */
  push(delta: string): boolean {
    const before = this.safe
    this.text += delta
    for (; this.scanned < this.text.length; this.scanned++) {
      const char = this.text[this.scanned]
      if (this.inString) {
        if (this.escaped) this.escaped = false
        else if (char === '\\') this.escaped = true
        else if (char === '"') {
          this.inString = false
          if (this.depth <= 2) this.safe = this.scanned + 1
        }
      } else if (char === '"') this.inString = true
      else if (char === '{' || char === '[') this.depth++
      else if (char === '}' || char === ']') {
        this.depth--
        this.safe = this.scanned + 1
      }
    }
    return this.safe > before
  }

  /** The object so far (complete values only), or null when nothing readable has arrived. */
  value(): unknown {
    if (this.safe === 0) return null
    try {
      return JSON.parse(jsonrepair(this.text.slice(0, this.safe)))
    } catch {
      return null
    }
  }
}
