import { getCalibration } from "@/lib/mentors/calibration-data";
import { route } from "@/lib/server/http";

export const GET = route({}, async ({ user }) => ({ calibration: await getCalibration(user.id) }));

export * from "@/lib/server/method-not-allowed";
