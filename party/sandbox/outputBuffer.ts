/** A program's console output, kept to a fixed number of characters so a chatty loop cannot flood the chat or the model. */
export class OutputBuffer {
  private text = ''
  private cut = false

  constructor(private readonly maxChars: number) {}

  append(line: string): void {
    if (this.cut) return
    const room = this.maxChars - this.text.length
    const next = `${line}\n`
    if (next.length <= room) {
      this.text += next
      return
    }
    this.text += next.slice(0, Math.max(0, room))
    this.cut = true
  }

  toString(): string {
    return this.cut ? `${this.text}\n… (output cut at ${this.maxChars} characters)` : this.text
  }
}
