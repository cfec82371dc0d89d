/**
 * View-only link tokens (docs/permissions.md "Tokens"): a room id encrypted under keys derived from
 * the server secret SKETCHROOM_SECRET, so a token reveals nothing of the id and only this server can
 * map it back. The nonce is synthetic (an HMAC of the plaintext, as in SIV mode), which makes a
 * room's link stable without storing it; AES-GCM's tag makes any tampered token fail to open.
 * Rotating the secret changes both keys, so every earlier token stops opening.
 */
import { MIN_SECRET_CHARS, VIEW_TOKEN_PADDED_LENGTHS } from '../../shared/limits'
import { isValidRoomId } from '../../shared/roomId'

const VERSION = 1
const NONCE_BYTES = 12
const TAG_BYTES = 16

interface TokenKeys {
  nonce: CryptoKey
  encryption: CryptoKey
}

/** The secret is unusable: say why, for a 503 that tells the operator what to do. */
export class MissingSecretError extends Error {}

const keyCache = new Map<string, Promise<TokenKeys>>()

/** Checks the server secret; throws MissingSecretError explaining how to set one. */
export function requireSecret(value: unknown): string {
  if (typeof value !== 'string' || value.length === 0) {
    throw new MissingSecretError('SKETCHROOM_SECRET is not set on this server, so view-only links cannot be made or opened. Set it with `npx partykit env add SKETCHROOM_SECRET` (random text of 32+ characters) and deploy again.')
  }
  if (value.length < MIN_SECRET_CHARS) {
    throw new MissingSecretError(`SKETCHROOM_SECRET has ${value.length} characters; it needs at least ${MIN_SECRET_CHARS}. Set a longer random one with \`npx partykit env add SKETCHROOM_SECRET\`.`)
  }
  return value
}

function keysFor(secret: string): Promise<TokenKeys> {
  let keys = keyCache.get(secret)
  if (!keys) {
    keys = deriveKeys(secret)
    keyCache.clear() // one secret at a time; a rotated one is not kept
    keyCache.set(secret, keys)
  }
  return keys
}

async function deriveKeys(secret: string): Promise<TokenKeys> {
  const base = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), 'HKDF', false, ['deriveKey'])
  const derive = (info: string, algorithm: HmacImportParams | AesKeyGenParams, usages: KeyUsage[]) =>
    crypto.subtle.deriveKey(
      { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: new TextEncoder().encode(info) },
      base,
      algorithm,
      false,
      usages,
    )
  const [nonce, encryption] = await Promise.all([
    derive('sketchroom view-link nonce v1', { name: 'HMAC', hash: 'SHA-256', length: 256 }, ['sign']),
    derive('sketchroom view-link encryption v1', { name: 'AES-GCM', length: 256 }, ['encrypt', 'decrypt']),
  ])
  return { nonce, encryption }
}

/** The room id as bytes, zero-padded to the smallest length that holds it. Pure. */
export function padRoomId(roomId: string): Uint8Array<ArrayBuffer> {
  const bytes = new TextEncoder().encode(roomId)
  const length = VIEW_TOKEN_PADDED_LENGTHS.find((candidate) => candidate >= bytes.length)
  if (length === undefined || !isValidRoomId(roomId)) throw new Error('not a room id')
  const padded = new Uint8Array(length)
  padded.set(bytes)
  return padded
}

/** The room id in padded bytes, or null when the padding or the id is malformed. Pure. */
export function unpadRoomId(padded: Uint8Array): string | null {
  const end = padded.indexOf(0)
  const used = end === -1 ? padded.length : end
  if (padded.subarray(used).some((byte) => byte !== 0)) return null
  const roomId = new TextDecoder().decode(padded.subarray(0, used))
  return isValidRoomId(roomId) ? roomId : null
}

/** The view-only token of a room under a secret; the same inputs always give the same token. */
export async function viewTokenFor(roomId: string, secret: string): Promise<string> {
  const keys = await keysFor(secret)
  const plaintext = padRoomId(roomId)
  const nonce = new Uint8Array(await crypto.subtle.sign('HMAC', keys.nonce, plaintext)).subarray(0, NONCE_BYTES)
  const header = new Uint8Array([VERSION])
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv: nonce, additionalData: header }, keys.encryption, plaintext))
  const token = new Uint8Array(1 + NONCE_BYTES + sealed.length)
  token.set(header)
  token.set(nonce, 1)
  token.set(sealed, 1 + NONCE_BYTES)
  return toBase64Url(token)
}

/** The room a token opens under this secret, or null for a wrong, tampered or revoked token. */
export async function roomIdFromViewToken(token: string, secret: string): Promise<string | null> {
  const bytes = fromBase64Url(token)
  if (!bytes || bytes[0] !== VERSION) return null
  if (!VIEW_TOKEN_PADDED_LENGTHS.some((length) => bytes.length === 1 + NONCE_BYTES + length + TAG_BYTES)) return null
  const keys = await keysFor(secret)
  const nonce = bytes.subarray(1, 1 + NONCE_BYTES)
  let plaintext: Uint8Array
  try {
    plaintext = new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: nonce, additionalData: bytes.subarray(0, 1) }, keys.encryption, bytes.subarray(1 + NONCE_BYTES)))
  } catch {
    return null // wrong key (rotated secret) or tampered bytes
  }
  const roomId = unpadRoomId(plaintext)
  // Only tokens this server minted carry the synthetic nonce of their own plaintext.
  if (!roomId || (await viewTokenFor(roomId, secret)) !== token) return null
  return roomId
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '')
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return null
  try {
    const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'))
    return Uint8Array.from(binary, (char) => char.charCodeAt(0))
  } catch {
    return null
  }
}
