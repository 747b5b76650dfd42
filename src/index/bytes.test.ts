import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByteReader, ByteWriter, compareBytes, fromUtf8, u32View, utf8 } from './bytes';

describe('ByteWriter and ByteReader', () => {
  it('read back what was written: varints up to 2^53, u32s, bytes, across buffer growth', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.maxSafeNat().map((v) => ['varint', v] as const), fc.nat({ max: 0xffffffff }).map((v) => ['u32', v] as const), fc.uint8Array({ maxLength: 40_000 }).map((v) => ['bytes', v] as const)), { maxLength: 12 }), (items) => {
        const w = new ByteWriter();
        for (const [kind, v] of items) {
          if (kind === 'varint') w.varint(v);
          else if (kind === 'u32') w.u32(v);
          else w.bytes(v);
        }
        const bytes = w.finish();
        expect(bytes.length).toBe(w.length);
        const r = new ByteReader(bytes);
        for (const [kind, v] of items) {
          if (kind === 'varint') expect(r.varint()).toBe(v);
          else if (kind === 'u32') expect(r.u32()).toBe(v);
          else expect(r.bytes(v.length)).toEqual(v);
        }
        expect(r.pos).toBe(bytes.length);
      }),
      { numRuns: 50 },
    );
  });

  it('writes varints in LEB128: seven bits a byte, low bits first', () => {
    const w = new ByteWriter();
    for (const v of [0, 127, 128, 300]) w.varint(v);
    expect([...w.finish()]).toEqual([0x00, 0x7f, 0x80, 0x01, 0xac, 0x02]);
  });

  it('pads to four bytes for arrays read in place', () => {
    const w = new ByteWriter();
    w.u8(1);
    w.align4();
    w.u32s([7, 8]);
    expect(w.length).toBe(12);
    expect([...u32View(w.finish(), 4, 2)]).toEqual([7, 8]);
  });

  it('refuses to read past its end, and a varint longer than eight bytes', () => {
    const bytes = new Uint8Array([1, 2, 3, 4, 5, 6]);
    const r = new ByteReader(bytes, 0, 3);
    expect(() => r.u32()).toThrow(RangeError);
    expect(r.bytes(3)).toEqual(new Uint8Array([1, 2, 3]));
    expect(() => r.u8()).toThrow('unexpected end of data');
    expect(() => new ByteReader(new Uint8Array(9).fill(0x80)).varint()).toThrow('varint too long');
    expect(() => new ByteReader(new Uint8Array([0x80, 0x80])).varint()).toThrow('unexpected end of data');
    // An end past the buffer (a damaged offset) stops at the buffer's end, rather than reading undefined as bytes.
    const short = new ByteReader(new Uint8Array([7, 0x80]), 0, 1000);
    expect(short.end).toBe(2);
    expect(short.u8()).toBe(7);
    expect(() => short.varint()).toThrow('unexpected end of data');
    expect(() => short.u8()).toThrow('unexpected end of data');
  });
});

describe('u32View', () => {
  it('is a view where the offset is aligned, a copy where not, with the same values', () => {
    const w = new ByteWriter();
    w.u8(9);
    w.u32s([1, 0xffffffff, 3]);
    w.align4();
    w.u32s([4, 5]);
    const bytes = w.finish();
    const unaligned = u32View(bytes, 1, 3);
    expect([...unaligned]).toEqual([1, 0xffffffff, 3]);
    expect(unaligned.buffer).not.toBe(bytes.buffer);
    const aligned = u32View(bytes, 16, 2);
    expect([...aligned]).toEqual([4, 5]);
    expect(aligned.buffer).toBe(bytes.buffer);
    expect(() => u32View(bytes, 16, 3)).toThrow(RangeError);
  });
});

describe('UTF-8 and compareBytes', () => {
  it('round-trips text and refuses malformed UTF-8', () => {
    const text = 'Kursk · Курск · 🇺🇦';
    expect(fromUtf8(utf8(text))).toBe(text);
    expect(() => fromUtf8(new Uint8Array([0xc3]))).toThrow();
  });

  it('orders UTF-8 strings by code point, not by UTF-16 unit', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (a, b) => {
        const byCodePoint = (x: string, y: string) => {
          const xs = [...x].map((c) => c.codePointAt(0)!);
          const ys = [...y].map((c) => c.codePointAt(0)!);
          for (let i = 0; i < Math.min(xs.length, ys.length); i++) if (xs[i] !== ys[i]) return xs[i] - ys[i];
          return xs.length - ys.length;
        };
        expect(Math.sign(compareBytes(utf8(a), utf8(b)))).toBe(Math.sign(byCodePoint(a, b)));
      }),
    );
    // U+FFFF sorts before U+1F600 by code point; as UTF-16 units (0xD83D…) it would sort after.
    expect(compareBytes(utf8('\uffff'), utf8('😀'))).toBeLessThan(0);
  });
});
