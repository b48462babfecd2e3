// The autosave engine with a fake server and an in-memory localStorage.
import { describe, expect, it } from "vitest";
import { Autosaver, draftKey } from "@/lib/client/autosaver";

type Doc = { text: string };

function fakeServer(initial: Doc, version = 1) {
  const server = { value: initial, version, puts: 0 };
  const fetchImpl = (async (_url: string, init: RequestInit) => {
    server.puts++;
    const body = JSON.parse(init.body as string) as { answer: Doc; version: number };
    if (body.version !== server.version) {
      return new Response(JSON.stringify({ error: { code: "stale_version", message: "stale" } }), { status: 409 });
    }
    server.value = body.answer;
    server.version++;
    return new Response(JSON.stringify({ version: server.version }), { status: 200 });
  }) as typeof fetch;
  return { server, fetchImpl };
}

function memoryStorage() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k), m };
}

function saver(server: ReturnType<typeof fakeServer>, storage: ReturnType<typeof memoryStorage>, initial: Doc, version: number) {
  return new Autosaver<Doc>({
    id: "a1",
    url: "/x",
    initialValue: initial,
    initialVersion: version,
    toBody: (answer, v) => ({ answer, version: v }),
    load: async () => ({ value: server.server.value, version: server.server.version }),
    debounceMs: 5,
    fetchImpl: server.fetchImpl,
    storage,
  });
}

describe("autosaver", () => {
  it("keeps a local draft until the server has the text", async () => {
    const srv = fakeServer({ text: "" });
    const storage = memoryStorage();
    const s = saver(srv, storage, { text: "" }, 1);
    s.setValue({ text: "hello" });
    expect(JSON.parse(storage.m.get(draftKey("a1"))!)).toMatchObject({ value: { text: "hello" }, baseVersion: 1 });
    expect(await s.flush()).toBe(2);
    expect(srv.server.value).toEqual({ text: "hello" });
    expect(storage.m.has(draftKey("a1"))).toBe(false);
    expect(s.getSnapshot().status).toBe("saved");
  });

  it("on load, saves a draft made on the current version", async () => {
    const srv = fakeServer({ text: "old" }, 3);
    const storage = memoryStorage();
    storage.setItem(draftKey("a1"), JSON.stringify({ value: { text: "typed offline" }, baseVersion: 3, at: 0 }));
    const s = saver(srv, storage, { text: "old" }, 3);
    s.reconcile();
    expect(s.getSnapshot()).toMatchObject({ value: { text: "typed offline" }, restored: true, revision: 1 });
    await s.flush();
    expect(srv.server).toMatchObject({ value: { text: "typed offline" }, version: 4 });
  });

  it("on load, flags a draft made on an older version; keep mine saves over, load theirs replaces", async () => {
    const srv = fakeServer({ text: "from the laptop" }, 5);
    const storage = memoryStorage();
    storage.setItem(draftKey("a1"), JSON.stringify({ value: { text: "from this tab" }, baseVersion: 4, at: 0 }));
    const s = saver(srv, storage, { text: "from the laptop" }, 5);
    s.reconcile();
    expect(s.getSnapshot().status).toBe("conflict");
    expect(srv.server.puts).toBe(0);
    await s.keepMine();
    expect(srv.server).toMatchObject({ value: { text: "from this tab" }, version: 6 });

    srv.server.value = { text: "newer elsewhere" };
    srv.server.version = 9;
    s.setValue({ text: "mine again" });
    await s.flush();
    expect(s.getSnapshot().status).toBe("conflict");
    await s.loadTheirs();
    expect(s.getSnapshot()).toMatchObject({ value: { text: "newer elsewhere" }, status: "saved" });
    expect(s.currentVersion()).toBe(9);
  });

  it("treats a 409 as saved when the server already holds the same text", async () => {
    const srv = fakeServer({ text: "same" }, 7); // the save sent on leaving already landed
    const storage = memoryStorage();
    const s = saver(srv, storage, { text: "before" }, 6);
    s.setValue({ text: "same" });
    expect(await s.flush()).toBe(7);
    expect(s.getSnapshot().status).toBe("saved");
  });

  it("drops a draft equal to the server copy", () => {
    const srv = fakeServer({ text: "x" }, 2);
    const storage = memoryStorage();
    storage.setItem(draftKey("a1"), JSON.stringify({ value: { text: "x" }, baseVersion: 1, at: 0 }));
    saver(srv, storage, { text: "x" }, 2).reconcile();
    expect(storage.m.size).toBe(0);
  });
});
