import { Busboy, type BusboyFileStream } from '@fastify/busboy';
import { createHash, type Hash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Transform, type TransformCallback, type Writable } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { strayPart } from '../../api/multipart';
import { HttpRefusal, jsonText, RequestError } from '../../api/respond';

/** A file part as it landed on disk: where, how many bytes, and their SHA-256 taken on the way. */
export interface SpooledFile {
  path: string;
  size: number;
  sha256: string;
}

export interface SpooledBody {
  /** The JSON part, read with the checks a JSON body gets. */
  json: unknown;
  /** Every file part, by its name (a file id). */
  files: ReadonlyMap<string, SpooledFile>;
}

export interface SpoolLimits {
  /** The most the whole body may hold; past it the reading stops with BodyTooLarge. */
  maxBytes: number;
  /** The most the JSON part may hold (it is parsed in memory). */
  jsonBytes: number;
  jsonPart: string;
}

/** The body went past its limit while it was read: nothing was kept, nothing changed. */
export class BodyTooLarge extends Error {
  constructor(
    readonly limit: number,
    /** The JSON part alone went past its own limit, the body may not have. */
    readonly inJson = false,
  ) {
    super(`${inJson ? 'JSON part' : 'request body'} over ${limit} bytes`);
  }
}

/** The prefix of every request's folder in os.tmpdir(): what an operator looks for, and the tests count. */
export const SPOOL_PREFIX = 'ita-restore-';

const unreadable = () =>
  new RequestError([{ path: '', message: 'อ่านเนื้อหาแบบ multipart/form-data ไม่ได้' }], 'เนื้อหาคำขอไม่ใช่ multipart/form-data ที่อ่านได้ (อาจส่งมาไม่ครบ)');

/** Counts and hashes a file part on its way to disk. */
class Tally extends Transform {
  bytes = 0;
  readonly hash: Hash = createHash('sha256');
  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.bytes += chunk.length;
    this.hash.update(chunk);
    done(null, chunk);
  }
}

/** Past this much beyond the limit, a body still coming is cut off rather than read to its end. */
const DRAIN_MAX_BYTES = 4 * 1024 * 1024 * 1024;

/**
 * Counts the whole body, and from the byte that passes `limit` hands the parser nothing more:
 * the rest is read and dropped, so the client still hears why (413) rather than a reset
 * connection, unless it goes on sending far past the limit.
 */
class Gate extends Transform {
  bytes = 0;
  constructor(readonly limit: number) {
    super();
  }
  get over(): boolean {
    return this.bytes > this.limit;
  }
  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.bytes > this.limit + DRAIN_MAX_BYTES) done(new BodyTooLarge(this.limit));
    else done(null, this.over ? undefined : chunk);
  }
}

/** One file part to disk, hashed and counted on its way; every stream on the way is added to `open` until it is done. */
async function spoolFile(stream: BusboyFileStream, path: string, open: Set<Readable | Writable>): Promise<SpooledFile> {
  const tally = new Tally();
  const way = [stream, tally, createWriteStream(path, { flags: 'wx', mode: 0o600 })] as const;
  for (const s of way) open.add(s);
  try {
    await pipeline(...way);
  } finally {
    for (const s of way) open.delete(s);
  }
  return { path, size: tally.bytes, sha256: tally.hash.digest('hex') };
}

/** The temporary folder's disk is full: said as the server's storage (507), not as a bad request. */
const diskFull = (error: unknown) =>
  (error as { code?: unknown } | null)?.code === 'ENOSPC'
    ? new HttpRefusal(507, 'storage', 'พื้นที่ดิสก์ชั่วคราวของเซิร์ฟเวอร์ไม่พอรับไฟล์สำรองนี้ กรุณาแจ้งผู้ดูแลระบบ (docs/deploy.md ส่วน ง.)')
    : null;

/**
 * Reads a multipart body part by part: the JSON part into memory (up to its limit), each file
 * part into a file of its own in `dir` (named by its place, never by the name the client gave).
 * The same refusals as api/multipart.ts's readMultipart: a part named twice or a text part other
 * than the JSON one is a file that did not arrive as sent; no JSON part is a bad request.
 */
async function spool(request: Request, dir: string, { maxBytes, jsonBytes, jsonPart }: SpoolLimits): Promise<SpooledBody> {
  if (!request.body) throw unreadable();
  let parser;
  try {
    parser = Busboy({ headers: { 'content-type': request.headers.get('content-type') ?? '' }, limits: { fieldSize: jsonBytes } });
  } catch {
    throw unreadable();
  }
  let json: string | undefined;
  let fault: Error | undefined;
  const claimed = new Set<string>();
  const files = new Map<string, SpooledFile>();
  const writes: Promise<unknown>[] = [];
  // The streams of parts still on their way: destroyed when the body fails, so each part settles.
  const open = new Set<Readable | Writable>();
  const refuse = (error: Error) => (fault ??= error);

  parser.on('field', (name, value, _nameTruncated, valueTruncated) => {
    if (name !== jsonPart || claimed.has(name)) refuse(strayPart(name));
    else if (valueTruncated) refuse(new BodyTooLarge(jsonBytes, true));
    else json = value;
    claimed.add(name);
  });
  parser.on('file', (name, stream) => {
    if (fault || claimed.has(name)) {
      if (!fault) refuse(strayPart(name));
      stream.resume();
      return;
    }
    claimed.add(name);
    if (name === jsonPart) {
      open.add(stream);
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > jsonBytes) refuse(new BodyTooLarge(jsonBytes, true));
        else chunks.push(chunk);
      });
      writes.push(finished(stream).then(() => (json = Buffer.concat(chunks).toString('utf8'))).finally(() => open.delete(stream)));
      return;
    }
    const path = join(dir, `part-${claimed.size}`);
    writes.push(spoolFile(stream, path, open).then((spooled) => files.set(name, spooled)));
  });

  const gate = new Gate(maxBytes);
  try {
    await pipeline(Readable.fromWeb(request.body as NodeReadableStream<Uint8Array>), gate, parser);
    if (gate.over) throw new BodyTooLarge(maxBytes);
    await Promise.all(writes);
  } catch (error) {
    // Every file stream closed before the folder goes, so none writes after it.
    for (const stream of open) stream.destroy(new Error('the request failed'));
    const settled = await Promise.allSettled(writes);
    // Cut short by the gate, the parser finds the form unfinished: the size is the reason.
    if (error instanceof BodyTooLarge || gate.over) throw new BodyTooLarge(maxBytes);
    throw diskFull(error) ?? settled.map((s) => (s.status === 'rejected' ? diskFull(s.reason) : null)).find(Boolean) ?? fault ?? unreadable();
  }
  if (fault) throw fault;
  if (json === undefined) throw new RequestError([{ path: jsonPart, message: `ไม่มีส่วน ${jsonPart}` }], `เนื้อหาแบบ multipart/form-data ต้องมีส่วนชื่อ ${jsonPart} (JSON)`);
  return { json: jsonText(json), files };
}

/**
 * A multipart body spooled to a folder of its own in os.tmpdir(), handed to `restoreWith`, and the folder
 * removed once that is done or anything fails (a refusal, a client that went away mid-upload).
 * Only the JSON part is held in memory; the files wait on disk to be read one at a time.
 */
export async function withSpooledBody<T>(request: Request, limits: SpoolLimits, restoreWith: (body: SpooledBody) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), SPOOL_PREFIX));
  try {
    return await restoreWith(await spool(request, dir, limits));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
