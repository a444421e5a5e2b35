import { useSetMeasureArchived } from '../../data/measureMutations';
import type { Measure } from '../../domain/schemas/measure';
import { useMessages } from '../../i18n/featureMessages';
import { SaveFailed } from '../../ui/SaveFailed';
import { messages } from './messages';

/**
 * Archiving hides a measure from the lists but keeps it and its history; the same button
 * brings it back, so an archive by mistake is undone in one press.
 */
export function ArchiveControl({ measure }: { measure: Measure }) {
  const { t } = useMessages(messages);
  const archive = useSetMeasureArchived();
  const toggle = () => archive.mutate({ id: measure.id, expectedVersion: measure.version, archived: !measure.archived });
  return (
    <div className="actions">
      {measure.archived && (
        <p role="status" className="notice">
          {t('archive.isArchived')}
        </p>
      )}
      <button type="button" onClick={toggle} disabled={archive.isPending}>
        {t(measure.archived ? 'archive.restore' : 'archive.archive')}
      </button>
      <SaveFailed error={archive.error} />
    </div>
  );
}
