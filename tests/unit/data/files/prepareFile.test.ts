import { createHash } from 'node:crypto';
import type { downscaleImage } from '../../../../src/data/files/downscale';
import { prepareFile } from '../../../../src/data/files/prepareFile';
import { evidenceFileSchema } from '../../../../src/domain/evidence/schema';

const node = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const bytes = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const PDF = bytes('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n');
const JPEG = bytes('\xff\xd8\xff\xe1\0\x10Exif\0\0');
const chosen = (content: Uint8Array, name: string) => new File([content as Uint8Array<ArrayBuffer>], name);

const downscaled = bytes('\xff\xd8\xff\xe0 the re-encoded photo');
const stubDownscale = vi.fn<typeof downscaleImage>(() =>
  Promise.resolve({ ok: true, image: { blob: new Blob([downscaled as Uint8Array<ArrayBuffer>]), type: 'jpeg', size: downscaled.length, width: 1500, height: 2000 } }),
);

describe('a chosen file made ready to attach', () => {
  beforeEach(() => stubDownscale.mockClear());

  it('keeps a document byte for byte, named without its path, with its hash', async () => {
    const result = await prepareFile(chosen(PDF, 'C:\\fakepath\\บันทึกข้อความ.pdf'), stubDownscale);
    if (!result.ok) throw new Error(result.refusal.code);
    expect(result.prepared.file).toMatchObject({ name: 'บันทึกข้อความ.pdf', type: 'pdf', size: PDF.length, sha256: node(PDF) });
    expect(result.prepared.file).not.toHaveProperty('width');
    expect(new Uint8Array(await result.prepared.blob.arrayBuffer())).toEqual(PDF);
    expect(result.prepared.blob.type).toBe('application/pdf');
    expect(evidenceFileSchema.safeParse(result.prepared.file).success).toBe(true);
    expect(stubDownscale).not.toHaveBeenCalled();
  });

  it('keeps the downscaled photo, its size, its hash and its new extension', async () => {
    const photo = chosen(JPEG, 'IMG_0042.JPEG');
    const result = await prepareFile(photo, stubDownscale);
    if (!result.ok) throw new Error(result.refusal.code);
    expect(stubDownscale).toHaveBeenCalledWith(photo, 'IMG_0042.JPEG', 'jpeg');
    expect(result.prepared.file).toMatchObject({ name: 'IMG_0042.jpeg', type: 'jpeg', size: downscaled.length, sha256: node(downscaled), width: 1500, height: 2000 });
    expect(evidenceFileSchema.safeParse(result.prepared.file).success).toBe(true);
  });

  it('gives each file its own id', async () => {
    const [a, b] = await Promise.all([prepareFile(chosen(PDF, 'a.pdf')), prepareFile(chosen(PDF, 'b.pdf'))]);
    expect(a.ok && b.ok && a.prepared.file.id !== b.prepared.file.id).toBe(true);
  });

  it.each([
    ['an empty file', chosen(new Uint8Array(0), 'ว่าง.pdf'), { code: 'file.empty', values: { name: 'ว่าง.pdf' } }],
    ['a program named as a photo', chosen(bytes('MZ\x90\0\x03'), 'รูป.jpg'), { code: 'file.typeNotAllowed', values: { name: 'รูป.jpg', found: 'exe' } }],
    [
      'a document over 10 MB',
      chosen(new Uint8Array(10 * 1024 * 1024 + 1).fill(0x20).map((b, i) => PDF[i] ?? b), 'สแกนทั้งเล่ม.pdf'),
      { code: 'file.tooBig', values: { name: 'สแกนทั้งเล่ม.pdf', size: 10 * 1024 * 1024 + 1, limit: 10 * 1024 * 1024 } },
    ],
    ['a file the browser can no longer read', { name: 'moved.pdf', arrayBuffer: () => Promise.reject(new DOMException('gone', 'NotReadableError')) } as unknown as File, { code: 'file.unreadable', values: { name: 'moved.pdf' } }],
  ])('refuses %s', async (_, file, refusal) => {
    expect(await prepareFile(file, stubDownscale)).toEqual({ ok: false, refusal });
  });

  it('passes on the refusal of a photo the browser cannot decode', async () => {
    const refusal = { code: 'file.undecodable', values: { name: 'IMG_0001.HEIC', type: 'heic' } } as const;
    const heic = bytes('\0\0\0\x18ftypheic\0\0\0\0mif1heic');
    expect(await prepareFile(chosen(heic, 'IMG_0001.HEIC'), () => Promise.resolve({ ok: false, refusal }))).toEqual({ ok: false, refusal });
  });
});
