// A react-hook-form resolver whose zod schema (and zod itself, and the zod resolver) is loaded the
// first time the form is used, not when the page starts: each form passes a loader,
// `schema: () => import("@/lib/<domain>/schema").then((m) => m.someSchema)`, so the schema stays the
// very object the API validates with (lib/<domain>/schema.ts) and zod leaves the page's first load.
// A submit before the chunk is in waits for it (the resolver awaits the load: react-hook-form's
// handleSubmit is already async and keeps isSubmitting set meanwhile), so no submit is dropped.
// See docs/decisions/0025-lighthouse.md, "Session 8: forms, lists and the shared bundle".
import type { FieldValues, Resolver } from "react-hook-form";
import { loadOnce } from "./load-once";

/** Where the schema comes from: a dynamic import of the module that defines it. */
export type SchemaLoader<S> = () => Promise<S>;

/** The top message when the form's code could not be fetched (offline, or a deploy in between). */
export const FORM_LOAD_FAILED_MESSAGE = "The form could not load its checks. Check your connection and try again.";

/** Set at the form's root (`errors.root.load`) when the load failed; a later use tries again. */
export const LOAD_ERROR_TYPE = "form-load";

type MakeResolver<S> = (schema: S) => Resolver<FieldValues, unknown, FieldValues>;

type LazyResolver = {
  resolver: Resolver<FieldValues, unknown, FieldValues>;
  /** Starts the load if it has not started (on the form's first focus); never throws. */
  preload: () => void;
};

/**
 * `makeResolver` turns the loaded schema into a resolver (zodResolver, itself loaded with it by
 * default). One load per LazyResolver: every call after the first reuses it; a failed load is
 * forgotten so the next use retries, and the submit that hit it is refused with a root error
 * (`LOAD_ERROR_TYPE`) rather than sent unchecked.
 */
export function lazyResolver<S>(load: SchemaLoader<S>, makeResolver: () => Promise<MakeResolver<S>> = zodResolverFactory as never): LazyResolver {
  const get = loadOnce(() => Promise.all([load(), makeResolver()]).then(([schema, make]) => make(schema)));
  return {
    preload: () => {
      get().catch(() => {});
    },
    resolver: async (values, context, options) => {
      let resolve: Resolver<FieldValues, unknown, FieldValues>;
      try {
        resolve = await get();
      } catch {
        return { values: {}, errors: { root: { load: { type: LOAD_ERROR_TYPE, message: FORM_LOAD_FAILED_MESSAGE } } } } as never;
      }
      return resolve(values, context, options);
    },
  };
}

async function zodResolverFactory(): Promise<MakeResolver<unknown>> {
  const { zodResolver } = await import("@hookform/resolvers/zod");
  return (schema) => zodResolver(schema as never) as unknown as Resolver<FieldValues, unknown, FieldValues>;
}
