import { useSearchParams } from 'react-router';
import { YearSelect } from '../../ui/YearSelect';

/** The year lives in the URL so a link or a bookmark opens the same year. */
export function YearPicker({ years, value }: { years: number[]; value: number }) {
  const [, setParams] = useSearchParams();
  return (
    <YearSelect
      className="field-inline"
      years={years}
      value={value}
      onChange={(year) =>
        setParams((prev) => {
          const next = new URLSearchParams(prev);
          next.set('year', year);
          return next;
        })
      }
    />
  );
}
