import type { Finding } from '../../../domain/schemas/finding';
import type { Part } from './multipartBody';

/**
 * The multipart parts of a finding saved with new files (PUT /findings/:id, docs/api.md): the
 * finding, then one part per blob named by the id of the new reference it belongs to.
 *
 * The caller gives blobs only for the new files, in the order they stand in `finding.files`;
 * which references are new is what the server keeps, so when some references come without a
 * blob they are told apart by the finding as the server lists it now (`listed`, asked only
 * then): those it keeps are not new. Should the finding change meanwhile, the names stop
 * matching and the server refuses the save whole, at the file's place; nothing is guessed. A
 * blob with no new reference left still goes, named `#<n>`, for the server to refuse by name.
 */
export async function findingParts(finding: Finding, blobs: readonly Blob[], listed: () => Promise<readonly Finding[]>): Promise<Part[]> {
  const refs = finding.files ?? [];
  let fresh = refs;
  if (blobs.length < refs.length) {
    const held = (await listed()).find((f) => f.id === finding.id);
    const kept = new Set((held?.files ?? []).map((f) => f.id));
    fresh = refs.filter((f) => !kept.has(f.id));
  }
  const files = blobs.map((blob, k) => ({ name: fresh[k]?.id ?? `#${k + 1}`, blob }));
  return [{ name: 'finding', json: finding }, ...files];
}
