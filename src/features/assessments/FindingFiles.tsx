import { useEffect, useId, useRef, useState } from 'react';
import { useEvidenceSources } from '../../data/evidenceQueries';
import { useSaveFinding } from '../../data/mutations';
import type { EvidenceFile } from '../../domain/evidence/schema';
import type { Finding } from '../../domain/schemas/finding';
import { useMessages } from '../../i18n/featureMessages';
import { EvidenceFiles } from '../../ui/evidence/EvidenceFiles';
import { SaveFailed } from '../../ui/SaveFailed';
import { messages } from './messages';

/**
 * A finding's files as an update's are shown (thumbnails, named icons, open, download), and for
 * the planning officer a way to take one out: asked first, naming the file, since it is gone for
 * good; the save keeps every other file as it is.
 */
export function FindingFiles({ finding, canEdit }: { finding: Finding; canEdit: boolean }) {
  const { t } = useMessages(messages);
  const id = useId();
  const files = finding.files ?? [];
  const sourceOf = useEvidenceSources(files);
  const save = useSaveFinding();
  const [asking, setAsking] = useState<EvidenceFile | null>(null);
  const [removed, setRemoved] = useState<string | null>(null);
  const keep = useRef<HTMLButtonElement>(null);
  const said = useRef<HTMLParagraphElement>(null);
  // The question takes the focus, on its harmless answer, so Enter pressed twice removes nothing.
  useEffect(() => {
    if (asking) keep.current?.focus();
  }, [asking]);

  const remove = (file: EvidenceFile) =>
    save.mutate(
      { finding: { ...finding, files: files.filter((f) => f.id !== file.id) } },
      {
        onSuccess: () => {
          setAsking(null);
          setRemoved(file.name);
          // The file's own button is gone with it: the focus goes to what became of it.
          said.current?.focus();
        },
      },
    );
  const ask = (file: EvidenceFile) => {
    save.reset();
    setRemoved(null);
    setAsking(file);
  };

  return (
    <>
      <EvidenceFiles
        files={files}
        pending={false}
        sourceOf={sourceOf}
        action={
          canEdit
            ? (file) => (
                <button type="button" className="finding-remove" onClick={() => ask(file)} disabled={save.isPending} aria-expanded={asking?.id === file.id}>
                  {t('findings.files.remove')} <span className="visually-hidden">{file.name}</span>
                </button>
              )
            : undefined
        }
      />
      {asking && (
        <div className="confirm" role="group" aria-labelledby={`${id}-ask`}>
          <p id={`${id}-ask`}>
            <strong>{t('findings.files.removeAsk', { name: asking.name, title: finding.title })}</strong>
          </p>
          <div className="actions">
            <button type="button" className="danger" onClick={() => remove(asking)} disabled={save.isPending}>
              {t('findings.files.removeYes')}
            </button>
            <button type="button" ref={keep} onClick={() => setAsking(null)}>
              {t('findings.files.removeNo')}
            </button>
          </div>
          <SaveFailed error={save.error} />
        </div>
      )}
      {canEdit && (
        <p role="status" className="form-status" ref={said} tabIndex={-1}>
          {removed && t('findings.files.removed', { name: removed })}
        </p>
      )}
    </>
  );
}
