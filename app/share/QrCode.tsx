import { useEffect, useState } from 'react'
import QRCode from 'qrcode'

/** A QR code of `value` as an image (the `qrcode` library), dark on white in either theme so cameras read it. */
export function QrCode({ value, alt, testId }: { value: string; alt: string; testId?: string }) {
  const [src, setSrc] = useState<{ value: string; url: string } | null>(null)
  useEffect(() => {
    let live = true
    QRCode.toDataURL(value, { errorCorrectionLevel: 'M', margin: 2, width: 176 })
      .then((url) => live && setSrc({ value, url }))
      .catch((error: unknown) => console.warn('could not draw the QR code', error))
    return () => {
      live = false
    }
  }, [value])
  if (src?.value !== value) return <div className="h-44 w-44 shrink-0 rounded bg-slate-100 dark:bg-slate-700" aria-hidden />
  return <img src={src.url} alt={alt} width={176} height={176} data-testid={testId} className="h-44 w-44 shrink-0 rounded bg-white" />
}
