// The registry of API route modules the OpenAPI document is built from (lib/api/openapi.ts):
// one line per app/api/**/route.ts file, keyed by its path pattern. ADDING A ROUTE: add its
// import and entry here, and give each route() call operationId, summary, response (and
// errors); tests/integration/openapi.test.ts compares this list with the route files on disk
// and prints the missing lines. Not listed on purpose: next-auth's own endpoints
// (/api/auth/[...nextauth]) and the JSON 404 for unknown addresses (/api/[...path]).
import "server-only";
import * as r0 from "@/app/api/account/export/route";
import * as r1 from "@/app/api/account/links/[provider]/route";
import * as r2 from "@/app/api/account/links/route";
import * as r3 from "@/app/api/account/password/route";
import * as r4 from "@/app/api/account/route";
import * as r5 from "@/app/api/account/sessions/[id]/route";
import * as r6 from "@/app/api/account/sessions/route";
import * as r7 from "@/app/api/accounts/route";
import * as r8 from "@/app/api/debug/query-count/route";
import * as r9 from "@/app/api/health/route";
import * as r10 from "@/app/api/invitations/accept/route";
import * as r11 from "@/app/api/learning/[entryId]/route";
import * as r12 from "@/app/api/learning/route";
import * as r13 from "@/app/api/mentoring/mentees/[menteeId]/attempts/[id]/comments/route";
import * as r14 from "@/app/api/mentoring/mentees/[menteeId]/attempts/[id]/review/route";
import * as r15 from "@/app/api/mentoring/mentees/[menteeId]/attempts/[id]/route";
import * as r16 from "@/app/api/mentoring/mentees/[menteeId]/mocks/[id]/route";
import * as r17 from "@/app/api/mentoring/mentees/[menteeId]/offers/route";
import * as r18 from "@/app/api/mentoring/mentees/[menteeId]/plan/route";
import * as r19 from "@/app/api/mentoring/mentees/[menteeId]/progress/route";
import * as r20 from "@/app/api/mentoring/mentees/[menteeId]/route";
import * as r21 from "@/app/api/mentoring/queue/route";
import * as r22 from "@/app/api/mentoring/route";
import * as r23 from "@/app/api/mentors/access-log/route";
import * as r24 from "@/app/api/mentors/calibration/route";
import * as r25 from "@/app/api/mentors/invitations/[id]/route";
import * as r26 from "@/app/api/mentors/invitations/route";
import * as r27 from "@/app/api/mentorships/[id]/route";
import * as r28 from "@/app/api/mentorships/route";
import * as r29 from "@/app/api/mocks/[id]/advance/route";
import * as r30 from "@/app/api/mocks/[id]/answers/[slot]/route";
import * as r31 from "@/app/api/mocks/[id]/answers/[slot]/score/route";
import * as r32 from "@/app/api/mocks/[id]/finish/route";
import * as r33 from "@/app/api/mocks/[id]/move/route";
import * as r34 from "@/app/api/mocks/[id]/pause/route";
import * as r35 from "@/app/api/mocks/[id]/report/route";
import * as r36 from "@/app/api/mocks/[id]/resume/route";
import * as r37 from "@/app/api/mocks/[id]/route";
import * as r38 from "@/app/api/mocks/route";
import * as r39 from "@/app/api/mocks/templates/route";
import * as r40 from "@/app/api/network/[itemId]/route";
import * as r41 from "@/app/api/network/route";
import * as r42 from "@/app/api/notifications/read/route";
import * as r43 from "@/app/api/notifications/route";
import * as r44 from "@/app/api/notifications/unread-count/route";
import * as r45 from "@/app/api/offers/[id]/duplicate/route";
import * as r46 from "@/app/api/offers/[id]/negotiables/route";
import * as r47 from "@/app/api/offers/[id]/research/route";
import * as r48 from "@/app/api/offers/[id]/route";
import * as r49 from "@/app/api/offers/[id]/scores/route";
import * as r50 from "@/app/api/offers/criteria/route";
import * as r51 from "@/app/api/offers/matrix/csv/route";
import * as r52 from "@/app/api/offers/matrix/route";
import * as r53 from "@/app/api/offers/route";
import * as r54 from "@/app/api/password-reset/confirm/route";
import * as r55 from "@/app/api/password-reset/route";
import * as r56 from "@/app/api/plans/[planId]/milestones/[milestoneId]/route";
import * as r57 from "@/app/api/plans/[planId]/milestones/order/route";
import * as r58 from "@/app/api/plans/[planId]/milestones/route";
import * as r59 from "@/app/api/plans/[planId]/route";
import * as r60 from "@/app/api/plans/route";
import * as r61 from "@/app/api/practice/attempts/[id]/comments/route";
import * as r62 from "@/app/api/practice/attempts/[id]/pause/route";
import * as r63 from "@/app/api/practice/attempts/[id]/resume/route";
import * as r64 from "@/app/api/practice/attempts/[id]/reviews/route";
import * as r65 from "@/app/api/practice/attempts/[id]/route";
import * as r66 from "@/app/api/practice/attempts/[id]/score/route";
import * as r67 from "@/app/api/practice/attempts/[id]/submit/route";
import * as r68 from "@/app/api/practice/attempts/route";
import * as r69 from "@/app/api/practice/interviews/[id]/checks/route";
import * as r70 from "@/app/api/practice/interviews/[id]/route";
import * as r71 from "@/app/api/practice/interviews/route";
import * as r72 from "@/app/api/practice/journal/[id]/route";
import * as r73 from "@/app/api/practice/journal/route";
import * as r74 from "@/app/api/practice/quiz/results/route";
import * as r75 from "@/app/api/practice/quiz/route";
import * as r76 from "@/app/api/practice/review/route";
import * as r77 from "@/app/api/profile/route";
import * as r78 from "@/app/api/progress/route";
import * as r79 from "@/app/api/questions/[id]/bookmark/route";
import * as r80 from "@/app/api/questions/[id]/note/route";
import * as r81 from "@/app/api/questions/[id]/reveal/route";
import * as r82 from "@/app/api/questions/[id]/route";
import * as r83 from "@/app/api/questions/route";
import * as r84 from "@/app/api/review-requests/[id]/route";
import * as r85 from "@/app/api/review-requests/route";
import * as r86 from "@/app/api/self-assessments/[id]/route";
import { openApiRouteEntry as r88 } from "./openapi-operation"; // not the route file: it imports the document builder
import * as r87 from "@/app/api/self-assessments/route";
import * as r89 from "@/app/api/account/ai-review/route";
import * as r90 from "@/app/api/practice/attempts/[id]/ai-review/route";
import * as r91 from "@/app/api/mentoring/mentees/[menteeId]/attempts/[id]/ai-review/route";
import * as r92 from "@/app/api/practice/attempts/[id]/feedback/route";
import * as r93 from "@/app/api/mocks/[id]/answers/[slot]/feedback/route";
import * as r101 from "@/app/api/mocks/[id]/answers/[slot]/model-answer/route";
import * as r94 from "@/app/api/mentoring/mentees/[menteeId]/attempts/[id]/feedback/route";
import * as r95 from "@/app/api/offers/[id]/archive/route";
import * as stories1 from "@/app/api/stories/route";
import * as stories2 from "@/app/api/stories/[id]/route";
import * as stories3 from "@/app/api/stories/[id]/uses/route";
import * as stories4 from "@/app/api/mentoring/mentees/[menteeId]/stories/route";
import * as stories5 from "@/app/api/mentoring/mentees/[menteeId]/stories/[storyId]/route";
import * as stories6 from "@/app/api/mentoring/mentees/[menteeId]/stories/[storyId]/comments/route";
import * as speech1 from "@/app/api/practice/attempts/[id]/recording/route";
import * as speech2 from "@/app/api/practice/attempts/[id]/recording/chunks/[seq]/route";
import * as speech3 from "@/app/api/practice/attempts/[id]/recording/metrics/route";
import * as speech4 from "@/app/api/practice/attempts/[id]/recording/audio/route";
import * as speech5 from "@/app/api/mentoring/mentees/[menteeId]/attempts/[id]/recording/route";
import * as speech6 from "@/app/api/mentoring/mentees/[menteeId]/attempts/[id]/recording/audio/route";
import * as rLive0 from "@/app/api/live/route";
import * as rLive1 from "@/app/api/live/[id]/route";
import * as rLive2 from "@/app/api/live/[id]/cancel/route";
import * as rLive3 from "@/app/api/live/[id]/calendar/route";
import * as rLive4 from "@/app/api/live/[id]/events/route";
import * as rLive5 from "@/app/api/live/[id]/start/route";
import * as rLive6 from "@/app/api/live/[id]/control/route";
import * as rLive7 from "@/app/api/live/[id]/questions/[slot]/route";
import * as rLive8 from "@/app/api/live/[id]/report/route";
import * as r96 from "@/app/api/plans/[planId]/project-extension/route";
import * as r97 from "@/app/api/plans/[planId]/project-extension/milestones/route";
import * as r98 from "@/app/api/plans/[planId]/project-extension/criteria/route";
import * as speech7 from "@/app/api/practice/attempts/[id]/recording/transcript/route";
import * as r99 from "@/app/api/debug/empty/route";
import * as r100 from "@/app/api/debug/session/route";

export const ROUTE_MODULES: Record<string, Record<string, unknown>> = {
  "/api/account/export": r0,
  "/api/account/links/[provider]": r1,
  "/api/account/links": r2,
  "/api/account/password": r3,
  "/api/account": r4,
  "/api/account/sessions/[id]": r5,
  "/api/account/sessions": r6,
  "/api/accounts": r7,
  "/api/debug/query-count": r8,
  "/api/health": r9,
  "/api/invitations/accept": r10,
  "/api/learning/[entryId]": r11,
  "/api/learning": r12,
  "/api/mentoring/mentees/[menteeId]/attempts/[id]/comments": r13,
  "/api/mentoring/mentees/[menteeId]/attempts/[id]/review": r14,
  "/api/mentoring/mentees/[menteeId]/attempts/[id]": r15,
  "/api/mentoring/mentees/[menteeId]/mocks/[id]": r16,
  "/api/mentoring/mentees/[menteeId]/offers": r17,
  "/api/mentoring/mentees/[menteeId]/plan": r18,
  "/api/mentoring/mentees/[menteeId]/progress": r19,
  "/api/mentoring/mentees/[menteeId]": r20,
  "/api/mentoring/queue": r21,
  "/api/mentoring": r22,
  "/api/mentors/access-log": r23,
  "/api/mentors/calibration": r24,
  "/api/mentors/invitations/[id]": r25,
  "/api/mentors/invitations": r26,
  "/api/mentorships/[id]": r27,
  "/api/mentorships": r28,
  "/api/mocks/[id]/advance": r29,
  "/api/mocks/[id]/answers/[slot]": r30,
  "/api/mocks/[id]/answers/[slot]/score": r31,
  "/api/mocks/[id]/finish": r32,
  "/api/mocks/[id]/move": r33,
  "/api/mocks/[id]/pause": r34,
  "/api/mocks/[id]/report": r35,
  "/api/mocks/[id]/resume": r36,
  "/api/mocks/[id]": r37,
  "/api/mocks": r38,
  "/api/mocks/templates": r39,
  "/api/network/[itemId]": r40,
  "/api/network": r41,
  "/api/notifications/read": r42,
  "/api/notifications": r43,
  "/api/notifications/unread-count": r44,
  "/api/offers/[id]/duplicate": r45,
  "/api/offers/[id]/negotiables": r46,
  "/api/offers/[id]/research": r47,
  "/api/offers/[id]": r48,
  "/api/offers/[id]/scores": r49,
  "/api/offers/criteria": r50,
  "/api/offers/matrix/csv": r51,
  "/api/offers/matrix": r52,
  "/api/offers": r53,
  "/api/password-reset/confirm": r54,
  "/api/password-reset": r55,
  "/api/plans/[planId]/milestones/[milestoneId]": r56,
  "/api/plans/[planId]/milestones/order": r57,
  "/api/plans/[planId]/milestones": r58,
  "/api/plans/[planId]": r59,
  "/api/plans": r60,
  "/api/practice/attempts/[id]/comments": r61,
  "/api/practice/attempts/[id]/pause": r62,
  "/api/practice/attempts/[id]/resume": r63,
  "/api/practice/attempts/[id]/reviews": r64,
  "/api/practice/attempts/[id]": r65,
  "/api/practice/attempts/[id]/score": r66,
  "/api/practice/attempts/[id]/submit": r67,
  "/api/practice/attempts": r68,
  "/api/practice/interviews/[id]/checks": r69,
  "/api/practice/interviews/[id]": r70,
  "/api/practice/interviews": r71,
  "/api/practice/journal/[id]": r72,
  "/api/practice/journal": r73,
  "/api/practice/quiz/results": r74,
  "/api/practice/quiz": r75,
  "/api/practice/review": r76,
  "/api/profile": r77,
  "/api/progress": r78,
  "/api/questions/[id]/bookmark": r79,
  "/api/questions/[id]/note": r80,
  "/api/questions/[id]/reveal": r81,
  "/api/questions/[id]": r82,
  "/api/questions": r83,
  "/api/review-requests/[id]": r84,
  "/api/review-requests": r85,
  "/api/self-assessments/[id]": r86,
  "/api/self-assessments": r87,
  "/api/openapi.json": r88,
  "/api/account/ai-review": r89,
  "/api/practice/attempts/[id]/ai-review": r90,
  "/api/mentoring/mentees/[menteeId]/attempts/[id]/ai-review": r91,
  "/api/practice/attempts/[id]/feedback": r92,
  "/api/mocks/[id]/answers/[slot]/feedback": r93,
  "/api/mocks/[id]/answers/[slot]/model-answer": r101,
  "/api/mentoring/mentees/[menteeId]/attempts/[id]/feedback": r94,
  "/api/offers/[id]/archive": r95,
  "/api/stories": stories1,
  "/api/stories/[id]": stories2,
  "/api/stories/[id]/uses": stories3,
  "/api/mentoring/mentees/[menteeId]/stories": stories4,
  "/api/mentoring/mentees/[menteeId]/stories/[storyId]": stories5,
  "/api/mentoring/mentees/[menteeId]/stories/[storyId]/comments": stories6,
  "/api/practice/attempts/[id]/recording": speech1,
  "/api/practice/attempts/[id]/recording/chunks/[seq]": speech2,
  "/api/practice/attempts/[id]/recording/metrics": speech3,
  "/api/practice/attempts/[id]/recording/audio": speech4,
  "/api/mentoring/mentees/[menteeId]/attempts/[id]/recording": speech5,
  "/api/mentoring/mentees/[menteeId]/attempts/[id]/recording/audio": speech6,
  "/api/live": rLive0,
  "/api/live/[id]": rLive1,
  "/api/live/[id]/cancel": rLive2,
  "/api/live/[id]/calendar": rLive3,
  "/api/live/[id]/events": rLive4,
  "/api/live/[id]/start": rLive5,
  "/api/live/[id]/control": rLive6,
  "/api/live/[id]/questions/[slot]": rLive7,
  "/api/live/[id]/report": rLive8,
  "/api/plans/[planId]/project-extension": r96,
  "/api/plans/[planId]/project-extension/milestones": r97,
  "/api/plans/[planId]/project-extension/criteria": r98,
  "/api/practice/attempts/[id]/recording/transcript": speech7,
  "/api/debug/empty": r99,
  "/api/debug/session": r100,
};
