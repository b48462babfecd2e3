"use client";
// A form whose interactive part (react-hook-form through useApiForm, its checks) loads on first
// use, not with the page. The first paint is the form's own markup with plain uncontrolled inputs
// (`shell`, drawn by the same body component the interactive form draws, so nothing moves); the
// first focus or pointer-down inside it loads the interactive form, which then replaces the shell
// in one synchronous commit (flushSync) with:
//   - the values typed so far as its defaults (read from the shell's DOM in that same task, so no
//     keystroke can fall between the read and the swap),
//   - the focus (and the caret) where it was,
//   - a submit made before it arrived replayed (requestSubmit), the busy label showing meanwhile.
// A failed load shows FORM_LOAD_FAILED_MESSAGE on that submit; the next use loads again.
// See docs/decisions/0025-lighthouse.md, "Session 9: sign-in, questions, compare".
import { type ComponentType, type ReactNode, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { typedValues } from "./first-use";
import { FORM_LOAD_FAILED_MESSAGE } from "./lazy-resolver";

/** What the interactive form receives besides its own props: the values typed into the shell. */
export type Typed = { typed: Record<string, string> };

type ShellState = { busy: boolean; error: string | null };

/** A shell field's props: its name only (uncontrolled, no error yet). */
export const plainField = <N extends string>(name: N) => ({ name, error: undefined });

type Focus = { index: number; start: number | null; end: number | null } | null;

function focusIn(form: HTMLFormElement): Focus {
  const active = document.activeElement;
  const index = [...form.elements].findIndex((el) => el === active);
  if (index < 0) return null;
  let start: number | null = null;
  let end: number | null = null;
  try {
    ({ selectionStart: start, selectionEnd: end } = active as HTMLInputElement);
  } catch {
    // Not a text control.
  }
  return { index, start, end };
}

function restoreFocus(form: HTMLFormElement, focus: Focus) {
  if (!focus) return;
  const el = form.elements[focus.index] as HTMLInputElement | undefined;
  if (!el) return;
  el.focus();
  if (focus.start == null || focus.end == null) return;
  try {
    el.setSelectionRange(focus.start, focus.end);
  } catch {
    // Not a text control.
  }
}

export function FormOnFirstUse<P extends object>({
  load,
  props,
  shell,
}: {
  /** The interactive form: `() => import("./x-form-live").then((m) => m.XFormLive)`. */
  load: () => Promise<ComponentType<P & Typed>>;
  props: P;
  /** The first paint: the same <form> markup with `plainField` inputs and no handlers. */
  shell: (state: ShellState) => ReactNode;
}) {
  const box = useRef<HTMLDivElement>(null);
  const loading = useRef<Promise<void> | null>(null);
  const submitted = useRef(false);
  const [live, setLive] = useState<{ Form: ComponentType<P & Typed>; typed: Record<string, string> } | null>(null);
  const [state, setState] = useState<ShellState>({ busy: false, error: null });

  function mount(Form: ComponentType<P & Typed>) {
    const shellForm = box.current?.querySelector("form");
    const typed = shellForm ? typedValues(new FormData(shellForm)) : {};
    const focus = shellForm ? focusIn(shellForm) : null;
    flushSync(() => setLive({ Form, typed }));
    const form = box.current?.querySelector("form");
    if (!form) return;
    restoreFocus(form, focus);
    if (submitted.current) form.requestSubmit();
  }

  function start() {
    loading.current ??= load().then(mount, () => {
      loading.current = null;
      if (!submitted.current) return;
      submitted.current = false;
      setState({ busy: false, error: FORM_LOAD_FAILED_MESSAGE });
    });
  }

  if (live) {
    return (
      <div className="contents" ref={box}>
        <live.Form {...props} typed={live.typed} />
      </div>
    );
  }
  return (
    <div
      className="contents"
      ref={box}
      onFocusCapture={start}
      onPointerDownCapture={start}
      onSubmitCapture={(e) => {
        e.preventDefault();
        if (submitted.current) return;
        submitted.current = true;
        setState({ busy: true, error: null });
        start();
      }}
    >
      {shell(state)}
    </div>
  );
}
