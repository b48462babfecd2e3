-- The per-instance session cache (lib/server/session-cache.ts) stays exact across instances:
-- every change to a session row, or to the user fields the session check returns, NOTIFYs
-- channel preploop_session with the user's id in the same transaction (delivered at commit,
-- dropped on rollback). Triggers, so no write path (sign out, sign out everywhere, password
-- change or reset, account deletion, admin revoke, expiry, a future one) can forget it.
-- TRUNCATE sends '*' (every entry).

CREATE FUNCTION "preploop_session_row_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('preploop_session', OLD."userId");
  IF TG_OP = 'UPDATE' AND NEW."userId" IS DISTINCT FROM OLD."userId" THEN
    PERFORM pg_notify('preploop_session', NEW."userId");
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION "preploop_session_user_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('preploop_session', OLD."id");
  RETURN NULL;
END $$;

CREATE FUNCTION "preploop_session_truncated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('preploop_session', '*');
  RETURN NULL;
END $$;

CREATE TRIGGER "Session_notify" AFTER UPDATE OR DELETE ON "Session"
  FOR EACH ROW EXECUTE FUNCTION "preploop_session_row_changed"();
CREATE TRIGGER "Session_notify_truncate" AFTER TRUNCATE ON "Session"
  FOR EACH STATEMENT EXECUTE FUNCTION "preploop_session_truncated"();

CREATE TRIGGER "User_session_notify" AFTER UPDATE OF "id", "email", "displayName", "isDemo" OR DELETE ON "User"
  FOR EACH ROW EXECUTE FUNCTION "preploop_session_user_changed"();
CREATE TRIGGER "User_session_notify_truncate" AFTER TRUNCATE ON "User"
  FOR EACH STATEMENT EXECUTE FUNCTION "preploop_session_truncated"();
