// What pruning a live room's event log keeps, and when it runs (pure; lib/live/prune.ts does it).
// The report reads the timeline kinds and the schedule history; the rest is noise once the room
// is over: presence comings and goings, every autosaved copy of the answer (the answers are the
// mock's attempts), the "assessed" pings (the scores are MentorReview rows) and "revoked".

/** What the report's timeline shows. */
export const TIMELINE_KINDS = ["scheduled", "rescheduled", "started", "clock", "page", "hint", "follow-up", "finished"] as const;
/** The schedule's history (the room, the report, the export and the .ics sequence read them). */
export const SCHEDULE_KINDS = ["scheduled", "rescheduled", "cancelled"] as const;

/** Event kinds deleted from rooms that are over. Everything else is kept for good. */
export const NOISE_KINDS = ["join", "leave", "answer", "assessed", "revoked"] as const;

/** Events older than this, in rooms with no change for this long, are pruned. */
export const PRUNE_AFTER_DAYS = 7;

/** One instance tries at most this often (and only one instance at a time runs: an advisory lock). */
export const PRUNE_EVERY_MS = 3_600_000;

/** Rooms per pruning transaction, and transactions per run at most. */
export const PRUNE_BATCH_ROOMS = 100;
export const PRUNE_MAX_BATCHES = 50;

export const pruneCutoff = (now: Date, days = PRUNE_AFTER_DAYS) => new Date(now.getTime() - days * 86_400_000);

/** Whether this instance should try to prune now (first time, or an hour after its last try). */
export const shouldTryPrune = (lastTriedAt: number | null, now: number) => lastTriedAt === null || now - lastTriedAt >= PRUNE_EVERY_MS;
