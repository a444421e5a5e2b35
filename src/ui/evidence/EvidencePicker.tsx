import { useId, type ChangeEvent } from 'react';
import { EVIDENCE_TYPES } from '../../domain/evidence/fileType';
import { EVIDENCE_LIMITS, sizeText } from '../../domain/evidence/limits';
import { Alert } from '../Alert';
import { ChosenFiles } from './ChosenFiles';
import type { ChoiceView } from './evidenceTypes';
import { useEvidenceWords, type EvidenceHolder } from './useEvidenceWords';
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

/**
 * Files for an update or a finding: chosen from the device or, on a phone, photographed on the
 * spot. The pickers are real file inputs, hidden behind labels that look like buttons, so a
 * keyboard reaches them and a screen reader calls them by name. `legend` replaces the update
 * form's heading where another form says it its own way.
 */
export function EvidencePicker({ choice, disabled, legend, holder }: { choice: ChoiceView; disabled: boolean; legend?: string; holder?: EvidenceHolder }) {
  const { t, refusal } = useEvidenceWords(holder);
  const id = useId();
  const take = (e: ChangeEvent<HTMLInputElement>) => {
    choice.choose([...(e.target.files ?? [])]);
    // The same file chosen again after a removal must fire change again.
    e.target.value = '';
  };
  return (
    <fieldset className="field evidence-picker" aria-describedby={`${id}-hint`}>
      <legend>{legend ?? t('evidence.heading')}</legend>
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
      <ChosenFiles files={choice.files} previewOf={choice.previewOf} onRemove={choice.remove} disabled={disabled} />
    </fieldset>
  );
}
