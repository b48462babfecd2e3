"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { type FormEvent, useTransition } from "react";
import { inputClass } from "@/components/ui/field";
import { COMPANY_TYPES, DIFFICULTIES, FOCUS_AREAS, QUESTION_TYPES, SOURCES } from "@/lib/questions/taxonomy";
import type { Facets } from "@/lib/questions/list-questions";

type Props = { facets: Facets };

const FILTERS = [
  { name: "type", label: "Type", options: QUESTION_TYPES },
  { name: "focusArea", label: "Focus area", options: FOCUS_AREAS },
  { name: "difficulty", label: "Difficulty", options: DIFFICULTIES },
  { name: "companyType", label: "Company type", options: COMPANY_TYPES },
  { name: "source", label: "Source", options: SOURCES },
] as const;

const SORT_LABELS = [
  { value: "relevance", label: "Best match" },
  { value: "difficulty", label: "Difficulty" },
  { value: "title", label: "Title (A-Z)" },
  { value: "time", label: "Time allocated" },
  { value: "newest", label: "Newest" },
];

/** Filters and search: every change rewrites the URL (so a filtered view can be bookmarked). */
export function QuestionFilters({ facets }: Props) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [pending, startTransition] = useTransition();

  function apply(next: URLSearchParams) {
    next.delete("cursor");
    for (const [k, v] of [...next.entries()]) if (!v) next.delete(k);
    startTransition(() => router.push(`${pathname}?${next.toString()}`));
  }

  function onChange(name: string, value: string) {
    const next = new URLSearchParams(params.toString());
    next.set(name, value);
    if (name === "q" && !value && next.get("sort") === "relevance") next.delete("sort");
    apply(next);
  }

  function onSearch(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    onChange("q", String(new FormData(e.currentTarget).get("q") ?? "").trim());
  }

  const hasQuery = Boolean(params.get("q"));
  // Each option's text is one string, not four text nodes ("label", " (", count, ")"): ~80
  // options, so ~250 fewer text nodes and separator comments for the browser to parse and hydrate.
  const counts = facets as unknown as Record<string, Record<string, number>>;

  return (
    <div className="space-y-4" aria-busy={pending}>
      <form role="search" onSubmit={onSearch} className="flex gap-2">
        <label htmlFor="q" className="sr-only">
          Search questions
        </label>
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={params.get("q") ?? ""}
          placeholder="Search titles, prompts and tags…"
          maxLength={200}
          className={inputClass}
        />
        <button type="submit" className="rounded-md bg-indigo-600 px-4 text-sm font-medium text-white hover:bg-indigo-500">
          Search
        </button>
      </form>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-1">
        {FILTERS.map((f) => (
          <div key={f.name}>
            <label htmlFor={`filter-${f.name}`} className="mb-1 block text-xs font-medium text-slate-600 dark:text-slate-300">
              {f.label}
            </label>
            <select
              id={`filter-${f.name}`}
              className={inputClass}
              value={params.get(f.name) ?? ""}
              onChange={(e) => onChange(f.name, e.target.value)}
            >
              <option value="">All</option>
              {f.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {`${o.label} (${counts[f.name]?.[o.value] ?? 0})`}
                </option>
              ))}
            </select>
          </div>
        ))}
        <div>
          <label htmlFor="filter-tag" className="mb-1 block text-xs font-medium text-slate-600 dark:text-slate-300">
            Tag
          </label>
          <select
            id="filter-tag"
            className={inputClass}
            value={params.get("tag") ?? ""}
            onChange={(e) => onChange("tag", e.target.value)}
          >
            <option value="">All</option>
            {params.get("tag") && !facets.tags.some((t) => t.tag === params.get("tag")) && (
              <option value={params.get("tag") ?? ""}>{params.get("tag")}</option>
            )}
            {facets.tags.map((t) => (
              <option key={t.tag} value={t.tag}>
                {`${t.tag} (${t.count})`}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="sort" className="mb-1 block text-xs font-medium text-slate-600 dark:text-slate-300">
            Sort by
          </label>
          <select
            id="sort"
            className={inputClass}
            value={params.get("sort") ?? (hasQuery ? "relevance" : "difficulty")}
            onChange={(e) => onChange("sort", e.target.value)}
          >
            {SORT_LABELS.filter((s) => hasQuery || s.value !== "relevance").map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
        <label className="flex items-center gap-2 self-end text-sm">
          <input
            type="checkbox"
            checked={params.get("challenged") === "true"}
            onChange={(e) => onChange("challenged", e.target.checked ? "true" : "")}
            className="h-4 w-4"
          />
          Only “challenged me”
        </label>
      </div>
    </div>
  );
}
