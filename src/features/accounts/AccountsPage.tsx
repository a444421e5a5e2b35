import { useId } from 'react';
import { useAccounts } from '../../data/accountQueries';
import { useUnits } from '../../data/queries';
import { useSession } from '../../data/sessionContext';
import { useMessages } from '../../i18n/featureMessages';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { AccountCard } from './AccountCard';
import { CreateAccountForm } from './CreateAccountForm';
import { messages } from './messages';
import './accounts.css';

/**
 * จัดการบัญชีผู้ใช้: the accounts on the agency's server, which the planning officer alone
 * manages (the server checks it; the screen says so to anyone else rather than fail). In browser
 * storage there is no sign-in, so no accounts.
 */
export function AccountsPage() {
  const { t } = useMessages(messages);
  const { server } = useSession();
  return (
    <div className="accounts">
      <h1>{t('accounts.heading')}</h1>
      {!server ? (
        <p className="card">{t('accounts.serverOnly')}</p>
      ) : server.account.role !== 'planning-officer' ? (
        <p className="card">{t('accounts.planningOnly')}</p>
      ) : (
        <AccountsManager self={server.account.id} />
      )}
    </div>
  );
}

function AccountsManager({ self }: { self: string }) {
  const { t } = useMessages(messages);
  const id = useId();
  const accounts = useAccounts();
  const units = useUnits();
  const unitList = units.data ?? [];
  return (
    <>
      <p className="intro">{t('accounts.intro')}</p>
      <div className="accounts-grid">
        <section className="account-list-section" aria-labelledby={`${id}-h`}>
          <h2 id={`${id}-h`}>{t('accounts.list.heading', { count: accounts.data?.length ?? '…' })}</h2>
          {accounts.isError ? (
            <ErrorState error={accounts.error} onRetry={() => void accounts.refetch()} />
          ) : units.isError ? (
            <ErrorState error={units.error} onRetry={() => void units.refetch()} />
          ) : accounts.isPending || units.isPending ? (
            // Both, so that no card shows a unit's code for a moment before its name.
            <LoadingState />
          ) : (
            <ul className="account-list">
              {accounts.data.map((account) => (
                <li key={account.id}>
                  <AccountCard account={account} self={account.id === self} units={unitList} />
                </li>
              ))}
            </ul>
          )}
        </section>
        <CreateAccountForm units={unitList} />
      </div>
    </>
  );
}
