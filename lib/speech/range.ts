// HTTP Range (RFC 9110 §14) for one byte range over a resource of `total` bytes. Pure.

type ByteRange = { start: number; end: number }; // inclusive

/**
 * null: no Range (or a form we ignore, e.g. several ranges: answer the whole body, as allowed);
 * "unsatisfiable": a valid bytes range that lies outside the resource (416).
 */
export function parseRange(header: string | null, total: number): ByteRange | null | "unsatisfiable" {
  if (!header) return null;
  const m = /^bytes=\s*(\d*)\s*-\s*(\d*)\s*$/i.exec(header.trim());
  if (!m || (m[1] === "" && m[2] === "")) return null;
  if (m[1] === "") {
    const suffix = Number(m[2]);
    if (suffix === 0 || total === 0) return "unsatisfiable";
    return { start: Math.max(0, total - suffix), end: total - 1 };
  }
  const start = Number(m[1]);
  const end = m[2] === "" ? total - 1 : Math.min(Number(m[2]), total - 1);
  if (start >= total || end < start) return "unsatisfiable";
  return { start, end };
}

/** Which chunks (by cumulative offsets) a range touches, and where to cut the first and last. */
export function chunkSlices(sizes: readonly number[], range: ByteRange) {
  const out: { index: number; from: number; to: number }[] = [];
  let offset = 0;
  for (let i = 0; i < sizes.length; i++) {
    const size = sizes[i]!;
    const first = offset;
    const last = offset + size - 1;
    offset += size;
    if (last < range.start || size === 0) continue;
    if (first > range.end) break;
    out.push({ index: i, from: Math.max(0, range.start - first), to: Math.min(size, range.end - first + 1) });
  }
  return out;
}
