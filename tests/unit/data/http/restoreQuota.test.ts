import { createHttpStore } from '../../../../src/data/adapters/http/httpStore';
import { StoreError } from '../../../../src/data/storeError';
import type { DataSet } from '../../../../src/domain/schemas/dataSet';
import { PLANNER } from '../../../contract/storeContract';

const BASE = 'http://localhost/api/v1';

/** An upload that the server takes at once, counted: the test asks whether one was sent at all. */
class TakenXhr {
  static sent: string[] = [];
  upload = { onprogress: null, onload: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  status = 0;
  responseText = '';
  private url = '';
  open(_method: string, url: string) {
    this.url = url;
  }
  setRequestHeader() {}
  abort() {}
  send() {
    TakenXhr.sent.push(this.url);
    this.status = 204;
    queueMicrotask(() => this.onload?.());
  }
}

/** The agency's server answering its file space's usage as `usage` says, and nothing else. */
function store(usage: () => Response | Promise<Response>, onUnauthorized = vi.fn()) {
  const fetch = vi.fn((url: string) => (url === `${BASE}/evidence-usage` ? Promise.resolve(usage()) : Promise.reject(new Error(`unexpected ${url}`))));
  const made = createHttpStore({ baseUrl: BASE, actor: () => PLANNER, fetch: fetch as unknown as typeof globalThis.fetch, XMLHttpRequest: TakenXhr as unknown as typeof XMLHttpRequest, onUnauthorized });
  return { store: made, fetch, onUnauthorized };
}

const data = { units: [] } as unknown as DataSet;
/** A backup's files of 600 and 500 bytes: 1,100 in all. */
const files = new Map([
  ['file-1', new Blob([new Uint8Array(600)])],
  ['file-2', new Blob([new Uint8Array(500)])],
]);

afterEach(() => {
  TakenXhr.sent = [];
});

describe('a restore with files larger than the agency’s file space', () => {
  it('is refused before a byte of it is sent, with the backup’s size against the limit', async () => {
    const { store: http } = store(() => Response.json({ used: 900, limit: 1_000 }));
    const error = await http.replaceData(data, { files }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StoreError);
    // The restore replaces every file: what the agency holds now does not count.
    expect((error as StoreError).detail).toEqual({
      kind: 'validation',
      fields: [{ path: 'files', code: 'evidence.agency.overQuota', values: { used: 0, adding: 1_100, limit: 1_000 }, message: expect.stringContaining('1.1 KB') as string }],
    });
    expect(TakenXhr.sent).toEqual([]);
  });

  it.each<[string, () => Response | Promise<Response>]>([
    ['the files fit the space', () => Response.json({ used: 900, limit: 1_100 })],
    ['the server sets no limit', () => Response.json({ used: 900, limit: null })],
    ['an older server has no usage to tell', () => Response.json({ error: { kind: 'not-found', message: 'ไม่มีบริการนี้ใน API' } }, { status: 404 })],
    ['the usage cannot be read', () => Response.json({ used: 'lots' })],
    ['the question fails on the way', () => Promise.reject(new TypeError('Failed to fetch'))],
  ])('goes ahead when %s, and the server judges', async (_when, usage) => {
    const { store: http, fetch } = store(usage);
    await expect(http.replaceData(data, { files })).resolves.toBeUndefined();
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(TakenXhr.sent).toEqual([`${BASE}/data`]);
  });

  it('does not sign the person out when only the question is refused with 401: the restore’s own answer says so', async () => {
    const { store: http, onUnauthorized } = store(() => Response.json({ error: { kind: 'forbidden', message: 'กรุณาเข้าสู่ระบบ' } }, { status: 401 }));
    await http.replaceData(data, { files });
    expect(onUnauthorized).not.toHaveBeenCalled();
    expect(TakenXhr.sent).toEqual([`${BASE}/data`]);
  });

  it('asks nothing for a restore without files', async () => {
    const { store: http, fetch } = store(() => Response.json({ used: 0, limit: 0 }));
    fetch.mockImplementationOnce(() => Promise.resolve(new Response(null, { status: 204 })));
    await http.replaceData(data);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenCalledWith(`${BASE}/data`, expect.objectContaining({ method: 'PUT' }));
  });
});
