-- Schema 10: the year-end inventory work (travaux d'inventaire, issue 17).
--
-- fixed_asset is the register of immobilisations (règlement ANC 2018-06 and PCG art. 214-13
-- ff.: cost, date of entry into service, useful life, method). Its figures are booked through
-- ordinary entries (6811/28…, 675/775 or 652/757, 139/777 or 747); asset_movement says which
-- part of which entry concerns which asset, so that the register, the bilan's Amortissements
-- column and the annexe's table are the same numbers read two ways.
--
-- year_end_entry says what an entry of the closing work is for (a dotation, a charge
-- constatée d'avance, a provision, a report en fonds dédiés…), with the reason the annexe
-- prints, and for a reversal the entry it reverses: the régularisations of a closed year are
-- reversed on the first day of the next one (extourne), a provision is taken back by its
-- reprise.
--
-- action.finished_on: an action whose dedicated resources are not all spent when the year
-- closes gets its unspent part in fonds dédiés until it is finished (art. 132-2).
--
-- Rows that concern an entry of a closed year never change (the same guard as attachments).
CREATE TABLE fixed_asset (
    id                 INTEGER PRIMARY KEY,
    label              TEXT NOT NULL CHECK (length(label) > 0),
    account            TEXT NOT NULL CHECK (account LIKE '2%'),
    acquired_on        TEXT NOT NULL,
    in_service_on      TEXT NOT NULL,
    cost               INTEGER NOT NULL CHECK (cost > 0),
    method             TEXT NOT NULL CHECK (method IN ('lineaire', 'non_amortissable')),
    life_months        INTEGER CHECK (life_months > 0),
    origin             TEXT NOT NULL CHECK (origin IN ('achat', 'don', 'saisie', 'reprise')),
    entry_id           INTEGER REFERENCES entry(id) ON DELETE SET NULL,
    depreciated_before INTEGER NOT NULL DEFAULT 0 CHECK (depreciated_before >= 0),
    subsidy            INTEGER NOT NULL DEFAULT 0 CHECK (subsidy >= 0),
    subsidy_account    TEXT,
    subsidy_released_before INTEGER NOT NULL DEFAULT 0 CHECK (subsidy_released_before >= 0),
    disposed_on        TEXT,
    disposal           TEXT CHECK (disposal IN ('cession', 'mise_au_rebut')),
    disposal_price     INTEGER CHECK (disposal_price >= 0),
    note               TEXT NOT NULL DEFAULT '',
    CHECK ((method = 'lineaire') = (life_months IS NOT NULL)),
    CHECK ((disposed_on IS NULL) = (disposal IS NULL))
) STRICT;

CREATE TABLE asset_movement (
    id        INTEGER PRIMARY KEY,
    asset_id  INTEGER NOT NULL REFERENCES fixed_asset(id),
    entry_id  INTEGER NOT NULL REFERENCES entry(id) ON DELETE CASCADE,
    kind      TEXT NOT NULL CHECK (kind IN ('amortissement', 'cession', 'quote_part')),
    amount    INTEGER NOT NULL,
    UNIQUE (asset_id, entry_id, kind)
) STRICT;
CREATE INDEX asset_movement_by_entry ON asset_movement (entry_id);

CREATE TABLE year_end_entry (
    entry_id          INTEGER PRIMARY KEY REFERENCES entry(id) ON DELETE CASCADE,
    kind              TEXT NOT NULL CHECK (kind IN (
        'amortissements', 'cession', 'quote_part_subvention', 'regularisation', 'extourne',
        'provision', 'reprise_provision', 'fonds_dedies', 'utilisation_fonds_dedies')),
    reverses_entry_id INTEGER REFERENCES entry(id),
    reason            TEXT NOT NULL DEFAULT ''
) STRICT;

ALTER TABLE action ADD COLUMN finished_on TEXT;

CREATE TRIGGER asset_movement_insert_guard BEFORE INSERT ON asset_movement
WHEN (SELECT f.closed_at IS NOT NULL FROM entry e JOIN fiscal_year f ON f.id = e.year_id
       WHERE e.id = NEW.entry_id)
BEGIN
    SELECT RAISE(ABORT, 'closed fiscal year');
END;
CREATE TRIGGER asset_movement_update_guard BEFORE UPDATE ON asset_movement
WHEN (SELECT f.closed_at IS NOT NULL FROM entry e JOIN fiscal_year f ON f.id = e.year_id
       WHERE e.id IN (OLD.entry_id, NEW.entry_id))
BEGIN
    SELECT RAISE(ABORT, 'closed fiscal year');
END;
CREATE TRIGGER asset_movement_delete_guard BEFORE DELETE ON asset_movement
WHEN (SELECT f.closed_at IS NOT NULL FROM entry e JOIN fiscal_year f ON f.id = e.year_id
       WHERE e.id = OLD.entry_id)
BEGIN
    SELECT RAISE(ABORT, 'closed fiscal year');
END;
CREATE TRIGGER year_end_entry_insert_guard BEFORE INSERT ON year_end_entry
WHEN (SELECT f.closed_at IS NOT NULL FROM entry e JOIN fiscal_year f ON f.id = e.year_id
       WHERE e.id = NEW.entry_id)
BEGIN
    SELECT RAISE(ABORT, 'closed fiscal year');
END;
CREATE TRIGGER year_end_entry_update_guard BEFORE UPDATE ON year_end_entry
WHEN (SELECT f.closed_at IS NOT NULL FROM entry e JOIN fiscal_year f ON f.id = e.year_id
       WHERE e.id IN (OLD.entry_id, NEW.entry_id))
BEGIN
    SELECT RAISE(ABORT, 'closed fiscal year');
END;
CREATE TRIGGER year_end_entry_delete_guard BEFORE DELETE ON year_end_entry
WHEN (SELECT f.closed_at IS NOT NULL FROM entry e JOIN fiscal_year f ON f.id = e.year_id
       WHERE e.id = OLD.entry_id)
BEGIN
    SELECT RAISE(ABORT, 'closed fiscal year');
END;
