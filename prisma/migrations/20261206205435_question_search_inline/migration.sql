-- The question search reads the `search` tsvector of every visible question (issue 20). Stored
-- EXTENDED, most vectors (1-3 KB, which pglz does not compress) were moved out of line to the
-- TOAST table, so each search fetched them from there row by row: about a fifth of the search
-- statement's PostgreSQL CPU. MAIN keeps them in the row (out of line only as a last resort,
-- when a row would not fit a page); the long text columns (prompt, model answer) still go out.
ALTER TABLE "Question" ALTER COLUMN "search" SET STORAGE MAIN;

-- Existing vectors keep their storage until rewritten: recompute them (the trigger fires on an
-- update of the title; the value is the same) so they are stored inline now.
UPDATE "Question" SET "title" = "title";
