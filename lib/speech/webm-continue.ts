// Continuing a WebM recording after a reload (issue 18). A new MediaRecorder starts a new
// WebM file (EBML header, Segment, Info, Tracks, then Clusters whose timecodes start at 0);
// appended byte for byte it would be a second file that players ignore. This rewriter turns
// the new recorder's output into a continuation of the stored one: it drops everything before
// the first Cluster and adds `offsetMs` (the stored audio's duration) to each Cluster's
// Timecode, so the assembled bytes are one WebM stream with rising timestamps. Blocks are
// copied unchanged (their timecodes are relative to their cluster). Pure and streaming: bytes
// arrive in arbitrary pieces (MediaRecorder's timeslices); an element cut by a piece boundary
// is held back until the rest arrives. Unit-tested in tests/unit/speech-webm-continue.test.ts.

const CLUSTER = 0x1f43b675;
const SEGMENT = 0x18538067;
const TIMECODE = 0xe7;

type Vint = { length: number; value: number; unknown: boolean };

/** An EBML variable-length integer at `at` (null: not all bytes are there yet). */
function readVint(buf: Uint8Array, at: number, keepMarker: boolean): Vint | null {
  if (at >= buf.length) return null;
  const first = buf[at]!;
  let length = 1;
  while (length <= 8 && !(first & (0x80 >> (length - 1)))) length++;
  if (length > 8) throw new Error("Not a WebM stream (bad EBML length).");
  if (at + length > buf.length) return null;
  let value = keepMarker ? first : first & (0xff >> length);
  let allOnes = value === (0xff >> length);
  for (let i = 1; i < length; i++) {
    value = value * 256 + buf[at + i]!;
    if (buf[at + i] !== 0xff) allOnes = false;
  }
  return { length, value, unknown: !keepMarker && allOnes };
}

function concat(a: Uint8Array, b: Uint8Array) {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

export class WebmContinuation {
  private pending = new Uint8Array(0);
  private inCluster = false;
  private clusterSizeKnown = false;

  constructor(private readonly offsetMs: number) {}

  /** The rewritten bytes ready to upload (possibly empty: the header is dropped). */
  push(bytes: Uint8Array): Uint8Array {
    const buf = concat(this.pending, bytes);
    const out: Uint8Array[] = [];
    let at = 0;
    for (;;) {
      const id = readVint(buf, at, true);
      if (!id) break;
      const size = readVint(buf, at + id.length, false);
      if (!size) break;
      const head = id.length + size.length;
      if (id.value === SEGMENT && size.unknown) {
        at += head; // step into the Segment
        continue;
      }
      if (id.value === CLUSTER) {
        this.inCluster = true;
        this.clusterSizeKnown = !size.unknown;
        out.push(buf.subarray(at, at + head)); // its children follow
        at += head;
        continue;
      }
      if (size.unknown) throw new Error("Unexpected element of unknown size in the WebM stream.");
      if (at + head + size.value > buf.length) break; // wait for the rest of this element
      const element = buf.subarray(at, at + head + size.value);
      if (this.inCluster && id.value === TIMECODE) {
        let tc = 0;
        for (let i = 0; i < size.value; i++) tc = tc * 256 + element[head + i]!;
        out.push(this.timecode(tc + this.offsetMs, size.value));
      } else if (this.inCluster) {
        out.push(element); // blocks and other cluster children, unchanged
      } // before the first Cluster: EBML header, Info, Tracks, SeekHead, Void… are dropped
      at += head + size.value;
    }
    this.pending = buf.slice(at);
    return out.reduce(concat, new Uint8Array(0));
  }

  /** Bytes still held back (an incomplete element) when the recorder stops: dropped. */
  get heldBytes() {
    return this.pending.length;
  }

  private timecode(value: number, oldLength: number) {
    // An unknown-size Cluster (what MediaRecorder writes) may grow: use 8 bytes. A known-size
    // one must keep its length.
    const length = this.clusterSizeKnown ? oldLength : 8;
    if (value >= 2 ** (8 * length)) throw new Error("Cluster timecode does not fit.");
    const el = new Uint8Array(2 + length);
    el[0] = TIMECODE;
    el[1] = 0x80 | length;
    let v = value;
    for (let i = length - 1; i >= 0; i--) {
      el[2 + i] = v % 256;
      v = Math.floor(v / 256);
    }
    return el;
  }
}
