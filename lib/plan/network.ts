import "server-only";
import { db } from "@/lib/server/db";
import { HttpError, notFound } from "@/lib/server/errors";
import { fromDate, toDate } from "@/lib/calendar/dates";
import { type NetworkCreate, type NetworkPatch } from "./schema";
import type { NetworkItem } from "./types";

const itemSelect = {
  id: true,
  kind: true,
  title: true,
  notes: true,
  targetDate: true,
  status: true,
  version: true,
  createdAt: true,
} as const;

type Row = Omit<NetworkItem, "targetDate" | "createdAt"> & { targetDate: Date | null; createdAt: Date };

function present(row: Row): NetworkItem {
  return {
    ...row,
    targetDate: row.targetDate ? fromDate(row.targetDate) : null,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function listNetworkItems(userId: string): Promise<NetworkItem[]> {
  const rows = await db.networkItem.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: itemSelect,
    take: 500,
  });
  return rows.map(present);
}

export async function createNetworkItem(userId: string, input: NetworkCreate): Promise<NetworkItem> {
  const row = await db.networkItem.create({
    data: { ...input, userId, targetDate: input.targetDate ? toDate(input.targetDate) : null },
    select: itemSelect,
  });
  return present(row);
}

export async function updateNetworkItem(
  userId: string,
  itemId: string,
  input: NetworkPatch,
): Promise<NetworkItem> {
  const { version, targetDate, ...fields } = input;
  const exists = await db.networkItem.findFirst({ where: { id: itemId, userId }, select: { id: true } });
  if (!exists) throw notFound("There is no such network item.");
  const result = await db.networkItem.updateMany({
    where: { id: itemId, userId, version },
    data: {
      ...fields,
      ...(targetDate !== undefined ? { targetDate: targetDate ? toDate(targetDate) : null } : {}),
      version: { increment: 1 },
    },
  });
  if (result.count === 0) {
    throw new HttpError(
      409,
      "stale_version",
      "This item was changed elsewhere. Reload to see the latest version.",
    );
  }
  return present(
    await db.networkItem.findFirstOrThrow({ where: { id: itemId, userId }, select: itemSelect }),
  );
}

export async function deleteNetworkItem(userId: string, itemId: string) {
  const result = await db.networkItem.deleteMany({ where: { id: itemId, userId } });
  if (result.count === 0) throw notFound("There is no such network item.");
  return { deleted: itemId };
}
