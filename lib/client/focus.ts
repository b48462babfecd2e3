"use client";
// Keeps keyboard focus somewhere sensible when an action replaces the control that had it
// (focus must never drop to <body>).

/**
 * Focuses the element with `id` as soon as it is in the page (now, or when a re-render or a
 * server refresh adds it), giving it tabindex=-1 when it is not focusable itself (a heading).
 * Gives up after `timeoutMs`. Returns a function that stops waiting.
 */
export function focusWhenPresent(id: string, timeoutMs = 15_000): () => void {
  const tryFocus = () => {
    const el = document.getElementById(id);
    if (!el) return false;
    if (!el.hasAttribute("tabindex") && !el.matches("a[href],button,input,select,textarea")) el.setAttribute("tabindex", "-1");
    el.focus();
    return document.activeElement === el;
  };
  if (tryFocus()) return () => undefined;
  const observer = new MutationObserver(() => {
    if (tryFocus()) stop();
  });
  const timer = setTimeout(() => stop(), timeoutMs);
  function stop() {
    observer.disconnect();
    clearTimeout(timer);
  }
  observer.observe(document.body, { childList: true, subtree: true });
  return stop;
}
