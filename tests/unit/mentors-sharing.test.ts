// The sharing rules as pure functions: which item a mentor may open, which progress series a
// mentor sees, and what a notification says once rendered for its reader.
import { describe, expect, it } from "vitest";
import { NO_ACCESS, type NotificationFacts, renderNotification } from "@/lib/mentors/notification-text";
import { itemShared, progressSeriesShown } from "@/lib/mentors/scopes";

const scopes = (on: string[]) => ({
  attempts: on.includes("attempts"),
  mocks: on.includes("mocks"),
  progress: on.includes("progress"),
  offers: on.includes("offers"),
  plan: on.includes("plan"),
});

describe("itemShared", () => {
  it("an attempt by the attempts scope, a mock and its answers by the mocks scope, either by an open request", () => {
    const attempt = { kind: "attempt" as const, mockId: null };
    const answer = { kind: "attempt" as const, mockId: "m1" };
    const mock = { kind: "mock" as const, mockId: "m1" };
    expect([attempt, answer, mock].map((i) => itemShared(scopes(["attempts"]), i, false))).toEqual([true, false, false]);
    expect([attempt, answer, mock].map((i) => itemShared(scopes(["mocks"]), i, false))).toEqual([false, true, true]);
    expect([attempt, answer, mock].map((i) => itemShared(scopes(["progress", "offers", "plan"]), i, false))).toEqual([false, false, false]);
    expect([attempt, answer, mock].map((i) => itemShared(scopes([]), i, true))).toEqual([true, true, true]);
  });
});

describe("progressSeriesShown", () => {
  it("self and own reviews with progress; practice needs attempts; mocks need mocks; nothing without progress", () => {
    expect(progressSeriesShown(scopes(["progress"]))).toEqual({ self: true, practice: false, mock: false, mentor: true, ai: false });
    expect(progressSeriesShown(scopes(["progress", "attempts"]))).toEqual({ self: true, practice: true, mock: false, mentor: true, ai: true });
    expect(progressSeriesShown(scopes(["progress", "mocks"]))).toEqual({ self: true, practice: false, mock: true, mentor: true, ai: false });
    expect(progressSeriesShown(scopes(["attempts", "mocks", "offers", "plan"]))).toEqual({
      self: false,
      practice: false,
      mock: false,
      mentor: false,
      ai: false,
    });
  });
});

describe("renderNotification", () => {
  const base: NotificationFacts = {
    kind: "REVIEW_REQUESTED",
    toCandidate: false,
    actorName: "Cara",
    again: false,
    candidateId: "c1",
    attemptId: "a1",
    mockId: null,
    title: "Bias and variance",
  };

  it("mentor side: the title and the mentor page of the item, while the item is visible", () => {
    expect(renderNotification(base)).toEqual({
      text: "Cara asked you to review “Bias and variance”.",
      link: "/mentoring/c1/attempts/a1",
    });
    expect(renderNotification({ ...base, kind: "COMMENT_ADDED" })).toEqual({
      text: "Cara replied on “Bias and variance”.",
      link: "/mentoring/c1/attempts/a1#thread",
    });
    expect(renderNotification({ ...base, attemptId: null, mockId: "k1", title: "Mock A" })).toEqual({
      text: "Cara asked you to review “Mock A”.",
      link: "/mentoring/c1/mocks/k1",
    });
  });

  it("an item the reader may not see (or that is gone): a neutral text with no name, title or link", () => {
    for (const kind of ["REVIEW_REQUESTED", "COMMENT_ADDED", "REVIEW_ARRIVED"] as const) {
      expect(renderNotification({ ...base, kind, title: null })).toEqual({ text: NO_ACCESS, link: null });
      expect(renderNotification({ ...base, kind, toCandidate: true, title: null })).toEqual({ text: NO_ACCESS, link: null });
    }
    expect(NO_ACCESS).toBe("An item you no longer have access to.");
  });

  it("candidate side: reviews and comments link to the attempt, or to the mock report for a mock answer", () => {
    const c = { ...base, toCandidate: true, actorName: "Milo" };
    expect(renderNotification({ ...c, kind: "REVIEW_ARRIVED" })).toEqual({
      text: "Milo reviewed “Bias and variance”.",
      link: "/practice/attempts/a1",
    });
    expect(renderNotification({ ...c, kind: "REVIEW_ARRIVED", again: true, mockId: "k1" })).toEqual({
      text: "Milo updated their review of “Bias and variance”.",
      link: "/mocks/k1/report",
    });
    expect(renderNotification({ ...c, kind: "COMMENT_ADDED" })).toEqual({
      text: "Milo commented on “Bias and variance”.",
      link: "/practice/attempts/a1#mentor-reviews",
    });
  });

  it("mentorship events name the other side; a deleted account reads as Someone", () => {
    const none = { attemptId: null, mockId: null, title: null };
    expect(renderNotification({ ...base, ...none, kind: "INVITATION_ACCEPTED", toCandidate: true, actorName: "Milo" })).toEqual({
      text: "Milo accepted your invitation and is now your mentor.",
      link: "/mentors",
    });
    expect(renderNotification({ ...base, ...none, kind: "MENTORSHIP_ENDED", toCandidate: true, actorName: null })).toEqual({
      text: "Someone stopped mentoring you.",
      link: "/mentors",
    });
    expect(renderNotification({ ...base, ...none, kind: "MENTORSHIP_ENDED" })).toEqual({
      text: "Cara ended the mentorship.",
      link: "/mentoring",
    });
  });
});
