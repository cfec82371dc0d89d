/** "1 shape", "3 shapes": counts in the chat and in answers to the model. */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}
