import { latin1, r16, r32, r32be, startsWith, u16le, u32le, u64le } from '../../../../src/domain/evidence/bytes';

const b = new Uint8Array([0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08]);

describe('reads that never run off the end', () => {
  it.each([
    ['u16le', u16le(b, 0), 0x0201],
    ['u16le at the last byte', u16le(b, 7), undefined],
    ['u16le before the start', u16le(b, -1), undefined],
    ['u32le', u32le(b, 4), 0x08070605],
    ['u32le past the end', u32le(b, 5), undefined],
    ['u32le before the start', u32le(b, -2), undefined],
    ['r16, known inside', r16(b, 2), 0x0403],
    ['r32, known inside', r32(b, 0), 0x04030201],
    ['r32be, known inside', r32be(b, 0), 0x01020304],
    ['r32 of what a cut-off file lacks reads as 0', r32(b, 6), 0x0807],
    ['u32le of a high byte, unsigned', u32le(new Uint8Array([0, 0, 0, 0xff]), 0), 0xff000000],
    ['u64le', u64le(new Uint8Array([1, 0, 0, 0, 2, 0, 0, 0]), 0), 2 * 2 ** 32 + 1],
    ['u64le past 2^53', u64le(new Uint8Array([0, 0, 0, 0, 0, 0, 0x20, 0]), 0), undefined],
    ['u64le past the end', u64le(b, 4), undefined],
    ['latin1 clipped at both ends', latin1(new Uint8Array([0x41, 0x42, 0xe9]), -2, 10), 'AB\u00e9'],
    ['startsWith past the end', startsWith(b, [7, 8, 9], 6), false],
    ['startsWith at an offset', startsWith(b, [7, 8], 6), true],
  ])('%s', (_, read, expected) => {
    expect(read).toBe(expected);
  });
});
