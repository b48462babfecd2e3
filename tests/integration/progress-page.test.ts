// The dashboard page's weight (issue 20): the activity calendar and the tables behind the
// charts reach the browser as one HTML string each, not as an element per cell, so the RSC
// payload stays small and the phone has little to hydrate; the DOM the user sees is unchanged.
import { describe, expect, it } from "vitest";
import { newUser } from "../support/client";

/** React elements in an RSC payload (each serialised element starts with ["$", "<type>"). */
const reactElements = (payload: string) => payload.match(/\["\$","/g)?.length ?? 0;

describe("GET /dashboard", () => {
  it("sends the calendar's 371 days as markup, not as 371 React elements to hydrate", async () => {
    const { client } = await newUser("dash-weight");
    const html = await (await client.raw("/dashboard")).text();
    // The same cells as before: 53 weeks of days up to today, each with its date on hover.
    const days = html.match(/title="\d{1,2} [A-Z][a-z]{2} \d{4}: 0 activities"/g) ?? [];
    expect(days.length).toBeGreaterThanOrEqual(52 * 7 + 1);
    expect(days.length).toBeLessThanOrEqual(53 * 7);

    // Next answers an RSC request without its cache-busting `_rsc` parameter with a redirect to the URL that has it.
    let res = await client.raw("/dashboard", { headers: { rsc: "1" } });
    if (res.status === 307) {
      const to = new URL(res.headers.get("location")!, client.baseUrl);
      res = await client.raw(to.pathname + to.search, { headers: { rsc: "1" } });
    }
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/x-component/);
    const payload = await res.text();
    // Before: every day was an element with a title prop, ~430 elements for the calendar alone
    // (2,074 on the bench user's whole page, 213 after; 245 on the demo account's).
    expect(payload).not.toMatch(/"title":"\d{1,2} [A-Z][a-z]{2} \d{4}: /);
    expect(reactElements(payload)).toBeLessThan(400);
  });
});
