import { createHash } from 'node:crypto';
import { sha256Hex, sha256HexSync } from '../../../../src/data/files/sha256';

const node = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const text = (s: string) => new TextEncoder().encode(s);

describe('SHA-256 without crypto.subtle', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
  ])('gives the FIPS 180-4 answer for %j', (input, digest) => {
    expect(sha256HexSync(text(input))).toBe(digest);
  });

  // Lengths each side of where the padding needs a second block, and a file of a few blocks.
  it.each([1, 55, 56, 63, 64, 65, 119, 120, 1000, 70_001])('agrees with Node for %d bytes', (length) => {
    const data = Uint8Array.from({ length }, (_, i) => (i * 31 + 7) & 0xff);
    expect(sha256HexSync(data)).toBe(node(data));
  });

  it('hashes Thai text by its UTF-8 bytes', () => {
    const data = text('รูปถ่ายกิจกรรมอบรมคุณธรรม');
    expect(sha256HexSync(data)).toBe(node(data));
  });
});

describe('SHA-256 of a file', () => {
  const data = text('บันทึกข้อความ ที่ มค 0023/2567');

  afterEach(() => vi.unstubAllGlobals());

  it('uses crypto.subtle where the page has it', async () => {
    const digest = vi.fn((_: string, _bytes: Uint8Array) => Promise.resolve(new Uint8Array(32).fill(0xab).buffer));
    vi.stubGlobal('crypto', { subtle: { digest } });
    expect(await sha256Hex(new Blob([data]))).toBe('ab'.repeat(32));
    const [algorithm, bytes] = digest.mock.calls[0] ?? [];
    expect(algorithm).toBe('SHA-256');
    expect([...(bytes ?? [])]).toEqual([...data]);
  });

  it('falls back to its own where the page has not (plain http on the office network)', async () => {
    vi.stubGlobal('crypto', {});
    expect(await sha256Hex(new Blob([data]))).toBe(node(data));
  });
});
