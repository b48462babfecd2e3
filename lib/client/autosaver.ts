// The autosave engine for versioned documents (practice answers now, mock answers later).
// Plain TypeScript with no React, so the hook in use-autosave.ts stays thin.
//
// - Every change is written at once to a local draft (localStorage, keyed by document id),
//   so a crash, a closed tab or a lost connection keeps what was on screen.
// - A debounced PUT sends `toBody(value, version)`; one request at a time, newest text wins.
//   409 → "conflict": the UI offers "load theirs" / "keep mine".
// - flushOnLeave() sends unsaved text with `fetch(..., { keepalive: true })`.
// - reconcile() compares the local draft with the server's copy on load.

export type AutosaveStatus = "saved" | "pending" | "saving" | "offline" | "conflict" | "error";

type AutosaveSnapshot<T> = {
  value: T;
  /** Changes when the value was replaced from outside the editor: uncontrolled editors remount. */
  revision: number;
  status: AutosaveStatus;
  message: string | null;
  savedAt: Date | null;
  restored: boolean;
};

type Draft<T> = { value: T; baseVersion: number; at: number };

export type AutosaverOptions<T> = {
  id: string;
  url: string;
  initialValue: T;
  initialVersion: number;
  toBody: (value: T, version: number) => unknown;
  load: () => Promise<{ value: T; version: number } | null>;
  debounceMs?: number;
  fetchImpl?: typeof fetch;
  storage?: Pick<Storage, "getItem" | "setItem" | "removeItem"> | null;
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
export const draftKey = (id: string) => `preploop:draft:${id}`;

export class Autosaver<T> {
  private value: T;
  private version: number;
  private saved: T;
  private status: AutosaveStatus = "saved";
  private message: string | null = null;
  private savedAt: Date | null = null;
  private restored = false;
  private blocked = false;
  private inFlight: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private listeners = new Set<() => void>();
  private snapshot: AutosaveSnapshot<T>;
  /** Bumped when the text is replaced from outside the editor (load theirs, restored draft). */
  private revision = 0;
  private enabled = true;

  constructor(private readonly opts: AutosaverOptions<T>) {
    this.value = opts.initialValue;
    this.saved = opts.initialValue;
    this.version = opts.initialVersion;
    this.snapshot = this.makeSnapshot();
  }

  private get fetch() {
    return this.opts.fetchImpl ?? globalThis.fetch.bind(globalThis);
  }

  private get storage() {
    if (this.opts.storage !== undefined) return this.opts.storage;
    try {
      return typeof window === "undefined" ? null : window.localStorage;
    } catch {
      return null;
    }
  }

  private makeSnapshot(): AutosaveSnapshot<T> {
    return { value: this.value, revision: this.revision, status: this.status, message: this.message, savedAt: this.savedAt, restored: this.restored };
  }

  private emit() {
    this.snapshot = this.makeSnapshot();
    for (const l of this.listeners) l();
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = () => this.snapshot;

  currentVersion() {
    return this.version;
  }

  currentValue() {
    return this.value;
  }

  isDirty() {
    return !same(this.value, this.saved);
  }

  /** Stops all saving (e.g. once submitted) and forgets the local draft. */
  disable() {
    this.enabled = false;
    if (this.timer) clearTimeout(this.timer);
    this.clearDraft();
  }

  private set(status: AutosaveStatus, message: string | null = this.message) {
    this.status = status;
    this.message = message;
    this.emit();
  }

  private writeDraft() {
    try {
      this.storage?.setItem(draftKey(this.opts.id), JSON.stringify({ value: this.value, baseVersion: this.version, at: Date.now() } satisfies Draft<T>));
    } catch {
      // Storage full or blocked: the server copy is still saved while online.
    }
  }

  clearDraft() {
    try {
      this.storage?.removeItem(draftKey(this.opts.id));
    } catch {
      // ignore
    }
  }

  private readDraft(): Draft<T> | null {
    try {
      const raw = this.storage?.getItem(draftKey(this.opts.id));
      return raw ? (JSON.parse(raw) as Draft<T>) : null;
    } catch {
      return null;
    }
  }

  setValue = (next: T) => {
    if (!this.enabled) return;
    this.value = next;
    this.writeDraft();
    if (this.blocked && this.status === "error") this.blocked = false; // edited after "too large": try again
    if (this.status !== "conflict") this.status = "pending";
    this.emit();
    if (!this.blocked) this.schedule();
  };

  private schedule() {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.saveNow(), this.opts.debounceMs ?? 800);
  }

  /** Saves now if anything is unsaved; waits for a save already in flight first. */
  saveNow = async (): Promise<void> => {
    if (!this.enabled || this.blocked) return;
    if (this.inFlight) {
      await this.inFlight;
      return this.isDirty() ? this.saveNow() : undefined;
    }
    if (!this.isDirty()) {
      if (this.status !== "saved") this.set("saved");
      return;
    }
    this.inFlight = this.send(this.value);
    try {
      await this.inFlight;
    } finally {
      this.inFlight = null;
    }
    if (this.enabled && !this.blocked && this.status !== "offline" && this.isDirty()) this.schedule();
  };

  private async send(sending: T) {
    this.set("saving");
    let res: Response;
    try {
      res = await this.fetch(this.opts.url, {
        method: "PUT",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(this.opts.toBody(sending, this.version)),
        credentials: "same-origin",
      });
    } catch {
      this.set("offline", "Offline: your text is kept in this browser and will be saved when PrepLoop can be reached.");
      return;
    }
    const json = (await res.json().catch(() => null)) as { version?: number; error?: { message: string } } | null;
    let version = res.ok && typeof json?.version === "number" ? json.version : null;
    if (res.status === 409) {
      // A stale version is no conflict when the server already holds this very text (e.g. the
      // save sent while the page was being left landed after this page loaded).
      const server = await this.opts.load().catch(() => null);
      if (server && same(server.value, sending)) version = server.version;
    }
    if (version !== null) {
      this.version = version;
      this.saved = sending;
      this.savedAt = new Date();
      if (same(this.value, sending)) {
        this.clearDraft();
        this.set("saved", null);
      } else {
        this.writeDraft();
        this.set("pending", null);
      }
      return;
    }
    if (res.status === 409) {
      this.blocked = true;
      this.set("conflict", json?.error?.message ?? "This text was changed elsewhere.");
      return;
    }
    if (res.status === 413 || res.status === 400) this.blocked = true;
    this.set("error", json?.error?.message ?? `Saving failed (${res.status}).`);
  }

  /** On load: adopt a local draft that the server does not have yet, or flag a conflict. */
  reconcile() {
    const draft = this.readDraft();
    if (!draft) return;
    if (same(draft.value, this.saved)) {
      this.clearDraft(); // the server already has it (e.g. saved on the way out)
      return;
    }
    this.value = draft.value;
    this.restored = true;
    this.revision++;
    if (draft.baseVersion === this.version) {
      this.status = "pending";
      this.emit();
      void this.saveNow();
    } else {
      this.blocked = true;
      this.set("conflict", "This browser kept text that differs from the newer saved version. Load the saved version, or keep this text.");
    }
  }

  /** Page hidden or left: keep a draft and send unsaved text with keepalive. */
  flushOnLeave = () => {
    if (!this.enabled || this.blocked || !this.isDirty()) return;
    this.writeDraft();
    try {
      void this.fetch(this.opts.url, {
        method: "PUT",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(this.opts.toBody(this.value, this.version)),
        credentials: "same-origin",
        keepalive: true,
      }).catch(() => undefined);
    } catch {
      // keepalive bodies are limited to 64 KiB; the local draft covers larger ones
    }
  };

  /** Retries after being offline. */
  retry = () => {
    if (this.status === "offline" || (this.isDirty() && !this.blocked)) void this.saveNow();
  };

  /** Replaces the text on screen with the newer saved version. */
  loadTheirs = async () => {
    const server = await this.opts.load();
    if (!server) return;
    this.version = server.version;
    this.saved = server.value;
    this.value = server.value;
    this.revision++;
    this.blocked = false;
    this.restored = false;
    this.clearDraft();
    this.set("saved", null);
  };

  /** Keeps the text on screen and saves it over the newer version. */
  keepMine = async () => {
    const server = await this.opts.load();
    if (!server) return;
    this.version = server.version;
    this.saved = server.value;
    this.blocked = false;
    this.message = null;
    await this.saveNow();
  };

  /** Saves whatever is unsaved; resolves with the current version, or null if it could not. */
  flush = async (): Promise<number | null> => {
    if (this.timer) clearTimeout(this.timer);
    await this.saveNow();
    return this.isDirty() ? null : this.version;
  };

  dispose() {
    if (this.timer) clearTimeout(this.timer);
    this.listeners.clear();
  }
}
