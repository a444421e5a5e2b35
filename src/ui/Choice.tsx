import { forwardRef, useId, type FieldsetHTMLAttributes, type InputHTMLAttributes, type ReactNode } from 'react';
import { FieldError } from './FieldError';

export interface ChoiceProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> {
  type: 'checkbox' | 'radio';
  label: ReactNode;
  /** A line under the label, read out as the control's description. */
  hint?: ReactNode;
}

/**
 * One checkbox or radio button with its label beside it. The whole row is the tap target (at
 * least 44 px tall), the box keeps its own small square whatever the form around it styles its
 * text inputs as, and the label wraps between words only. Input props are spread onto the input,
 * so `{...register('name')}` of react-hook-form works as on a bare input.
 */
export const Choice = forwardRef<HTMLInputElement, ChoiceProps>(function Choice({ type, label, hint, id, className, ...input }, ref) {
  const own = useId();
  const inputId = id ?? own;
  const hintId = `${inputId}-hint`;
  const describedBy = [input['aria-describedby'], hint === undefined ? undefined : hintId].filter(Boolean).join(' ') || undefined;
  const row = (
    <label className={hint === undefined ? ['choice', className].filter(Boolean).join(' ') : 'choice'} htmlFor={inputId}>
      <input {...input} ref={ref} id={inputId} type={type} className="choice-control" aria-describedby={describedBy} />
      <span className="choice-text">{label}</span>
    </label>
  );
  if (hint === undefined) return row;
  return (
    <div className={['choice-item', className].filter(Boolean).join(' ')}>
      {row}
      <p id={hintId} className="hint choice-hint">
        {hint}
      </p>
    </div>
  );
});

export interface ChoiceGroupProps extends Omit<FieldsetHTMLAttributes<HTMLFieldSetElement>, 'children'> {
  legend: ReactNode;
  hint?: ReactNode;
  /** What is wrong with the choice made; the group is described by it. */
  error?: string;
  /** The heading above already asks the question: the legend is for screen readers only. */
  hideLegend?: boolean;
  /** One choice a row, or as many a row as fit (short labels: numbers, codes). */
  layout?: 'stack' | 'wrap';
  children: ReactNode;
}

/** A set of choices under one question: fieldset, legend, hint and error, the choices laid out alike everywhere. */
export function ChoiceGroup({ legend, hint, error, hideLegend = false, layout = 'stack', children, className, ...fieldset }: ChoiceGroupProps) {
  const id = useId();
  const describedBy = [fieldset['aria-describedby'], hint === undefined ? undefined : `${id}-hint`, error === undefined ? undefined : `${id}-error`]
    .filter(Boolean)
    .join(' ');
  return (
    <fieldset {...fieldset} className={['field', 'choice-group', className].filter(Boolean).join(' ')} aria-describedby={describedBy || undefined}>
      <legend className={hideLegend ? 'visually-hidden' : undefined}>{legend}</legend>
      {hint !== undefined && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      <div className={`choice-list choice-list-${layout}`}>{children}</div>
      {error !== undefined && <FieldError id={`${id}-error`} message={error} />}
    </fieldset>
  );
}
