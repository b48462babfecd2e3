import { describe, expect, it } from "vitest";
import { loadOnce } from "@/lib/client/load-once";

// The light forms' code loader (lib/client/mount-on-submit.ts): one fetch shared by every form
// of the page, and a failed fetch is not remembered (the next focus or submit tries again).
describe("loadOnce", () => {
  it("fetches once for every caller", async () => {
    let calls = 0;
    const load = loadOnce(async () => ++calls);
    expect(await Promise.all([load(), load(), load()])).toEqual([1, 1, 1]);
    expect(await load()).toBe(1);
    expect(calls).toBe(1);
  });

  it("tries again after a failed fetch, then keeps the success", async () => {
    let calls = 0;
    const load = loadOnce(async () => {
      calls++;
      if (calls === 1) throw new Error("offline");
      return "form";
    });
    await expect(load()).rejects.toThrow("offline");
    expect(await load()).toBe("form");
    expect(await load()).toBe("form");
    expect(calls).toBe(2);
  });
});
