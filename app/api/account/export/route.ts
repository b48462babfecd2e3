import * as responses from "@/lib/api/responses";
import { NextResponse } from "next/server";
import { route } from "@/lib/server/http";
import { exportUserData } from "@/lib/export/user-data";

/** All of the signed-in user's data as one JSON download. */
export const GET = route(
  {
    operationId: "exportAccount",
    summary: "Download all of your data as one JSON file",
    response: responses.exportAccount,
  },
  async ({ user }) => {
    const data = await exportUserData(user.id);
    const day = data.exportedAt.slice(0, 10);
    return NextResponse.json(data, {
      headers: {
        "Content-Disposition": `attachment; filename="preploop-export-${day}.json"`,
        "Cache-Control": "no-store",
      },
    });
  },
);

export * from "@/lib/server/method-not-allowed";
