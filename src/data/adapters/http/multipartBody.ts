/** One part of a multipart/form-data body: a JSON text, or a file's bytes. */
export type Part = { name: string; json: unknown } | { name: string; blob: Blob };

export interface MultipartBody {
  body: Blob;
  contentType: string;
}

// As the HTML standard encodes a part's name: the quote and line breaks escaped, nothing else.
const quoted = (name: string) => `"${name.replaceAll('"', '%22').replaceAll('\r', '%0D').replaceAll('\n', '%0A')}"`;

/**
 * The body a browser's FormData would make, built by hand so that the boundary and the size are
 * known and the same body can be sent from any environment. The files stay blobs inside the
 * blob: nothing is read or copied here. A file part carries its name as its filename too, which
 * tells a parser it is a file (Request.formData() makes a File of it), and a neutral type, since
 * the receiver finds the type from the bytes.
 */
export function multipartBody(parts: readonly Part[]): MultipartBody {
  const random = crypto.getRandomValues(new Uint8Array(16));
  const boundary = `----ita-evidence-${Array.from(random, (b) => b.toString(16).padStart(2, '0')).join('')}`;
  const pieces: BlobPart[] = [];
  for (const part of parts) {
    const head = `--${boundary}\r\nContent-Disposition: form-data; name=${quoted(part.name)}`;
    if ('json' in part) pieces.push(`${head}\r\n\r\n`, JSON.stringify(part.json), '\r\n');
    else pieces.push(`${head}; filename=${quoted(part.name)}\r\nContent-Type: application/octet-stream\r\n\r\n`, part.blob, '\r\n');
  }
  pieces.push(`--${boundary}--\r\n`);
  return { body: new Blob(pieces), contentType: `multipart/form-data; boundary=${boundary}` };
}
