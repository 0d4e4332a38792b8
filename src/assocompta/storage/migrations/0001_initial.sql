-- Schema 1: the association's books.
-- Rules that must hold whatever code writes to the file live here, in the engine:
--   * money is INTEGER cents (STRICT tables refuse anything else);
--   * an entry's débits equal its crédits at COMMIT (a deferred foreign key, see entry.imbalance);
--   * nothing in a closed fiscal year changes; entries stay inside their year's dates.
-- Trigger messages are stable tokens that storage/errors.py turns into French messages.

CREATE TABLE association (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    address     TEXT NOT NULL DEFAULT '',
    siren       TEXT,
    siret       TEXT,
    object      TEXT NOT NULL DEFAULT '',
    currency    TEXT NOT NULL DEFAULT 'EUR' CHECK (currency = 'EUR'),
    created_at  TEXT NOT NULL
) STRICT;

CREATE TABLE chart (
    id            INTEGER PRIMARY KEY,
    code          TEXT NOT NULL UNIQUE,
    label         TEXT NOT NULL,
    applies_from  TEXT
) STRICT;

CREATE TABLE account (
    id         INTEGER PRIMARY KEY,
    chart_id   INTEGER NOT NULL REFERENCES chart(id),
    code       TEXT NOT NULL CHECK (code GLOB '[1-8][0-9]*' AND code NOT GLOB '*[^0-9]*'),
    label      TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('equity', 'liability', 'asset', 'charge', 'produit',
                                             'contribution_emploi', 'contribution_ressource')),
    parent_id  INTEGER REFERENCES account(id),
    is_custom  INTEGER NOT NULL DEFAULT 0 CHECK (is_custom IN (0, 1)),
    hidden     INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
    UNIQUE (chart_id, code)
) STRICT;

CREATE TABLE fiscal_year (
    id          INTEGER PRIMARY KEY,
    label       TEXT NOT NULL UNIQUE,
    start_date  TEXT NOT NULL CHECK (start_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    end_date    TEXT NOT NULL CHECK (end_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    chart_id    INTEGER NOT NULL REFERENCES chart(id),
    closed_at   TEXT,
    CHECK (end_date >= start_date)
) STRICT;

CREATE TABLE journal (
    id     INTEGER PRIMARY KEY,
    code   TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 10),
    label  TEXT NOT NULL,
    kind   TEXT NOT NULL DEFAULT 'other'
) STRICT;

CREATE TABLE tiers (
    id               INTEGER PRIMARY KEY,
    code             TEXT NOT NULL UNIQUE,
    name             TEXT NOT NULL,
    kind             TEXT NOT NULL DEFAULT 'autre'
                     CHECK (kind IN ('financeur', 'fournisseur', 'adherent', 'autre')),
    funder_category  TEXT CHECK (funder_category IN ('etat', 'region', 'departement',
                     'intercommunalite', 'commune', 'organismes_sociaux', 'fonds_europeens',
                     'asp', 'autres_etablissements_publics', 'aides_privees'))
) STRICT;

CREATE TABLE action (
    id      INTEGER PRIMARY KEY,
    code    TEXT NOT NULL UNIQUE,
    name    TEXT NOT NULL,
    active  INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
) STRICT;

-- The only value an entry's imbalance may hold at COMMIT. entry.imbalance references it through
-- a DEFERRED foreign key: SQLite refuses the COMMIT of any transaction that leaves an entry with
-- débits ≠ crédits, whichever code path wrote the lines.
CREATE TABLE balanced (
    imbalance INTEGER PRIMARY KEY CHECK (imbalance = 0)
) STRICT;
INSERT INTO balanced VALUES (0);

CREATE TABLE entry (
    id          INTEGER PRIMARY KEY,
    year_id     INTEGER NOT NULL REFERENCES fiscal_year(id),
    journal_id  INTEGER NOT NULL REFERENCES journal(id),
    number      INTEGER NOT NULL CHECK (number >= 1),
    date        TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    label       TEXT NOT NULL,
    piece_ref   TEXT NOT NULL DEFAULT '',
    piece_date  TEXT,
    valid_date  TEXT,
    imbalance   INTEGER NOT NULL DEFAULT 0
                REFERENCES balanced(imbalance) DEFERRABLE INITIALLY DEFERRED,
    UNIQUE (year_id, number)
) STRICT;
CREATE INDEX entry_by_date ON entry (year_id, date);

CREATE TABLE entry_line (
    id               INTEGER PRIMARY KEY,
    entry_id         INTEGER NOT NULL REFERENCES entry(id) ON DELETE CASCADE,
    position         INTEGER NOT NULL,
    account_id       INTEGER NOT NULL REFERENCES account(id),
    debit            INTEGER NOT NULL DEFAULT 0 CHECK (debit >= 0),
    credit           INTEGER NOT NULL DEFAULT 0 CHECK (credit >= 0),
    tiers_id         INTEGER REFERENCES tiers(id),
    action_id        INTEGER REFERENCES action(id),
    label            TEXT,
    letter           TEXT,
    letter_date      TEXT,
    currency_amount  INTEGER,
    currency_code    TEXT,
    CHECK (debit = 0 OR credit = 0)
) STRICT;
CREATE INDEX line_by_entry ON entry_line (entry_id);
CREATE INDEX line_by_account ON entry_line (account_id);

-- Bulk loading (FEC import of a million entries). A bulk load is one transaction that:
--   1. inserts a bulk_load row (first_entry_id / first_line_id: the ids its rows will start
--      from; the engine refuses ids that overlap existing rows and counts the rows below);
--   2. drops the two per-row insert guards (line_insert, entry_insert_guard) — invoking a
--      trigger program per row costs more than storing the row — and writes its rows, all with
--      ids at or above the first ids;
--   3. re-creates the two guards, then deletes the bulk_load row: bulk_load_end refuses unless
--      both guards are back and no row below the first ids was added or removed, then runs
--      every per-row check once, set-based, over the rows from the first ids on, and adds their
--      débits − crédits to their entries' imbalance (the deferred balance check at COMMIT).
-- Rows inserted between steps 3's re-creation and the delete are skipped by the guards' WHEN
-- (ids at or above the first ids), so nothing is counted twice.
-- The row itself can never be committed: its deferred foreign key has no parent (1 is not a
-- permitted imbalance), so a transaction that forgets to end its bulk load cannot COMMIT, and
-- one that ends it without its guards back cannot end it.
CREATE TABLE bulk_load (
    first_entry_id INTEGER NOT NULL,
    first_line_id  INTEGER NOT NULL,
    entry_count    INTEGER,  -- rows below the first ids when the load began (set by the engine)
    line_count     INTEGER,
    pending        INTEGER NOT NULL DEFAULT 1 CHECK (pending = 1)
                   REFERENCES balanced(imbalance) DEFERRABLE INITIALLY DEFERRED
) STRICT;

CREATE TRIGGER bulk_load_begin AFTER INSERT ON bulk_load BEGIN
    SELECT RAISE(ABORT, 'bulk load overlaps existing rows')
     WHERE NEW.first_entry_id <= COALESCE((SELECT max(id) FROM entry), 0)
        OR NEW.first_line_id <= COALESCE((SELECT max(id) FROM entry_line), 0)
        OR (SELECT count(*) FROM bulk_load) > 1;
    UPDATE bulk_load SET entry_count = (SELECT count(*) FROM entry),
                         line_count = (SELECT count(*) FROM entry_line)
     WHERE rowid = NEW.rowid;
END;

CREATE TRIGGER bulk_load_end BEFORE DELETE ON bulk_load BEGIN
    SELECT RAISE(ABORT, 'bulk load ended without its row guards')
     WHERE (SELECT count(*) FROM sqlite_master WHERE type = 'trigger'
             AND name IN ('line_insert', 'entry_insert_guard')) != 2;
    SELECT RAISE(ABORT, 'bulk load changed rows below its first ids')
     WHERE (SELECT count(*) FROM entry WHERE id < OLD.first_entry_id) IS NOT OLD.entry_count
        OR (SELECT count(*) FROM entry_line WHERE id < OLD.first_line_id) IS NOT OLD.line_count;
    -- New entries: in an open year (closed years first: usually none, so this costs nothing),
    -- inside its dates (two range look-ups on entry_by_date when it exists).
    SELECT RAISE(ABORT, 'closed fiscal year') WHERE EXISTS (
        SELECT 1 FROM fiscal_year f CROSS JOIN entry e
         WHERE f.closed_at IS NOT NULL AND e.year_id = f.id AND e.id >= OLD.first_entry_id);
    SELECT RAISE(ABORT, 'entry date outside its fiscal year') WHERE EXISTS (
        SELECT 1 FROM fiscal_year f CROSS JOIN entry e
         WHERE e.year_id = f.id AND e.date < f.start_date AND e.id >= OLD.first_entry_id)
        OR EXISTS (
        SELECT 1 FROM fiscal_year f CROSS JOIN entry e
         WHERE e.year_id = f.id AND e.date > f.end_date AND e.id >= OLD.first_entry_id);
    -- New lines on older entries: those entries' year is open (new entries were checked above).
    SELECT RAISE(ABORT, 'closed fiscal year') WHERE EXISTS (
        SELECT 1 FROM entry_line l JOIN entry e ON e.id = l.entry_id
          JOIN fiscal_year f ON f.id = e.year_id
         WHERE l.entry_id < OLD.first_entry_id AND l.id >= OLD.first_line_id
           AND f.closed_at IS NOT NULL);
    -- New lines: the account belongs to the chart of the entry's year. Looked up from the few
    -- (year, account of another chart) pairs through line_by_account when it exists; years
    -- restricted to those of the new lines' entries.
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
    UPDATE entry SET imbalance = imbalance + d.delta
      FROM (SELECT entry_id, SUM(debit - credit) AS delta FROM entry_line
             WHERE id >= OLD.first_line_id GROUP BY entry_id) AS d
     WHERE entry.id = d.entry_id AND d.delta != 0;
END;

-- Every new line: its year is open, its account is of the year's chart, and it moves its
-- entry's imbalance. One trigger, so that bulk loads pay for a single WHEN per line.
CREATE TRIGGER line_insert AFTER INSERT ON entry_line
WHEN NOT EXISTS (SELECT 1 FROM bulk_load WHERE NEW.id >= first_line_id)
BEGIN
    SELECT RAISE(ABORT, 'closed fiscal year') FROM entry e JOIN fiscal_year f ON f.id = e.year_id
     WHERE e.id = NEW.entry_id AND f.closed_at IS NOT NULL;
    SELECT RAISE(ABORT, 'account not in the chart of the fiscal year')
      FROM entry e JOIN fiscal_year f ON f.id = e.year_id
      LEFT JOIN account a ON a.id = NEW.account_id
     WHERE e.id = NEW.entry_id AND a.chart_id IS NOT f.chart_id;
    UPDATE entry SET imbalance = imbalance + NEW.debit - NEW.credit WHERE id = NEW.entry_id;
END;
CREATE TRIGGER line_delete_balance AFTER DELETE ON entry_line BEGIN
    UPDATE entry SET imbalance = imbalance - OLD.debit + OLD.credit WHERE id = OLD.entry_id;
END;
CREATE TRIGGER line_update_balance AFTER UPDATE OF debit, credit, entry_id ON entry_line BEGIN
    UPDATE entry SET imbalance = imbalance - OLD.debit + OLD.credit WHERE id = OLD.entry_id;
    UPDATE entry SET imbalance = imbalance + NEW.debit - NEW.credit WHERE id = NEW.entry_id;
END;

-- A changed line stays in an open year and in its year's chart; a closed year loses no line.
CREATE TRIGGER line_update_guard BEFORE UPDATE ON entry_line
WHEN (SELECT f.closed_at IS NOT NULL FROM entry e JOIN fiscal_year f ON f.id = e.year_id
       WHERE e.id = OLD.entry_id)
  OR (SELECT f.closed_at IS NOT NULL OR a.chart_id IS NOT f.chart_id
        FROM entry e JOIN fiscal_year f ON f.id = e.year_id
        LEFT JOIN account a ON a.id = NEW.account_id
       WHERE e.id = NEW.entry_id)
BEGIN
    SELECT RAISE(ABORT, 'closed fiscal year') FROM entry e JOIN fiscal_year f ON f.id = e.year_id
     WHERE e.id IN (OLD.entry_id, NEW.entry_id) AND f.closed_at IS NOT NULL;
    SELECT RAISE(ABORT, 'account not in the chart of the fiscal year');
END;
CREATE TRIGGER line_delete_guard BEFORE DELETE ON entry_line
WHEN (SELECT f.closed_at IS NOT NULL FROM entry e JOIN fiscal_year f ON f.id = e.year_id
       WHERE e.id = OLD.entry_id)
BEGIN
    SELECT RAISE(ABORT, 'closed fiscal year');
END;

-- Entries: inside an open year's dates.
CREATE TRIGGER entry_insert_guard BEFORE INSERT ON entry
WHEN NOT EXISTS (SELECT 1 FROM bulk_load WHERE NEW.id >= first_entry_id)
 AND NOT EXISTS (SELECT 1 FROM fiscal_year f WHERE f.id = NEW.year_id AND f.closed_at IS NULL
                   AND NEW.date BETWEEN f.start_date AND f.end_date)
BEGIN
    SELECT RAISE(ABORT, 'closed fiscal year') FROM fiscal_year f
     WHERE f.id = NEW.year_id AND f.closed_at IS NOT NULL;
    SELECT RAISE(ABORT, 'entry date outside its fiscal year');
END;
-- Not fired by imbalance updates: those come from line changes, which are guarded above.
CREATE TRIGGER entry_update_guard
BEFORE UPDATE OF year_id, journal_id, number, date, label, piece_ref, piece_date, valid_date
ON entry
WHEN (SELECT closed_at IS NOT NULL FROM fiscal_year WHERE id = OLD.year_id)
  OR NOT EXISTS (SELECT 1 FROM fiscal_year f WHERE f.id = NEW.year_id AND f.closed_at IS NULL
                   AND NEW.date BETWEEN f.start_date AND f.end_date)
BEGIN
    SELECT RAISE(ABORT, 'closed fiscal year') FROM fiscal_year f
     WHERE f.id IN (OLD.year_id, NEW.year_id) AND f.closed_at IS NOT NULL;
    SELECT RAISE(ABORT, 'entry date outside its fiscal year');
END;
CREATE TRIGGER entry_delete_guard BEFORE DELETE ON entry
WHEN (SELECT closed_at IS NOT NULL FROM fiscal_year WHERE id = OLD.year_id)
BEGIN
    SELECT RAISE(ABORT, 'closed fiscal year');
END;

-- Fiscal years: never overlapping, never changed once closed, never shrunk past their entries.
CREATE TRIGGER year_insert_guard BEFORE INSERT ON fiscal_year
WHEN EXISTS (SELECT 1 FROM fiscal_year f
              WHERE NEW.start_date <= f.end_date AND NEW.end_date >= f.start_date)
BEGIN
    SELECT RAISE(ABORT, 'fiscal years overlap');
END;
CREATE TRIGGER year_update_guard BEFORE UPDATE ON fiscal_year
BEGIN
    SELECT RAISE(ABORT, 'closed fiscal year') WHERE OLD.closed_at IS NOT NULL;
    SELECT RAISE(ABORT, 'fiscal years overlap') WHERE EXISTS (
        SELECT 1 FROM fiscal_year f WHERE f.id != NEW.id
           AND NEW.start_date <= f.end_date AND NEW.end_date >= f.start_date);
    SELECT RAISE(ABORT, 'entry date outside its fiscal year') WHERE EXISTS (
        SELECT 1 FROM entry e WHERE e.year_id = NEW.id
           AND e.date NOT BETWEEN NEW.start_date AND NEW.end_date);
    SELECT RAISE(ABORT, 'chart of a fiscal year with entries') WHERE NEW.chart_id != OLD.chart_id
       AND EXISTS (SELECT 1 FROM entry e WHERE e.year_id = NEW.id);
END;
CREATE TRIGGER year_delete_guard BEFORE DELETE ON fiscal_year
BEGIN
    SELECT RAISE(ABORT, 'closed fiscal year') WHERE OLD.closed_at IS NOT NULL;
END;

-- Accounts used by a closed year keep their number and meaning.
CREATE TRIGGER account_update_guard BEFORE UPDATE OF code, kind, chart_id ON account
WHEN EXISTS (SELECT 1 FROM entry_line l JOIN entry e ON e.id = l.entry_id
               JOIN fiscal_year f ON f.id = e.year_id
              WHERE l.account_id = OLD.id AND f.closed_at IS NOT NULL)
BEGIN
    SELECT RAISE(ABORT, 'closed fiscal year');
END;
