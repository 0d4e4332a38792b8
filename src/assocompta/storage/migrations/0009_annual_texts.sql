-- Schema 9: what the treasurer writes around the figures, and three accounts the first 2018
-- chart lacked.
--
-- report_text holds the annexe's texts (règlement ANC 2018-06 art. 431-2 ff.: the object,
-- the year's significant facts, methods, commitments…) and the compte rendu financier's
-- (CERFA 15059: qualitative report, allocation rule of indirect costs, gaps explained…), one
-- row per text. A compte rendu is per action and funder: action_id and tiers_id say which,
-- 0 for none (0 and not NULL, so that the one-text-per-key rule holds on both engines
-- without an expression index). Texts stay editable after the closing: the annexe is
-- written once the figures are final and before the general meeting approves them.
CREATE TABLE report_text (
    id         INTEGER PRIMARY KEY,
    year_id    INTEGER NOT NULL REFERENCES fiscal_year(id),
    document   TEXT NOT NULL CHECK (document IN ('annexe', 'compte_rendu')),
    action_id  INTEGER NOT NULL DEFAULT 0 CHECK (action_id >= 0),
    tiers_id   INTEGER NOT NULL DEFAULT 0 CHECK (tiers_id >= 0),
    key        TEXT NOT NULL CHECK (length(key) > 0),
    text       TEXT NOT NULL DEFAULT '',
    UNIQUE (year_id, document, action_id, tiers_id, key)
) STRICT;

-- The 2018 chart (règlement ANC 2018-06 original) has 7715 Subventions d'équilibre, 7815
-- Reprises sur provisions d'exploitation and 7817 Reprises sur dépréciations des actifs
-- circulants; the chart first shipped without them. A book whose treasurer already made one
-- (a custom account) keeps it.
INSERT INTO account (chart_id, code, label, kind, parent_id)
SELECT c.id, n.code, n.label, 'produit',
       (SELECT p.id FROM account p WHERE p.chart_id = c.id AND p.code = n.parent)
  FROM chart c
  CROSS JOIN (SELECT '7715' AS code, 'Subventions d''équilibre' AS label, '771' AS parent
        UNION ALL SELECT '7815', 'Reprises sur provisions d''exploitation', '781'
        UNION ALL SELECT '7817', 'Reprises sur dépréciations des actifs circulants', '781') n
 WHERE c.code = 'pca2018'
   AND NOT EXISTS (SELECT 1 FROM account a WHERE a.chart_id = c.id AND a.code = n.code);
-- A treasurer's sub-account of one of them (78151) now hangs under it.
UPDATE account SET parent_id = (
    SELECT n.id FROM account n WHERE n.chart_id = account.chart_id
       AND n.code IN ('7715', '7815', '7817') AND account.code LIKE n.code || '_%')
 WHERE chart_id IN (SELECT id FROM chart WHERE code = 'pca2018')
   AND length(code) > 4
   AND (substr(code, 1, 4) IN ('7715', '7815', '7817'));
