import { readBackup, type BackupRead } from '../../../domain/backup';
import { EVIDENCE_LIMITS } from '../../../domain/evidence/limits';
import { BACKUP_JSON, fileEntry, namedFiles, summariseFiles, type NamedOwner } from '../../backupFiles';
import { sha256Hex } from '../../files/sha256';
import type { BackupContents, FileFault, ReadOutcome, ZipRefusal } from './protocol';
import { entryBlob, readZipDirectory, type ZipItem } from './zipDirectory';

/**
 * Sixteen times a large agency's ten years (32,000 measures, 320,000 updates) is some 240 MB; a
 * data set far larger than that is not our backup, and would not fit in a browser tab's memory.
 */
export const MAX_BACKUP_BYTES = 400 * 1024 * 1024;

/** What reading a chosen file came to, and what a restore would write when it is good. */
export interface Reading {
  outcome: ReadOutcome;
  contents?: BackupContents;
}

const unreadable: Reading = { outcome: { ok: false, unreadable: true } };
const refuse = (zip: ZipRefusal): Reading => ({ outcome: { ok: false, unreadable: false, zip } });
// "PK\x03\x04": every zip starts with a local file header; JSON never starts so.
const isZip = (head: Uint8Array) => head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;

/**
 * Reads a chosen backup, JSON or zip, told apart by its first bytes, not its name. A zip's files
 * are each checked against the size and SHA-256 their update or finding recorded: one missing or
 * different refuses the whole restore, naming the file, before anything is written.
 */
export async function readContents(file: Blob, onChecking?: Checking): Promise<Reading> {
  try {
    const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
    if (isZip(head)) return await readZip(file, onChecking);
    if (file.size > MAX_BACKUP_BYTES) return refuse({ code: 'too-large' });
    return await withFiles(readBackup(await file.text()), () => undefined);
  } catch {
    return unreadable;
  }
}

/** Told after each file is checked: a zip of two gigabytes of photos takes a while to hash. */
export type Checking = (done: number, total: number) => void;

async function readZip(file: Blob, onChecking?: Checking): Promise<Reading> {
  const directory = await readZipDirectory(file);
  if (!directory) return refuse({ code: 'damaged-zip' });
  const json = directory.get(BACKUP_JSON);
  if (!json) return refuse({ code: 'no-backup-json' });
  if (json.size > MAX_BACKUP_BYTES) return refuse({ code: 'too-large' });
  const text = await entryBlob(file, json, MAX_BACKUP_BYTES);
  if (!text) return refuse({ code: 'damaged-zip' });
  return withFiles(readBackup(await text.text()), async (fileId, expected) => {
    const item: ZipItem | undefined = directory.get(fileEntry(fileId));
    if (!item) return undefined;
    // A size that differs is damage already: no need to read, let alone inflate, what is not the file.
    if (item.size !== expected) return null;
    return (await entryBlob(file, item, EVIDENCE_LIMITS.fileBytes)) ?? null;
  }, onChecking);
}

/** The bytes of a file by id: undefined when the backup has none, null when it has them but cannot give them whole. */
type Find = (fileId: string, size: number) => Promise<Blob | null | undefined> | undefined;

async function withFiles(read: BackupRead, find: Find, onChecking?: Checking): Promise<Reading> {
  if (!read.ok) return { outcome: { ok: false, unreadable: false, problem: read.problem } };
  const { data } = read.file;
  const named = namedFiles(data);
  const files = new Map<string, Blob>();
  const faults: FileFault[] = [];
  // One file at a time: only one is ever held in memory to be hashed.
  for (const { file, ...owner } of named) {
    const found = await find(file.id, file.size);
    const whole = found && found.size === file.size && (await sha256Hex(found)) === file.sha256;
    if (found && whole) files.set(file.id, found);
    else faults.push(faultOf(found === undefined ? 'missing' : 'damaged', file.name, owner));
    onChecking?.(files.size + faults.length, named.length);
  }
  const [first] = faults;
  if (first) return refuse({ code: 'file', first, more: faults.length - 1 });
  return { outcome: { ok: true, summary: read.summary, files: summariseFiles(named) }, contents: { data, files } };
}

/** A file missing or damaged, named by its owner: an update's date and measure, or a finding's title. */
function faultOf(fault: FileFault['fault'], name: string, owner: NamedOwner): FileFault {
  return { fault, name, ...owner };
}
