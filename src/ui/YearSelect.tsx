import { useId } from 'react';
import { useI18n } from '../i18n/i18n';

/**
 * The fiscal year to look at, chosen from the years there are: one control for the dashboard and
 * the measures filters, so both say and offer the year alike. `onChange` gets the year as typed
 * in the URL (a string), which is where every screen keeps it.
 */
export function YearSelect({ years, value, onChange, className = 'field' }: { years: readonly number[]; value: number; onChange: (year: string) => void; className?: string }) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className={className}>
      <label htmlFor={id}>{t('dashboard.year')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </div>
  );
}
