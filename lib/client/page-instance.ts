"use client";
// One token per load of a document: the runners send it with their clock's pause and resume
// (`?page=`) and the live room with its stream, so the server can tell a request that was on its
// way when its page was left (stale: refused) from the next page's (see lib/mocks/mocks.ts
// resumeMock). A page restored from the back/forward cache is a new load: it gets a new token.

let token: string | null = null;

function fresh(): string {
  // getRandomValues works on plain http too (randomUUID needs a secure context).
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

if (typeof window !== "undefined") {
  window.addEventListener("pageshow", (e) => {
    if (e.persisted) token = fresh();
  });
}

/** This document load's token (24 hex digits). */
function pageInstance(): string {
  token ??= fresh();
  return token;
}

/** `url` with this page's token as `?page=` (or `&page=`). */
export function withPage(url: string): string {
  return `${url}${url.includes("?") ? "&" : "?"}page=${pageInstance()}`;
}
