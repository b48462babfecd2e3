import { describe, expect, it } from "vitest";
import { containerOf } from "@/lib/speech/limits";
import { chunkSlices, parseRange } from "@/lib/speech/range";

describe("Range parsing", () => {
  it("forms of a single bytes range over 100 bytes", () => {
    expect(parseRange(null, 100)).toBeNull();
    expect(parseRange("bytes=0-9", 100)).toEqual({ start: 0, end: 9 });
    expect(parseRange("bytes=90-", 100)).toEqual({ start: 90, end: 99 });
    expect(parseRange("bytes=-10", 100)).toEqual({ start: 90, end: 99 });
    expect(parseRange("bytes=-500", 100)).toEqual({ start: 0, end: 99 });
    expect(parseRange("bytes=50-500", 100)).toEqual({ start: 50, end: 99 });
  });
  it("outside the resource is unsatisfiable; other forms are ignored (whole body)", () => {
    expect(parseRange("bytes=100-", 100)).toBe("unsatisfiable");
    expect(parseRange("bytes=9-3", 100)).toBe("unsatisfiable");
    expect(parseRange("bytes=-0", 100)).toBe("unsatisfiable");
    expect(parseRange("bytes=0-", 0)).toBe("unsatisfiable");
    expect(parseRange("bytes=0-1,5-6", 100)).toBeNull();
    expect(parseRange("items=0-1", 100)).toBeNull();
  });
});

describe("chunk slices", () => {
  it("cuts the first and last chunk a range touches", () => {
    expect(chunkSlices([10, 5, 7], { start: 8, end: 16 })).toEqual([
      { index: 0, from: 8, to: 10 },
      { index: 1, from: 0, to: 5 },
      { index: 2, from: 0, to: 2 },
    ]);
    expect(chunkSlices([10, 5, 7], { start: 0, end: 21 }).map((s) => s.to - s.from)).toEqual([10, 5, 7]);
    expect(chunkSlices([10, 5, 7], { start: 12, end: 12 })).toEqual([{ index: 1, from: 2, to: 3 }]);
  });
  it("accepted types", () => {
    expect(containerOf("audio/webm;codecs=opus")).toBe("webm");
    expect(containerOf('audio/ogg; codecs="opus"')).toBe("ogg");
    expect(containerOf("audio/webm")).toBe("webm");
    expect(containerOf("audio/mp4")).toBeNull();
    expect(containerOf("audio/webm;codecs=vorbis")).toBeNull();
  });
});
