import { render, screen } from '@testing-library/react';
import { errorFromResponse } from '../../src/data/adapters/http/httpErrors';
import { uploadRefused } from '../../src/data/files/checkUpload';
import { restoreTooLarge } from '../../server/http/restoreLimit';
import { I18nProvider, type Language } from '../../src/i18n/i18n';
import { useErrorWords } from '../../src/i18n/useErrorWords';

const GB = 1024 ** 3;
const MB = 1024 ** 2;

/** The server's own 413 (server/http/restoreLimit.ts), read back as the HTTP store reads it. */
async function refusal(limit: number, size: number | null, inJson = false) {
  const response = restoreTooLarge(limit, size, inJson);
  return errorFromResponse(response.status, await response.json());
}

function Said({ error }: { error: unknown }) {
  return <p>{useErrorWords().storeError(error)}</p>;
}

const shown = async (language: Language, error: unknown) => {
  render(
    <I18nProvider language={language}>
      <Said error={error} />
    </I18nProvider>,
  );
  // The error words load after the first screen; until then the Thai sentence stands in.
  return (await screen.findByText(language === 'th' ? /ใหญ่เกินไป|ไม่พอ/ : /^The (backup|agency)/)).textContent;
};

describe('a restore the server will not take for its size', () => {
  it('keeps the code and the sizes of the 413', async () => {
    const error = await refusal(4 * GB + 51 * MB, 5 * GB);
    expect(error.detail).toEqual({
      kind: 'validation',
      fields: [{ path: '', message: error.message, code: 'restore.tooLarge', values: { size: 5 * GB, limit: 4 * GB + 51 * MB } }],
    });
  });

  it.each<[string, number, number | null, boolean, string]>([
    ['a backup with its files, its size declared', 4 * GB + 51 * MB, 5 * GB, false, 'The backup with its evidence files is 5 GB, over the 4.05 GB this server takes for a restore (the agency’s file space and its data).'],
    ['a backup with its files, sent without a size', 2 * GB + 51 * MB, null, false, 'The backup with its evidence files is over the 2.05 GB this server takes for a restore (the agency’s file space and its data).'],
    ['a backup whose data alone is too large', 50 * MB, null, true, 'The backup’s data (not counting its evidence files) is over the 50 MB this server takes.'],
    ['a backup whose data alone is too large, its size known', 50 * MB, 62.5 * MB, true, 'The backup’s data (not counting its evidence files) is 63 MB, over the 50 MB this server takes.'],
  ])('is worded in English: %s', async (_what, limit, size, inJson, english) => {
    expect(await shown('en', await refusal(limit, size, inJson))).toBe(english);
  });

  it('is said in Thai with both sizes', async () => {
    const text = await shown('th', await refusal(4 * GB + 51 * MB, 5 * GB));
    expect(text).toContain('5 GB เกิน 4.05 GB');
  });

  it('words the file space too small for a restore’s files, as the HTTP store refuses it before sending', async () => {
    const error = uploadRefused({ path: 'files', refusal: { code: 'agency.overQuota', values: { used: 0, adding: 5 * GB, limit: 2 * GB } } });
    expect(await shown('en', error)).toBe('The agency’s file space is too small: these files come to 5 GB, and 0 B of its 2 GB is used already.');
  });

  it('leaves a 413 without a code as the server said it', async () => {
    const error = errorFromResponse(413, { error: { kind: 'validation', message: 'คำขอใหญ่เกินไป (เกิน 50 MB)' } });
    expect(error.detail).toEqual({ kind: 'validation', fields: [] });
  });
});
