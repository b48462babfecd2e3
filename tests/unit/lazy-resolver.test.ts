// lib/client/lazy-resolver.ts: a form's schema (and zod) loads on first use; a submit that comes
// before the load waits for it (never dropped, never sent unchecked); one load per form; a failed
// load refuses that submit with a root error and the next use tries again.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { FORM_LOAD_FAILED_MESSAGE, LOAD_ERROR_TYPE, lazyResolver } from "@/lib/client/lazy-resolver";
import { signInSchema } from "@/lib/accounts/schema";

const options = { fields: {}, shouldUseNativeValidation: false } as never;

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe("lazyResolver", () => {
  it("validates with the loaded schema exactly as zodResolver does (field messages, parsed output)", async () => {
    const { resolver } = lazyResolver(() => import("@/lib/accounts/schema").then((m) => m.signInSchema));
    const bad = await resolver({ email: "not-an-email", password: "" }, undefined, options);
    expect(bad.values).toEqual({});
    expect(Object.keys(bad.errors).sort()).toEqual(["email", "password"]);
    expect(bad.errors.email?.message).toBe(signInSchema.safeParse({ email: "not-an-email", password: "x" }).error?.issues[0]?.message);

    const good = await resolver({ email: "  Ada@Example.com ", password: "secret" }, undefined, options);
    expect(good.errors).toEqual({});
    expect(good.values).toEqual(signInSchema.parse({ email: "  Ada@Example.com ", password: "secret" }));
  });

  it("does not load until used, loads once, and a submit before the load waits for it with the values it was given", async () => {
    let loads = 0;
    const gate = deferred<z.ZodType>();
    const lazy = lazyResolver(() => {
      loads += 1;
      return gate.promise;
    });
    expect(loads).toBe(0);
    lazy.preload();
    lazy.preload();
    const first = lazy.resolver({ n: "3" }, undefined, options);
    const second = lazy.resolver({ n: "3.5" }, undefined, options);
    let settled = false;
    void Promise.resolve(first).then(() => (settled = true));
    await Promise.resolve();
    await new Promise((r) => setImmediate(r));
    expect(settled).toBe(false);
    gate.resolve(z.object({ n: z.coerce.number().int("Use a whole number.") }));
    expect(await first).toEqual({ values: { n: 3 }, errors: {} });
    expect((await second).errors.n?.message).toBe("Use a whole number.");
    expect(loads).toBe(1);
    await lazy.resolver({ n: "4" }, undefined, options);
    expect(loads).toBe(1);
  });

  it("refuses a submit whose load failed (a root error, no values) and loads again on the next use", async () => {
    let loads = 0;
    const lazy = lazyResolver(() => {
      loads += 1;
      return loads === 1 ? Promise.reject(new Error("ChunkLoadError")) : Promise.resolve(z.object({ a: z.string() }));
    });
    expect(await lazy.resolver({ a: "x" }, undefined, options)).toEqual({
      values: {},
      errors: { root: { load: { type: LOAD_ERROR_TYPE, message: FORM_LOAD_FAILED_MESSAGE } } },
    });
    expect(await lazy.resolver({ a: "x" }, undefined, options)).toEqual({ values: { a: "x" }, errors: {} });
    expect(loads).toBe(2);
  });

  it("a failed preload is silent and does not stop a later submit from loading", async () => {
    let loads = 0;
    const lazy = lazyResolver(() => (++loads === 1 ? Promise.reject(new Error("offline")) : Promise.resolve(z.object({ a: z.string() }))));
    lazy.preload();
    await new Promise((r) => setImmediate(r));
    expect(await lazy.resolver({ a: "y" }, undefined, options)).toEqual({ values: { a: "y" }, errors: {} });
    expect(loads).toBe(2);
  });
});
