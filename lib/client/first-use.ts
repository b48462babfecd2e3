// What a form does on its first use, as plain functions over the DOM's event and form-data
// interfaces (unit-tested without a browser): start loading its code, and read what was typed.
// Used by lib/client/use-api-form.ts and lib/client/form-on-first-use.tsx; decision 0025, Session 9.

/**
 * Starts `preload` the first time the focus enters `form` or a pointer goes down on it (capture
 * listeners on the form's own element: using one form does not load the others on the page).
 * Returns the cleanup.
 */
export function preloadOnFirstUse(form: EventTarget, preload: () => void): () => void {
  const onUse = () => {
    stop();
    preload();
  };
  const stop = () => {
    form.removeEventListener("focusin", onUse, { capture: true });
    form.removeEventListener("pointerdown", onUse, { capture: true });
  };
  form.addEventListener("focusin", onUse, { capture: true });
  form.addEventListener("pointerdown", onUse, { capture: true });
  return stop;
}

/** The text values of a form's controls, by name (files and unnamed controls left out). */
export function typedValues(entries: Iterable<[string, FormDataEntryValue]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of entries) if (typeof value === "string" && !(name in out)) out[name] = value;
  return out;
}
