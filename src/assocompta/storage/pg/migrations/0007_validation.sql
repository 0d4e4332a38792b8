-- Schema 7 in PostgreSQL (storage/migrations/0007_validation.sql for SQLite, which says why):
-- an entry is a draft (valid_date NULL) until validated; a validated entry, its lines (but
-- their lettrage) and its attachments never change again, and validated entries hold the
-- first numbers of their year, drafts the ones after. Same tokens as SQLite's triggers.
-- Applied by PgBook.open in one transaction, schema_info locked (storage/pg/__init__.py);
-- a new book runs it after schema.sql.
--
-- Differences from SQLite, all on the same rule:
--   * the number rule (entry_number_order) is checked once per statement, after it, on the
--     entries the statement validated or renumbered: one UPDATE may validate many drafts at
--     once (a FEC import, a copy), in whatever order PostgreSQL visits the rows. It reads
--     drafts through entry_drafts, where a row-level check would walk again, for every row,
--     the index entries of the drafts this transaction already validated;
--   * a validation locks its year's row FOR NO KEY UPDATE (as posting does), and the guards
--     on lines and attachments lock it FOR SHARE (as the closed-year guards do) before they
--     read whether the entry is validated: a line written while the entry is being validated
--     is refused, or made before the validation and part of it;
--   * closed years answer 'closed fiscal year' whatever the order the triggers fire in
--     (alphabetical here, newest first in SQLite): every guard below looks at open years only.

-- A contre-passation names the entry it cancels.
ALTER TABLE entry ADD COLUMN reverses_id BIGINT REFERENCES entry(id);
-- Deleting an entry looks for the entries that reverse it.
CREATE INDEX entry_reversals ON entry (reverses_id) WHERE reverses_id IS NOT NULL;

-- Books of schema 6 dated every entry's valid_date at posting, a validation nobody chose.
-- Closed years stay as they were closed: every entry validated, at the latest on the day the
-- year was closed. entry_update_guard refuses any write to a closed year: it steps aside for
-- these statements (the table is locked until COMMIT; the owner alone may do this).
ALTER TABLE entry DISABLE TRIGGER entry_update_guard;
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
ALTER TABLE entry ENABLE TRIGGER entry_update_guard;

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

-- A validated entry: no column changes (setting valid_date on a draft is allowed), no delete.
-- OLD is the row as this statement locked it, so a validation committed meanwhile is seen.
CREATE FUNCTION entry_validated_guard() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF year_closed(OLD.year_id) IS FALSE THEN
        PERFORM refuse('validated entry');
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER entry_validated_update BEFORE UPDATE ON entry
FOR EACH ROW WHEN (OLD.valid_date IS NOT NULL AND OLD.* IS DISTINCT FROM NEW.*)
EXECUTE FUNCTION entry_validated_guard();
CREATE TRIGGER entry_validated_delete BEFORE DELETE ON entry
FOR EACH ROW WHEN (OLD.valid_date IS NOT NULL) EXECUTE FUNCTION entry_validated_guard();

-- Its lines (none added, changed or removed) and its attachments. Lettrage is not part of the
-- entry (A47 A-1 lists EcritureLet apart): letter and letter_date stay free.
CREATE FUNCTION validated_part_guard() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF entry_frozen(OLD.entry_id) OR (TG_OP = 'UPDATE' AND entry_frozen(NEW.entry_id)) THEN
        PERFORM refuse('validated entry');
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER line_validated_update
BEFORE UPDATE OF id, entry_id, position, account_id, debit, credit, tiers_id, action_id, label,
                 currency_amount, currency_code ON entry_line
FOR EACH ROW EXECUTE FUNCTION validated_part_guard();
CREATE TRIGGER line_validated_delete BEFORE DELETE ON entry_line
FOR EACH ROW EXECUTE FUNCTION validated_part_guard();

-- A piece justifying a validated entry can be added, never taken away or swapped.
CREATE TRIGGER attachment_validated_update BEFORE UPDATE ON attachment
FOR EACH ROW EXECUTE FUNCTION validated_part_guard();
CREATE TRIGGER attachment_validated_delete BEFORE DELETE ON attachment
FOR EACH ROW EXECUTE FUNCTION validated_part_guard();

-- A validation takes the next number after the validated ones: never above a draft. Checked
-- once the statement is done, on the entries it validated or renumbered, so that one UPDATE
-- may validate a run of drafts; their years are locked first, as posting locks them.
CREATE FUNCTION entry_number_order() RETURNS TRIGGER LANGUAGE plpgsql AS $$
DECLARE
    years BIGINT[];
    tops BIGINT[];
BEGIN
    SELECT array_agg(year_id ORDER BY year_id), array_agg(top ORDER BY year_id)
      INTO years, tops
      FROM (SELECT n.year_id, max(n.number) AS top FROM entries_after n
             WHERE n.valid_date IS NOT NULL
               AND NOT EXISTS (SELECT 1 FROM entries_before o WHERE o.id = n.id
                                  AND o.valid_date IS NOT NULL AND o.number = n.number)
             GROUP BY n.year_id) AS v;
    IF years IS NULL THEN
        RETURN NULL;
    END IF;
    PERFORM 1 FROM fiscal_year WHERE id = ANY (years) ORDER BY id FOR NO KEY UPDATE;
    IF EXISTS (SELECT 1 FROM unnest(years, tops) AS v (year_id, top)
                WHERE EXISTS (SELECT 1 FROM entry d WHERE d.year_id = v.year_id
                                 AND d.valid_date IS NULL AND d.number < v.top)) THEN
        PERFORM refuse('entry numbers out of order');
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER entry_number_order AFTER UPDATE ON entry
REFERENCING OLD TABLE AS entries_before NEW TABLE AS entries_after
FOR EACH STATEMENT EXECUTE FUNCTION entry_number_order();

-- An entry is born a draft (written, given its lines, then validated by an UPDATE); a line
-- is never added to a validated entry. Checked where SQLite checks them, in the same order.
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
