import { afterAll, describe, expect, it } from "vitest";
import { Client, invalidInput, newUser } from "../support/client";
import { closeTestDb, countRows } from "../support/db";
import { validOffer } from "../support/offers";

afterAll(closeTestDb);

type Offer = { id: string; version: number; comp: { years: { total: number }[]; fourYearTotal: number; annualised: number }; [k: string]: unknown };
type OfferBody = { offer: Offer };
type Criteria = { version: number; criteria: { id: string; name: string; weight: number; kind: string }[] };

async function createOffer(client: Client, over: Record<string, unknown> = {}) {
  const res = await client.json<OfferBody>("POST", "/api/offers", validOffer(over));
  expect(res.status).toBe(201);
  return res.body.offer;
}

describe("/api/offers", () => {
  it("requires a signed-in user", async () => {
    expect((await new Client().get("/api/offers")).status).toBe(401);
  });

  it("creates an offer and returns exact year-by-year totals in minor units", async () => {
    const { client } = await newUser("offers");
    const offer = await createOffer(client);
    expect(offer.comp).toEqual({
      years: [
        { year: 1, base: 20_000_000, bonus: 3_000_000, equity: 10_000_000, grantEquity: 10_000_000, refresherEquity: 0, signing: 5_000_000, benefits: 1_800_000, total: 39_800_000, vestedShares: null },
        { year: 2, base: 20_000_000, bonus: 3_000_000, equity: 10_000_000, grantEquity: 10_000_000, refresherEquity: 0, signing: 0, benefits: 1_800_000, total: 34_800_000, vestedShares: null },
        { year: 3, base: 20_000_000, bonus: 3_000_000, equity: 10_000_000, grantEquity: 10_000_000, refresherEquity: 0, signing: 0, benefits: 1_800_000, total: 34_800_000, vestedShares: null },
        { year: 4, base: 20_000_000, bonus: 3_000_000, equity: 10_000_000, grantEquity: 10_000_000, refresherEquity: 0, signing: 0, benefits: 1_800_000, total: 34_800_000, vestedShares: null },
      ],
      fourYearTotal: 144_200_000,
      annualised: 36_050_000,
    });
    // $360,500 annualised in the US Senior band $220K-$300K: above.
    expect(offer.band).toMatchObject({ status: "above", label: "Senior AI Engineer", min: 22_000_000, max: 30_000_000 });
    const list = await client.get<{ offers: Offer[] }>("/api/offers");
    expect(list.body.offers.map((o) => o.id)).toEqual([offer.id]);
  });

  it("rejects bad input field by field and saves nothing", async () => {
    const { client, id } = await newUser("offers-bad");
    const cases: [Record<string, unknown>, Record<string, string>][] = [
      [{ baseSalary: -1 }, { baseSalary: "The base salary cannot be negative." }],
      [{ signingBonus: -500 }, { signingBonus: "The signing bonus cannot be negative." }],
      [{ equity: { type: "RSU_VALUE", grantValue: -1 } }, { "equity.grantValue": "The grant value cannot be negative." }],
      [{ targetBonusPercent: 101 }, { targetBonusPercent: "The target bonus cannot be over 100%." }],
      [{ retirementMatchPercent: 150 }, { retirementMatchPercent: "The retirement match cannot be over 100%." }],
      [{ vesting: { preset: "CUSTOM", customPercents: [25, 25, 25, 15] } }, { "vesting.customPercents": "Custom vesting must total 100%; these total 90%." }],
      [{ vesting: { preset: "CUSTOM", customPercents: [120, 0, 0, 0] } }, {
          "vesting.customPercents.0": "The yearly vesting cannot be over 100%.",
          "vesting.customPercents": "Custom vesting must total 100%; these total 120%.",
        },],
      [{ currency: "XYZ" }, { currency: "Unknown currency: use one of USD, EUR, GBP, SGD, HKD, AUD, INR, CAD, CHF, NZD, JPY, CNY, SEK, PLN." }],
      [{ baseSalary: 1.5 }, { baseSalary: "Enter the base salary as a whole number of minor units (cents)." }],
      [{ signingBonusMonth: 49 }, { signingBonusMonth: "Enter a month from 1 to 48." }],
      [{ company: "" }, { company: "Enter the company." }],
    ];
    for (const [over, fields] of cases) {
      const res = await client.json("POST", "/api/offers", validOffer(over));
      expect(res.status, JSON.stringify(over)).toBe(400);
      expect(res.body).toEqual(invalidInput(fields));
    }
    expect(await countRows("Offer", `"userId" = $1`, [id])).toBe(0);
  });

  it("rejects a bad update, keeps the saved offer, and refuses a stale version", async () => {
    const { client } = await newUser("offers-update");
    const offer = await createOffer(client);
    const bad = await client.json("PUT", `/api/offers/${offer.id}`, { ...validOffer({ baseSalary: -5, currency: "ABC" }), version: 1 });
    expect(bad.status).toBe(400);
    expect((bad.body as { error: { fields: Record<string, string> } }).error.fields).toMatchObject({
      baseSalary: "The base salary cannot be negative.",
      currency: expect.stringMatching(/^Unknown currency/) as unknown as string,
    });
    const after = await client.get<OfferBody>(`/api/offers/${offer.id}`);
    expect(after.body.offer).toMatchObject({ version: 1, baseSalary: 20_000_000, currency: "USD" });

    const ok = await client.json<OfferBody>("PUT", `/api/offers/${offer.id}`, {
      ...validOffer({ vesting: { preset: "CUSTOM", customPercents: [10, 20, 30, 40] }, equity: { type: "OPTIONS", shares: 10_000, strikePrice: 1200, fairMarketValue: 800 } }),
      version: 1,
    });
    expect(ok.status).toBe(200);
    expect(ok.body.offer).toMatchObject({ version: 2, vesting: { preset: "CUSTOM", customPercents: [10, 20, 30, 40] } });
    // Options under water: no equity value; cash only 248,000 a year, signing in year 1.
    expect(ok.body.offer.comp.years.map((y) => y.total)).toEqual([29_800_000, 24_800_000, 24_800_000, 24_800_000]);

    const stale = await client.json("PUT", `/api/offers/${offer.id}`, { ...validOffer({ company: "Stale" }), version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ error: { code: "stale_version" } });
    expect((await client.get<OfferBody>(`/api/offers/${offer.id}`)).body.offer.company).toBe("Acme AI");
  });

  it("duplicates and deletes", async () => {
    const { client, id } = await newUser("offers-dup");
    const offer = await createOffer(client);
    await client.json("PUT", `/api/offers/${offer.id}/negotiables`, { key: "acceleration", checked: true });
    const dup = await client.json<OfferBody>("POST", `/api/offers/${offer.id}/duplicate`);
    expect(dup.status).toBe(201);
    expect(dup.body.offer).toMatchObject({ company: "Acme AI (copy)", version: 1, negotiables: ["acceleration"] });
    expect(dup.body.offer.comp.fourYearTotal).toBe(144_200_000);
    const del = await client.json("DELETE", `/api/offers/${offer.id}`);
    expect(del.status).toBe(200);
    expect((await client.get(`/api/offers/${offer.id}`)).status).toBe(404);
    expect(await countRows("Offer", `"userId" = $1`, [id])).toBe(1);
  });

  it("answers 404 for another user's offer, whatever the method", async () => {
    const owner = await newUser("offers-owner");
    const other = await newUser("offers-other");
    const offer = await createOffer(owner.client);
    const { criteria } = (await other.client.get<Criteria>("/api/offers/criteria")).body;
    const attempts = [
      other.client.get(`/api/offers/${offer.id}`),
      other.client.json("PUT", `/api/offers/${offer.id}`, { ...validOffer({ company: "Hijack" }), version: 1 }),
      other.client.json("DELETE", `/api/offers/${offer.id}`),
      other.client.json("POST", `/api/offers/${offer.id}/duplicate`),
      other.client.json("PUT", `/api/offers/${offer.id}/scores`, { scores: [{ criterionId: criteria[0]!.id, score: 5 }] }),
      other.client.json("PUT", `/api/offers/${offer.id}/negotiables`, { key: "acceleration", checked: true }),
      other.client.json("PUT", `/api/offers/${offer.id}/research`, { key: "ai-maturity", answer: "x" }),
    ];
    for (const res of await Promise.all(attempts)) {
      expect(res.status).toBe(404);
      expect(res.body).toMatchObject({ error: { code: "not_found" } });
    }
    const still = await owner.client.get<OfferBody>(`/api/offers/${offer.id}`);
    expect(still.body.offer).toMatchObject({ company: "Acme AI", version: 1, negotiables: [], research: {} });
    expect(await countRows("Offer", `"userId" = $1`, [other.id])).toBe(0);
    expect((await other.client.get<{ offers: Offer[] }>("/api/offers")).body.offers).toEqual([]);
  });

  it("keeps negotiables and research answers per offer", async () => {
    const { client } = await newUser("offers-neg");
    const offer = await createOffer(client);
    const tick = await client.json("PUT", `/api/offers/${offer.id}/negotiables`, { key: "development-budget", checked: true });
    expect(tick.body).toEqual({ negotiables: ["development-budget"] });
    const untick = await client.json("PUT", `/api/offers/${offer.id}/negotiables`, { key: "development-budget", checked: false });
    expect(untick.body).toEqual({ negotiables: [] });
    const unknown = await client.json("PUT", `/api/offers/${offer.id}/negotiables`, { key: "free-lunch", checked: true });
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({ error: { fields: { key: "Unknown negotiable." } } });
    const answer = await client.json("PUT", `/api/offers/${offer.id}/research`, { key: "funding-growth", answer: "  Series C, growing 80% a year  " });
    expect(answer.body).toEqual({ key: "funding-growth", answer: "Series C, growing 80% a year" });
    const detail = await client.get<OfferBody>(`/api/offers/${offer.id}`);
    expect(detail.body.offer).toMatchObject({ negotiables: [], research: { "funding-growth": "Series C, growing 80% a year" } });
  });

  it("keeps the guide's benefits checklist: saved, returned, edited, copied by duplicate, validated field by field", async () => {
    const { client } = await newUser("offers-benefits");
    const none = await createOffer(client);
    expect(none.benefits).toMatchObject({ healthInsurance: { included: false, amountPerYear: null, note: "" }, stockEspp: { included: false } });
    const offer = await createOffer(client, {
      benefits: {
        healthInsurance: { included: true, note: "family cover" },
        retirementMatching: { included: true },
        learningBudget: { included: true, amountPerYear: 500_000 },
      },
    });
    expect(offer.benefits).toEqual({
      healthInsurance: { included: true, amountPerYear: null, note: "family cover" },
      retirementMatching: { included: true, amountPerYear: null, note: "" },
      learningBudget: { included: true, amountPerYear: 500_000, note: "" },
      conferenceTravel: { included: false, amountPerYear: null, note: "" },
      stockEspp: { included: false, amountPerYear: null, note: "" },
    });
    const edited = await client.json<OfferBody>("PUT", `/api/offers/${offer.id}`, validOffer({ version: offer.version, benefits: { conferenceTravel: { included: true, amountPerYear: 300_000, note: "NeurIPS" } } }));
    expect(edited.status).toBe(200);
    expect(edited.body.offer.benefits).toMatchObject({ healthInsurance: { included: false }, conferenceTravel: { included: true, amountPerYear: 300_000, note: "NeurIPS" } });
    const dup = await client.json<OfferBody>("POST", `/api/offers/${offer.id}/duplicate`);
    expect(dup.body.offer.benefits).toEqual(edited.body.offer.benefits);
    const bad = await client.json<{ error: { code: string; fields: Record<string, string> } }>("POST", "/api/offers", validOffer({ benefits: { learningBudget: { included: true, amountPerYear: -5 }, healthInsurance: { included: "yes" } } }));
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toMatchObject({
      "benefits.learningBudget.amountPerYear": "The learning budget cannot be negative.",
      "benefits.healthInsurance.included": "Say whether the offer includes health insurance (true or false).",
    });
    const csv = (await (await client.raw(`/api/offers/matrix/csv?offers=${offer.id}`)).text()).trim().split("\r\n");
    expect(csv[1]).toContain(',No,No,No,"Yes — $3,000/year (NeurIPS)",No');
  });
});
