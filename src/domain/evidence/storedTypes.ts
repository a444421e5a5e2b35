/**
 * What a file may be once kept: photos and pictures are re-encoded in the browser first. Apart
 * from the type table (fileType.ts) because every update's schema needs this list, and the
 * first screen should not carry the table with it.
 */
export const STORED_TYPES = ['jpeg', 'png', 'tiff', 'pdf', 'docx', 'xlsx', 'pptx', 'odt', 'ods', 'odp', 'doc', 'xls', 'ppt'] as const;
export type StoredType = (typeof STORED_TYPES)[number];
