import { useId, useRef, useState, type RefObject } from 'react';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useMessages } from '../../../i18n/featureMessages';
import { emptyOItem, oItemsFromPaste, type FormFault, type FrameworkFormValues, type OItemRow as OItemRowValues } from './frameworkForm';
import { useFrameworkWords } from './frameworkWords';
import { focusAfterRemoval, ListError, RemoveButton, SelectField, TextField } from './formFields';
import { messages } from './messages';
import { Alert } from '../../../ui/Alert';

/**
 * The year's O-items. Forty-odd rows of four fields: folded away until wanted, and opened by
 * itself when one of them is what stops the save.
 */
export function OItemsFields() {
  const { t } = useMessages(messages);
  const id = useId();
  const { control, formState } = useFormContext<FrameworkFormValues>();
  const { fields, append, remove, replace } = useFieldArray({ control, name: 'oItems' });
  const instruments = useWatch({ control, name: 'instruments' });
  const [open, setOpen] = useState(false);
  const addRef = useRef<HTMLButtonElement>(null);
  const numbers = [...new Set(instruments.flatMap((i) => i.indicators.map((d) => d.number.trim()).filter((n) => n !== '')))];
  const shown = open || formState.errors.oItems !== undefined;
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <details open={shown} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>
          <h2 id={`${id}-h`}>{t('framework.oItems', { count: fields.length })}</h2>
        </summary>
        <p className="hint">{t('framework.oItemsHint')}</p>
        <ListError name="oItems" />
        {/* Rows are built only when shown; their values live in the form either way. */}
        {shown && fields.map((field, k) => <OItemRow key={field.id} index={k} indicators={numbers} onRemove={() => remove(k)} addRef={addRef} />)}
        <button ref={addRef} type="button" className="secondary" onClick={() => append(emptyOItem())}>
          {t('framework.addOItem')}
        </button>
        <OItemsPaste count={fields.length} onReplace={replace} />
      </details>
    </section>
  );
}

/** One O-item; it watches its own code only, so typing in one row does not redraw forty. */
function OItemRow({ index: k, indicators, onRemove, addRef }: { index: number; indicators: string[]; onRemove: () => void; addRef: RefObject<HTMLButtonElement | null> }) {
  const { t } = useMessages(messages);
  const code = useWatch<FrameworkFormValues, `oItems.${number}.code`>({ name: `oItems.${k}.code` });
  return (
    <fieldset className="framework-group compact">
      <legend className="visually-hidden">{t('framework.oItem', { n: k + 1 })}</legend>
      <div className="framework-row oitem-row">
        <TextField name={`oItems.${k}.code`} label={t('framework.oItemCode')} className="narrow" />
        <SelectField name={`oItems.${k}.indicator`} label={t('framework.oItemIndicator')} prompt={t('framework.chooseIndicator')} options={indicators} className="narrow" />
        <TextField name={`oItems.${k}.group`} label={t('framework.oItemGroup')} className="wide" />
        <TextField name={`oItems.${k}.name`} label={t('framework.oItemName')} className="wide" />
        <RemoveButton
          short={t('framework.remove')}
          label={t('framework.removeOItem', { n: k + 1, code: code || '—' })}
          onClick={() => {
            onRemove();
            focusAfterRemoval(addRef);
          }}
        />
      </div>
    </fieldset>
  );
}

/** A new year's O-item list, pasted whole from a spreadsheet instead of typed row by row. */
function OItemsPaste({ count, onReplace }: { count: number; onReplace: (rows: OItemRowValues[]) => void }) {
  const { t } = useMessages(messages);
  const id = useId();
  const [text, setText] = useState('');
  const words = useFrameworkWords();
  const [problems, setProblems] = useState<FormFault[]>([]);
  const [done, setDone] = useState<number | null>(null);
  const take = () => {
    const read = oItemsFromPaste(text);
    setProblems(read.problems);
    setDone(null);
    if (read.problems.length > 0) return;
    onReplace(read.rows);
    setDone(read.rows.length);
    setText('');
  };
  return (
    <div className="field oitems-paste">
      <label htmlFor={`${id}-paste`}>{t('framework.paste')}</label>
      <p id={`${id}-hint`} className="hint">
        {t('framework.pasteHint')}
      </p>
      <textarea id={`${id}-paste`} rows={4} value={text} aria-describedby={`${id}-hint`} onChange={(e) => setText(e.target.value)} />
      <button type="button" className="secondary" disabled={text.trim() === ''} onClick={take}>
        {t('framework.pasteReplace', { count })}
      </button>
      {problems.length > 0 && (
        <Alert block>
          <ul>
            {problems.map(words.fault).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </Alert>
      )}
      <p role="status" className="form-status">
        {done !== null && t('framework.pasted', { count: done })}
      </p>
    </div>
  );
}
