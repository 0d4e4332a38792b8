-- Schema 6: what the file enforces by itself, whatever program opens it (docs/guarantees.md).
-- Schemas 1-5 could be got around from a plain sqlite3 connection without touching the
-- schema:
--   1. with foreign keys off (sqlite3's default) the balance check, a deferred foreign key,
--      does not run: an unbalanced entry committed;
--   2. entry.imbalance could be written directly (UPDATE entry SET imbalance = 0);
--   3. a bulk_load row could be committed (foreign keys off), and every row with an id at or
--      above its first ids then skipped the per-row guards, for every later writer;
--   4. a closed year's account labels could be renamed;
--   5. INSERT OR REPLACE / UPDATE OR REPLACE delete the conflicting row without firing its
--      DELETE triggers (SQLite fires them only under recursive_triggers): a closed year lost
--      a line, an issued receipt or the year row itself that way, with foreign keys on.
-- Each is now refused by a trigger. Tokens stay English, as schema 1's.

-- 1. Entries and lines are written with foreign keys on, or not at all. The pragma cannot
-- change inside a transaction, so a write accepted here is balance-checked at its COMMIT.
CREATE TRIGGER line_insert_first BEFORE INSERT ON entry_line
WHEN NOT (SELECT foreign_keys FROM pragma_foreign_keys)
  OR EXISTS (SELECT 1 FROM entry_line WHERE id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'foreign keys off') WHERE NOT (SELECT foreign_keys FROM pragma_foreign_keys);
    SELECT RAISE(ABORT, 'UNIQUE constraint failed: a row would be replaced');
END;
CREATE TRIGGER line_update_first BEFORE UPDATE ON entry_line
WHEN NOT (SELECT foreign_keys FROM pragma_foreign_keys)
  OR (NEW.id != OLD.id AND EXISTS (SELECT 1 FROM entry_line WHERE id = NEW.id))
BEGIN
    SELECT RAISE(ABORT, 'foreign keys off') WHERE NOT (SELECT foreign_keys FROM pragma_foreign_keys);
    SELECT RAISE(ABORT, 'UNIQUE constraint failed: a row would be replaced');
END;
CREATE TRIGGER line_delete_first BEFORE DELETE ON entry_line
WHEN NOT (SELECT foreign_keys FROM pragma_foreign_keys)
BEGIN
    SELECT RAISE(ABORT, 'foreign keys off');
END;
CREATE TRIGGER entry_update_first BEFORE UPDATE ON entry
WHEN NOT (SELECT foreign_keys FROM pragma_foreign_keys)
  OR (NEW.id != OLD.id AND EXISTS (SELECT 1 FROM entry WHERE id = NEW.id))
  OR ((NEW.year_id != OLD.year_id OR NEW.number != OLD.number) AND EXISTS (
      SELECT 1 FROM entry WHERE year_id = NEW.year_id AND number = NEW.number
         AND id != OLD.id))
BEGIN
    SELECT RAISE(ABORT, 'foreign keys off') WHERE NOT (SELECT foreign_keys FROM pragma_foreign_keys);
    SELECT RAISE(ABORT, 'UNIQUE constraint failed: a row would be replaced');
END;
CREATE TRIGGER entry_delete_first BEFORE DELETE ON entry
WHEN NOT (SELECT foreign_keys FROM pragma_foreign_keys)
BEGIN
    SELECT RAISE(ABORT, 'foreign keys off');
END;

-- 2. An entry's imbalance is what its lines add up to: any write of another value is refused.
-- The line triggers recompute it from the lines (rather than add the change), so an entry
-- whose stored imbalance was forged before schema 6 is put right by its next line change.
CREATE TRIGGER entry_imbalance_guard BEFORE UPDATE OF imbalance ON entry
WHEN NEW.imbalance IS NOT (SELECT COALESCE(SUM(debit - credit), 0) FROM entry_line
                            WHERE entry_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'imbalance is derived from the lines');
END;

DROP TRIGGER line_insert;
-- Every new line: its year is open, its account is of the year's chart, and it moves its
-- entry's imbalance. No longer skipped for rows a bulk_load row covers: the loader drops
-- this trigger inside its own transaction, which no other connection sees.
CREATE TRIGGER line_insert AFTER INSERT ON entry_line
BEGIN
    SELECT RAISE(ABORT, 'closed fiscal year') FROM entry e JOIN fiscal_year f ON f.id = e.year_id
     WHERE e.id = NEW.entry_id AND f.closed_at IS NOT NULL;
    SELECT RAISE(ABORT, 'account not in the chart of the fiscal year')
      FROM entry e JOIN fiscal_year f ON f.id = e.year_id
      LEFT JOIN account a ON a.id = NEW.account_id
     WHERE e.id = NEW.entry_id AND a.chart_id IS NOT f.chart_id;
    UPDATE entry SET imbalance = (SELECT COALESCE(SUM(debit - credit), 0) FROM entry_line
                                   WHERE entry_id = NEW.entry_id)
     WHERE id = NEW.entry_id;
END;
DROP TRIGGER line_delete_balance;
CREATE TRIGGER line_delete_balance AFTER DELETE ON entry_line BEGIN
    UPDATE entry SET imbalance = (SELECT COALESCE(SUM(debit - credit), 0) FROM entry_line
                                   WHERE entry_id = OLD.entry_id)
     WHERE id = OLD.entry_id;
END;
DROP TRIGGER line_update_balance;
CREATE TRIGGER line_update_balance AFTER UPDATE OF debit, credit, entry_id ON entry_line BEGIN
    UPDATE entry SET imbalance = (SELECT COALESCE(SUM(l.debit - l.credit), 0) FROM entry_line l
                                   WHERE l.entry_id = entry.id)
     WHERE id IN (OLD.entry_id, NEW.entry_id);
END;

-- An entry is born balanced (it has no line yet), and keeps its key to itself.
DROP TRIGGER entry_insert_guard;
CREATE TRIGGER entry_insert_guard BEFORE INSERT ON entry
WHEN NOT (SELECT foreign_keys FROM pragma_foreign_keys)
  OR NEW.imbalance IS NOT 0
  OR EXISTS (SELECT 1 FROM entry WHERE id = NEW.id)
  OR EXISTS (SELECT 1 FROM entry WHERE year_id = NEW.year_id AND number = NEW.number)
  OR NOT EXISTS (SELECT 1 FROM fiscal_year f WHERE f.id = NEW.year_id AND f.closed_at IS NULL
                   AND NEW.date BETWEEN f.start_date AND f.end_date)
BEGIN
    SELECT RAISE(ABORT, 'foreign keys off') WHERE NOT (SELECT foreign_keys FROM pragma_foreign_keys);
    SELECT RAISE(ABORT, 'imbalance is derived from the lines') WHERE NEW.imbalance IS NOT 0;
    SELECT RAISE(ABORT, 'UNIQUE constraint failed: a row would be replaced')
     WHERE EXISTS (SELECT 1 FROM entry WHERE id = NEW.id)
        OR EXISTS (SELECT 1 FROM entry WHERE year_id = NEW.year_id AND number = NEW.number);
    SELECT RAISE(ABORT, 'closed fiscal year') FROM fiscal_year f
     WHERE f.id = NEW.year_id AND f.closed_at IS NOT NULL;
    SELECT RAISE(ABORT, 'entry date outside its fiscal year');
END;

-- The month totals: no longer skipped for rows a bulk_load row covers (the loader drops
-- this trigger too and counts its lines itself).
DROP TRIGGER line_insert_totals;
CREATE TRIGGER line_insert_totals AFTER INSERT ON entry_line
BEGIN
    INSERT INTO account_month_total (year_id, account_id, month, debit, credit)
    SELECT e.year_id, NEW.account_id, substr(e.date, 1, 7), NEW.debit, NEW.credit
      FROM entry e WHERE e.id = NEW.entry_id
    ON CONFLICT (year_id, account_id, month) DO UPDATE
       SET debit = debit + excluded.debit, credit = credit + excluded.credit;
END;

-- 3. The one permitted imbalance stays the only one (under PRAGMA ignore_check_constraints
-- its CHECK does not hold), and a bulk_load row is begun with foreign keys on and stays
-- pending, so that it can never be committed.
CREATE TRIGGER balanced_insert_guard BEFORE INSERT ON balanced BEGIN
    SELECT RAISE(ABORT, 'balanced is fixed');
END;
CREATE TRIGGER balanced_update_guard BEFORE UPDATE ON balanced BEGIN
    SELECT RAISE(ABORT, 'balanced is fixed');
END;
CREATE TRIGGER balanced_delete_guard BEFORE DELETE ON balanced BEGIN
    SELECT RAISE(ABORT, 'balanced is fixed');
END;

DROP TRIGGER bulk_load_begin;
CREATE TRIGGER bulk_load_begin AFTER INSERT ON bulk_load BEGIN
    SELECT RAISE(ABORT, 'foreign keys off') WHERE NOT (SELECT foreign_keys FROM pragma_foreign_keys);
    SELECT RAISE(ABORT, 'bulk load overlaps existing rows')
     WHERE NEW.first_entry_id <= COALESCE((SELECT max(id) FROM entry), 0)
        OR NEW.first_line_id <= COALESCE((SELECT max(id) FROM entry_line), 0)
        OR (SELECT count(*) FROM bulk_load) > 1
        OR NEW.pending IS NOT 1 OR NEW.entry_count IS NOT NULL OR NEW.line_count IS NOT NULL;
    UPDATE bulk_load SET entry_count = (SELECT count(*) FROM entry),
                         line_count = (SELECT count(*) FROM entry_line)
     WHERE rowid = NEW.rowid;
END;
-- Only bulk_load_begin fills in the counts, once.
CREATE TRIGGER bulk_load_update_guard BEFORE UPDATE ON bulk_load
WHEN OLD.entry_count IS NOT NULL OR NEW.pending IS NOT 1
  OR NEW.first_entry_id IS NOT OLD.first_entry_id OR NEW.first_line_id IS NOT OLD.first_line_id
BEGIN
    SELECT RAISE(ABORT, 'bulk load changed');
END;

-- The end of a load: as schema 1, with the four per-row insert triggers the loader drops,
-- and the imbalance of the entries that gained lines recomputed.
DROP TRIGGER bulk_load_end;
CREATE TRIGGER bulk_load_end BEFORE DELETE ON bulk_load BEGIN
    SELECT RAISE(ABORT, 'bulk load ended without its row guards')
     WHERE (SELECT count(*) FROM sqlite_master WHERE type = 'trigger'
             AND name IN ('line_insert', 'line_insert_first', 'line_insert_totals',
                          'entry_insert_guard')) != 4;
    SELECT RAISE(ABORT, 'bulk load changed rows below its first ids')
     WHERE (SELECT count(*) FROM entry WHERE id < OLD.first_entry_id) IS NOT OLD.entry_count
        OR (SELECT count(*) FROM entry_line WHERE id < OLD.first_line_id) IS NOT OLD.line_count;
    SELECT RAISE(ABORT, 'closed fiscal year') WHERE EXISTS (
        SELECT 1 FROM fiscal_year f CROSS JOIN entry e
         WHERE f.closed_at IS NOT NULL AND e.year_id = f.id AND e.id >= OLD.first_entry_id);
    SELECT RAISE(ABORT, 'entry date outside its fiscal year') WHERE EXISTS (
        SELECT 1 FROM fiscal_year f CROSS JOIN entry e
         WHERE e.year_id = f.id AND e.date < f.start_date AND e.id >= OLD.first_entry_id)
        OR EXISTS (
        SELECT 1 FROM fiscal_year f CROSS JOIN entry e
         WHERE e.year_id = f.id AND e.date > f.end_date AND e.id >= OLD.first_entry_id);
    SELECT RAISE(ABORT, 'closed fiscal year') WHERE EXISTS (
        SELECT 1 FROM entry_line l JOIN entry e ON e.id = l.entry_id
          JOIN fiscal_year f ON f.id = e.year_id
         WHERE l.entry_id < OLD.first_entry_id AND l.id >= OLD.first_line_id
           AND f.closed_at IS NOT NULL);
    SELECT RAISE(ABORT, 'account not in the chart of the fiscal year') WHERE EXISTS (
        SELECT 1 FROM fiscal_year f CROSS JOIN account a CROSS JOIN entry_line l
          CROSS JOIN entry e
         WHERE (f.id IN (SELECT year_id FROM entry WHERE id >= OLD.first_entry_id)
                OR f.id IN (SELECT e2.year_id FROM entry_line l2 JOIN entry e2
                              ON e2.id = l2.entry_id
                             WHERE l2.entry_id < OLD.first_entry_id
                               AND l2.id >= OLD.first_line_id))
           AND a.chart_id != f.chart_id AND l.account_id = a.id
           AND l.id >= OLD.first_line_id AND e.id = l.entry_id AND e.year_id = f.id);
    UPDATE entry SET imbalance = (SELECT COALESCE(SUM(l.debit - l.credit), 0) FROM entry_line l
                                   WHERE l.entry_id = entry.id)
     WHERE id IN (SELECT entry_id FROM entry_line WHERE id >= OLD.first_line_id
                   GROUP BY entry_id HAVING SUM(debit - credit) != 0);
END;

-- 4. What a closed year prints stays as it was closed: the number, meaning and label of the
-- accounts it uses, and the code and label of its journals.
DROP TRIGGER account_update_guard;
CREATE TRIGGER account_update_guard BEFORE UPDATE OF code, kind, chart_id, label ON account
WHEN EXISTS (SELECT 1 FROM entry_line l JOIN entry e ON e.id = l.entry_id
               JOIN fiscal_year f ON f.id = e.year_id
              WHERE l.account_id = OLD.id AND f.closed_at IS NOT NULL)
BEGIN
    SELECT RAISE(ABORT, 'closed fiscal year');
END;
CREATE TRIGGER account_delete_guard BEFORE DELETE ON account
WHEN EXISTS (SELECT 1 FROM entry_line WHERE account_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'closed fiscal year') FROM entry_line l JOIN entry e ON e.id = l.entry_id
      JOIN fiscal_year f ON f.id = e.year_id
     WHERE l.account_id = OLD.id AND f.closed_at IS NOT NULL;
END;
CREATE TRIGGER journal_update_guard BEFORE UPDATE OF id, code, label, kind ON journal
WHEN EXISTS (SELECT 1 FROM entry e JOIN fiscal_year f ON f.id = e.year_id
              WHERE e.journal_id = OLD.id AND f.closed_at IS NOT NULL)
BEGIN
    SELECT RAISE(ABORT, 'closed fiscal year');
END;
CREATE TRIGGER journal_delete_guard BEFORE DELETE ON journal
WHEN EXISTS (SELECT 1 FROM entry e JOIN fiscal_year f ON f.id = e.year_id
              WHERE e.journal_id = OLD.id AND f.closed_at IS NOT NULL)
BEGIN
    SELECT RAISE(ABORT, 'closed fiscal year');
END;

-- 5. No guarded row is replaced: INSERT OR REPLACE and UPDATE OR REPLACE would delete the
-- row holding the same key without its DELETE triggers. (entry and entry_line: above.)
CREATE TRIGGER year_replace_guard BEFORE INSERT ON fiscal_year
WHEN EXISTS (SELECT 1 FROM fiscal_year WHERE id = NEW.id OR label = NEW.label)
BEGIN
    SELECT RAISE(ABORT, 'UNIQUE constraint failed: a row would be replaced');
END;
CREATE TRIGGER year_replace_update_guard BEFORE UPDATE OF id, label ON fiscal_year
WHEN EXISTS (SELECT 1 FROM fiscal_year WHERE (id = NEW.id OR label = NEW.label)
                AND rowid != OLD.rowid)
BEGIN
    SELECT RAISE(ABORT, 'UNIQUE constraint failed: a row would be replaced');
END;
CREATE TRIGGER account_replace_guard BEFORE INSERT ON account
WHEN EXISTS (SELECT 1 FROM account WHERE id = NEW.id)
  OR EXISTS (SELECT 1 FROM account WHERE chart_id = NEW.chart_id AND code = NEW.code)
BEGIN
    SELECT RAISE(ABORT, 'UNIQUE constraint failed: a row would be replaced');
END;
CREATE TRIGGER account_replace_update_guard BEFORE UPDATE OF id, chart_id, code ON account
WHEN EXISTS (SELECT 1 FROM account WHERE (id = NEW.id OR (chart_id = NEW.chart_id
                                                           AND code = NEW.code))
                AND rowid != OLD.rowid)
BEGIN
    SELECT RAISE(ABORT, 'UNIQUE constraint failed: a row would be replaced');
END;
CREATE TRIGGER journal_replace_guard BEFORE INSERT ON journal
WHEN EXISTS (SELECT 1 FROM journal WHERE id = NEW.id OR code = NEW.code)
BEGIN
    SELECT RAISE(ABORT, 'UNIQUE constraint failed: a row would be replaced');
END;
CREATE TRIGGER journal_replace_update_guard BEFORE UPDATE OF id, code ON journal
WHEN EXISTS (SELECT 1 FROM journal WHERE (id = NEW.id OR code = NEW.code)
                AND rowid != OLD.rowid)
BEGIN
    SELECT RAISE(ABORT, 'UNIQUE constraint failed: a row would be replaced');
END;
CREATE TRIGGER budget_replace_guard BEFORE INSERT ON budget_line
WHEN EXISTS (SELECT 1 FROM budget_line WHERE id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'UNIQUE constraint failed: a row would be replaced');
END;
CREATE TRIGGER attachment_replace_guard BEFORE INSERT ON attachment
WHEN EXISTS (SELECT 1 FROM attachment WHERE id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'UNIQUE constraint failed: a row would be replaced');
END;
CREATE TRIGGER reconciliation_replace_guard BEFORE INSERT ON reconciliation
WHEN EXISTS (SELECT 1 FROM reconciliation WHERE id = NEW.id OR (account = NEW.account
                AND statement_date = NEW.statement_date))
BEGIN
    SELECT RAISE(ABORT, 'UNIQUE constraint failed: a row would be replaced');
END;
CREATE TRIGGER reconciliation_replace_update_guard
BEFORE UPDATE OF id, account, statement_date ON reconciliation
WHEN EXISTS (SELECT 1 FROM reconciliation WHERE (id = NEW.id OR (account = NEW.account
                AND statement_date = NEW.statement_date)) AND rowid != OLD.rowid)
BEGIN
    SELECT RAISE(ABORT, 'UNIQUE constraint failed: a row would be replaced');
END;
CREATE TRIGGER mark_replace_guard BEFORE INSERT ON reconciliation_mark
WHEN EXISTS (SELECT 1 FROM reconciliation_mark WHERE line_id = NEW.line_id)
BEGIN
    SELECT RAISE(ABORT, 'UNIQUE constraint failed: a row would be replaced');
END;
CREATE TRIGGER receipt_replace_guard BEFORE INSERT ON donation_receipt
WHEN EXISTS (SELECT 1 FROM donation_receipt WHERE id = NEW.id OR number = NEW.number)
BEGIN
    SELECT RAISE(ABORT, 'UNIQUE constraint failed: a row would be replaced');
END;
CREATE TRIGGER receipt_line_replace_guard BEFORE INSERT ON donation_receipt_line
WHEN EXISTS (SELECT 1 FROM donation_receipt_line WHERE line_id = NEW.line_id)
BEGIN
    SELECT RAISE(ABORT, 'UNIQUE constraint failed: a row would be replaced');
END;
CREATE TRIGGER mark_replace_update_guard BEFORE UPDATE OF line_id ON reconciliation_mark
WHEN EXISTS (SELECT 1 FROM reconciliation_mark WHERE line_id = NEW.line_id
                AND rowid != OLD.rowid)
BEGIN
    SELECT RAISE(ABORT, 'UNIQUE constraint failed: a row would be replaced');
END;
CREATE TRIGGER attachment_replace_update_guard BEFORE UPDATE OF id ON attachment
WHEN EXISTS (SELECT 1 FROM attachment WHERE id = NEW.id AND rowid != OLD.rowid)
BEGIN
    SELECT RAISE(ABORT, 'UNIQUE constraint failed: a row would be replaced');
END;
CREATE TRIGGER budget_replace_update_guard BEFORE UPDATE OF id ON budget_line
WHEN EXISTS (SELECT 1 FROM budget_line WHERE id = NEW.id AND rowid != OLD.rowid)
BEGIN
    SELECT RAISE(ABORT, 'UNIQUE constraint failed: a row would be replaced');
END;
