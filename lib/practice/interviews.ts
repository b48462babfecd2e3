import "server-only";
import { db } from "@/lib/server/db";
import { conflict, notFound } from "@/lib/server/errors";
import { type ChecklistProgress, checklistProgress } from "./checklist-progress";
import { type InterviewInput } from "./schema";

type InterviewView = {
  id: string;
  company: string;
  date: string;
  kind: "REAL" | "MOCK";
  notes: string;
  version: number;
  checked: string[];
  progress: ChecklistProgress;
  createdAt: string;
};

const select = { id: true, company: true, date: true, kind: true, notes: true, version: true, createdAt: true, checks: { select: { itemKey: true } } } as const;

type Row = { id: string; company: string; date: Date; kind: "REAL" | "MOCK"; notes: string; version: number; createdAt: Date; checks: { itemKey: string }[] };

function present(r: Row): InterviewView {
  const checked = r.checks.map((c) => c.itemKey);
  return {
    id: r.id,
    company: r.company,
    date: r.date.toISOString().slice(0, 10),
    kind: r.kind,
    notes: r.notes,
    version: r.version,
    checked,
    progress: checklistProgress(checked),
    createdAt: r.createdAt.toISOString(),
  };
}

const NOT_FOUND = "That interview does not exist or is not yours.";
const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

export async function listInterviews(userId: string) {
  const rows = await db.interview.findMany({ where: { userId }, orderBy: [{ date: "desc" }, { createdAt: "desc" }], take: 200, select });
  return rows.map(present);
}

export async function getInterview(userId: string, id: string) {
  const row = await db.interview.findFirst({ where: { id, userId }, select });
  if (!row) throw notFound(NOT_FOUND);
  return present(row);
}

export async function createInterview(userId: string, input: InterviewInput) {
  const row = await db.interview.create({
    data: { userId, company: input.company, date: toDate(input.date), kind: input.kind, notes: input.notes },
    select,
  });
  return present(row);
}

export async function updateInterview(userId: string, id: string, input: InterviewInput & { version: number }) {
  const result = await db.interview.updateMany({
    where: { id, userId, version: input.version },
    data: { company: input.company, date: toDate(input.date), kind: input.kind, notes: input.notes, version: { increment: 1 } },
  });
  if (result.count === 0) {
    await getInterview(userId, id); // 404 when it is not the user's
    throw conflict("This interview was changed in another tab. Reload to see the latest version.", "stale_version");
  }
  return getInterview(userId, id);
}

export async function deleteInterview(userId: string, id: string) {
  const result = await db.interview.deleteMany({ where: { id, userId } });
  if (result.count === 0) throw notFound(NOT_FOUND);
}

/** Ticks or unticks one checklist item. Idempotent: ticking twice keeps one tick. */
export async function setCheck(userId: string, id: string, itemKey: string, checked: boolean) {
  await getInterview(userId, id);
  if (checked) {
    await db.interviewCheck.createMany({ data: [{ interviewId: id, itemKey }], skipDuplicates: true });
  } else {
    await db.interviewCheck.deleteMany({ where: { interviewId: id, itemKey } });
  }
  return getInterview(userId, id);
}
