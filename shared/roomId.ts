/** Room ids name boards in URLs; anyone holding one can open the board, so new ones must be unguessable. */

/** What a room id may look like (README "Run it"): url-safe, 1–64 characters. */
export const ROOM_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/

/** Characters of a generated id: 64 symbols, so each carries 6 random bits. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'

/** Length of generated ids: 22 × 6 = 132 random bits. */
export const NEW_ROOM_ID_LENGTH = 22

export function isValidRoomId(value: string): boolean {
  return ROOM_ID_PATTERN.test(value)
}

/** A fresh, unguessable room id from the platform's CSPRNG. */
export function newRoomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(NEW_ROOM_ID_LENGTH))
  let id = ''
  // 256 is a multiple of 64, so `byte & 63` is uniform.
  for (const byte of bytes) id += ALPHABET[byte & 63]
  return id
}

/** The board's page path for a room id. */
export function boardPath(roomId: string): string {
  return `/r/${roomId}`
}
