import { describe, expect, it } from 'vitest'
import { routeSiteRequest } from './siteRoutes'

const assets = { fetch: async () => new Response('<!doctype html><title>board</title>') }
const lobby = {
  assets,
  env: {},
  room: () => {
    throw new Error('no room is reached for these pages')
  },
}
const get = (path: string) => routeSiteRequest(new Request(`http://127.0.0.1${path}`), lobby)

describe('routeSiteRequest', () => {
  it('answers 400 for a board link with malformed percent-encoding instead of throwing', async () => {
    for (const path of ['/r/%ZZ', '/r/%E0%A4%A']) {
      const response = await get(path)
      expect(response.status).toBe(400)
      expect(await response.text()).toContain('not a board link')
    }
  })

  it('serves the board page for a valid id', async () => {
    expect((await get('/r/abc_DEF-123')).status).toBe(200)
  })
})
