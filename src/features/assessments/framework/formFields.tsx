import { useId, type ReactNode, type RefObject } from 'react';
import { get, useFormContext, useFormState, type FieldError as RhfFieldError, type Path } from 'react-hook-form';
import { FieldError } from '../../../ui/FieldError';
import type { FrameworkFormValues } from './frameworkForm';

type Name = Path<FrameworkFormValues>;

// Subscribed to its own field only: a framework has a few hundred fields, and a keystroke in
// one must not re-render them all.
function useFieldError(name: string): string | undefined {
  const { errors } = useFormState<FrameworkFormValues>({ name: name as Name });
  return (get(errors, name) as RhfFieldError | undefined)?.message;
}

/** A field's id, its message, and the props that tie its control to the form and to that message. */
function useField(name: Name) {
  const id = useId();
  const { register } = useFormContext<FrameworkFormValues>();
  const message = useFieldError(name);
  return { id, message, control: { id, 'aria-invalid': !!message, 'aria-describedby': `${id}-error`, ...register(name) } };
}

function FieldShell({ id, label, message, className, children }: { id: string; label: string; message: string | undefined; className?: string; children: ReactNode }) {
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {children}
      <FieldError id={`${id}-error`} message={message} />
    </div>
  );
}

/** A labelled text box of the framework form, with its message beside it. */
export function TextField({ name, label, inputMode, className }: { name: Name; label: string; inputMode?: 'decimal' | 'numeric'; className?: string }) {
  const { id, message, control } = useField(name);
  return (
    <FieldShell id={id} label={label} message={message} className={className}>
      <input autoComplete="off" inputMode={inputMode} {...control} />
    </FieldShell>
  );
}

/** A labelled choice of the framework form; the first option is the prompt to choose. */
export function SelectField({ name, label, prompt, options, className }: { name: Name; label: string; prompt: string; options: string[]; className?: string }) {
  const { id, message, control } = useField(name);
  return (
    <FieldShell id={id} label={label} message={message} className={className}>
      <select {...control}>
        <option value="">{prompt}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/** A list's own message (weights that do not add up, a level band out of place) under its heading. */
export function ListError({ name }: { name: string }) {
  const atRoot = useFieldError(`${name}.root`);
  const atList = useFieldError(name);
  const message = atRoot ?? atList;
  return message ? (
    <p className="field-error" role="status">
      {message}
    </p>
  ) : null;
}

/** How far a set of weights is from what it must make, said in words and with a mark, not colour alone. */
export function WeightTotal({ children, ok }: { children: ReactNode; ok: boolean }) {
  return <p className={ok ? 'weight-total ok' : 'weight-total off'}>{ok ? '✓' : '⚠'} {children}</p>;
}

/** Every message of a form's errors, for the list beside the save button. */
export function errorMessages(errors: unknown): string[] {
  if (!errors || typeof errors !== 'object') return [];
  const node = errors as Record<string, unknown>;
  const own = typeof node.message === 'string' && node.message ? [node.message] : [];
  const nested = Object.entries(node)
    .filter(([key]) => key !== 'ref' && key !== 'message' && key !== 'type' && key !== 'types')
    .flatMap(([, value]) => errorMessages(value));
  return [...own, ...nested];
}

/**
 * A row's remove button: it shows a short word, and its name says which row, so a list of
 * them read aloud is not forty "remove"s.
 */
export function RemoveButton({ short, label, onClick }: { short: string; label: string; onClick: () => void }) {
  return (
    <button type="button" className="secondary row-remove" aria-label={label} onClick={onClick}>
      {short}
    </button>
  );
}

/**
 * Where focus goes once a row is removed: to the list's add button, after the list has been
 * drawn again, when that button becomes usable only then (removing IIT frees "add instrument").
 */
export function focusAfterRemoval(add: RefObject<HTMLButtonElement | null>) {
  window.setTimeout(() => add.current?.focus());
}
