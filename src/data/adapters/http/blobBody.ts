/**
 * A blob as a request's or a response's body. Every browser the app supports has Blob.stream()
 * and sends the blob as it is, read as it goes. jsdom's Blob has no stream(), and the Node fetch
 * that MSW hands a test's body to would then send the text "undefined": there it goes as bytes.
 */
export async function blobBody(blob: Blob): Promise<Blob | ArrayBuffer> {
  return typeof blob.stream === 'function' ? blob : blob.arrayBuffer();
}
