-- Schema 3: budgets (budget prévisionnel), per fiscal year, optionally per action and funder.
-- A line sits on an account or a rubric of the year's chart (60, 6063, 74…); amounts are
-- positive cents on the natural side of the account (charges for 6x/86x, produits for 7x/87x).
CREATE TABLE budget_line (
    id               INTEGER PRIMARY KEY,
    year_id          INTEGER NOT NULL REFERENCES fiscal_year(id),
    code             TEXT NOT NULL CHECK (code GLOB '[678][0-9]*' AND code NOT GLOB '*[^0-9]*'),
    amount           INTEGER NOT NULL CHECK (amount >= 0),
    label            TEXT NOT NULL DEFAULT '',
    action_id        INTEGER REFERENCES action(id),
    tiers_id         INTEGER REFERENCES tiers(id)
) STRICT;
CREATE INDEX budget_by_year ON budget_line (year_id, action_id);

-- A budget of a closed year is part of that year's record.
CREATE TRIGGER budget_insert_guard BEFORE INSERT ON budget_line
WHEN (SELECT closed_at IS NOT NULL FROM fiscal_year WHERE id = NEW.year_id)
BEGIN
    SELECT RAISE(ABORT, 'closed fiscal year');
END;
CREATE TRIGGER budget_update_guard BEFORE UPDATE ON budget_line
WHEN (SELECT closed_at IS NOT NULL FROM fiscal_year WHERE id IN (OLD.year_id, NEW.year_id))
BEGIN
    SELECT RAISE(ABORT, 'closed fiscal year');
END;
CREATE TRIGGER budget_delete_guard BEFORE DELETE ON budget_line
WHEN (SELECT closed_at IS NOT NULL FROM fiscal_year WHERE id = OLD.year_id)
BEGIN
    SELECT RAISE(ABORT, 'closed fiscal year');
END;
