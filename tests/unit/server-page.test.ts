import { beforeEach, describe, expect, it, vi } from "vitest";

// next/navigation's notFound() and redirect() throw; the mocks throw recognisable errors.
vi.mock("next/navigation", () => ({
  notFound: () => {
    throw new Error("NOT_FOUND");
  },
  redirect: (to: string) => {
    throw new Error(`REDIRECT ${to}`);
  },
}));
const requestHeaders = new Headers();
vi.mock("next/headers", () => ({ headers: async () => requestHeaders }));
const currentUser = vi.fn();
vi.mock("@/lib/server/auth", () => ({ getCurrentUser: () => currentUser() }));

const { or404, requireUser } = await import("@/lib/server/page");
const { HttpError } = await import("@/lib/server/errors");

describe("or404", () => {
  it("passes a value through", async () => {
    await expect(or404(Promise.resolve({ id: "a" }))).resolves.toEqual({ id: "a" });
    await expect(or404(0)).resolves.toBe(0);
  });

  it("turns a 404 HttpError, null or undefined into not-found", async () => {
    await expect(or404(Promise.reject(new HttpError(404, "not_found", "Not found.")))).rejects.toThrow("NOT_FOUND");
    await expect(or404(Promise.resolve(null))).rejects.toThrow("NOT_FOUND");
    await expect(or404(undefined)).rejects.toThrow("NOT_FOUND");
  });

  it("lets other errors pass", async () => {
    const conflict = new HttpError(409, "stale_version", "Changed elsewhere.");
    await expect(or404(Promise.reject(conflict))).rejects.toBe(conflict);
  });
});

describe("requireUser", () => {
  beforeEach(() => {
    currentUser.mockReset();
    requestHeaders.delete("x-preploop-path");
  });

  it("returns the signed-in user", async () => {
    const user = { id: "u1", email: "a@b.c", displayName: "A", isDemo: false, sessionId: "s1" };
    currentUser.mockResolvedValue(user);
    await expect(requireUser()).resolves.toBe(user);
  });

  it("sends a visitor to sign-in and back to the path and query asked for", async () => {
    currentUser.mockResolvedValue(null);
    requestHeaders.set("x-preploop-path", "/offers/compare?a=1");
    await expect(requireUser()).rejects.toThrow("REDIRECT /sign-in?next=%2Foffers%2Fcompare%3Fa%3D1");
  });

  it("never sends them on to another site", async () => {
    currentUser.mockResolvedValue(null);
    requestHeaders.set("x-preploop-path", "//evil.example/x");
    await expect(requireUser()).rejects.toThrow(/^REDIRECT \/sign-in$/);
  });
});
