import type { ReactNode } from 'react';
import { FieldError } from '../../../ui/FieldError';

export interface FieldA11y {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string;
}

/** A labelled control with its hint and its fault under it, both read out as its description. */
export function Field({ id, label, hint, error, children }: { id: string; label: string; hint?: string; error?: string; children: (a11y: FieldA11y) => ReactNode }) {
  const describedBy = [hint === undefined ? undefined : `${id}-hint`, `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': error !== undefined, 'aria-describedby': describedBy })}
      {hint !== undefined && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
