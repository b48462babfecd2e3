import { route } from "@/lib/server/http";
import { getMatrix } from "@/lib/offers/matrix-store";
import { matrixCsv } from "@/lib/offers/matrix-csv";
import { matrixQuerySchema } from "@/lib/offers/matrix-selection";

export const GET = route(
  {
    operationId: "getMatrixCsv",
    summary: "The offer comparison as CSV",
    responseType: "text/csv",
    query: matrixQuerySchema,
  },
  async ({ user, query }) => {
    const csv = matrixCsv(await getMatrix(user.id, query.offers));
    return new Response(csv, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": 'attachment; filename="offer-comparison.csv"',
        "cache-control": "no-store",
      },
    });
  },
);

export * from "@/lib/server/method-not-allowed";
