/**
 * XMLHttpRequest as the HTTP store's upload uses it, for Node, which has none: the request goes
 * over `send` (a signed-in person's fetch: their cookie, this site's Origin), whole, so progress
 * is told once, all sent, just before the answer.
 */
export function xhrOver(send: typeof fetch): typeof XMLHttpRequest {
  class FetchXhr {
    upload: { onprogress: ((event: Partial<ProgressEvent>) => void) | null; onload: (() => void) | null } = { onprogress: null, onload: null };
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    status = 0;
    responseText = '';
    private method = 'GET';
    private url = '';
    private readonly headers = new Headers();
    private readonly stopped = new AbortController();

    open(method: string, url: string) {
      this.method = method;
      this.url = url;
    }

    setRequestHeader(name: string, value: string) {
      this.headers.set(name, value);
    }

    abort() {
      this.stopped.abort();
    }

    send(body: Blob | ArrayBuffer | Uint8Array<ArrayBuffer>) {
      const size = body instanceof Blob ? body.size : body.byteLength;
      void send(this.url, { method: this.method, headers: this.headers, body, signal: this.stopped.signal })
        .then(async (response) => {
          this.upload.onprogress?.({ loaded: size, total: size, lengthComputable: true });
          this.upload.onload?.();
          this.status = response.status;
          this.responseText = await response.text();
          this.onload?.();
        })
        .catch(() => {
          if (!this.stopped.signal.aborted) this.onerror?.();
        });
    }
  }
  return FetchXhr as unknown as typeof XMLHttpRequest;
}
