import { route } from "@/lib/server/http";
import { resumeMock } from "@/lib/mocks/mocks";
import { mockParams } from "@/lib/mocks/schema";

export const POST = route({ params: mockParams }, async ({ user, params }) => ({ mock: await resumeMock(user.id, params.id) }));

export * from "@/lib/server/method-not-allowed";
