import { useState } from 'react';
import { useFrameworks, useUnits } from '../../data/queries';
import { useOrganisationIfAny } from '../../data/setUpAgency';
import { useSessionActor } from '../../data/sessionContext';
import { isStoreError } from '../../data/storeError';
import { planningOnlyRefusal } from '../../domain/access';
import type { Organisation, Unit } from '../../domain/schemas/organisation';
import { useMessages } from '../../i18n/featureMessages';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { SetUpPointer, WaitingForSetUp } from './NotSetUp';
import { RestoreChoice } from './RestoreChoice';
import { SampleChoice } from './SampleChoice';
import { StartFreshForm } from './StartFreshForm';
import { messages } from './messages';
import './firstRun.css';

/**
 * A data set with no assessment: the planning officer chooses how to begin (a backup, the
 * sample, or from nothing), or on another screen is shown the way there (`pointer`); everyone
 * else is told the data is not set up yet.
 */
export function FirstRunPage({ pointer = false }: { pointer?: boolean }) {
  const actor = useSessionActor();
  if (planningOnlyRefusal(actor) !== null) return <WaitingForSetUp />;
  return pointer ? <SetUpPointer /> : <FirstRunChoices />;
}

interface Held {
  organisation: Organisation | null;
  units: Unit[];
}

function FirstRunChoices() {
  const { t } = useMessages(messages);
  const organisation = useOrganisationIfAny();
  const units = useUnits();
  const frameworks = useFrameworks();
  // A fresh server holds no agency yet: that is the first run, not a failure.
  const noAgency = organisation.isError && isStoreError(organisation.error, 'not-found');
  const failed = [units, frameworks, ...(noAgency ? [] : [organisation])].find((q) => q.isError);
  const retry = () => void Promise.all([organisation.refetch(), units.refetch(), frameworks.refetch()]);
  // What the form starts from, taken once: a save that fails part-way has the agency read again
  // (a query with no data goes back to pending), and the form must not be swapped for a loading
  // line then, which would lose everything typed.
  const [held, setHeld] = useState<Held | null>(null);
  if (!held && units.data && (organisation.data || noAgency)) setHeld({ organisation: organisation.data ?? null, units: units.data });
  // A backup with no year restored brings its own agency and units: the form starts again from those.
  const [restores, setRestores] = useState(0);
  return (
    <div className="first-run">
      <header>
        <h1>{t('firstRun.heading')}</h1>
        <p>{t('firstRun.intro')}</p>
      </header>
      <RestoreChoice onRestored={() => (setHeld(null), setRestores((n) => n + 1))} />
      <SampleChoice />
      {held && frameworks.data ? (
        <StartFreshForm key={restores} organisation={held.organisation} units={held.units} frameworks={frameworks.data} />
      ) : failed ? (
        <ErrorState error={failed.error} onRetry={retry} />
      ) : (
        <LoadingState />
      )}
    </div>
  );
}
