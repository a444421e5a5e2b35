import { useId, type ChangeEvent } from 'react';
import { EVIDENCE_TYPES } from '../../domain/evidence/fileType';
import { EVIDENCE_LIMITS, sizeText } from '../../domain/evidence/limits';
import { Alert } from '../../ui/Alert';
import { ChosenFiles } from './ChosenFiles';
import type { useEvidenceChoice } from './useEvidenceChoice';
import { useEvidenceWords } from './useEvidenceWords';
import './evidence.css';

/**
 * What the file dialog offers: every picture (image/* also lets macOS Safari pass a HEIC, which it
 * then decodes), and documents by type and extension, since Windows often knows an Office file
 * only by its extension. The bytes decide in the end (prepareFile).
 */
export const EVIDENCE_ACCEPT = [
  'image/*',
  '.heic',
  '.heif',
  ...Object.values(EVIDENCE_TYPES)
    .filter((facts) => !facts.mime.startsWith('image/'))
    .flatMap((facts) => [facts.mime, `.${facts.extension}`]),
  '.tif',
  '.tiff',
].join(',');

type Choice = ReturnType<typeof useEvidenceChoice>;

/**
 * Files for the update: chosen from the device or, on a phone, photographed on the spot. The
 * pickers are real file inputs, hidden behind labels that look like buttons, so a keyboard reaches
 * them and a screen reader calls them by name.
 */
export function EvidencePicker({ choice, disabled }: { choice: Choice; disabled: boolean }) {
  const { t, refusal } = useEvidenceWords();
  const id = useId();
  const take = (e: ChangeEvent<HTMLInputElement>) => {
    choice.choose([...(e.target.files ?? [])]);
    // The same file chosen again after a removal must fire change again.
    e.target.value = '';
  };
  return (
    <fieldset className="field evidence-picker" aria-describedby={`${id}-hint`}>
      <legend>{t('evidence.heading')}</legend>
      <p id={`${id}-hint`} className="hint">
        {t('evidence.hint', { limit: EVIDENCE_LIMITS.filesPerUpdate, size: sizeText(EVIDENCE_LIMITS.fileBytes) })}
      </p>
      <div className="evidence-buttons">
        <input id={`${id}-files`} className="visually-hidden picker-input" type="file" multiple accept={EVIDENCE_ACCEPT} onChange={take} disabled={disabled} />
        <label htmlFor={`${id}-files`} className="picker-button">
          {t('evidence.attach')}
        </label>
        <span className="camera-picker">
          <input id={`${id}-camera`} className="visually-hidden picker-input" type="file" accept="image/*" capture="environment" onChange={take} disabled={disabled} />
          <label htmlFor={`${id}-camera`} className="picker-button">
            {t('evidence.camera')}
          </label>
        </span>
      </div>
      {choice.refusals.length > 0 && (
        <Alert block>
          {choice.refusals.map((r, i) => (
            <p key={i}>{refusal(r)}</p>
          ))}
        </Alert>
      )}
      <p role="status" className="hint">
        {choice.preparing > 0 ? t('evidence.preparingCount', { count: choice.preparing }) : ''}
      </p>
      <ChosenFiles files={choice.files} onRemove={choice.remove} disabled={disabled} />
    </fieldset>
  );
}
