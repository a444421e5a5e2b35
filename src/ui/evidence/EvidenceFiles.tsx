import type { ReactNode } from 'react';
import { EVIDENCE_TYPES } from '../../domain/evidence/fileType';
import { sizeText } from '../../domain/evidence/limits';
import type { EvidenceFile } from '../../domain/evidence/schema';
import { dataLang } from '../dataLang';
import type { FileSource } from './evidenceTypes';
import { FileIcon, isPicture, thumbnailSize } from './FileIcon';
import { useEvidenceWords } from './useEvidenceWords';
import './evidence.css';

/**
 * One kept file: a picture as its thumbnail, anything else as its kind and name; opening in a new
 * tab what a browser shows (pictures, PDF), and downloading under its own name in any case.
 */
function KeptFile({ file, source, action }: { file: EvidenceFile; source: FileSource; action: ReactNode }) {
  const { t, language } = useEvidenceWords();
  const lang = dataLang(file.name, language);
  const opens = EVIDENCE_TYPES[file.type].inline;
  const face = isPicture(file.type) ? (
    source.url ? (
      <img className="evidence-thumb" src={source.url} alt={file.name} loading="lazy" decoding="async" lang={lang} {...thumbnailSize(file.width, file.height)} />
    ) : (
      <span className="evidence-thumb" style={thumbnailSize(file.width, file.height)} aria-hidden="true" />
    )
  ) : (
    <>
      <FileIcon type={file.type} />
      <span className="evidence-name" lang={lang}>
        {file.name}
      </span>
    </>
  );
  if (source.error) {
    return (
      <li className="evidence-kept">
        {face}
        <span className="hint">{t('evidence.unavailable')}</span>
        {action}
      </li>
    );
  }
  return (
    <li className="evidence-kept">
      {opens && source.url ? (
        <a className="evidence-open" href={source.url} target="_blank" rel="noopener noreferrer">
          {face}{' '}
          <span className="visually-hidden">{t('evidence.newTab')}</span>
        </a>
      ) : (
        <span className="evidence-open">{face}</span>
      )}
      <span className="evidence-meta">
        <span className="hint">{sizeText(file.size)}</span>
        {source.url && (
          <a className="evidence-download" href={source.url} download={file.name}>
            {t('evidence.download')}{' '}
            <span className="visually-hidden" lang={lang}>
              {file.name}
            </span>
          </a>
        )}
        {action}
      </span>
    </li>
  );
}

/**
 * An update's or a finding's files, or their names alone while it is still being saved (nothing
 * to read yet). `sourceOf` is where each is read from (useEvidenceSources in src/data); `action`
 * adds a control beside a file, such as taking it out of a finding.
 */
export function EvidenceFiles({
  files,
  pending,
  sourceOf,
  action,
}: {
  files: readonly EvidenceFile[];
  pending: boolean;
  sourceOf: (file: EvidenceFile) => FileSource;
  action?: (file: EvidenceFile) => ReactNode;
}) {
  const { t, language } = useEvidenceWords();
  if (files.length === 0) return null;
  return (
    <ul className="evidence-files" aria-label={t('evidence.files')}>
      {pending
        ? files.map((file) => (
            <li key={file.id} className="evidence-kept">
              <FileIcon type={file.type} />
              <span className="evidence-name" lang={dataLang(file.name, language)}>
                {file.name}
              </span>
            </li>
          ))
        : files.map((file) => <KeptFile key={file.id} file={file} source={sourceOf(file)} action={action?.(file)} />)}
    </ul>
  );
}
