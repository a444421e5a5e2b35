import type { useSaveFinding } from '../../data/mutations';
import { evidenceRefusalOf } from '../../data/evidenceRefusal';
import { SendFailed } from '../../ui/evidence/SendFailed';
import { SendingProgress } from '../../ui/evidence/SendingProgress';
import { SaveFailed } from '../../ui/SaveFailed';

/**
 * How a finding's save with files is going: the bar with Cancel while they go, then, if it did
 * not go through, why and a way to send again with everything kept; a save without files fails plainly.
 */
export function FindingSending({
  save,
  withFiles,
  onSendAgain,
  filesOnly = false,
}: {
  save: ReturnType<typeof useSaveFinding>;
  withFiles: boolean;
  onSendAgain: () => void;
  /** Files added to a kept finding: a failure keeps the files, there being no text. */
  filesOnly?: boolean;
}) {
  return (
    <>
      {save.isPending && withFiles && <SendingProgress upload={save.upload} onCancel={save.cancel} />}
      {save.isError && (withFiles || save.cancelled) ? (
        <SendFailed error={save.error} refused={evidenceRefusalOf(save.error)} cancelled={save.cancelled} onSendAgain={onSendAgain} holder="finding" filesOnly={filesOnly} />
      ) : (
        <SaveFailed error={save.error} />
      )}
    </>
  );
}
