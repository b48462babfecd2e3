import type { Metadata } from "next";
import { AppLink } from "@/components/ui/app-link";
import { MatrixEditor } from "@/components/offers/matrix-editor";
import { buttonClass } from "@/components/ui/button";
import { matrixQuerySchema } from "@/lib/offers/matrix-selection";
import { getMatrix } from "@/lib/offers/matrix-store";
import { OffersSubnav } from "../offers-subnav";
import { requireUser } from "@/lib/server/page";

export const metadata: Metadata = { title: "Compare offers" };

export default async function ComparePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  // `?offers=id1,id2` keeps a selection across reloads; an invalid one falls back to every offer.
  const { offers } = await searchParams;
  const query = matrixQuerySchema.safeParse(typeof offers === "string" ? { offers } : {});
  const matrix = await getMatrix(user.id, query.success ? query.data.offers : undefined);
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">Compare offers</h1>
      <OffersSubnav current="/offers/compare" />
      {matrix.available.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 p-8 text-center dark:border-slate-700">
          <h2 className="text-lg font-semibold">Nothing to compare yet</h2>
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
            Add at least one offer first; the matrix is most useful with two or more.
          </p>
          <AppLink href="/offers/new" className={buttonClass("primary", "mt-4")}>
            Add an offer
          </AppLink>
        </div>
      ) : (
        <MatrixEditor initial={matrix} />
      )}
    </div>
  );
}
