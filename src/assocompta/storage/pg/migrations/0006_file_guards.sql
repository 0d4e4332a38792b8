-- Schema 6 in PostgreSQL (storage/migrations/0006_file_guards.sql for SQLite). Of SQLite's
-- holes, PostgreSQL had two: entry.imbalance could be written directly (the balance itself is
-- checked from the lines at COMMIT, but the stored figure lied), and a closed year's account
-- labels and journals could be renamed. Foreign keys are always on here, CHECK constraints
-- cannot be ignored, no guard trusts bulk_load, and there is no INSERT OR REPLACE.
-- Applied by PgBook.open in one transaction, schema_info locked (storage/pg/book.py).

-- An entry's imbalance is what its lines add up to: born 0, recomputed from the lines.
CREATE FUNCTION entry_imbalance_guard() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.imbalance IS DISTINCT FROM (SELECT COALESCE(SUM(debit - credit), 0)
                                         FROM entry_line WHERE entry_id = NEW.id) THEN
        PERFORM refuse('imbalance is derived from the lines');
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER entry_imbalance_guard BEFORE UPDATE OF imbalance ON entry
FOR EACH ROW EXECUTE FUNCTION entry_imbalance_guard();

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
    IF NEW.number IS NULL THEN
        NEW.number := COALESCE((SELECT max(number) FROM entry WHERE year_id = NEW.year_id), 0) + 1;
    END IF;
    RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION apply_line_delta(entry_ids BIGINT[], account_ids BIGINT[],
                                            debits BIGINT[], credits BIGINT[])
RETURNS VOID LANGUAGE plpgsql AS $$
BEGIN
    -- Recomputed rather than added to, so that a figure forged before schema 6 is put right.
    UPDATE entry e SET imbalance = (SELECT COALESCE(SUM(l.debit - l.credit), 0)
                                      FROM entry_line l WHERE l.entry_id = e.id)
      FROM (SELECT entry_id FROM unnest(entry_ids, debits, credits) AS u (entry_id, debit, credit)
             GROUP BY entry_id HAVING SUM(debit - credit) != 0) AS d
     WHERE e.id = d.entry_id;
    -- Lines cascaded from a deleted entry find no entry: entry_delete_guard marked the year.
    INSERT INTO account_month_total AS t (year_id, account_id, month, debit, credit)
    SELECT e.year_id, u.account_id, substr(e.date, 1, 7), SUM(u.debit), SUM(u.credit)
      FROM unnest(entry_ids, account_ids, debits, credits)
           AS u (entry_id, account_id, debit, credit)
      JOIN entry e ON e.id = u.entry_id
     GROUP BY 1, 2, 3
    HAVING SUM(u.debit) != 0 OR SUM(u.credit) != 0  -- a label edited moves no amount
    ON CONFLICT (year_id, account_id, month) DO UPDATE
       SET debit = t.debit + excluded.debit, credit = t.credit + excluded.credit;
END $$;

-- What a closed year prints stays as it was closed: the number, meaning and label of the
-- accounts it uses, and the code and label of its journals.
DROP TRIGGER account_update_guard ON account;
CREATE TRIGGER account_update_guard BEFORE UPDATE OF code, kind, chart_id, label ON account
FOR EACH ROW EXECUTE FUNCTION account_update_guard();

CREATE FUNCTION journal_update_guard() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM entry e JOIN fiscal_year f ON f.id = e.year_id
                WHERE e.journal_id = OLD.id AND f.closed_at IS NOT NULL) THEN
        PERFORM refuse('closed fiscal year');
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER journal_update_guard BEFORE UPDATE OF id, code, label, kind ON journal
FOR EACH ROW EXECUTE FUNCTION journal_update_guard();
