import type { Metadata } from "next";
import { AppLink } from "@/components/ui/app-link";
import { ScriptLibrary } from "@/components/offers/script-library";
import { NEGOTIATION } from "@/lib/offers/data/negotiation";
import { OffersSubnav } from "../offers-subnav";
import { Card } from "@/components/ui/card";

export const metadata: Metadata = { title: "Negotiation" };

export default function NegotiationPage() {
  return (
    <div className="space-y-8">
      <div>
        <h1 className="mb-4 text-2xl font-bold">Negotiation</h1>
        <OffersSubnav current="/offers/negotiation" />
        <p className="max-w-3xl text-sm text-slate-600 dark:text-slate-400">
          The guide&apos;s negotiation conversation framework. Adapt each script to your situation, then copy it. The beyond-base
          negotiables checklist and the company research questions are kept on each{" "}
          <AppLink href="/offers" className="text-indigo-700 underline dark:text-indigo-300">
            offer
          </AppLink>
          .
        </p>
      </div>
      <section aria-labelledby="leverage-heading">
        <h2 id="leverage-heading" className="mb-3 text-lg font-semibold">
          Your leverage points
        </h2>
        <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">Before you talk, write one line for each: what is yours?</p>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {NEGOTIATION.leveragePoints.map((p) => (
            <Card as="li" key={p.key} pad="sm" className="text-sm">
              <strong>{p.title}</strong>
              <p className="mt-1 text-slate-600 dark:text-slate-400">{p.prompt}</p>
            </Card>
          ))}
        </ul>
      </section>
      <section aria-labelledby="scripts-heading">
        <h2 id="scripts-heading" className="mb-3 text-lg font-semibold">
          Script library
        </h2>
        <ScriptLibrary />
      </section>
    </div>
  );
}
