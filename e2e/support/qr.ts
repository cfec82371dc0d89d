/** Reads QR codes out of screenshots, as a phone camera would (jsqr + pngjs). */
import jsQR from 'jsqr'
import { PNG } from 'pngjs'

/**
 * The text of the QR code in a PNG, or null. The image is first framed in a white quiet zone:
 * a tightly cropped code (an element screenshot) is otherwise often not found.
 */
export function decodeQr(png: Buffer, quietZone = 24): string | null {
  const image = PNG.sync.read(png)
  const width = image.width + quietZone * 2
  const height = image.height + quietZone * 2
  const framed = new Uint8ClampedArray(width * height * 4).fill(255)
  for (let y = 0; y < image.height; y++) {
    const from = y * image.width * 4
    framed.set(image.data.subarray(from, from + image.width * 4), ((y + quietZone) * width + quietZone) * 4)
  }
  return jsQR(framed, width, height)?.data ?? null
}
