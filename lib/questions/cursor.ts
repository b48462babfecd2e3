// Opaque keyset-pagination cursors: base64url JSON of the sort and the last row's keys.
import { z } from "zod";
import { HttpError } from "@/lib/server/errors";
import { SORTS, type Sort } from "./schema";
import { FIX_LINK_MESSAGE } from "@/lib/messages";

const cursorSchema = z.strictObject({
  s: z.enum(SORTS),
  k: z.array(z.union([z.string().max(300), z.number().finite()])).max(3),
  id: z.string().max(40),
});
export type Cursor = z.output<typeof cursorSchema>;

export function encodeCursor(c: Cursor) {
  return Buffer.from(JSON.stringify(c)).toString("base64url");
}

const invalid = () =>
  new HttpError(400, "invalid_input", FIX_LINK_MESSAGE, {
    cursor: "That cursor is not valid. Start again from the first page.",
  });

export function decodeCursor(raw: string, sort: Sort): Cursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
  } catch {
    throw invalid();
  }
  const result = cursorSchema.safeParse(parsed);
  if (!result.success || result.data.s !== sort) throw invalid();
  return result.data;
}
