import { NextResponse } from "next/server";

// Any /api/ address without a handler answers JSON, not the HTML 404 page.
function notFound() {
  return NextResponse.json(
    { error: { code: "not_found", message: "There is no API endpoint at this address." } },
    { status: 404 },
  );
}

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
