import { describe, expect, it } from 'vitest'
import { MessageAssembler } from './messageAssembler'

const marker = (type: 'start' | 'end', size: number, count: number, id = 'b1') =>
  `y-pk-batch#${JSON.stringify({ id, type, size, count })}`

describe('MessageAssembler', () => {
  it('passes whole binary frames through', () => {
    const frame = new Uint8Array([0, 1, 2])
    expect(new MessageAssembler(10).push(frame)).toEqual({ kind: 'message', bytes: frame })
  })

  it('reassembles a chunked message', () => {
    const assembler = new MessageAssembler(100)
    expect(assembler.push(marker('start', 5, 2))).toEqual({ kind: 'pending' })
    expect(assembler.push(new Uint8Array([1, 2, 3]))).toEqual({ kind: 'pending' })
    expect(assembler.push(new Uint8Array([4, 5]))).toEqual({ kind: 'pending' })
    expect(assembler.push(marker('end', 5, 2))).toEqual({ kind: 'message', bytes: new Uint8Array([1, 2, 3, 4, 5]) })
  })

  it('refuses oversized frames and batches without buffering them', () => {
    const assembler = new MessageAssembler(4)
    expect(assembler.push(new Uint8Array(5)).kind).toBe('rejected')
    expect(assembler.push(marker('start', 50, 2)).kind).toBe('rejected')
    // A batch that lies about its size is cut off as soon as it passes the limit.
    expect(assembler.push(marker('start', 4, 1)).kind).toBe('pending')
    expect(assembler.push(new Uint8Array(5)).kind).toBe('rejected')
    // and the assembler is usable again afterwards
    expect(assembler.push(new Uint8Array([9])).kind).toBe('message')
  })

  it('rejects markers that do not match and stray text', () => {
    const assembler = new MessageAssembler(100)
    assembler.push(marker('start', 2, 1))
    assembler.push(new Uint8Array([1, 2]))
    expect(assembler.push(marker('end', 2, 1, 'other')).kind).toBe('rejected')
    expect(assembler.push(marker('end', 2, 1)).kind).toBe('rejected')
    expect(assembler.push('hello').kind).toBe('rejected')
    expect(assembler.push('y-pk-batch#{not json').kind).toBe('rejected')
  })
})
