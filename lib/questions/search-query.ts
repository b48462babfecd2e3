// Pure helpers for full-text search input.

/** The words of a search string (letters and digits, lower-cased, at most 8). */
export function searchWords(q: string): string[] {
  return (q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 8);
}

/** Escapes LIKE wildcards so user text matches literally. */
export function likeEscape(s: string) {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
