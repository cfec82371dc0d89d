/**
 * Which URLs an embed shape may show. tldraw renders any embed's URL as an iframe for every
 * viewer, so a board keeps only embeds of tldraw's own embed definitions (DEFAULT_EMBED_DEFINITIONS
 * in tldraw 5.1.1, whose hostnames are copied here because importing tldraw would bring React
 * into the room; shared/embedHosts.test.ts checks the copy against tldraw). Matching is anchored,
 * stricter than tldraw's own, so `figma.com.example.net` is no Figma.
 */

/** tldraw's embed hostnames; `*` stands for one or more labels (a subdomain or a country TLD). */
export const EMBED_HOSTNAMES: readonly string[] = [
  'beta.tldraw.com',
  'tldraw.com',
  'localhost:3000',
  'figma.com',
  'canva.com',
  'google.*',
  'val.town',
  'codesandbox.io',
  'codepen.io',
  'scratch.mit.edu',
  '*.youtube.com',
  'youtube.com',
  'youtu.be',
  'calendar.google.*',
  'docs.google.*',
  'gist.github.com',
  'replit.com',
  'felt.com',
  'open.spotify.com',
  'vimeo.com',
  'player.vimeo.com',
  'observablehq.com',
  'desmos.com',
]

const escape = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&')

const HOST_PATTERNS = EMBED_HOSTNAMES.map((hostname) => {
  const parts = hostname.split('*').map(escape)
  // A leading `*` is a subdomain; a trailing one a top-level domain such as `com` or `co.uk`.
  return new RegExp(`^${parts.join('(?:[a-z0-9-]+\\.)*[a-z0-9-]+')}$`, 'i')
})

/** True when an embed shape may show `url`: http(s) on one of tldraw's embed hosts. */
export function isAllowedEmbedUrl(url: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return false
  const host = parsed.host.replace(/^www\./, '')
  return HOST_PATTERNS.some((pattern) => pattern.test(host))
}
