// Best-effort parse of a JSON text that is still arriving (a streamed AI review), so the page
// can show the fields that are already there. Pure. It closes an open string and the open
// objects and arrays; when that does not parse (a half-written key, number or literal), it
// falls back to the last point where a value was complete. Returns undefined when nothing
// parses yet. Only for display: the stored review is validated on the server.

type Cut = { at: number; closers: string };

export function parsePartialJson(text: string): unknown {
  const start = text.indexOf("{");
  if (start < 0) return undefined;
  const src = text.slice(start);
  const stack: string[] = [];
  const cuts: Cut[] = [];
  let inString = false;
  let escaped = false;
  const closers = () => [...stack].reverse().join("");
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (inString) {
      if (escaped) escaped = false;
      else if (c === "\\") escaped = true;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === "{" || c === "[") {
      stack.push(c === "{" ? "}" : "]");
      cuts.push({ at: i + 1, closers: closers() });
    } else if (c === "}" || c === "]") {
      stack.pop();
      cuts.push({ at: i + 1, closers: closers() });
      if (stack.length === 0) return tryParse(src.slice(0, i + 1));
    } else if (c === ",") cuts.push({ at: i, closers: closers() });
  }
  let body = src;
  if (inString) body = (escaped ? body.slice(0, -1) : body) + '"';
  const whole = tryParse(body + closers());
  if (whole !== undefined) return whole;
  for (let k = cuts.length - 1; k >= 0; k--) {
    const cut = cuts[k]!;
    const v = tryParse(src.slice(0, cut.at) + cut.closers);
    if (v !== undefined) return v;
  }
  return undefined;
}

function tryParse(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return undefined;
  }
}
