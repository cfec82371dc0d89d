/**
 * Files and the Boards list: a board's name reaches every device; Ctrl+S saves a `.tldr` that
 * tldraw itself can read; Ctrl+O opens it into another board for every device there, as one
 * undoable edit; the Boards list links the boards this browser opened, newest first.
 */
import { readFile } from 'node:fs/promises'
import { createTLSchema } from '@tldraw/tlschema'
import { parseTldrawJsonFile } from 'tldraw'
import { boardPath, newRoomId } from '../shared/roomId'
import { canvasPoint, drawRectangle, geoShapes, waitForBoard } from './support/boardPage'
import { expect, test } from './support/fixtures'
import { waitFor } from './support/waitFor'
import { fetchRecords } from './support/yjsClient'

test('save a board as .tldr, open it into another board for everyone, find both under Boards', async ({ openDevice, roomServer, roomId }) => {
  test.slow() // two boards, two devices, a download and an upload
  const alice = await openDevice()
  const bob = await openDevice()

  // A name every device sees, kept in tldraw's document record.
  const nameField = alice.page.getByRole('textbox', { name: 'Board name' })
  await nameField.fill('Roadmap')
  await nameField.press('Enter')
  await expect(bob.page.getByRole('textbox', { name: 'Board name' })).toHaveValue('Roadmap')
  await expect(bob.page).toHaveTitle('Roadmap · Sketchroom')

  await drawRectangle(alice.page, [0.2, 0.3], [0.3, 0.45])
  await drawRectangle(alice.page, [0.4, 0.3], [0.5, 0.45])
  await expect(geoShapes(bob.page)).toHaveCount(2)

  // Ctrl+S: a .tldr named after the board, which tldraw's own parser accepts, with both shapes.
  const download = alice.page.waitForEvent('download')
  await alice.page.keyboard.press('Control+s')
  const saved = await download
  expect(saved.suggestedFilename()).toBe('Roadmap.tldr')
  const filePath = await saved.path()
  const json = await readFile(filePath, 'utf8')
  const parsed = parseTldrawJsonFile({ json, schema: createTLSchema() })
  expect(parsed.ok).toBe(true)
  const fileShapes = JSON.parse(json).records.filter((record: { typeName: string; type?: string }) => record.typeName === 'shape' && record.type === 'geo')
  expect(fileShapes).toHaveLength(2)

  // Ctrl+O on a second board: the shapes go into that room, for a device there too.
  const secondRoom = newRoomId()
  await alice.page.goto(boardPath(secondRoom))
  await waitForBoard(alice.page)
  await bob.page.goto(boardPath(secondRoom))
  await waitForBoard(bob.page)
  const empty = await canvasPoint(alice.page, 0.05, 0.9)
  await alice.page.mouse.click(empty.x, empty.y) // gives the canvas keyboard focus
  const chooser = alice.page.waitForEvent('filechooser')
  await alice.page.keyboard.press('Control+o')
  await (await chooser).setFiles(filePath)
  await expect(geoShapes(alice.page)).toHaveCount(2)
  await expect(geoShapes(bob.page)).toHaveCount(2)
  await waitFor(async () => (await fetchRecords(roomServer.url, secondRoom)).filter((record) => record.typeName === 'shape').length === 2, {
    message: 'the opened shapes in the second room',
  })

  // It undoes like any edit, for everyone.
  await alice.page.keyboard.press('Control+z')
  await expect(geoShapes(bob.page)).toHaveCount(0)
  await alice.page.keyboard.press('Control+Shift+z')
  await expect(geoShapes(bob.page)).toHaveCount(2)

  // The Boards list: newest first, each a link to its board, the named one by its name; the open
  // board gets its thumbnail once its edits settle.
  const thumbnailStored = () =>
    alice.page.evaluate((id) => JSON.parse(localStorage.getItem('sketchroom:recent-boards') ?? '[]').some((board: { roomId: string; thumbnail?: string }) => board.roomId === id && board.thumbnail), secondRoom)
  await expect.poll(thumbnailStored).toBe(true)
  await alice.page.getByRole('button', { name: 'Boards' }).click()
  const dialog = alice.page.getByRole('dialog', { name: 'Your boards' })
  await expect(dialog).toBeVisible()
  const entries = dialog.getByTestId('recent-board')
  await expect(entries).toHaveCount(2)
  await expect(entries.nth(0)).toHaveAttribute('href', boardPath(secondRoom))
  await expect(entries.nth(0)).toHaveAttribute('aria-current', 'page')
  await expect(entries.nth(1)).toHaveAttribute('href', boardPath(roomId))
  await expect(entries.nth(1)).toContainText('Roadmap')
  await expect(entries.nth(1)).toContainText(/Opened .+ ago|Opened just now/)
  await expect(dialog.getByRole('link', { name: 'New board' })).toHaveAttribute('href', '/')
  await expect(entries.nth(0).locator('img')).toHaveAttribute('src', /^data:image\/png/)
  await entries.nth(1).click()
  await waitForBoard(alice.page)
  await expect(geoShapes(alice.page)).toHaveCount(2)
  expect(new URL(alice.page.url()).pathname).toBe(boardPath(roomId))
})
