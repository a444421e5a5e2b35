import type { ReactNode } from 'react';
import type { PeriodPreset } from '../../domain/reports/progressReport';
import { useMessages } from '../../i18n/featureMessages';
import { Choice, ChoiceGroup } from '../../ui/Choice';
import { DataText } from '../../ui/DataText';
import type { Signatures } from './SignatureBlock';
import { messages } from './messages';

export type DocumentKind = 'measures' | 'progress';

const PRESET_LABELS = {
  'first-half': 'reports.preset.first-half',
  'second-half': 'reports.preset.second-half',
  'whole-year': 'reports.preset.whole-year',
} as const satisfies Record<PeriodPreset, string>;

interface Props {
  doc: DocumentKind;
  numerals: 'thai' | 'arabic';
  from: string;
  to: string;
  signatures: Signatures;
  onChange: (key: 'doc' | 'numerals' | 'from' | 'to', value: string) => void;
  onPreset: (preset: PeriodPreset) => void;
  onSignatures: (next: Signatures) => void;
  /** More ways to take the document away, beside the print button. */
  more?: ReactNode;
}

/** Which document, for which period, numbered how and signed by whom; then print. */
// The digits themselves, the same in every language: in an English page the Thai ones are Thai.
const NUMERAL_SAMPLES = { thai: '๑ ๒ ๓', arabic: '1 2 3' } as const;

export function ReportOptions({ doc, numerals, from, to, signatures, onChange, onPreset, onSignatures, more }: Props) {
  const { t } = useMessages(messages);
  const field = (key: keyof Signatures, label: string) => (
    <div className="field">
      <label htmlFor={`sig-${key}`}>{label}</label>
      <input id={`sig-${key}`} autoComplete="off" value={signatures[key]} onChange={(e) => onSignatures({ ...signatures, [key]: e.target.value })} />
    </div>
  );
  return (
    <section className="card" aria-labelledby="print-options-h">
      <h2 id="print-options-h">{t('reports.options')}</h2>
      <ChoiceGroup legend={t('reports.document')}>
        {(['measures', 'progress'] as const).map((d) => (
          <Choice
            key={d}
            type="radio"
            name="doc"
            checked={doc === d}
            onChange={() => onChange('doc', d)}
            label={d === 'measures' ? t('reports.docMeasures') : t('reports.docProgress')}
          />
        ))}
      </ChoiceGroup>
      {doc === 'progress' && (
        <fieldset className="field period">
          <legend>{t('reports.period')}</legend>
          <div className="actions">
            {(Object.keys(PRESET_LABELS) as PeriodPreset[]).map((p) => (
              <button key={p} type="button" onClick={() => onPreset(p)}>
                {t(PRESET_LABELS[p])}
              </button>
            ))}
          </div>
          <div className="entry-grid">
            <div className="field">
              <label htmlFor="period-from">{t('reports.from')}</label>
              <input id="period-from" type="date" value={from} max={to} onChange={(e) => e.target.value && onChange('from', e.target.value)} />
            </div>
            <div className="field">
              <label htmlFor="period-to">{t('reports.to')}</label>
              <input id="period-to" type="date" value={to} min={from} onChange={(e) => e.target.value && onChange('to', e.target.value)} />
            </div>
          </div>
        </fieldset>
      )}
      <ChoiceGroup legend={t('reports.numerals')} layout="wrap">
        {(['thai', 'arabic'] as const).map((n) => (
          <Choice
            key={n}
            type="radio"
            name="numerals"
            checked={numerals === n}
            onChange={() => onChange('numerals', n)}
            label={
              <>
                {t(n === 'thai' ? 'reports.numeralsThai' : 'reports.numeralsArabic')} (<DataText>{NUMERAL_SAMPLES[n]}</DataText>)
              </>
            }
          />
        ))}
      </ChoiceGroup>
      <div className="entry-grid">
        {field('signer', t('reports.signer'))}
        {field('signerTitle', t('reports.signerTitle'))}
        {field('approver', t('reports.approver'))}
        {field('approverTitle', t('reports.approverTitle'))}
      </div>
      <div className="actions">
        <button type="button" className="primary" onClick={() => window.print()}>
          {t('reports.print')}
        </button>
        {more}
      </div>
    </section>
  );
}
