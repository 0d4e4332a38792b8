-- Schema 4: débit and crédit totals per fiscal year, account and month, kept up to date as
-- lines are written, so that a compte de résultat or a balance costs the same with ten entries
-- or a million. Maintained by triggers on the common path; a bulk load marks the years it
-- touched as stale instead (one set-based rebuild beats two million row updates), and readers
-- aggregate the lines themselves for a stale year until it is rebuilt.
CREATE TABLE account_month_total (
    year_id     INTEGER NOT NULL REFERENCES fiscal_year(id),
    account_id  INTEGER NOT NULL REFERENCES account(id),
    month       TEXT NOT NULL,  -- YYYY-MM
    debit       INTEGER NOT NULL DEFAULT 0,
    credit      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (year_id, account_id, month)
) STRICT, WITHOUT ROWID;

CREATE TABLE account_total_state (
    year_id  INTEGER PRIMARY KEY REFERENCES fiscal_year(id),
    stale    INTEGER NOT NULL CHECK (stale IN (0, 1))
) STRICT;

-- Existing books: every year starts stale and is rebuilt on first use.
INSERT INTO account_total_state (year_id, stale) SELECT id, 1 FROM fiscal_year;

CREATE TRIGGER year_totals_state AFTER INSERT ON fiscal_year BEGIN
    INSERT INTO account_total_state (year_id, stale) VALUES (NEW.id, 0);
END;

CREATE TRIGGER line_insert_totals AFTER INSERT ON entry_line
WHEN NOT EXISTS (SELECT 1 FROM bulk_load WHERE NEW.id >= first_line_id)
BEGIN
    INSERT INTO account_month_total (year_id, account_id, month, debit, credit)
    SELECT e.year_id, NEW.account_id, substr(e.date, 1, 7), NEW.debit, NEW.credit
      FROM entry e WHERE e.id = NEW.entry_id
    ON CONFLICT (year_id, account_id, month) DO UPDATE
       SET debit = debit + excluded.debit, credit = credit + excluded.credit;
END;

CREATE TRIGGER line_delete_totals AFTER DELETE ON entry_line BEGIN
    UPDATE account_month_total SET debit = debit - OLD.debit, credit = credit - OLD.credit
     WHERE account_id = OLD.account_id
       AND (year_id, month) = (SELECT e.year_id, substr(e.date, 1, 7) FROM entry e
                                WHERE e.id = OLD.entry_id);
END;

CREATE TRIGGER line_update_totals
AFTER UPDATE OF debit, credit, account_id, entry_id ON entry_line BEGIN
    UPDATE account_month_total SET debit = debit - OLD.debit, credit = credit - OLD.credit
     WHERE account_id = OLD.account_id
       AND (year_id, month) = (SELECT e.year_id, substr(e.date, 1, 7) FROM entry e
                                WHERE e.id = OLD.entry_id);
    INSERT INTO account_month_total (year_id, account_id, month, debit, credit)
    SELECT e.year_id, NEW.account_id, substr(e.date, 1, 7), NEW.debit, NEW.credit
      FROM entry e WHERE e.id = NEW.entry_id
    ON CONFLICT (year_id, account_id, month) DO UPDATE
       SET debit = debit + excluded.debit, credit = credit + excluded.credit;
END;

-- An entry moved to another month or year takes its lines' amounts along.
CREATE TRIGGER entry_move_totals AFTER UPDATE OF date, year_id ON entry
WHEN substr(OLD.date, 1, 7) != substr(NEW.date, 1, 7) OR OLD.year_id != NEW.year_id
BEGIN
    UPDATE account_total_state SET stale = 1 WHERE year_id IN (OLD.year_id, NEW.year_id);
END;

-- Deleting an entry that still has lines cascades to them after the entry row is gone, when
-- their month is no longer known: mark its year (the application deletes lines first).
CREATE TRIGGER entry_delete_totals BEFORE DELETE ON entry
WHEN EXISTS (SELECT 1 FROM entry_line WHERE entry_id = OLD.id)
BEGIN
    UPDATE account_total_state SET stale = 1 WHERE year_id = OLD.year_id;
END;

CREATE TRIGGER bulk_load_totals BEFORE DELETE ON bulk_load BEGIN
    UPDATE account_total_state SET stale = 1
     WHERE year_id IN (SELECT DISTINCT year_id FROM entry WHERE id >= OLD.first_entry_id)
        OR year_id IN (SELECT e.year_id FROM entry_line l JOIN entry e ON e.id = l.entry_id
                        WHERE l.id >= OLD.first_line_id AND l.entry_id < OLD.first_entry_id);
END;
