import { useId, useState } from 'react';
import type { Account } from '../../domain/schemas/account';
import type { Unit } from '../../domain/schemas/organisation';
import { formatDateTime } from '../../i18n/dates';
import { useMessages } from '../../i18n/featureMessages';
import { AccessControl } from './AccessControl';
import { AccountDetailsForm } from './AccountDetailsForm';
import { ROLE_LABELS } from './accountForm';
import { messages } from './messages';
import { PasswordForm } from './PasswordForm';

/** One account: who, what role and unit, whether it can sign in; its controls fold out on demand. */
export function AccountCard({ account, self, units }: { account: Account; self: boolean; units: Unit[] }) {
  const { t, locale } = useMessages(messages);
  const id = useId();
  const [open, setOpen] = useState(false);
  const unit = account.unitId === null ? t('accounts.unitNone') : (units.find((u) => u.id === account.unitId)?.name ?? account.unitId);
  const state = account.disabled ? 'disabled' : account.lockedUntil ? 'locked' : 'active';
  return (
    <section className={`card account-card${account.disabled ? ' is-disabled' : ''}`} aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{self ? t('accounts.you', { name: account.name }) : account.name}</h3>
      <dl className="facts">
        <div>
          <dt>{t('accounts.username')}</dt>
          <dd>{account.username}</dd>
        </div>
        <div>
          <dt>{t('accounts.role')}</dt>
          <dd>{t(ROLE_LABELS[account.role])}</dd>
        </div>
        <div>
          <dt>{t('accounts.unit')}</dt>
          <dd>{unit}</dd>
        </div>
        <div>
          <dt>{t('accounts.status')}</dt>
          <dd className={`account-status ${state}`}>
            {state === 'disabled'
              ? t('accounts.status.disabled')
              : account.lockedUntil
                ? t('accounts.status.locked', { time: formatDateTime(account.lockedUntil, locale) })
                : t('accounts.status.active')}
          </dd>
        </div>
      </dl>
      <button type="button" className="manage" aria-expanded={open} aria-controls={`${id}-panel`} onClick={() => setOpen(!open)}>
        {t('accounts.manage')}
      </button>
      <div id={`${id}-panel`} className="account-panel" hidden={!open}>
        {open && (
          <>
            <AccountDetailsForm account={account} self={self} units={units} />
            <PasswordForm account={account} self={self} />
            <AccessControl account={account} self={self} />
          </>
        )}
      </div>
    </section>
  );
}
