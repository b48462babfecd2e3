// Uploads recording chunks in order, one at a time, retrying a failed send (network error,
// 5xx, 429) with backoff; the server takes an identical re-send again, so a retry after a
// lost response is harmless. Used by components/speech/recorder.tsx.

type UploadError = { status: number; code: string; message: string };

export class ChunkUploader {
  private queue: { seq: number; bytes: Uint8Array<ArrayBuffer> }[] = [];
  private running: Promise<void> | null = null;
  private failed: UploadError | null = null;
  /** Bytes the server has confirmed. */
  confirmedBytes = 0;

  constructor(
    private readonly url: (seq: number) => string,
    private readonly mimeType: string,
    private nextSeq: number,
    private readonly onError: (e: UploadError) => void,
  ) {}

  get error() {
    return this.failed;
  }

  add(bytes: Uint8Array<ArrayBuffer>) {
    if (bytes.length === 0 || this.failed) return;
    this.queue.push({ seq: this.nextSeq++, bytes });
    this.running ??= this.drain().finally(() => (this.running = null));
  }

  /** Resolves when everything queued so far is stored (or an upload failed for good). */
  async settled() {
    while (this.running) await this.running;
  }

  private async drain() {
    while (this.queue.length && !this.failed) {
      const item = this.queue[0]!;
      for (let attempt = 0; ; attempt++) {
        const res = await fetch(this.url(item.seq), {
          method: "PUT",
          headers: { "Content-Type": this.mimeType },
          body: item.bytes,
          credentials: "same-origin",
        }).catch(() => null);
        if (res?.ok) {
          this.confirmedBytes += item.bytes.length;
          break;
        }
        const retriable = !res || res.status >= 500 || res.status === 429;
        if (!retriable || attempt >= 6) {
          const body = (await res?.json().catch(() => null)) as { error?: { code: string; message: string } } | null;
          this.failed = {
            status: res?.status ?? 0,
            code: body?.error?.code ?? "network",
            message: body?.error?.message ?? "Could not upload the recording. Check your connection.",
          };
          this.onError(this.failed);
          return;
        }
        await new Promise((r) => setTimeout(r, Math.min(8000, 250 * 2 ** attempt)));
      }
      this.queue.shift();
    }
  }
}
