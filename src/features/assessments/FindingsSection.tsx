import { useFindings, useUnits } from '../../data/queries';
import type { Assessment } from '../../domain/schemas/assessment';
import type { FindingTarget } from '../../domain/schemas/finding';
import type { Framework } from '../../domain/schemas/framework';
import { indicatorDef } from '../../domain/scoring';
import { useMessages } from '../../i18n/featureMessages';
import { localName } from '../../i18n/names';
import { FindingItem } from './FindingItem';
import { messages } from './messages';
import { NewFindingForm } from './NewFindingForm';

interface Props {
  assessment: Assessment;
  framework: Framework;
  canEdit: boolean;
}

/** ข้อบกพร่อง: why an indicator or O-item is weak and what to do, with its evidence; each can become a measure. */
export function FindingsSection({ assessment, framework, canEdit }: Props) {
  const { t, language } = useMessages(messages);
  const findings = useFindings(assessment.id);
  const units = useUnits();
  const unitName = (id: string) => units.data?.find((u) => u.id === id)?.name ?? id;
  const targetName = (target: FindingTarget) => {
    if (target.kind === 'oItem') return `${target.code} ${framework.oItems.find((o) => o.code === target.code)?.name ?? ''}`.trim();
    const def = indicatorDef(framework, target.indicator);
    return t('findings.target.indicator', { number: target.indicator, name: def ? localName(def, language) : '' });
  };
  return (
    <section className="card" aria-labelledby="findings-heading">
      <h2 id="findings-heading">{t('findings.heading')}</h2>
      {findings.data?.length === 0 && <p>{t('findings.none')}</p>}
      <ul className="finding-list">
        {(findings.data ?? []).map((f) => (
          <FindingItem key={f.id} finding={f} fiscalYear={assessment.fiscalYear} canEdit={canEdit} targetName={targetName} unitName={unitName} />
        ))}
      </ul>
      {canEdit && findings.data && <NewFindingForm assessment={assessment} framework={framework} siblings={findings.data} targetName={targetName} />}
    </section>
  );
}
