import { zipSync } from 'fflate';
import { createHash, randomUUID } from 'node:crypto';
import type { EvidenceFile } from '../../src/domain/evidence/schema';

/** A file as the app would send it: its reference and its bytes. */
export interface Sample {
  ref: EvidenceFile;
  bytes: Uint8Array<ArrayBuffer>;
}

/** Bytes that differ from one sample to the next, so no two files hash alike. */
function filled(size: number, head: number[], tail: number[] = []): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(size);
  const salt = Math.floor(Math.random() * 256);
  for (let i = 0; i < size; i++) out[i] = (i * 31 + salt) & 0xff;
  out.set(head);
  out.set(tail, size - tail.length);
  return out;
}

const sample = (bytes: Uint8Array<ArrayBuffer>, name: string, type: EvidenceFile['type'], side?: [number, number]): Sample => ({
  bytes,
  ref: {
    id: randomUUID(),
    name,
    type,
    size: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    ...(side ? { width: side[0], height: side[1] } : {}),
  },
});

/** A JPEG as the sniffer tells one (SOI and a JFIF marker), of `size` bytes. */
export const jpeg = (name: string, size = 20_000) => sample(filled(size, [0xff, 0xd8, 0xff, 0xe0], [0xff, 0xd9]), name, 'jpeg', [1500, 2000]);

export const pdf = (name: string, size = 8_000) => sample(filled(size, [...new TextEncoder().encode('%PDF-1.7\n%\u00e2\u00e3\n')]), name, 'pdf');

/** A Word document as the sniffer tells one: a zip with [Content_Types].xml and a word/ part. */
export function docx(name: string): Sample {
  const text = (s: string) => new TextEncoder().encode(s);
  const bytes = zipSync({
    '[Content_Types].xml': text('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'word/document.xml': text(`<w:document><w:body><w:p><w:r><w:t>${randomUUID()}</w:t></w:r></w:p></w:body></w:document>`),
  }) as Uint8Array<ArrayBuffer>;
  return sample(bytes, name, 'docx');
}

export const progressInput = (files: Sample[]) => ({
  date: '2026-11-20',
  status: 'in-progress',
  percent: 50,
  note: 'อบรมเจ้าหน้าที่แล้ว',
  evidenceUrl: '',
  files: files.map((f) => f.ref),
});

/** An update and its files as the browser sends them: the JSON part first, then each file by its id. */
export function uploadForm(files: Sample[], input: unknown = progressInput(files)): FormData {
  const form = new FormData();
  form.append('update', JSON.stringify(input));
  for (const f of files) form.append(f.ref.id, new Blob([f.bytes], { type: 'application/octet-stream' }), f.ref.name);
  return form;
}
