// Text that cannot be stored or is not text at all, found anywhere in request input.
// PostgreSQL rejects U+0000 in text columns, and an unpaired UTF-16 surrogate is not a
// character (it cannot be encoded as UTF-8): both are refused at the edge with 400.

const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const TEXT_PROBLEMS = {
  nul: "Contains a NUL character (U+0000), which cannot be stored: remove it.",
  surrogate: "Contains a broken character (an unpaired UTF-16 surrogate): retype it.",
} as const;

/** The input is refused at the first problem anyway: name at most this many fields. */
const MAX_REPORTED = 10;

function problem(s: string): string | null {
  if (s.includes("\u0000")) return TEXT_PROBLEMS.nul;
  if (UNPAIRED_SURROGATE.test(s)) return TEXT_PROBLEMS.surrogate;
  return null;
}

/**
 * Every string in `input` (values and object keys, at any depth) that is not storable
 * text, as `{ "path.to.field": message }` like zod's field errors (`_` for the root);
 * `null` when all is well. At most ten fields are named. Walks iteratively, so deeply nested JSON cannot overflow the stack.
 */
export function checkStrings(input: unknown): Record<string, string> | null {
  // Paths are kept as links to the parent and spelled out only for a problem, so the
  // walk stays linear in the size of the input however deep it nests.
  type Node = { value: unknown; key?: string | number; parent?: Node };
  let fields: Record<string, string> | null = null;
  const add = (node: Node, message: string) => {
    const path: string[] = [];
    for (let n: Node | undefined = node; n && n.key !== undefined; n = n.parent) path.push(String(n.key));
    fields ??= {};
    fields[path.reverse().join(".") || "_"] ??= message;
    found++;
  };
  let found = 0;
  const stack: Node[] = [{ value: input }];
  while (stack.length && found < MAX_REPORTED) {
    const node = stack.pop()!;
    const { value } = node;
    if (typeof value === "string") {
      const p = problem(value);
      if (p) add(node, p);
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], key: i, parent: node });
    } else if (value !== null && typeof value === "object") {
      const entries = Object.entries(value);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, v] = entries[i]!;
        const child: Node = { value: v, key, parent: node };
        const p = problem(key);
        if (p) add(child, p);
        stack.push(child);
      }
    }
  }
  return fields;
}
