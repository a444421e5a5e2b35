/**
 * Whose a file is, so a refusal can say which one it means: an update's date (ISO) and its
 * measure's title ("the photo of 3 May on measure 4"), or a finding's title.
 */
export type FileOwner =
  | { updateDate: string; measureTitle: string; findingTitle?: undefined }
  | { findingTitle: string; updateDate?: undefined; measureTitle?: undefined };

/** One evidence file a backup names but does not carry whole: which file (its own name, Thai kept), and whose. */
export type FileFault = { fault: 'missing' | 'damaged'; name: string } & FileOwner;

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
