import type { EvidenceUpload } from '../src/data/store';
import { isMultipart, partsInOrder, readMultipart } from './multipart';
import { jsonBody } from './respond';

/**
 * A finding's body (PUT /findings/:id, docs/api.md): JSON alone when it sends no new file, else
 * multipart with the finding in part `finding` and each new file's bytes in a part named by its
 * id. The store tells new files from kept ones; the route hands it the parts in the order of the
 * references.
 */
export async function findingBody(request: Request): Promise<{ json: unknown; upload?: EvidenceUpload }> {
  if (!isMultipart(request)) return { json: await jsonBody(request) };
  const { json, parts } = await readMultipart(request, 'finding');
  return { json, upload: { files: partsInOrder(json, parts) } };
}
