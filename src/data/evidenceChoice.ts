import { useCallback, useMemo, useState } from 'react';
import { checkFileCount } from '../domain/evidence/checks';
import type { EvidenceRefusal } from '../domain/evidence/refusals';
import { useObjectUrls } from './evidenceQueries';
import { prepareFile, type PreparedFile } from './files/prepareFile';

/** One chosen file: its name while it is read, hashed and (a photo) shrunk, then what will be kept. */
export type ChosenFile = { key: string; name: string; prepared: null } | { key: string; name: string; prepared: PreparedFile };

let chosenSoFar = 0;

/** The kept types a browser shows as a picture, so a thumbnail is the file itself. */
const PICTURES: ReadonlySet<string> = new Set(['jpeg', 'png']);

/**
 * The files chosen for one update or finding, each prepared as soon as it is chosen so that saving
 * sends bytes already shrunk and hashed. Refusals are those of the latest choice, named by file.
 * Everything stays until `clear` (after a save): a failed or cancelled send keeps them to try again.
 * `kept` is how many the record holds already, counted against the limit with the new ones.
 */
export function useEvidenceChoice(kept = 0, prepare: typeof prepareFile = prepareFile) {
  const [files, setFiles] = useState<ChosenFile[]>([]);
  const [refusals, setRefusals] = useState<EvidenceRefusal[]>([]);

  const choose = useCallback(
    (chosen: readonly File[]) => {
      if (chosen.length === 0) return;
      const tooMany = checkFileCount(kept + files.length + chosen.length);
      if (tooMany) {
        setRefusals([tooMany]);
        return;
      }
      setRefusals([]);
      const added = chosen.map((file) => ({ key: `chosen-${(chosenSoFar += 1)}`, name: file.name, file }));
      setFiles((list) => [...list, ...added.map(({ key, name }) => ({ key, name, prepared: null }))]);
      for (const { key, file } of added) {
        void prepare(file).then((result) => {
          // A row removed (or the form saved and cleared) while it prepared is simply not there to fill.
          if (result.ok) setFiles((list) => list.map((f) => (f.key === key ? { key, name: f.name, prepared: result.prepared } : f)));
          else {
            setFiles((list) => list.filter((f) => f.key !== key));
            setRefusals((list) => [...list, result.refusal]);
          }
        });
      }
    },
    [kept, files.length, prepare],
  );

  const remove = useCallback((key: string) => setFiles((list) => list.filter((f) => f.key !== key)), []);
  const clear = useCallback(() => {
    setFiles([]);
    setRefusals([]);
  }, []);

  // An update taken back (undo) brings its files back into the form with its words.
  const restore = useCallback((prepared: readonly PreparedFile[]) => {
    setFiles(prepared.map((p) => ({ key: `chosen-${(chosenSoFar += 1)}`, name: p.file.name, prepared: p })));
    setRefusals([]);
  }, []);

  // A thumbnail's address lives as long as its row: made when the picture is ready, revoked when the row goes.
  const pictures = useMemo(() => files.flatMap((f) => (f.prepared && PICTURES.has(f.prepared.file.type) ? [f.prepared.blob] : [])), [files]);
  const urlOf = useObjectUrls(pictures);

  return useMemo(() => {
    const ready = files.flatMap((f) => (f.prepared ? [f.prepared] : []));
    const previewOf = (key: string) => urlOf(files.find((f) => f.key === key)?.prepared?.blob);
    return { files, ready, preparing: files.length - ready.length, refusals, choose, remove, clear, restore, previewOf };
  }, [files, refusals, choose, remove, clear, restore, urlOf]);
}
