/** One evidence file a backup names but does not carry whole: which file, of which update. */
export interface FileFault {
  fault: 'missing' | 'damaged';
  /** The file's own name (Thai kept), its update's date (ISO) and that update's measure. */
  name: string;
  updateDate: string;
  measureTitle: string;
}

/** Why a backup cannot be restored, beyond its JSON's own problems: the zip and the files it carries. */
export type ZipRefusal =
  | { code: 'too-large' }
  /** No central directory, or it runs past the file: cut short or not a zip at all. */
  | { code: 'damaged-zip' }
  | { code: 'no-backup-json' }
  /** The first file missing or damaged, and how many more are. */
  | { code: 'file'; first: FileFault; more: number };

/** A zip's refusal as a screen words it: 'too-large' is said like any file too large. */
export type ZipRefused = Exclude<ZipRefusal, { code: 'too-large' }>;
