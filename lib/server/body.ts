import "server-only";
import { HttpError } from "./errors";

/**
 * The body's bytes, read as a stream and counted as they arrive: at `maxBytes` + 1 the
 * stream is cancelled and 413 thrown, so a huge (e.g. chunked, length-less) upload never
 * sits in memory. A declared Content-Length over the limit is refused before reading.
 */
export async function readBodyBytes(req: Request, maxBytes: number): Promise<Uint8Array> {
  const declared = req.headers.get("content-length");
  if (declared !== null && Number(declared) > maxBytes) throw tooLarge(maxBytes);
  if (!req.body) return new Uint8Array(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return bytes;
}

const tooLarge = (max: number) =>
  new HttpError(413, "payload_too_large", `The request body is larger than the limit of ${Math.round(max / 1024)} KiB.`);
