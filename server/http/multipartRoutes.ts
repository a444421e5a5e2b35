/**
 * The writes that may carry files as multipart/form-data (api/evidenceRoutes.ts,
 * api/findingRoutes.ts): an update or a finding with its files, and a restore with the backup's.
 * Every other write takes JSON only.
 */
export function multipartRoute(method: string, path: string): 'upload' | 'restore' | null {
  if (method === 'POST' && /^\/api\/v1\/measures\/[^/]+\/progress$/.test(path)) return 'upload';
  if (method === 'PUT' && /^\/api\/v1\/findings\/[^/]+$/.test(path)) return 'upload';
  if (method === 'PUT' && path === '/api/v1/data') return 'restore';
  return null;
}

export const isMultipart = (contentType: string | undefined) => /^multipart\/form-data\s*(;|$)/i.test(contentType ?? '');
