import { describe, expect, it } from "vitest";
import { withPage } from "@/lib/client/page-instance";
import { clockQuery } from "@/lib/practice/schema";

describe("withPage", () => {
  it("adds this document's token as ?page= or &page=, the same token on every call", () => {
    const a = withPage("/api/mocks/m1/resume");
    const b = withPage("/api/live/l1/events?lastEventId=12");
    const token = /\?page=([0-9a-f]{24})$/.exec(a)?.[1];
    expect(token).toBeDefined();
    expect(b).toBe(`/api/live/l1/events?lastEventId=12&page=${token}`);
  });

  it("sends a token the server's ?page= check accepts", () => {
    const token = new URL(withPage("/x"), "http://localhost").searchParams.get("page");
    expect(clockQuery.safeParse({ page: token }).success).toBe(true);
    expect(clockQuery.safeParse({ page: "short" }).success).toBe(false);
    expect(clockQuery.safeParse({ page: "a".repeat(65) }).success).toBe(false);
    expect(clockQuery.safeParse({}).success).toBe(true);
  });
});
