import { useMemo } from 'react';
import type { FoundType } from '../../domain/evidence/fileType';
import { wordEvidenceRefusal, type EvidenceCode, type EvidenceFill, type EvidenceRefusal } from '../../domain/evidence/refusals';
import { useMessages } from '../../i18n/featureMessages';
import { evidenceMessages } from './evidenceMessages';

type Key = keyof (typeof evidenceMessages)['th'];

const CODE_KEYS: Record<EvidenceCode, Key> = {
  'file.empty': 'evidence.file.empty',
  'file.unreadable': 'evidence.file.unreadable',
  'file.typeNotAllowed': 'evidence.file.typeNotAllowed',
  'file.undecodable': 'evidence.file.undecodable',
  'file.tooBig': 'evidence.file.tooBig',
  'file.hashMismatch': 'evidence.file.hashMismatch',
  'update.tooMany': 'evidence.update.tooMany',
  'agency.overQuota': 'evidence.agency.overQuota',
};

/** What the files are attached to: the count limit is said of it. */
export type EvidenceHolder = 'update' | 'finding';

/** The evidence catalog's `t`, and a refusal worded with it: sizes as '4.2 MB', the type found named. */
export function useEvidenceWords(holder: EvidenceHolder = 'update') {
  const i18n = useMessages(evidenceMessages);
  return useMemo(() => {
    const { t } = i18n;
    const codeKey = (code: EvidenceCode): Key => (code === 'update.tooMany' && holder === 'finding' ? 'evidence.finding.tooMany' : CODE_KEYS[code]);
    const fill: EvidenceFill = (key, values) =>
      key.startsWith('found.') ? t(`evidence.found.${key.slice('found.'.length) as FoundType}`, values) : t(codeKey(key as EvidenceCode), values);
    return { ...i18n, refusal: (refusal: EvidenceRefusal) => wordEvidenceRefusal(refusal, fill) };
  }, [i18n, holder]);
}
