import { describe, expect, it } from "vitest";
import { WebmContinuation } from "@/lib/speech/webm-continue";

const UNKNOWN = [0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff];
const el = (id: number[], body: number[]) => [...id, 0x80 | body.length, ...body];
const header = [
  ...el([0x1a, 0x45, 0xdf, 0xa3], [0x42, 0x86, 0x81, 0x01]), // EBML header (one child)
  0x18, 0x53, 0x80, 0x67, ...UNKNOWN, // Segment, unknown size
  ...el([0x15, 0x49, 0xa9, 0x66], [0x2a, 0xd7, 0xb1, 0x83, 0x0f, 0x42, 0x40]), // Info
  ...el([0x16, 0x54, 0xae, 0x6b], [0xae, 0x83, 0xd7, 0x81, 0x01]), // Tracks
];
const cluster = (timecode: number[], blocks: number[][]) => [
  0x1f, 0x43, 0xb6, 0x75, ...UNKNOWN,
  ...el([0xe7], timecode),
  ...blocks.flatMap((b) => el([0xa3], b)),
];
const stream = [...header, ...cluster([0x00], [[0x81, 0, 0, 0x80, 1, 2, 3], [0x81, 0, 20, 0x80, 4, 5]]), ...cluster([0x13, 0x88], [[0x81, 0, 0, 0x80, 6]])];

describe("WebmContinuation", () => {
  const expected = (offsetBytes: number[], secondBytes: number[]) => [
    ...[0x1f, 0x43, 0xb6, 0x75, ...UNKNOWN, 0xe7, 0x88, ...offsetBytes],
    ...el([0xa3], [0x81, 0, 0, 0x80, 1, 2, 3]),
    ...el([0xa3], [0x81, 0, 20, 0x80, 4, 5]),
    ...[0x1f, 0x43, 0xb6, 0x75, ...UNKNOWN, 0xe7, 0x88, ...secondBytes],
    ...el([0xa3], [0x81, 0, 0, 0x80, 6]),
  ];

  it("drops the header and shifts every cluster timecode by the offset (here 70 000 ms)", () => {
    const c = new WebmContinuation(70_000);
    const out = [...c.push(new Uint8Array(stream))];
    // 70000 = 0x011170; 5000 + 70000 = 75000 = 0x0124F8
    expect(out).toEqual(expected([0, 0, 0, 0, 0, 0x01, 0x11, 0x70], [0, 0, 0, 0, 0, 0x01, 0x24, 0xf8]));
    expect(c.heldBytes).toBe(0);
  });

  it("gives the same bytes whatever the piece boundaries (elements cut across pieces are held back)", () => {
    const whole = [...new WebmContinuation(1234).push(new Uint8Array(stream))];
    for (const size of [1, 2, 3, 7, 13]) {
      const c = new WebmContinuation(1234);
      const out: number[] = [];
      for (let i = 0; i < stream.length; i += size) out.push(...c.push(new Uint8Array(stream.slice(i, i + size))));
      expect(out, `pieces of ${size}`).toEqual(whole);
    }
  });

  it("holds back an incomplete last element", () => {
    const c = new WebmContinuation(0);
    c.push(new Uint8Array(stream.slice(0, stream.length - 2)));
    expect(c.heldBytes).toBeGreaterThan(0);
  });

  it("refuses bytes that are not EBML", () => {
    expect(() => new WebmContinuation(0).push(new Uint8Array([0x00, 0x00]))).toThrow(/Not a WebM/);
  });
});
