import { firstEncoding, fitWithin, keepsPng } from '../../../../src/data/files/fitWithin';

describe('the size a picture is kept at', () => {
  it.each<[string, [number, number], [number, number]]>([
    ['a phone photo, landscape', [4032, 3024], [2000, 1500]],
    ['a phone photo, upright', [3024, 4032], [1500, 2000]],
    ['a square one', [3000, 3000], [2000, 2000]],
    ['a panorama', [12000, 1000], [2000, 167]],
    ['a thin strip that must keep a pixel', [100_000, 10], [2000, 1]],
    ['one already at the limit', [2000, 1200], [2000, 1200]],
    ['a small screenshot, never enlarged', [1170, 2532], [924, 2000]],
    ['a tiny icon', [16, 16], [16, 16]],
  ])('%s: %j → %j', (_, [width, height], [w, h]) => {
    expect(fitWithin({ width, height })).toEqual({ width: w, height: h });
  });

  it('takes another longest side', () => {
    expect(fitWithin({ width: 4000, height: 3000 }, 400)).toEqual({ width: 400, height: 300 });
  });
});

describe('how each type is re-encoded', () => {
  it.each([
    ['jpeg', 'jpeg'],
    ['heic', 'jpeg'],
    ['webp', 'jpeg'],
    ['avif', 'jpeg'],
    ['png', 'png'],
    ['gif', 'png'],
    ['bmp', 'png'],
    ['tiff', null],
    ['pdf', null],
    ['docx', null],
    ['xls', null],
  ] as const)('%s → %s', (type, encoding) => {
    expect(firstEncoding(type)).toBe(encoding);
  });

  it.each([
    [300_000, true],
    [2 * 1024 * 1024, true],
    [2 * 1024 * 1024 + 1, false],
  ])('a PNG of %d bytes stays PNG: %s', (bytes, kept) => {
    expect(keepsPng(bytes)).toBe(kept);
  });
});
