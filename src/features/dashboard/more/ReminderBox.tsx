import { useId, useRef, useState } from 'react';
import { useMessages } from '../../../i18n/featureMessages';
import { freshnessMessages } from './freshnessMessages';

/**
 * A ready message to copy, or to hand to the device's share sheet (LINE on a phone) where the
 * browser has one. Nothing is sent from here: the planning officer chooses where it goes.
 */
export function ReminderBox({ summary, text, title }: { summary: string; text: string; title: string }) {
  const { t } = useMessages(freshnessMessages);
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const [said, setSaid] = useState('');
  // The message is laid out only once asked for: four closed boxes cost the dashboard's first load nothing.
  const [open, setOpen] = useState(false);
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setSaid(t('fresh.copied'));
    } catch {
      // No clipboard (an http address, an old browser): the words are selected for the person to copy.
      area.current?.focus();
      area.current?.select();
      setSaid(t('fresh.copyFailed'));
    }
  };
  return (
    <details className="reminder" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{summary}</summary>
      {open && (
        <>
      <label htmlFor={`${id}-text`}>{t('fresh.messageLabel')}</label>
      <textarea id={`${id}-text`} ref={area} readOnly value={text} rows={Math.min(12, text.split('\n').length + 1)} lang="th" />
      <div className="actions">
        <button type="button" className="small-button" onClick={() => void copy()}>
          {t('fresh.copy')}
        </button>
        {canShare && (
          <button type="button" className="small-button" onClick={() => void navigator.share({ title, text }).catch(() => undefined)}>
            {t('fresh.share')}
          </button>
        )}
      </div>
          <p role="status" className="form-status">
            {said}
          </p>
        </>
      )}
    </details>
  );
}
