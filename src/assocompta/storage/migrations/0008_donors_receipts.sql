-- Schema 8: donors and members as records, receipts of the right model, cancelled and
-- replaced rather than changed (docs/receipts.md). Tokens stay English.
--
-- * A tiers says what it is (nature: a person, a company…), how a letter names it, where it
--   lives (address lines, postcode, city, country), how to reach it, a company's SIREN, legal
--   form and fiscal-year end (a company receipt never spans two of its exercices).
-- * membership: who is a member in which exercice (paid or not is read from the 756 lines).
-- * The association says once which box of the receipt is its category, its RNA, the RUP
--   decree's dates, and who signs receipts.
-- * gift_detail: what the treasurer says of a gift that the entry does not (form, nature,
--   mode of payment, description of a gift in kind, date of a volunteer's renunciation).
-- * A receipt keeps the model it was made on (11580*05, 16216*03) and what it certified;
--   issued, it only ever gets cancelled (date and reason), once, and may be replaced once.

ALTER TABLE tiers ADD COLUMN nature TEXT NOT NULL DEFAULT 'inconnue'
    CHECK (nature IN ('inconnue', 'particulier', 'entreprise', 'association', 'collectivite',
                      'autre'));
ALTER TABLE tiers ADD COLUMN civility TEXT NOT NULL DEFAULT '';
ALTER TABLE tiers ADD COLUMN last_name TEXT NOT NULL DEFAULT '';
ALTER TABLE tiers ADD COLUMN first_name TEXT NOT NULL DEFAULT '';
ALTER TABLE tiers ADD COLUMN postcode TEXT NOT NULL DEFAULT '';
ALTER TABLE tiers ADD COLUMN city TEXT NOT NULL DEFAULT '';
ALTER TABLE tiers ADD COLUMN country TEXT NOT NULL DEFAULT '';
ALTER TABLE tiers ADD COLUMN email TEXT NOT NULL DEFAULT '';
ALTER TABLE tiers ADD COLUMN phone TEXT NOT NULL DEFAULT '';
ALTER TABLE tiers ADD COLUMN siren TEXT NOT NULL DEFAULT '';
ALTER TABLE tiers ADD COLUMN legal_form TEXT NOT NULL DEFAULT '';
ALTER TABLE tiers ADD COLUMN year_end TEXT NOT NULL DEFAULT '12-31'
    CHECK (year_end GLOB '[01][0-9]-[0-3][0-9]');

-- Who was receipted before schema 8 was receipted as a private person (the only model then);
-- members of a loi 1901 association are people. Everyone else says what they are.
UPDATE tiers SET nature = 'particulier'
 WHERE kind = 'adherent' OR id IN (SELECT tiers_id FROM donation_receipt);

CREATE TABLE membership (
    id         INTEGER PRIMARY KEY,
    tiers_id   INTEGER NOT NULL REFERENCES tiers(id),
    year_id    INTEGER NOT NULL REFERENCES fiscal_year(id),
    joined_on  TEXT,
    fee        INTEGER CHECK (fee IS NULL OR fee >= 0),
    note       TEXT NOT NULL DEFAULT '',
    UNIQUE (tiers_id, year_id)
) STRICT;

ALTER TABLE association ADD COLUMN rna TEXT NOT NULL DEFAULT '';
ALTER TABLE association ADD COLUMN receipt_category TEXT NOT NULL DEFAULT '';
ALTER TABLE association ADD COLUMN receipt_category_detail TEXT NOT NULL DEFAULT '';
ALTER TABLE association ADD COLUMN rup_decree_date TEXT;
ALTER TABLE association ADD COLUMN rup_journal_date TEXT;
ALTER TABLE association ADD COLUMN signatory_name TEXT NOT NULL DEFAULT '';
ALTER TABLE association ADD COLUMN signatory_title TEXT NOT NULL DEFAULT '';

CREATE TABLE gift_detail (
    line_id       INTEGER PRIMARY KEY REFERENCES entry_line(id) ON DELETE CASCADE,
    form          TEXT CHECK (form IN ('acte_authentique', 'acte_sous_seing_prive',
                                       'don_manuel', 'autres')),
    nature        TEXT CHECK (nature IN ('numeraire', 'titres', 'abandon_revenus',
                                         'frais_benevoles', 'en_nature', 'autres')),
    method        TEXT CHECK (method IN ('especes', 'cheque', 'virement')),
    description   TEXT NOT NULL DEFAULT '',
    renounced_on  TEXT
) STRICT;
-- What a receipt says of a gift does not change under it.
CREATE TRIGGER gift_detail_update_guard BEFORE UPDATE ON gift_detail
WHEN EXISTS (SELECT 1 FROM donation_receipt_line WHERE line_id = OLD.line_id)
BEGIN
    SELECT RAISE(ABORT, 'receipted donation');
END;
CREATE TRIGGER gift_detail_delete_guard BEFORE DELETE ON gift_detail
WHEN EXISTS (SELECT 1 FROM donation_receipt_line WHERE line_id = OLD.line_id)
BEGIN
    SELECT RAISE(ABORT, 'receipted donation');
END;
CREATE TRIGGER gift_detail_insert_guard BEFORE INSERT ON gift_detail
WHEN EXISTS (SELECT 1 FROM donation_receipt_line WHERE line_id = NEW.line_id)
BEGIN
    SELECT RAISE(ABORT, 'receipted donation');
END;

-- Receipts of schema 7 were all made on the individuals' model, certifying article 200.
ALTER TABLE donation_receipt ADD COLUMN model TEXT NOT NULL DEFAULT '11580*05';
ALTER TABLE donation_receipt ADD COLUMN articles TEXT NOT NULL DEFAULT '200';
ALTER TABLE donation_receipt ADD COLUMN donor_first_name TEXT NOT NULL DEFAULT '';
ALTER TABLE donation_receipt ADD COLUMN donor_postcode TEXT NOT NULL DEFAULT '';
ALTER TABLE donation_receipt ADD COLUMN donor_city TEXT NOT NULL DEFAULT '';
ALTER TABLE donation_receipt ADD COLUMN donor_country TEXT NOT NULL DEFAULT '';
ALTER TABLE donation_receipt ADD COLUMN donor_siren TEXT NOT NULL DEFAULT '';
ALTER TABLE donation_receipt ADD COLUMN donor_legal_form TEXT NOT NULL DEFAULT '';
ALTER TABLE donation_receipt ADD COLUMN in_kind_amount INTEGER NOT NULL DEFAULT 0
    CHECK (in_kind_amount >= 0);
ALTER TABLE donation_receipt ADD COLUMN description TEXT NOT NULL DEFAULT '';
ALTER TABLE donation_receipt ADD COLUMN signatory TEXT NOT NULL DEFAULT '';
ALTER TABLE donation_receipt ADD COLUMN replaces_id INTEGER REFERENCES donation_receipt(id);
ALTER TABLE donation_receipt ADD COLUMN cancelled_at TEXT;
ALTER TABLE donation_receipt ADD COLUMN cancel_reason TEXT;
CREATE UNIQUE INDEX receipt_replaced_once ON donation_receipt (replaces_id)
 WHERE replaces_id IS NOT NULL;

-- An issued receipt changes once: it is cancelled, with a reason; nothing else of it moves.
DROP TRIGGER receipt_update_guard;
CREATE TRIGGER receipt_update_guard BEFORE UPDATE ON donation_receipt
WHEN NOT (OLD.cancelled_at IS NULL AND NEW.cancelled_at IS NOT NULL
          AND length(trim(coalesce(NEW.cancel_reason, ''))) > 0
          AND NEW.id IS OLD.id AND NEW.year_id IS OLD.year_id AND NEW.number IS OLD.number
          AND NEW.tiers_id IS OLD.tiers_id AND NEW.donor_name IS OLD.donor_name
          AND NEW.donor_address IS OLD.donor_address AND NEW.amount IS OLD.amount
          AND NEW.first_date IS OLD.first_date AND NEW.last_date IS OLD.last_date
          AND NEW.form IS OLD.form AND NEW.nature IS OLD.nature AND NEW.method IS OLD.method
          AND NEW.issued_at IS OLD.issued_at AND NEW.model IS OLD.model
          AND NEW.articles IS OLD.articles AND NEW.donor_first_name IS OLD.donor_first_name
          AND NEW.donor_postcode IS OLD.donor_postcode AND NEW.donor_city IS OLD.donor_city
          AND NEW.donor_country IS OLD.donor_country AND NEW.donor_siren IS OLD.donor_siren
          AND NEW.donor_legal_form IS OLD.donor_legal_form
          AND NEW.in_kind_amount IS OLD.in_kind_amount AND NEW.description IS OLD.description
          AND NEW.signatory IS OLD.signatory AND NEW.replaces_id IS OLD.replaces_id)
BEGIN
    SELECT RAISE(ABORT, 'issued donation receipt');
END;
-- A replacement replaces a cancelled receipt.
CREATE TRIGGER receipt_replaces_cancelled BEFORE INSERT ON donation_receipt
WHEN NEW.replaces_id IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM donation_receipt WHERE id = NEW.replaces_id AND cancelled_at IS NOT NULL)
BEGIN
    SELECT RAISE(ABORT, 'replaced receipt not cancelled');
END;
