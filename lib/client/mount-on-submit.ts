"use client";
// A form that is light until it is sent: the page starts with the same fields over plain state
// (no react-hook-form, no checks), and the real form (useApiForm) is loaded on the first focus or
// pointer on it and mounted by the first submit, with the values chosen so far, and submitted
// at once: what was typed is kept and the submit is never lost (a submit before the code arrives
// waits with the busy label). Used where a page shows many forms or a form below the first
// screen: the mock report's score forms, the plan's network goals (decision 0025, Session 9).
import { type ComponentType, useEffect, useRef, useState } from "react";

// Wrap the form's import in loadOnce (./load-once.ts) so every form on the page shares one fetch;
// show FORM_LOAD_FAILED_MESSAGE (./lazy-resolver.ts) when `failed`, the message every form gives.

/**
 * `box` goes on the element around the form. Until the submit, render the light form with
 * `preload` on its focus and pointer-down, `submit` as its onSubmit and `sending` as its busy
 * state (`failed`: the code could not be fetched); once `Form` is set, render it instead with the
 * values chosen so far: it is submitted as soon as it is mounted.
 */
export function useMountOnSubmit<P>(load: () => Promise<ComponentType<P>>) {
  const [Form, setForm] = useState<ComponentType<P> | null>(null);
  const [sending, setSending] = useState(false);
  const [failed, setFailed] = useState(false);
  const box = useRef<HTMLDivElement>(null);

  // The real form is mounted with the values: send it as the user asked (its own checks, request and messages).
  useEffect(() => {
    if (!Form) return;
    const form = box.current?.querySelector("form");
    form?.querySelector<HTMLButtonElement>('button[type="submit"]')?.focus();
    form?.requestSubmit();
  }, [Form]);

  return {
    Form,
    box,
    sending,
    failed,
    preload: () => void load().catch(() => {}),
    submit: (e: React.FormEvent<HTMLFormElement>) => {
      e.preventDefault();
      if (sending) return;
      setFailed(false);
      setSending(true);
      load().then(
        (f) => setForm(() => f),
        () => {
          setSending(false);
          setFailed(true);
        },
      );
    },
  };
}
