import { route } from "@/lib/server/http";
import { getMatrix } from "@/lib/offers/matrix-store";
import { matrixCsv } from "@/lib/offers/matrix-csv";

export const GET = route(
  { operationId: "getMatrixCsv", summary: "The offer comparison as CSV", responseType: "text/csv" },
  async ({ user }) => {
    const csv = matrixCsv(await getMatrix(user.id));
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
