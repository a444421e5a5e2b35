import { useId, useRef, useState } from 'react';
import { useEvidenceChoice } from '../../data/evidenceChoice';
import { useSaveFinding } from '../../data/mutations';
import type { Finding } from '../../domain/schemas/finding';
import { useMessages } from '../../i18n/featureMessages';
import { EvidencePicker } from '../../ui/evidence/EvidencePicker';
import { WaitForFiles } from '../../ui/evidence/SendingProgress';
import { FindingSending } from './FindingSending';
import { messages } from './messages';

/**
 * Files added to a finding already saved (the letter that came later, a new screenshot): the
 * finding is saved again with its kept files as they are and the new ones after them. The
 * files chosen stay, closed or not, until they are saved.
 */
export function MoreFindingFiles({ finding }: { finding: Finding }) {
  const { t } = useMessages(messages);
  const id = useId();
  const [open, setOpen] = useState(false);
  const kept = finding.files ?? [];
  const choice = useEvidenceChoice(kept.length);
  const save = useSaveFinding();
  const toggle = useRef<HTMLButtonElement>(null);
  // The panel's buttons leave with it: the focus goes back to the button that opened it.
  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  const send = () => {
    const files = choice.ready;
    if (files.length === 0) return;
    save.mutate(
      { finding: { ...finding, files: [...kept, ...files.map((p) => p.file)] }, upload: { files: files.map((p) => p.blob) } },
      {
        onSuccess: () => {
          choice.clear();
          close();
        },
      },
    );
  };

  return (
    <div className="finding-more">
      <button
        type="button"
        ref={toggle}
        aria-expanded={open}
        aria-controls={open ? `${id}-more` : undefined}
        aria-label={t('findings.files.moreLabel', { title: finding.title })}
        onClick={() => (save.reset(), setOpen(!open))}
      >
        {t('findings.files.more')}
      </button>
      {open && (
        <div id={`${id}-more`} className="form">
            <EvidencePicker choice={choice} disabled={save.isPending} holder="finding" legend={t('findings.files.moreLegend', { title: finding.title })} />
            <div className="actions">
              <button
                type="button"
                className="primary"
                onClick={send}
                disabled={save.isPending || choice.preparing > 0 || choice.ready.length === 0}
                aria-describedby={choice.preparing > 0 ? `${id}-wait` : undefined}
              >
                {t('findings.files.saveMore')}
              </button>
              <button type="button" onClick={close} disabled={save.isPending}>
                {t('findings.files.close')}
              </button>
            </div>
            {choice.preparing > 0 && <WaitForFiles id={`${id}-wait`} />}
            <FindingSending save={save} withFiles filesOnly onSendAgain={send} />
        </div>
      )}
      <p role="status" className="form-status">
        {save.isSuccess && t('findings.files.added', { title: finding.title })}
      </p>
    </div>
  );
}
