// The dashboard page's weight (issue 20): the activity calendar and the tables behind the
// charts reach the browser as one HTML string each, not as an element per cell, so the RSC
// payload stays small and the phone has little to hydrate; the DOM the user sees is unchanged.
// The calendar's cells are in the HTML once: the RSC payload carries its days as compact data.
import { describe, expect, it } from "vitest";
import { type Client, newUser } from "../support/client";

/** React elements in an RSC payload (each serialised element starts with ["$", "<type>"). */
const reactElements = (payload: string) => payload.match(/\["\$","/g)?.length ?? 0;

/** The page's RSC payload (what a client-side navigation fetches, and what the HTML inlines for hydration). */
async function rscPayload(client: Client) {
  // Next answers an RSC request without its cache-busting `_rsc` parameter with a redirect to the URL that has it.
  let res = await client.raw("/dashboard", { headers: { rsc: "1" } });
  if (res.status === 307) {
    const to = new URL(res.headers.get("location")!, client.baseUrl);
    res = await client.raw(to.pathname + to.search, { headers: { rsc: "1" } });
  }
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toMatch(/^text\/x-component/);
  return res.text();
}

describe("GET /dashboard", () => {
  it("sends the calendar's 371 days as compact data only: neither its cells' markup nor 371 React elements", async () => {
    const { client } = await newUser("dash-weight");
    const html = await (await client.raw("/dashboard")).text();
    // The cells are built in the browser (session 11; before, the HTML carried all 371 with their
    // dates, ~21 KB a view), with the rest of the history below the fold.
    expect(html).not.toMatch(/title="\d{1,2} [A-Z][a-z]{2} \d{4}: \d+ activit/);
    expect(html).not.toContain('aria-labelledby="activity-heading"');

    const payload = await rscPayload(client);
    // Before: every day was an element with a title prop, ~430 elements for the calendar alone
    // (2,074 on the bench user's whole page, 213 after; 245 on the demo account's).
    expect(payload).not.toMatch(/"title":"\d{1,2} [A-Z][a-z]{2} \d{4}: /);
    expect(reactElements(payload)).toBeLessThan(400);
    // Nor the cells' markup (session 7 sent it as a 32 KB string prop, beside the same cells in
    // the HTML): the days are one digit each.
    expect(payload).not.toMatch(/\d{1,2} [A-Z][a-z]{2} \d{4}: \d+ activit/);
    expect(payload).toMatch(/"levels":"0{365,371}"/);
  });

  it("sends the tables behind the charts as rows, built when opened, not as hidden cells in the HTML", async () => {
    const { client } = await newUser("dash-tables");
    const { today } = (await client.get<{ today: string }>("/api/progress")).body;
    const assessed = await client.json("POST", "/api/self-assessments", {
      assessedOn: today,
      scores: { mlFundamentals: 6, deepLearning: 5, systemDesign: 7, communicationLeadership: 8 },
    });
    expect(assessed.status).toBe(201);
    const html = await (await client.raw("/dashboard")).text();
    // The history below the fold (readiness, domains, focus areas, time, activity) is rendered in
    // the browser from the payload's data (session 11): the HTML has none of its sections, tables
    // or cells, which session 10 sent as HTML and again as elements in the payload.
    expect(html).toContain("Practise next: your weakest areas");
    expect(html).not.toContain("Readiness band over time");
    expect(html).not.toContain("Domain scores by week as a table");
    expect(html).not.toContain("<table");
    expect(html).not.toContain('<th scope="col">Readiness</th>');
    // The readiness table's rows are not sent beside the chart's points any more (session 9 sent
    // both: a row per week with its date and formatted scores): the browser builds the rows and
    // the points from one copy, the series' values and the score per week (6.5 is this week's
    // self-assessment mean, the last week shown).
    const payload = await rscPayload(client);
    expect(payload).not.toMatch(/\["\d{1,2} [A-Z][a-z]{2} \d{4}","6\.5",/);
    expect(payload).toMatch(/"score":\[(null,)*6\.5\]/);
    // The domain table's rows are not sent beside the domain charts' data any more (session 8
    // sent both, each domain's label and the dates repeated per row): the browser builds the
    // rows from the one copy, its values per series and week (7 is system design's self-score).
    expect(payload).not.toMatch(/\["\d{1,2} [A-Z][a-z]{2} \d{4}","Machine learning fundamentals",/);
    expect(payload).toMatch(/"label":"System design capabilities","values":\[\[(null,)*7[,\]]/);
    // The sections' elements are not in the payload either: their headings and sentences are the
    // client component's; the payload has the data and the few sentences worded on the server.
    expect(payload).not.toContain("Readiness band over time");
    expect(payload).not.toContain('"aria-labelledby":"domains-heading"');
    expect(payload).toContain('"domainLines":[["Machine learning fundamentals","self-assessment 6.0 (');
  });
});
