-- Schema 5: the bank (statement lines waiting to be categorised, the treasurer's rules, CSV
-- layouts remembered per account, reconciliations), documents attached to entries, donation
-- receipts, and the tiers' postal address (a donation receipt names the donor's).
--
-- Bank accounts are named by their account code (512, 5121…), not by account row: a chart
-- has its own account rows, and a bank account outlives the chart of one year.

ALTER TABLE tiers ADD COLUMN address TEXT NOT NULL DEFAULT '';

-- One operation read from a bank statement. It waits in the to-categorise list until the
-- treasurer books it (entry_id) or sets it aside (ignored). The same account, date, amount and
-- label may legitimately occur twice a day (two 5 € card payments at the same baker):
-- ``occurrence`` numbers such twins, so that importing an overlapping statement adds only the
-- lines the book does not hold yet.
CREATE TABLE bank_line (
    id               INTEGER PRIMARY KEY,
    account          TEXT NOT NULL CHECK (account GLOB '5[0-9]*' AND account NOT GLOB '*[^0-9]*'),
    date             TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    amount           INTEGER NOT NULL CHECK (amount != 0),   -- cents; money in > 0
    label            TEXT NOT NULL,
    occurrence       INTEGER NOT NULL DEFAULT 1 CHECK (occurrence >= 1),
    value_date       TEXT,
    reference        TEXT NOT NULL DEFAULT '',   -- the bank's id (OFX FITID), cheque number
    import_batch_id  INTEGER REFERENCES import_batch(id),
    -- The treasurer's choice (or the accepted suggestion) before booking.
    counterpart      TEXT CHECK (counterpart IS NULL OR (counterpart GLOB '[1-8][0-9]*'
                                                         AND counterpart NOT GLOB '*[^0-9]*')),
    tiers_id         INTEGER REFERENCES tiers(id),
    action_id        INTEGER REFERENCES action(id),
    entry_id         INTEGER REFERENCES entry(id) ON DELETE SET NULL,
    ignored          INTEGER NOT NULL DEFAULT 0 CHECK (ignored IN (0, 1)),
    UNIQUE (account, date, amount, label, occurrence)
) STRICT;
CREATE INDEX bank_line_pending ON bank_line (account, date) WHERE entry_id IS NULL AND ignored = 0;
CREATE INDEX bank_line_by_entry ON bank_line (entry_id) WHERE entry_id IS NOT NULL;

-- "Label contains FREE MOBILE → 626": the treasurer's rules, tried in position order before
-- the suggestions learned from past entries.
CREATE TABLE bank_rule (
    id         INTEGER PRIMARY KEY,
    position   INTEGER NOT NULL DEFAULT 0,
    pattern    TEXT NOT NULL CHECK (length(trim(pattern)) > 0),  -- folded words, all present
    account    TEXT,            -- the bank account it applies to; NULL: every account
    direction  TEXT NOT NULL DEFAULT 'any' CHECK (direction IN ('any', 'in', 'out')),
    counterpart TEXT NOT NULL CHECK (counterpart GLOB '[1-8][0-9]*'
                                     AND counterpart NOT GLOB '*[^0-9]*'),
    tiers_id   INTEGER REFERENCES tiers(id),
    action_id  INTEGER REFERENCES action(id)
) STRICT;

-- The CSV column mapping last used for a bank account (JSON: header line, columns, preset).
CREATE TABLE bank_layout (
    account  TEXT PRIMARY KEY,
    mapping  TEXT NOT NULL CHECK (json_valid(mapping))
) STRICT;

-- A bank statement being (or once) reconciled: the entries ticked against it are its marks.
-- The opening balance is the previous statement's closing one. A finished reconciliation is
-- part of the record: neither it nor its marks change.
CREATE TABLE reconciliation (
    id               INTEGER PRIMARY KEY,
    account          TEXT NOT NULL CHECK (account GLOB '5[0-9]*' AND account NOT GLOB '*[^0-9]*'),
    statement_date   TEXT NOT NULL CHECK (statement_date GLOB
                                          '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    opening_balance  INTEGER NOT NULL,   -- cents, as the bank sees it (money in > 0)
    closing_balance  INTEGER NOT NULL,
    finished_at      TEXT,
    UNIQUE (account, statement_date)
) STRICT;
CREATE TABLE reconciliation_mark (
    line_id            INTEGER PRIMARY KEY REFERENCES entry_line(id),
    reconciliation_id  INTEGER NOT NULL REFERENCES reconciliation(id)
) STRICT;
CREATE INDEX mark_by_reconciliation ON reconciliation_mark (reconciliation_id);

CREATE TRIGGER reconciliation_update_guard BEFORE UPDATE ON reconciliation
WHEN OLD.finished_at IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'finished reconciliation');
END;
CREATE TRIGGER reconciliation_delete_guard BEFORE DELETE ON reconciliation
WHEN OLD.finished_at IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'finished reconciliation');
END;
CREATE TRIGGER mark_insert_guard BEFORE INSERT ON reconciliation_mark
WHEN (SELECT finished_at IS NOT NULL FROM reconciliation WHERE id = NEW.reconciliation_id)
BEGIN
    SELECT RAISE(ABORT, 'finished reconciliation');
END;
CREATE TRIGGER mark_update_guard BEFORE UPDATE ON reconciliation_mark
WHEN (SELECT finished_at IS NOT NULL FROM reconciliation
       WHERE id IN (OLD.reconciliation_id, NEW.reconciliation_id))
BEGIN
    SELECT RAISE(ABORT, 'finished reconciliation');
END;
CREATE TRIGGER mark_delete_guard BEFORE DELETE ON reconciliation_mark
WHEN (SELECT finished_at IS NOT NULL FROM reconciliation WHERE id = OLD.reconciliation_id)
BEGIN
    SELECT RAISE(ABORT, 'finished reconciliation');
END;
-- A line ticked on a finished statement stays: the statement would no longer add up.
CREATE TRIGGER line_reconciled_guard BEFORE DELETE ON entry_line
WHEN EXISTS (SELECT 1 FROM reconciliation_mark m JOIN reconciliation r
               ON r.id = m.reconciliation_id
              WHERE m.line_id = OLD.id AND r.finished_at IS NOT NULL)
BEGIN
    SELECT RAISE(ABORT, 'reconciled line');
END;
CREATE TRIGGER line_reconciled_update_guard BEFORE UPDATE OF debit, credit, account_id, entry_id
ON entry_line
WHEN EXISTS (SELECT 1 FROM reconciliation_mark m JOIN reconciliation r
               ON r.id = m.reconciliation_id
              WHERE m.line_id = OLD.id AND r.finished_at IS NOT NULL)
BEGIN
    SELECT RAISE(ABORT, 'reconciled line');
END;
-- Marks of a statement still in progress go with their line.
CREATE TRIGGER line_delete_marks AFTER DELETE ON entry_line BEGIN
    DELETE FROM reconciliation_mark WHERE line_id = OLD.id;
END;

-- Justificatifs: files kept inside the book, so that the file handed to the next treasurer
-- carries them. Part of their entry's record: a closed year gains or loses none.
CREATE TABLE attachment (
    id          INTEGER PRIMARY KEY,
    entry_id    INTEGER NOT NULL REFERENCES entry(id) ON DELETE CASCADE,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    media_type  TEXT NOT NULL,
    size        INTEGER NOT NULL CHECK (size >= 0),
    sha256      TEXT NOT NULL,
    added_at    TEXT NOT NULL,
    data        BLOB NOT NULL
) STRICT;
CREATE INDEX attachment_by_entry ON attachment (entry_id);

CREATE TRIGGER attachment_insert_guard BEFORE INSERT ON attachment
WHEN (SELECT f.closed_at IS NOT NULL FROM entry e JOIN fiscal_year f ON f.id = e.year_id
       WHERE e.id = NEW.entry_id)
BEGIN
    SELECT RAISE(ABORT, 'closed fiscal year');
END;
CREATE TRIGGER attachment_update_guard BEFORE UPDATE ON attachment
WHEN (SELECT f.closed_at IS NOT NULL FROM entry e JOIN fiscal_year f ON f.id = e.year_id
       WHERE e.id IN (OLD.entry_id, NEW.entry_id))
BEGIN
    SELECT RAISE(ABORT, 'closed fiscal year');
END;
CREATE TRIGGER attachment_delete_guard BEFORE DELETE ON attachment
WHEN (SELECT f.closed_at IS NOT NULL FROM entry e JOIN fiscal_year f ON f.id = e.year_id
       WHERE e.id = OLD.entry_id)
BEGIN
    SELECT RAISE(ABORT, 'closed fiscal year');
END;

-- Reçus au titre des dons (CERFA n°11580): numbered per year, never changed once issued.
-- What the receipt said is kept as issued (the donor may move; the receipt does not).
CREATE TABLE donation_receipt (
    id             INTEGER PRIMARY KEY,
    year_id        INTEGER NOT NULL REFERENCES fiscal_year(id),
    number         TEXT NOT NULL UNIQUE,
    tiers_id       INTEGER NOT NULL REFERENCES tiers(id),
    donor_name     TEXT NOT NULL,
    donor_address  TEXT NOT NULL,
    amount         INTEGER NOT NULL CHECK (amount > 0),
    first_date     TEXT NOT NULL,
    last_date      TEXT NOT NULL,
    form           TEXT NOT NULL DEFAULT 'don_manuel',   -- forme du don
    nature         TEXT NOT NULL DEFAULT 'numeraire',    -- nature du don
    method         TEXT NOT NULL DEFAULT '',             -- mode de versement
    issued_at      TEXT NOT NULL
) STRICT;
-- Which donation lines a receipt covers: a gift is receipted once.
CREATE TABLE donation_receipt_line (
    line_id     INTEGER PRIMARY KEY REFERENCES entry_line(id),
    receipt_id  INTEGER NOT NULL REFERENCES donation_receipt(id)
) STRICT;
CREATE TRIGGER receipt_update_guard BEFORE UPDATE ON donation_receipt BEGIN
    SELECT RAISE(ABORT, 'issued donation receipt');
END;
CREATE TRIGGER receipt_delete_guard BEFORE DELETE ON donation_receipt BEGIN
    SELECT RAISE(ABORT, 'issued donation receipt');
END;
CREATE TRIGGER receipt_line_update_guard BEFORE UPDATE ON donation_receipt_line BEGIN
    SELECT RAISE(ABORT, 'issued donation receipt');
END;
CREATE TRIGGER receipt_line_delete_guard BEFORE DELETE ON donation_receipt_line BEGIN
    SELECT RAISE(ABORT, 'issued donation receipt');
END;
CREATE TRIGGER line_receipted_guard BEFORE DELETE ON entry_line
WHEN EXISTS (SELECT 1 FROM donation_receipt_line WHERE line_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'receipted donation');
END;
CREATE TRIGGER line_receipted_update_guard BEFORE UPDATE OF debit, credit, account_id, tiers_id,
entry_id ON entry_line
WHEN EXISTS (SELECT 1 FROM donation_receipt_line WHERE line_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'receipted donation');
END;

-- Editing an entry now updates it in place (so that its attachments, bank statement line,
-- reconciliation ticks and donation receipt stay attached to the same rows). An entry moved
-- to another month therefore moves its lines' amounts in the month totals, instead of marking
-- the whole year for a rebuild as schema 4 did.
DROP TRIGGER entry_move_totals;
CREATE TRIGGER entry_move_totals AFTER UPDATE OF date, year_id ON entry
WHEN substr(OLD.date, 1, 7) != substr(NEW.date, 1, 7) OR OLD.year_id != NEW.year_id
BEGIN
    UPDATE account_month_total
       SET debit = account_month_total.debit - t.moved_debit,
           credit = account_month_total.credit - t.moved_credit
      FROM (SELECT account_id, SUM(debit) AS moved_debit, SUM(credit) AS moved_credit
              FROM entry_line
             WHERE entry_id = NEW.id GROUP BY account_id) AS t
     WHERE account_month_total.account_id = t.account_id
       AND account_month_total.year_id = OLD.year_id
       AND account_month_total.month = substr(OLD.date, 1, 7);
    INSERT INTO account_month_total (year_id, account_id, month, debit, credit)
    SELECT NEW.year_id, account_id, substr(NEW.date, 1, 7), SUM(debit), SUM(credit)
      FROM entry_line WHERE entry_id = NEW.id GROUP BY account_id
    ON CONFLICT (year_id, account_id, month) DO UPDATE
       SET debit = debit + excluded.debit, credit = credit + excluded.credit;
END;

-- A receipted gift's entry keeps its date and its other lines too: the receipt states the date
-- and the mode of payment (caisse or banque) as they were. (No guard on new lines: a per-row
-- insert trigger would slow every bulk load, and a new line cannot unbalance the others.)
CREATE TRIGGER entry_receipted_guard BEFORE UPDATE OF date ON entry
WHEN NEW.date != OLD.date AND EXISTS (
    SELECT 1 FROM donation_receipt_line r JOIN entry_line l ON l.id = r.line_id
     WHERE l.entry_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'receipted donation');
END;
CREATE TRIGGER line_receipted_sibling_delete BEFORE DELETE ON entry_line
WHEN (OLD.debit != 0 OR OLD.credit != 0) AND EXISTS (SELECT 1 FROM donation_receipt_line r JOIN entry_line l ON l.id = r.line_id
              WHERE l.entry_id = OLD.entry_id)
BEGIN
    SELECT RAISE(ABORT, 'receipted donation');
END;
CREATE TRIGGER line_receipted_sibling_update BEFORE UPDATE OF debit, credit, account_id
ON entry_line
WHEN (NEW.debit != OLD.debit OR NEW.credit != OLD.credit OR NEW.account_id != OLD.account_id)
 AND EXISTS (SELECT 1 FROM donation_receipt_line r JOIN entry_line l ON l.id = r.line_id
              WHERE l.entry_id = OLD.entry_id)
BEGIN
    SELECT RAISE(ABORT, 'receipted donation');
END;
