import { useId } from 'react';
import { useSearchParams } from 'react-router';
import { useI18n } from '../../i18n/i18n';

/** The year lives in the URL so a link or a bookmark opens the same year. */
export function YearPicker({ years, value }: { years: number[]; value: number }) {
  const { t } = useI18n();
  const id = useId();
  const [, setParams] = useSearchParams();
  return (
    <div className="field-inline">
      <label htmlFor={id}>{t('dashboard.year')}</label>
      <select
        id={id}
        value={value}
        onChange={(e) =>
          setParams((prev) => {
            const next = new URLSearchParams(prev);
            next.set('year', e.target.value);
            return next;
          })
        }
      >
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </div>
  );
}
