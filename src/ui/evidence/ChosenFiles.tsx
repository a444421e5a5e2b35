import { sizeText } from '../../domain/evidence/limits';
import { dataLang } from '../dataLang';
import type { ChosenRow } from './evidenceTypes';
import { FileIcon, isPicture, thumbnailSize } from './FileIcon';
import { useEvidenceWords } from './useEvidenceWords';

function Preview({ chosen, url }: { chosen: ChosenRow; url: string | null }) {
  const picture = chosen.prepared && isPicture(chosen.prepared.file.type) ? chosen.prepared : null;
  if (!chosen.prepared) return <span className="file-icon file-icon-pending" aria-hidden="true" />;
  if (!picture) return <FileIcon type={chosen.prepared.file.type} />;
  const box = thumbnailSize(picture.file.width, picture.file.height, 64);
  // Decorative: the file's name is the next thing read.
  return url ? <img className="evidence-thumb" src={url} alt="" {...box} /> : <span className="evidence-thumb" style={box} aria-hidden="true" />;
}

/** The files chosen so far, each with its preview, name, size as it will be kept, and a way to take it out. */
export function ChosenFiles({
  files,
  previewOf,
  onRemove,
  disabled,
}: {
  files: readonly ChosenRow[];
  previewOf: (key: string) => string | null;
  onRemove: (key: string) => void;
  disabled: boolean;
}) {
  const { t, language } = useEvidenceWords();
  if (files.length === 0) return null;
  return (
    <ul className="evidence-chosen" aria-label={t('evidence.chosen', { count: files.length })}>
      {files.map((chosen) => {
        const name = chosen.prepared?.file.name ?? chosen.name;
        return (
        <li key={chosen.key}>
          <Preview chosen={chosen} url={previewOf(chosen.key)} />
          <span className="evidence-name">
            <span lang={dataLang(name, language)}>{name}</span>
            <span className="hint">{chosen.prepared ? sizeText(chosen.prepared.file.size) : t('evidence.preparing')}</span>
          </span>
          <button type="button" className="evidence-remove" onClick={() => onRemove(chosen.key)} disabled={disabled}>
            {t('evidence.remove')}{' '}
            <span className="visually-hidden" lang={dataLang(name, language)}>
              {name}
            </span>
          </button>
        </li>
        );
      })}
    </ul>
  );
}
