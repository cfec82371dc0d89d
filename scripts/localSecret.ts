/**
 * The local server's SKETCHROOM_SECRET (docs/permissions.md "The secret"): made once, at random, and
 * kept beside the boards it signs view links for, so links survive restarts. Deleting the file (or
 * setting another SKETCHROOM_SECRET) revokes every view link made so far.
 */
import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { MIN_SECRET_CHARS } from '../shared/limits'

/** The file under a persist dir that holds its secret. */
export const SECRET_FILE = 'sketchroom-secret'

/** A fresh secret: 32 random bytes, base64url (43 characters). */
export function newSecret(): string {
  return randomBytes(32).toString('base64url')
}

/** The secret kept in `persistDir`, made and written (readable by its owner only) on first use. */
export function localSecret(persistDir: string): string {
  const file = path.join(persistDir, SECRET_FILE)
  try {
    const kept = readFileSync(file, 'utf8').trim()
    if (kept.length >= MIN_SECRET_CHARS) return kept
  } catch {
    // not made yet
  }
  const secret = newSecret()
  mkdirSync(persistDir, { recursive: true })
  writeFileSync(file, secret + '\n', { mode: 0o600 })
  return secret
}
