import { checkFileCount } from '../src/domain/evidence/checks';
import { uploadRefused } from '../src/data/files/checkUpload';
import { jsonText, printable, RequestError } from './respond';

export const isMultipart = (request: Request) => /^multipart\/form-data\s*(;|$)/i.test(request.headers.get('content-type') ?? '');

export interface MultipartBody {
  /** The JSON part, read with the checks a JSON body gets. */
  json: unknown;
  /** Every other part, by its name: a file each. */
  parts: Map<string, Blob>;
}

/** A part the request names twice, sends as text, or that no reference names: refused as a file that did not arrive as sent. */
export const strayPart = (name: string) => uploadRefused({ path: 'files', refusal: { code: 'file.hashMismatch', values: { name: printable(name) } } });

/**
 * A multipart/form-data body as the routes take it: one JSON part named `jsonPart`, and files
 * named by their ids. Parsed with the web-standard Request.formData(), as MSW and the server both
 * hand the route a Request; the server's body limit has bounded its size before this reads it.
 */
export async function readMultipart(request: Request, jsonPart: string): Promise<MultipartBody> {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw new RequestError([{ path: '', message: 'อ่านเนื้อหาแบบ multipart/form-data ไม่ได้' }], 'เนื้อหาคำขอไม่ใช่ multipart/form-data ที่อ่านได้ (อาจส่งมาไม่ครบ)');
  }
  let json: unknown;
  let seen = false;
  const parts = new Map<string, Blob>();
  const entries: [string, FormDataEntryValue][] = [];
  // forEach, not entries(): the app's TypeScript settings (which type-check this too) have no DOM.Iterable.
  form.forEach((value, name) => entries.push([name, value]));
  for (const [name, value] of entries) {
    if (name === jsonPart && !seen) {
      seen = true;
      json = jsonText(typeof value === 'string' ? value : await value.text());
    } else if (typeof value === 'string' || name === jsonPart || parts.has(name)) throw strayPart(name);
    else parts.set(name, value);
  }
  if (!seen) throw new RequestError([{ path: jsonPart, message: `ไม่มีส่วน ${jsonPart}` }], `เนื้อหาแบบ multipart/form-data ต้องมีส่วนชื่อ ${jsonPart} (JSON)`);
  return { json, parts };
}

const referencesIn = (input: unknown): unknown[] =>
  Array.isArray((input as { files?: unknown } | null)?.files) ? (input as { files: unknown[] }).files : [];
const idOf = (ref: unknown) => (ref as { id?: unknown } | null)?.id;

/** Counted first, as every store's checkUpload does: 21 files are too many, whatever else is wrong. */
function refuseTooMany(refs: readonly unknown[], parts: ReadonlyMap<string, Blob>): void {
  const tooMany = checkFileCount(Math.max(refs.length, parts.size));
  if (tooMany) throw uploadRefused({ path: 'files', refusal: tooMany });
}

/** A part no reference names is refused: its bytes would be kept for nothing. */
function refuseStray(parts: ReadonlyMap<string, Blob>, named: ReadonlySet<string>): void {
  const extra = [...parts.keys()].find((name) => !named.has(name));
  if (extra !== undefined) throw strayPart(extra);
}

/**
 * The blobs of an update's files in the order of its references (`files[i]` is the blob of
 * `input.files[i]`); a reference with no part, or a part no reference names, is refused here.
 * References that do not parse are the store's to refuse: they are passed over.
 */
export function filesInOrder(input: unknown, parts: ReadonlyMap<string, Blob>): Blob[] {
  const refs = referencesIn(input);
  refuseTooMany(refs, parts);
  const blobs: Blob[] = [];
  const named = new Set<string>();
  for (const [i, ref] of refs.entries()) {
    const id = idOf(ref);
    const blob = typeof id === 'string' ? parts.get(id) : undefined;
    if (!blob) {
      const { name } = (ref ?? {}) as { name?: unknown };
      const shown = typeof name === 'string' ? name : `#${i + 1}`;
      throw uploadRefused({ path: `files.${i}`, refusal: { code: 'file.hashMismatch', values: { name: shown } } });
    }
    named.add(id as string);
    blobs.push(blob);
  }
  refuseStray(parts, named);
  return blobs;
}

/**
 * A finding's new files: the blobs of the references that have a part, in the order of the
 * references. Only the store knows which files the finding keeps already (they come with no
 * part), so a new file sent without its part is the store's to refuse, at its place; a part no
 * reference names is refused here.
 */
export function partsInOrder(input: unknown, parts: ReadonlyMap<string, Blob>): Blob[] {
  const refs = referencesIn(input);
  refuseTooMany(refs, parts);
  const named = new Set<string>();
  const blobs: Blob[] = [];
  for (const ref of refs) {
    const id = idOf(ref);
    const blob = typeof id === 'string' ? parts.get(id) : undefined;
    if (blob && !named.has(id as string)) {
      named.add(id as string);
      blobs.push(blob);
    }
  }
  refuseStray(parts, named);
  return blobs;
}
