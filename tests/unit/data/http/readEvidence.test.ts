import { evidenceHeaders } from '../../../../api/evidenceHeaders';
import { createHttpStore } from '../../../../src/data/adapters/http/httpStore';
import { UPLOAD_SILENCE_MS } from '../../../../src/data/adapters/http/uploadMultipart';
import { StoreError } from '../../../../src/data/storeError';
import type { EvidenceFile } from '../../../../src/domain/evidence/schema';
import { PLANNER } from '../../../contract/storeContract';

const BASE = 'http://localhost/api/v1';
const file: EvidenceFile = { id: 'ไฟล์ 1', name: 'คำสั่งแต่งตั้ง.pdf', type: 'pdf', size: 5, sha256: 'c'.repeat(64) };
const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]);

const store = (fetch: typeof globalThis.fetch) => createHttpStore({ baseUrl: BASE, actor: () => PLANNER, fetch });
const answering = (response: () => Response) => vi.fn<typeof globalThis.fetch>(() => Promise.resolve(response()));

async function failure(promise: Promise<unknown>): Promise<StoreError> {
  const error = await promise.then(() => new Error('expected a refusal'), (e: unknown) => e);
  if (!(error instanceof StoreError)) throw error;
  return error;
}

afterEach(() => vi.useRealTimers());

describe('a kept file over the API', () => {
  it('is read with its reference from X-Evidence-File, at the address evidenceUrl gives', async () => {
    const fetch = answering(() => new Response(bytes, { headers: evidenceHeaders(file) }));
    const kept = await store(fetch).readEvidence(file.id);
    expect(kept.file).toEqual(file);
    expect(kept.blob.type).toBe('application/pdf');
    expect(Array.from(new Uint8Array(await kept.blob.arrayBuffer()))).toEqual(Array.from(bytes));
    const url = `${BASE}/evidence/%E0%B9%84%E0%B8%9F%E0%B8%A5%E0%B9%8C%201`;
    expect(store(fetch).evidenceUrl(file.id)).toBe(url);
    expect(fetch).toHaveBeenCalledWith(url, expect.objectContaining({ headers: expect.objectContaining({ 'X-ITA-Role': 'planning-officer' }) as object }));
  });

  it('has no address of its own where the API needs headers a link cannot send (the mocked API)', () => {
    expect(createHttpStore({ baseUrl: BASE, actor: () => PLANNER, fileLinks: false }).evidenceUrl(file.id)).toBeNull();
  });

  it('is not found where the server says so', async () => {
    const fetch = answering(() => Response.json({ error: { kind: 'not-found', message: 'ไม่พบไฟล์' } }, { status: 404 }));
    expect((await failure(store(fetch).readEvidence('x'))).detail).toEqual({ kind: 'not-found' });
  });

  it.each([
    ['no reference', () => new Response(bytes)],
    ['a reference that does not parse', () => new Response(bytes, { headers: { 'X-Evidence-File': 'e30' } })],
    ['bytes of another size than the reference says', () => new Response(bytes.slice(1), { headers: evidenceHeaders(file) })],
  ])('is refused as a bad response with %s', async (_, response) => {
    expect((await failure(store(answering(response)).readEvidence(file.id))).detail).toEqual({ kind: 'network', reason: 'bad-response' });
  });

  it('gives up once the bytes stop coming for 30 s, however long the whole takes', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let push: (chunk: Uint8Array) => void = () => undefined;
    const fetch = vi.fn<typeof globalThis.fetch>((_url, init) => {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          push = (chunk) => controller.enqueue(chunk);
          init?.signal?.addEventListener('abort', () => controller.error(new DOMException('aborted', 'AbortError')));
        },
      });
      return Promise.resolve(new Response(body, { headers: evidenceHeaders(file) }));
    });
    const reading = store(fetch).readEvidence(file.id);
    let settled = false;
    void reading.then(
      () => (settled = true),
      () => (settled = true),
    );
    await vi.waitFor(() => expect(fetch).toHaveBeenCalled());
    for (const byte of [1, 2, 3]) {
      vi.advanceTimersByTime(UPLOAD_SILENCE_MS - 1_000);
      push(new Uint8Array([byte]));
      await new Promise<void>((resolve) => queueMicrotask(resolve));
    }
    expect(settled).toBe(false);
    vi.advanceTimersByTime(UPLOAD_SILENCE_MS);
    expect((await failure(reading)).detail).toEqual({ kind: 'network', reason: 'timeout' });
  });

  it('tells the space used and the limit', async () => {
    const fetch = answering(() => Response.json({ used: 2048, limit: null }));
    expect(await store(fetch).evidenceUsage()).toEqual({ used: 2048, limit: null });
    expect(fetch).toHaveBeenCalledWith(`${BASE}/evidence-usage`, expect.anything());
  });
});
