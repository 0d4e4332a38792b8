-- Schema 7 in PostgreSQL (storage/migrations/0007_validation.sql for SQLite, which says why):
-- an entry is a draft (valid_date NULL) until validated; a validated entry, its lines (but
-- their lettrage) and its attachments never change again, and validated entries hold the
-- first numbers of their year, drafts the ones after. Same tokens as SQLite's triggers.
-- Applied by PgBook.open in one transaction, schema_info locked (storage/pg/__init__.py);
-- a new book runs it after schema.sql.
--
-- The same refusals, in the same order: a closed year answers 'closed fiscal year' (its
-- guards speak first); in an open year a validated entry answers 'validated entry' before any
-- other guard (SQLite fires the newest trigger first, PostgreSQL by name: the update guards
-- below are named to come first, the others are checked inside the existing guards, right
-- after the closed year). Written differently:
--   * the number rule (entry_number_order) is checked once per statement, after it, on the
--     entries the statement validated or renumbered: one UPDATE may validate many drafts at
--     once (a FEC import, a copy), whatever the order PostgreSQL visits the rows in. A check
--     on each row would also walk, for every row, the index entries that the drafts this
--     transaction already validated leave in entry_drafts until it ends;
--   * a validation locks its year's row FOR NO KEY UPDATE (as posting does) and the guards of
--     lines and attachments lock it FOR SHARE (as the closed-year guards do) before reading
--     whether the entry is validated: a line written while its entry is being validated is
--     either refused or written before the validation, and validated with it.

-- A contre-passation names the entry it cancels.
ALTER TABLE entry ADD COLUMN reverses_id BIGINT REFERENCES entry(id);

-- Books of schema 6 dated every entry's valid_date at posting, a validation nobody chose.
-- Closed years stay as they were closed: every entry validated, at the latest on the day the
-- year was closed. entry_update_guard refuses any write to a closed year: it steps aside for
-- these statements (inside the upgrade's transaction, which no one else sees).
DROP TRIGGER entry_update_guard ON entry;
UPDATE entry SET valid_date = LEAST(COALESCE(valid_date, f.closing_day), f.closing_day)
  FROM (SELECT id, substr(closed_at, 1, 10) AS closing_day FROM fiscal_year
         WHERE closed_at IS NOT NULL) AS f
 WHERE entry.year_id = f.id;

-- Open years: what really was validated elsewhere stays so (the à-nouveaux written by the
-- closing of the year before, and entries imported from a FEC that carried a ValidDate);
-- the rest becomes drafts, for the treasurer to validate.
UPDATE entry SET valid_date = NULL
 WHERE year_id IN (SELECT id FROM fiscal_year WHERE closed_at IS NULL)
   AND valid_date IS NOT NULL
   AND NOT (import_batch_id IS NOT NULL
            AND import_batch_id IN (SELECT id FROM import_batch WHERE kind = 'fec'))
   AND NOT (journal_id IN (SELECT id FROM journal WHERE kind = 'opening')
            AND EXISTS (SELECT 1 FROM fiscal_year this JOIN fiscal_year before
                          ON before.end_date < this.start_date
                         WHERE this.id = entry.year_id AND before.closed_at IS NOT NULL));

-- A validated entry's piece is dated (PCG: « chaque écriture s'appuie sur une pièce
-- justificative datée »); where none was typed, the entry's own date is the piece's, as
-- validation records it from now on (services/validation.py).
UPDATE entry SET piece_date = date WHERE valid_date IS NOT NULL AND piece_date IS NULL;

-- Validated first, drafts after, in their old order. A year whose previous year is still
-- open keeps n°1 for the à-nouveaux that closing that year will write.
UPDATE entry SET number = number + 1000000000
 WHERE year_id IN (SELECT id FROM fiscal_year WHERE closed_at IS NULL);
UPDATE entry SET number = r.n
  FROM (SELECT e.id, row_number() OVER (PARTITION BY e.year_id
                                        ORDER BY e.valid_date IS NULL, e.number)
                     + CASE WHEN EXISTS (SELECT 1 FROM fiscal_year p JOIN fiscal_year y
                                           ON p.end_date < y.start_date
                                          WHERE y.id = e.year_id AND p.closed_at IS NULL)
                            THEN 1 ELSE 0 END AS n
          FROM entry e JOIN fiscal_year f ON f.id = e.year_id
         WHERE f.closed_at IS NULL) AS r
 WHERE entry.id = r.id;
-- Back, also watching reverses_id: a closed year's entry does not start reversing another.
-- Every validation goes through it: the year is now read once, locked FOR SHARE, for both
-- questions (it was three statements, two thirds of what validating an imported FEC cost).
CREATE OR REPLACE FUNCTION entry_update_guard() RETURNS TRIGGER LANGUAGE plpgsql AS $$
DECLARE
    closed BOOLEAN;
    inside BOOLEAN;
BEGIN
    IF NEW.year_id IS DISTINCT FROM OLD.year_id AND year_closed(OLD.year_id) THEN
        PERFORM refuse('closed fiscal year');
    END IF;
    SELECT f.closed_at IS NOT NULL, NEW.date BETWEEN f.start_date AND f.end_date
      INTO closed, inside FROM fiscal_year f WHERE f.id = NEW.year_id FOR SHARE;
    IF closed THEN
        PERFORM refuse('closed fiscal year');
    END IF;
    IF inside IS NOT TRUE THEN
        PERFORM refuse('entry date outside its fiscal year');
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER entry_update_guard
BEFORE UPDATE OF year_id, journal_id, number, date, label, piece_ref, piece_date, valid_date,
                 reverses_id
ON entry FOR EACH ROW EXECUTE FUNCTION entry_update_guard();

-- Drafts, looked up by every validation and by the numbering rule below.
CREATE INDEX entry_drafts ON entry (year_id, number) WHERE valid_date IS NULL;

-- Whether an entry is validated in an open year. The year's row is locked first (FOR SHARE,
-- by entry_year_closed), then the entry read: a validation in flight holds that row, so this
-- waits for it and sees it. A closed year (its guards answer for it) or no entry: false.
CREATE FUNCTION entry_frozen(p_entry_id BIGINT) RETURNS BOOLEAN LANGUAGE plpgsql AS $$
BEGIN
    IF entry_year_closed(p_entry_id) IS DISTINCT FROM FALSE THEN
        RETURN FALSE;
    END IF;
    RETURN EXISTS (SELECT 1 FROM entry WHERE id = p_entry_id AND valid_date IS NOT NULL);
END $$;

-- A validated entry: no column changes (setting valid_date on a draft is allowed). OLD is the
-- row as this statement locked it, so a validation committed meanwhile is seen. Named to fire
-- before the entry's other update guards (PostgreSQL fires them by name, SQLite newest
-- first): a validated entry answers 'validated entry' on both engines, or 'closed fiscal
-- year' in a closed year, whichever column changes (entry_update_guard does not look at
-- import_batch_id).
CREATE FUNCTION entry_frozen_update() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF year_closed(OLD.year_id) THEN
        PERFORM refuse('closed fiscal year');
    END IF;
    PERFORM refuse('validated entry');
    RETURN NEW;
END $$;
CREATE TRIGGER entry_frozen_update BEFORE UPDATE ON entry
FOR EACH ROW WHEN (OLD.valid_date IS NOT NULL AND OLD.* IS DISTINCT FROM NEW.*)
EXECUTE FUNCTION entry_frozen_update();

-- Its lines: none changed (this trigger, named to fire first as above), added or removed
-- (line_insert_guard, line_delete_guard below). Lettrage is not part of the entry (A47 A-1
-- lists EcritureLet apart): letter and letter_date stay free.
CREATE FUNCTION line_frozen_update() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF entry_frozen(OLD.entry_id) OR entry_frozen(NEW.entry_id) THEN
        PERFORM refuse('validated entry');
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER line_frozen_update
BEFORE UPDATE OF id, entry_id, position, account_id, debit, credit, tiers_id, action_id, label,
                 currency_amount, currency_code ON entry_line
FOR EACH ROW EXECUTE FUNCTION line_frozen_update();

-- A validation takes the next number after the validated ones: never above a draft. Checked
-- once the statement is done, so that one UPDATE may validate a run of drafts, from its new
-- rows alone (a join of its old and new rows, in a plan made for the few rows of an
-- ordinary statement, took seconds for a few thousand). Only when a draft lies below the
-- highest validated number is it asked whether this statement validated or renumbered an
-- entry above that draft, rather than left one as it was. Its years are locked first, as
-- posting locks them.
CREATE FUNCTION entry_number_order() RETURNS TRIGGER LANGUAGE plpgsql AS $$
DECLARE
    v RECORD;
BEGIN
    FOR v IN SELECT year_id, max(number) AS top FROM entries_after
              WHERE valid_date IS NOT NULL GROUP BY year_id ORDER BY year_id LOOP
        PERFORM 1 FROM fiscal_year WHERE id = v.year_id FOR NO KEY UPDATE;
        IF EXISTS (SELECT 1 FROM entry d WHERE d.year_id = v.year_id AND d.valid_date IS NULL
                      AND d.number < v.top)
           AND EXISTS (SELECT 1 FROM entries_after n
                        WHERE n.year_id = v.year_id AND n.valid_date IS NOT NULL
                          AND n.number > (SELECT min(d.number) FROM entry d
                                           WHERE d.year_id = v.year_id
                                             AND d.valid_date IS NULL)
                          AND NOT EXISTS (SELECT 1 FROM entries_before o WHERE o.id = n.id
                                             AND o.valid_date IS NOT NULL
                                             AND o.number = n.number)) THEN
            PERFORM refuse('entry numbers out of order');
        END IF;
    END LOOP;
    RETURN NULL;
END $$;
CREATE TRIGGER entry_number_order AFTER UPDATE ON entry
REFERENCING OLD TABLE AS entries_before NEW TABLE AS entries_after
FOR EACH STATEMENT EXECUTE FUNCTION entry_number_order();

-- The guards that speak first on the other writes, given the validated check right after the
-- closed year's (the order of SQLite's triggers): an entry is born a draft (written, given its
-- lines, then validated by an UPDATE) and a validated one is never deleted; no line is added
-- to or removed from a validated entry; a piece justifying it can be added, never taken away
-- or swapped.
CREATE OR REPLACE FUNCTION entry_insert_guard() RETURNS TRIGGER LANGUAGE plpgsql AS $$
DECLARE
    y RECORD;
BEGIN
    IF NEW.imbalance IS DISTINCT FROM 0 THEN
        PERFORM refuse('imbalance is derived from the lines');
    END IF;
    SELECT closed_at, start_date, end_date INTO y FROM fiscal_year
     WHERE id = NEW.year_id FOR NO KEY UPDATE;
    IF FOUND AND y.closed_at IS NOT NULL THEN
        PERFORM refuse('closed fiscal year');
    END IF;
    IF NOT FOUND OR NEW.date NOT BETWEEN y.start_date AND y.end_date THEN
        PERFORM refuse('entry date outside its fiscal year');
    END IF;
    IF NEW.valid_date IS NOT NULL THEN
        PERFORM refuse('validated entry');
    END IF;
    IF NEW.number IS NULL THEN
        NEW.number := COALESCE((SELECT max(number) FROM entry WHERE year_id = NEW.year_id), 0) + 1;
    END IF;
    RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION line_insert_guard() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF entry_year_closed(NEW.entry_id) THEN
        PERFORM refuse('closed fiscal year');
    END IF;
    IF EXISTS (SELECT 1 FROM entry WHERE id = NEW.entry_id AND valid_date IS NOT NULL) THEN
        PERFORM refuse('validated entry');
    END IF;
    IF EXISTS (SELECT 1 FROM entry e JOIN fiscal_year f ON f.id = e.year_id
                LEFT JOIN account a ON a.id = NEW.account_id
               WHERE e.id = NEW.entry_id AND a.chart_id IS DISTINCT FROM f.chart_id) THEN
        PERFORM refuse('account not in the chart of the fiscal year');
    END IF;
    RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION entry_delete_guard() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF year_closed(OLD.year_id) THEN
        PERFORM refuse('closed fiscal year');
    END IF;
    IF OLD.valid_date IS NOT NULL THEN
        PERFORM refuse('validated entry');
    END IF;
    -- Its lines, cascaded after the entry row is gone, no longer know their month.
    IF EXISTS (SELECT 1 FROM entry_line WHERE entry_id = OLD.id) THEN
        UPDATE account_total_state SET stale = 1 WHERE year_id = OLD.year_id;
    END IF;
    RETURN OLD;
END $$;

CREATE OR REPLACE FUNCTION line_delete_guard() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF entry_year_closed(OLD.entry_id) THEN
        PERFORM refuse('closed fiscal year');
    END IF;
    IF EXISTS (SELECT 1 FROM entry WHERE id = OLD.entry_id AND valid_date IS NOT NULL) THEN
        PERFORM refuse('validated entry');
    END IF;
    IF EXISTS (SELECT 1 FROM reconciliation_mark m JOIN reconciliation r
                 ON r.id = m.reconciliation_id
                WHERE m.line_id = OLD.id AND r.finished_at IS NOT NULL) THEN
        PERFORM refuse('reconciled line');
    END IF;
    IF EXISTS (SELECT 1 FROM donation_receipt_line WHERE line_id = OLD.id) THEN
        PERFORM refuse('receipted donation');
    END IF;
    -- A receipted gift's entry keeps its other lines (the receipt states the mode of payment).
    IF (OLD.debit != 0 OR OLD.credit != 0) AND EXISTS (
        SELECT 1 FROM donation_receipt_line r JOIN entry_line l ON l.id = r.line_id
         WHERE l.entry_id = OLD.entry_id) THEN
        PERFORM refuse('receipted donation');
    END IF;
    -- Marks of a statement still in progress go with their line.
    DELETE FROM reconciliation_mark WHERE line_id = OLD.id;
    RETURN OLD;
END $$;

CREATE OR REPLACE FUNCTION attachment_guard() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF (TG_OP IN ('UPDATE', 'DELETE') AND entry_year_closed(OLD.entry_id))
       OR (TG_OP IN ('INSERT', 'UPDATE') AND entry_year_closed(NEW.entry_id)) THEN
        PERFORM refuse('closed fiscal year');
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE')
       AND (entry_frozen(OLD.entry_id) OR (TG_OP = 'UPDATE' AND entry_frozen(NEW.entry_id))) THEN
        PERFORM refuse('validated entry');
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;

-- The accounts and journals a validated entry names keep their number and meaning (SQLite's
-- account_validated_update, journal_validated_update). Named after the closed-year guards, so
-- that those speak first: a closed year answers with its own token.
CREATE FUNCTION account_validated_update() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF (NEW.code, NEW.kind, NEW.chart_id) IS DISTINCT FROM (OLD.code, OLD.kind, OLD.chart_id)
       AND EXISTS (SELECT 1 FROM entry_line l JOIN entry e ON e.id = l.entry_id
                    WHERE l.account_id = OLD.id AND e.valid_date IS NOT NULL) THEN
        PERFORM refuse('validated entry');
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER account_validated_update BEFORE UPDATE OF code, kind, chart_id ON account
FOR EACH ROW EXECUTE FUNCTION account_validated_update();

CREATE FUNCTION journal_validated_update() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF (NEW.id, NEW.code, NEW.kind) IS DISTINCT FROM (OLD.id, OLD.code, OLD.kind)
       AND EXISTS (SELECT 1 FROM entry WHERE journal_id = OLD.id AND valid_date IS NOT NULL) THEN
        PERFORM refuse('validated entry');
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER journal_validated_update BEFORE UPDATE OF id, code, kind ON journal
FOR EACH ROW EXECUTE FUNCTION journal_validated_update();
