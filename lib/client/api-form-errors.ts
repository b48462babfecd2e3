// Pure parts of the one form pattern: how an API error lands on a form (unit-tested).
import type { ApiError } from "./api";
import { FIX_FIELDS_MESSAGE } from "@/lib/messages";

/** Top message when the API names fields the form does not show and gives nothing more useful. */
export const CHECK_ENTRIES_MESSAGE = "Please check your entries and try again.";

type MappedApiError = {
  /** [form field name, message] for each field the form shows (first message per field). */
  fields: [string, string][];
  /** What the top of the form says. */
  message: string;
};

/**
 * Maps the API's `error.fields` onto the form's fields. A key names a form field exactly
 * (`hours`) or sits under one (`criteria.0.weight` under `criteria`); messages for keys the
 * form does not show go to the top message, so nothing the server said is lost.
 */
export function mapApiError(error: Pick<ApiError, "message" | "fields">, fieldNames: readonly string[]): MappedApiError {
  const fields: [string, string][] = [];
  const stray: string[] = [];
  for (const [key, text] of Object.entries(error.fields)) {
    const name = fieldNames.includes(key)
      ? key
      : [...fieldNames].sort((a, b) => b.length - a.length).find((n) => key.startsWith(`${n}.`));
    if (name === undefined) {
      if (!stray.includes(text)) stray.push(text);
    } else if (!fields.some(([n]) => n === name)) {
      fields.push([name, text]);
    }
  }
  let message: string;
  if (fields.length > 0) message = [FIX_FIELDS_MESSAGE, ...stray].join(" ");
  else if (stray.length > 0) message = stray.join(" ");
  else if (error.message === FIX_FIELDS_MESSAGE) message = CHECK_ENTRIES_MESSAGE;
  else message = error.message;
  return { fields, message };
}

/** The first message among a field's errors, wherever it sits (the field, or one of its items). */
export function firstMessage(error: unknown): string | undefined {
  if (!error || typeof error !== "object") return undefined;
  const e = error as { message?: unknown } & Record<string, unknown>;
  if (typeof e.message === "string" && e.message) return e.message;
  for (const [k, v] of Object.entries(e)) {
    if (k === "ref" || k === "type" || k === "message") continue;
    const found = firstMessage(v);
    if (found) return found;
  }
  return undefined;
}
