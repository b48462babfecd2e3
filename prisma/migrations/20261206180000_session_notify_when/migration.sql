-- Session_notify fired on every UPDATE of a "Session" row, so the per-request last-seen touch
-- (at most every 5 minutes per session, lib/server/auth.ts) evicted that user's cached session
-- checks on every instance, and the next request of each went to the database again.
-- Now an UPDATE notifies only when a column other than "lastSeenAt" changes (revocation,
-- owner, id, device, address, and any column added later) or "lastSeenAt" moves back (which
-- shortens the session's life: a cached later value would keep it alive); DELETE and TRUNCATE
-- always do. Moving it forward only lengthens the life, so a cached older value is safe.
-- The instance that touches keeps its own entry's last-seen current (touchedSession); another
-- instance's entry is at most the cache TTL old, so at worst it touches once more.
-- The "User" trigger also skips UPDATEs that set its columns to the values they had.

DROP TRIGGER "Session_notify" ON "Session";

CREATE TRIGGER "Session_notify" AFTER UPDATE ON "Session"
  FOR EACH ROW
  WHEN ((to_jsonb(OLD) - 'lastSeenAt') IS DISTINCT FROM (to_jsonb(NEW) - 'lastSeenAt')
        OR NEW."lastSeenAt" < OLD."lastSeenAt")
  EXECUTE FUNCTION "preploop_session_row_changed"();
CREATE TRIGGER "Session_notify_delete" AFTER DELETE ON "Session"
  FOR EACH ROW EXECUTE FUNCTION "preploop_session_row_changed"();

DROP TRIGGER "User_session_notify" ON "User";

CREATE TRIGGER "User_session_notify" AFTER UPDATE OF "id", "email", "displayName", "isDemo" ON "User"
  FOR EACH ROW
  WHEN ((OLD."id", OLD."email", OLD."displayName", OLD."isDemo") IS DISTINCT FROM (NEW."id", NEW."email", NEW."displayName", NEW."isDemo"))
  EXECUTE FUNCTION "preploop_session_user_changed"();
CREATE TRIGGER "User_session_notify_delete" AFTER DELETE ON "User"
  FOR EACH ROW EXECUTE FUNCTION "preploop_session_user_changed"();
