"use client";
// The one form pattern: react-hook-form validated by the shared zod schema (lib/<domain>/schema.ts),
// submitted through api(), with the API's `error.fields` set on the form's fields.
// The schema comes through a loader (`schema: () => import("@/lib/<domain>/schema").then((m) => m.x)`):
// zod, the schema and the zod resolver load when the form is first focused or submitted, not with
// the page (lib/client/lazy-resolver.ts; decision 0025, "Session 8"). A submit before they arrive
// waits for them with the busy label showing. Every form passes `formRef` to its <form>: the load
// starts on that form's first focus or pointer-down, not on another form's.
import { useCallback, useState } from "react";
import { type DefaultValues, type FieldErrors, type FieldValues, type Path, type Resolver, useForm, type UseFormReturn } from "react-hook-form";
import type { z } from "zod";
import type { ApiError, ApiResult } from "./api";
import { mapApiError } from "./api-form-errors";
import { preloadOnFirstUse } from "./first-use";
import { fieldBinder } from "./form-fields";
import { FORM_LOAD_FAILED_MESSAGE, lazyResolver, type SchemaLoader } from "./lazy-resolver";
import { FIX_FIELDS_MESSAGE } from "@/lib/messages";

type FormMessage = { tone: "error" | "success"; text: string };

type Schema = z.ZodType<unknown, FieldValues>;

type ApiFormOptions<S extends Schema, T> = {
  /** Loads the shared schema: `() => import("@/lib/<domain>/schema").then((m) => m.someSchema)`. */
  schema: SchemaLoader<S>;
  defaultValues: DefaultValues<z.input<S>>;
  /** Sends the validated values (the schema's output) through api(). */
  request: (values: z.output<S>) => Promise<ApiResult<T>>;
  /** After a success; return a sentence to show it at the top of the form. */
  onSuccess?: (data: T, values: z.output<S>) => string | void | Promise<string | void>;
  /**
   * Branch on `error.code` (never on message text). Return a sentence to replace the top
   * message; field messages are set on the fields either way.
   */
  onError?: (error: ApiError) => string | void;
  /** The top message when the schema refuses the values (default: fix the highlighted fields). */
  invalidMessage?: string;
};

type ApiForm<S extends Schema> = {
  form: UseFormReturn<z.input<S>, unknown, z.output<S>>;
  /** The top message (error or success), or null. */
  message: FormMessage | null;
  setMessage: (m: FormMessage | null) => void;
  /** Pass to `<form ref>`: the form's first focus or pointer-down starts loading its checks. */
  formRef: (el: HTMLFormElement | null) => (() => void) | undefined;
  /** Pass to `<form onSubmit>`. */
  onSubmit: (e?: React.BaseSyntheticEvent) => Promise<void>;
  busy: boolean;
  /** `field(name)`: a labelled field's props for `name` (register() and its error message). */
  field: ReturnType<typeof fieldBinder<z.input<S>>>;
};

export function useApiForm<S extends Schema, T = unknown>(opts: ApiFormOptions<S, T>): ApiForm<S> {
  const [lazy] = useState(() => lazyResolver(opts.schema));
  // A callback ref with a cleanup (React 19): the listeners live as long as the <form> element.
  const formRef = useCallback((el: HTMLFormElement | null) => (el ? preloadOnFirstUse(el, lazy.preload) : undefined), [lazy]);
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: lazy.resolver as unknown as Resolver<z.input<S>, unknown, z.output<S>>,
    defaultValues: opts.defaultValues,
    shouldFocusError: true,
  });
  const [message, setMessage] = useState<FormMessage | null>(null);

  const onSubmit = form.handleSubmit(
    async (values) => {
      setMessage(null);
      const res = await opts.request(values);
      if (res.ok) {
        const text = await opts.onSuccess?.(res.data, values);
        if (text) setMessage({ tone: "success", text });
        return;
      }
      const mapped = mapApiError(res.error, Object.keys(form.getValues() ?? {}));
      mapped.fields.forEach(([name, text], i) =>
        form.setError(name as Path<z.input<S>>, { type: "server", message: text }, { shouldFocus: i === 0 }),
      );
      setMessage({ tone: "error", text: opts.onError?.(res.error) || mapped.message });
    },
    (errors: FieldErrors) =>
      setMessage({ tone: "error", text: errors.root?.load ? FORM_LOAD_FAILED_MESSAGE : (opts.invalidMessage ?? FIX_FIELDS_MESSAGE) }),
  );

  return { form, message, setMessage, formRef, onSubmit, busy: form.formState.isSubmitting, field: fieldBinder(form) };
}
