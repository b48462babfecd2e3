// The props a labelled field (components/ui/field.tsx) takes from a react-hook-form form: what
// register() gives, plus the field's first error message, wherever it sits under the name.
import type { FieldPath, FieldValues, RegisterOptions, UseFormRegisterReturn, UseFormReturn } from "react-hook-form";
import { firstMessage } from "./api-form-errors";

type FieldForm<T extends FieldValues> = Pick<UseFormReturn<T, unknown, unknown>, "register" | "getFieldState" | "formState">;

type BoundField<N extends string> = UseFormRegisterReturn<N> & { error: string | undefined };

/**
 * `field("title")` instead of `error={errors.title?.message} {...form.register("title")}`:
 * each form lists its fields, and a list field (`keyPoints`, `customPercents`) shows the first
 * message among its items.
 */
export function fieldBinder<T extends FieldValues>(form: FieldForm<T>) {
  return <N extends FieldPath<T>>(name: N, options?: RegisterOptions<T, N>): BoundField<N> => ({
    ...form.register(name, options),
    error: firstMessage(form.getFieldState(name, form.formState).error),
  });
}

/** An empty (or blank) input is "not set": null, as the API expects. */
export const orNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);

/** A number input's text as a number; empty is `empty` (null for "not set", undefined to let the schema say it is missing). */
export const numberOr =
  <E extends null | undefined | number>(empty: E) =>
  (v: unknown) =>
    v === "" || v == null ? empty : Number(v);
