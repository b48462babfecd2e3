import { type Client } from "../support/client";

export type PlanBody = {
  plan: { id: string; version: number; startsOn: string; [k: string]: unknown };
  milestones: {
    id: string;
    version: number;
    title: string;
    status: string;
    progress: number;
    position: number;
  }[];
  summary: {
    today: string;
    window: { start: string; end: string };
    horizons: { id: string; total: number; done: number }[];
  };
};

export const planInput = (startsOn: string) => ({
  trackId: "individual-contributor",
  stageId: "engineer-2-to-senior",
  startsOn,
  year1Role: "AI Engineer II",
  year1Goals: "- Ship the ranking model",
  years2to3Role: "Senior AI Engineer",
  years2to3Goals: "",
  years4to5Role: "Staff AI Engineer",
  years4to5Goals: "",
});

/** Today's date as the server sees it for a new user (time zone UTC). */
export function todayUtc() {
  return new Date().toISOString().slice(0, 10);
}

export function shiftDays(date: string, days: number) {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export async function createPlan(client: Client, startsOn = todayUtc()) {
  const res = await client.json<PlanBody>("POST", "/api/plans", planInput(startsOn));
  if (res.status !== 201) throw new Error(`create plan failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}
