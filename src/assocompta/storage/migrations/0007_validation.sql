-- Schema 7: validated entries never change (PCG art. 921-3 and 921-4, A47 A-1 LPF; see
-- docs/validation.md). An entry is first a draft (brouillard, valid_date NULL): changed,
-- deleted and renumbered freely. Validation sets its valid_date and its definitive number;
-- from then on no statement changes or deletes it, its lines or its attachments, whoever
-- writes to the file. Validated entries hold the first numbers of their year, drafts the
-- ones after: a validation never renumbers a validated entry. Tokens stay English.

-- A contre-passation names the entry it cancels.
ALTER TABLE entry ADD COLUMN reverses_id INTEGER REFERENCES entry(id);

-- Books of schema 6 dated every entry's valid_date at posting, a validation nobody chose.
-- Closed years stay as they were closed: every entry validated, at the latest on the day
-- the year was closed. entry_update_guard (schema 1) refuses any write to a closed year:
-- it steps aside for this one statement.
DROP TRIGGER entry_update_guard;
UPDATE entry SET valid_date = min(COALESCE(valid_date, f.closing_day), f.closing_day)
  FROM (SELECT id, substr(closed_at, 1, 10) AS closing_day FROM fiscal_year
         WHERE closed_at IS NOT NULL) AS f
 WHERE entry.year_id = f.id;

-- Open years: what really was validated elsewhere stays so (the à-nouveaux written by the
-- closing of the year before, and entries imported from a FEC that carried a ValidDate);
-- the rest becomes drafts, for the treasurer to validate.
UPDATE entry SET valid_date = NULL
 WHERE year_id IN (SELECT id FROM fiscal_year WHERE closed_at IS NULL)
   AND NOT (import_batch_id IS NOT NULL AND valid_date IS NOT NULL
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

CREATE TRIGGER entry_update_guard
BEFORE UPDATE OF year_id, journal_id, number, date, label, piece_ref, piece_date, valid_date,
                 reverses_id
ON entry
WHEN (SELECT closed_at IS NOT NULL FROM fiscal_year WHERE id = OLD.year_id)
  OR NOT EXISTS (SELECT 1 FROM fiscal_year f WHERE f.id = NEW.year_id AND f.closed_at IS NULL
                   AND NEW.date BETWEEN f.start_date AND f.end_date)
BEGIN
    SELECT RAISE(ABORT, 'closed fiscal year') FROM fiscal_year f
     WHERE f.id IN (OLD.year_id, NEW.year_id) AND f.closed_at IS NOT NULL;
    SELECT RAISE(ABORT, 'entry date outside its fiscal year');
END;

-- Drafts, looked up by every validation and by the numbering rule below.
CREATE INDEX entry_drafts ON entry (year_id, number) WHERE valid_date IS NULL;

-- Closed years answer with their own token (schema 1's guards): these speak for open years.
CREATE TRIGGER entry_validated_update BEFORE UPDATE ON entry
WHEN OLD.valid_date IS NOT NULL
 AND (NEW.id IS NOT OLD.id OR NEW.year_id IS NOT OLD.year_id
      OR NEW.journal_id IS NOT OLD.journal_id OR NEW.number IS NOT OLD.number
      OR NEW.date IS NOT OLD.date OR NEW.label IS NOT OLD.label
      OR NEW.piece_ref IS NOT OLD.piece_ref OR NEW.piece_date IS NOT OLD.piece_date
      OR NEW.valid_date IS NOT OLD.valid_date OR NEW.imbalance IS NOT OLD.imbalance
      OR NEW.import_batch_id IS NOT OLD.import_batch_id
      OR NEW.reverses_id IS NOT OLD.reverses_id)
 AND (SELECT closed_at IS NULL FROM fiscal_year WHERE id = OLD.year_id)
BEGIN
    SELECT RAISE(ABORT, 'validated entry');
END;
CREATE TRIGGER entry_validated_delete BEFORE DELETE ON entry
WHEN OLD.valid_date IS NOT NULL
 AND (SELECT closed_at IS NULL FROM fiscal_year WHERE id = OLD.year_id)
BEGIN
    SELECT RAISE(ABORT, 'validated entry');
END;
-- Lettrage is not part of the entry (A47 A-1 lists EcritureLet apart): it stays free.
CREATE TRIGGER line_validated_update
BEFORE UPDATE OF id, entry_id, position, account_id, debit, credit, tiers_id, action_id, label,
                 currency_amount, currency_code ON entry_line
WHEN EXISTS (SELECT 1 FROM entry e JOIN fiscal_year f ON f.id = e.year_id
              WHERE e.id IN (OLD.entry_id, NEW.entry_id) AND e.valid_date IS NOT NULL
                AND f.closed_at IS NULL)
BEGIN
    SELECT RAISE(ABORT, 'validated entry');
END;
CREATE TRIGGER line_validated_delete BEFORE DELETE ON entry_line
WHEN EXISTS (SELECT 1 FROM entry e JOIN fiscal_year f ON f.id = e.year_id
              WHERE e.id = OLD.entry_id AND e.valid_date IS NOT NULL AND f.closed_at IS NULL)
BEGIN
    SELECT RAISE(ABORT, 'validated entry');
END;
-- A piece justifying a validated entry can be added, never taken away or swapped.
CREATE TRIGGER attachment_validated_update BEFORE UPDATE ON attachment
WHEN EXISTS (SELECT 1 FROM entry e JOIN fiscal_year f ON f.id = e.year_id
              WHERE e.id IN (OLD.entry_id, NEW.entry_id) AND e.valid_date IS NOT NULL
                AND f.closed_at IS NULL)
BEGIN
    SELECT RAISE(ABORT, 'validated entry');
END;
CREATE TRIGGER attachment_validated_delete BEFORE DELETE ON attachment
WHEN EXISTS (SELECT 1 FROM entry e JOIN fiscal_year f ON f.id = e.year_id
              WHERE e.id = OLD.entry_id AND e.valid_date IS NOT NULL AND f.closed_at IS NULL)
BEGIN
    SELECT RAISE(ABORT, 'validated entry');
END;

-- A validation takes the next number after the validated ones: never above a draft.
CREATE TRIGGER entry_number_order BEFORE UPDATE OF number, valid_date ON entry
WHEN NEW.valid_date IS NOT NULL
 AND (SELECT closed_at IS NULL FROM fiscal_year WHERE id = NEW.year_id)
 AND EXISTS (SELECT 1 FROM entry d WHERE d.year_id = NEW.year_id AND d.valid_date IS NULL
                AND d.number < NEW.number AND d.id != NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'entry numbers out of order');
END;

-- The two per-row insert guards the bulk loader sets aside (storage/bulk.py ROW_GUARDS) now
-- also refuse an entry born validated (it is written as a draft, then validated) and a line
-- added to a validated entry; bulk_load_validation checks the same once for a whole load.
DROP TRIGGER entry_insert_guard;
CREATE TRIGGER entry_insert_guard BEFORE INSERT ON entry
WHEN NOT (SELECT foreign_keys FROM pragma_foreign_keys)
  OR NEW.imbalance IS NOT 0
  OR EXISTS (SELECT 1 FROM entry WHERE id = NEW.id)
  OR EXISTS (SELECT 1 FROM entry WHERE year_id = NEW.year_id AND number = NEW.number)
  OR NOT EXISTS (SELECT 1 FROM fiscal_year f WHERE f.id = NEW.year_id AND f.closed_at IS NULL
                   AND NEW.date BETWEEN f.start_date AND f.end_date)
  OR NEW.valid_date IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'foreign keys off') WHERE NOT (SELECT foreign_keys FROM pragma_foreign_keys);
    SELECT RAISE(ABORT, 'imbalance is derived from the lines') WHERE NEW.imbalance IS NOT 0;
    SELECT RAISE(ABORT, 'UNIQUE constraint failed: a row would be replaced')
     WHERE EXISTS (SELECT 1 FROM entry WHERE id = NEW.id)
        OR EXISTS (SELECT 1 FROM entry WHERE year_id = NEW.year_id AND number = NEW.number);
    SELECT RAISE(ABORT, 'closed fiscal year') FROM fiscal_year f
     WHERE f.id = NEW.year_id AND f.closed_at IS NOT NULL;
    SELECT RAISE(ABORT, 'entry date outside its fiscal year')
     WHERE NOT EXISTS (SELECT 1 FROM fiscal_year f WHERE f.id = NEW.year_id
                          AND NEW.date BETWEEN f.start_date AND f.end_date);
    SELECT RAISE(ABORT, 'validated entry');
END;
DROP TRIGGER line_insert;
CREATE TRIGGER line_insert AFTER INSERT ON entry_line
BEGIN
    SELECT RAISE(ABORT, 'closed fiscal year') FROM entry e JOIN fiscal_year f ON f.id = e.year_id
     WHERE e.id = NEW.entry_id AND f.closed_at IS NOT NULL;
    SELECT RAISE(ABORT, 'validated entry') FROM entry e
     WHERE e.id = NEW.entry_id AND e.valid_date IS NOT NULL;
    SELECT RAISE(ABORT, 'account not in the chart of the fiscal year')
      FROM entry e JOIN fiscal_year f ON f.id = e.year_id
      LEFT JOIN account a ON a.id = NEW.account_id
     WHERE e.id = NEW.entry_id AND a.chart_id IS NOT f.chart_id;
    UPDATE entry SET imbalance = (SELECT COALESCE(SUM(debit - credit), 0) FROM entry_line
                                   WHERE entry_id = NEW.entry_id)
     WHERE id = NEW.entry_id;
END;

-- A load (FEC import) writes validated entries directly, with their lines: it may not add
-- lines to an entry validated before it, nor number a validated entry above a draft.
CREATE TRIGGER bulk_load_validation BEFORE DELETE ON bulk_load BEGIN
    SELECT RAISE(ABORT, 'validated entry') WHERE EXISTS (
        SELECT 1 FROM entry_line l JOIN entry e ON e.id = l.entry_id
         WHERE l.id >= OLD.first_line_id AND l.entry_id < OLD.first_entry_id
           AND e.valid_date IS NOT NULL);
    SELECT RAISE(ABORT, 'entry numbers out of order') WHERE EXISTS (
        SELECT 1 FROM (SELECT year_id, max(number) AS top FROM entry
                        WHERE id >= OLD.first_entry_id AND valid_date IS NOT NULL
                        GROUP BY year_id) AS v
         WHERE EXISTS (SELECT 1 FROM entry d WHERE d.year_id = v.year_id
                          AND d.valid_date IS NULL AND d.number < v.top));
END;

-- The accounts and journals a validated entry names keep their number and meaning: changing
-- them would re-impute the entry without touching it. (Closed years keep their own token, and
-- their labels too; in an open year a label can still be put right.)
CREATE TRIGGER account_validated_update BEFORE UPDATE OF code, kind, chart_id ON account
WHEN (NEW.code IS NOT OLD.code OR NEW.kind IS NOT OLD.kind OR NEW.chart_id IS NOT OLD.chart_id)
 AND EXISTS (SELECT 1 FROM entry_line l JOIN entry e ON e.id = l.entry_id
              WHERE l.account_id = OLD.id AND e.valid_date IS NOT NULL)
 AND NOT EXISTS (SELECT 1 FROM entry_line l JOIN entry e ON e.id = l.entry_id
                   JOIN fiscal_year f ON f.id = e.year_id
                  WHERE l.account_id = OLD.id AND f.closed_at IS NOT NULL)
BEGIN
    SELECT RAISE(ABORT, 'validated entry');
END;
CREATE TRIGGER journal_validated_update BEFORE UPDATE OF id, code, kind ON journal
WHEN (NEW.id IS NOT OLD.id OR NEW.code IS NOT OLD.code OR NEW.kind IS NOT OLD.kind)
 AND EXISTS (SELECT 1 FROM entry e WHERE e.journal_id = OLD.id AND e.valid_date IS NOT NULL)
 AND NOT EXISTS (SELECT 1 FROM entry e JOIN fiscal_year f ON f.id = e.year_id
                  WHERE e.journal_id = OLD.id AND f.closed_at IS NOT NULL)
BEGIN
    SELECT RAISE(ABORT, 'validated entry');
END;
