import type { AccessRefusal, MeasureAccess } from '../../domain/access';
import type { Unit } from '../../domain/schemas/organisation';
import { useMessages } from '../../i18n/featureMessages';
import { formatList } from '../../i18n/numbers';
import { messages } from './messages';

/** "a or b", "a, b or c": Thai writes หรือ before the last without a space, as it does และ. */
function either(items: string[], locale: string): string {
  if (locale.startsWith('th')) return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(' ')}หรือ${items.at(-1)}`;
  return new Intl.ListFormat(locale, { type: 'disjunction' }).format(items);
}

/**
 * Why part of the page is read-only and who can change it, said before anyone tries: the
 * progress form is not offered and the steps cannot be ticked, and this says whose they are.
 */
export function AccessNote({ access, unitIds, units }: { access: MeasureAccess; unitIds: string[]; units: Unit[] }) {
  const { t, locale } = useMessages(messages);
  const refusal: AccessRefusal | null = access.report ?? access.edit;
  if (!refusal) return null;
  const names = unitIds.map((unitId) => units.find((u) => u.id === unitId)?.name ?? unitId);
  const who = either([...names.map((unit) => t('access.headOf', { unit })), t('access.planner')], locale);
  const text = (() => {
    switch (refusal.code) {
      case 'read-only':
        return t('access.readOnly', { who });
      case 'not-own-unit':
        return names.length === 0 ? t('access.noUnit', { who }) : t('access.notOwnUnit', { units: formatList(names, locale), who });
      default:
        return t('access.contentPlanningOnly');
    }
  })();
  // Unit names are Thai in either language: marked so, a screen reader reads them in Thai.
  const pattern = names.length ? new RegExp(`(${names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`) : null;
  const parts = pattern ? text.split(pattern) : [text];
  return (
    <p className="notice access-note">
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <span key={i} lang="th">
            {part}
          </span>
        ) : (
          part
        ),
      )}
    </p>
  );
}
