import { checkUpload, uploadRefused, type UploadFault } from '../../../../src/data/files/checkUpload';
import { evidenceRefusalInThai } from '../../../../src/domain/evidence/refusals';
import type { EvidenceFile } from '../../../../src/domain/evidence/schema';
import { attachment, EXE, PDF, sha256, type Attachment } from '../../../contract/evidenceSamples';

const MB = 1024 * 1024;
const refs = (files: Attachment[]) => files.map((f) => f.ref);
const blobs = (files: Attachment[]) => files.map((f) => f.blob);
const pdfs = (count: number) => Array.from({ length: count }, (_, i) => attachment('pdf', `หลักฐาน ${i + 1}.pdf`));
const blob = (bytes: Uint8Array) => new Blob([bytes as Uint8Array<ArrayBuffer>]);
// An iPhone photo as the camera wrote it: the browser turns it into a JPEG before it is kept.
const HEIC = Uint8Array.from('\0\0\0\x18ftypheic\0\0\0\0mif1heic', (c) => c.charCodeAt(0));

function upload(): { refs: EvidenceFile[]; blobs: (Blob | undefined)[] } {
  const files = [attachment('jpeg', 'อบรม.jpg'), attachment('png', 'หน้าจอ.png'), attachment('pdf', 'บันทึก.pdf')];
  return { refs: refs(files), blobs: blobs(files) };
}

/** Changes the reference at `i` of the set. */
function patch(u: ReturnType<typeof upload>, i: number, change: Partial<EvidenceFile>): void {
  const ref = u.refs[i];
  if (!ref) throw new Error(`no reference ${i}`);
  u.refs[i] = { ...ref, ...change };
}

/** The good set of three, changed by `change`. */
const changed = (change: (u: ReturnType<typeof upload>) => void) => () => {
  const u = upload();
  change(u);
  return u;
};

describe('checking what arrives against the references it came with', () => {
  it.each<[string, () => ReturnType<typeof upload>]>([
    ['a photo, a picture and a document, each as its reference says', upload],
    ['no files at all', () => ({ refs: [], blobs: [] })],
    ['20 files, the most an update may carry', () => ({ refs: refs(pdfs(20)), blobs: blobs(pdfs(20)) })],
  ])('passes %s', async (_, make) => {
    const { refs, blobs } = make();
    expect(await checkUpload(refs, blobs)).toBeNull();
  });

  it.each<[string, () => ReturnType<typeof upload>, UploadFault]>([
    [
      'a 21st file sent beside 20 references',
      () => ({ refs: refs(pdfs(20)), blobs: blobs(pdfs(21)) }),
      { path: 'files', refusal: { code: 'update.tooMany', values: { count: 21, limit: 20 } } },
    ],
    ['21 references', () => ({ refs: refs(pdfs(21)), blobs: blobs(pdfs(21)) }), { path: 'files', refusal: { code: 'update.tooMany', values: { count: 21, limit: 20 } } }],
    ['a file that did not arrive', changed((u) => u.blobs.splice(1, 1)), { path: 'files.1', refusal: { code: 'file.hashMismatch', values: { name: 'หน้าจอ.png' } } }],
    ['a restore’s file left out (undefined)', changed((u) => (u.blobs[0] = undefined)), { path: 'files.0', refusal: { code: 'file.hashMismatch', values: { name: 'อบรม.jpg' } } }],
    ['a file more than the references name', changed((u) => u.blobs.push(blob(PDF))), { path: 'files', refusal: { code: 'file.hashMismatch', values: { name: '#4' } } }],
    [
      'an 11 MB file, though the reference claims 10 MB',
      changed((u) => {
        const big = new Uint8Array(11 * MB);
        big.set(PDF);
        u.blobs[2] = blob(big);
        patch(u, 2, { size: 10 * MB });
      }),
      { path: 'files.2', refusal: { code: 'file.tooBig', values: { name: 'บันทึก.pdf', size: 11 * MB, limit: 10 * MB } } },
    ],
    ['a file cut short', changed((u) => (u.blobs[2] = blob(PDF.subarray(0, PDF.length - 1)))), { path: 'files.2', refusal: { code: 'file.hashMismatch', values: { name: 'บันทึก.pdf' } } }],
    [
      'a Windows program whose reference says JPEG',
      changed((u) => {
        u.blobs[0] = blob(EXE);
        patch(u, 0, { size: EXE.length, sha256: sha256(EXE) });
      }),
      { path: 'files.0', refusal: { code: 'file.typeNotAllowed', values: { name: 'อบรม.jpg', found: 'exe' } } },
    ],
    [
      'a raw HEIC whose reference says JPEG (the browser must re-encode it first)',
      changed((u) => {
        u.blobs[0] = blob(HEIC);
        patch(u, 0, { size: HEIC.length, sha256: sha256(HEIC) });
      }),
      { path: 'files.0', refusal: { code: 'file.typeNotAllowed', values: { name: 'อบรม.jpg', found: 'unknown' } } },
    ],
    [
      'a PDF whose reference says PNG',
      changed((u) => {
        u.blobs[1] = blob(PDF);
        patch(u, 1, { size: PDF.length, sha256: sha256(PDF) });
      }),
      { path: 'files.1', refusal: { code: 'file.typeNotAllowed', values: { name: 'หน้าจอ.png', found: 'unknown' } } },
    ],
    [
      'a file of the right size whose SHA-256 differs',
      changed((u) => patch(u, 2, { sha256: sha256(PDF.subarray(1)) })),
      { path: 'files.2', refusal: { code: 'file.hashMismatch', values: { name: 'บันทึก.pdf' } } },
    ],
  ])('refuses %s', async (_, make, fault) => {
    const { refs, blobs } = make();
    expect(await checkUpload(refs, blobs)).toEqual(fault);
  });

  it('words a fault as the stores refuse it: validation, its path, the evidence code and values, in Thai', () => {
    const refusal = { code: 'file.tooBig', values: { name: 'สแกน.pdf', size: 11 * MB, limit: 10 * MB } } as const;
    const error = uploadRefused({ path: 'files.3', refusal });
    const message = evidenceRefusalInThai(refusal);
    expect(error.message).toBe(message);
    expect(error.detail).toEqual({ kind: 'validation', fields: [{ path: 'files.3', code: 'evidence.file.tooBig', values: refusal.values, message }] });
  });
});
