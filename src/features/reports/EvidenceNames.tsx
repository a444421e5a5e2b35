import { Fragment } from 'react';
import { useEvidenceSource } from '../../data/evidenceQueries';
import type { EvidenceFile } from '../../domain/evidence/schema';
import { PROGRESS_WORDS } from './progressWords';
import './evidenceNames.css';

/**
 * An update's files by name. On the screen each name opens its file, from the server or from the
 * browser's storage; on paper only the names print, as an address means nothing there.
 */
export function EvidenceNames({ files }: { files: readonly EvidenceFile[] }) {
  return (
    <span className="doc-files">
      {' '}
      {PROGRESS_WORDS.files}{' '}
      {files.map((file, i) => (
        <Fragment key={file.id}>
          {i > 0 && ', '}
          <EvidenceName file={file} />
        </Fragment>
      ))}
    </span>
  );
}

function EvidenceName({ file }: { file: EvidenceFile }) {
  // Until its address is known (the bytes read from the browser's storage) or if it cannot be: the name alone.
  const href = useEvidenceSource(file).url;
  if (!href) return <span className="doc-file">{file.name}</span>;
  return (
    <a className="doc-file" href={href} target="_blank" rel="noopener noreferrer">
      {file.name}
    </a>
  );
}
