-- Schema 2: remember each import, so that the same file is not booked twice by mistake and
-- every imported entry can be traced back to its file.
CREATE TABLE import_batch (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL,
    file_name    TEXT NOT NULL,
    sha256       TEXT NOT NULL,
    imported_at  TEXT NOT NULL,
    entry_count  INTEGER NOT NULL,
    line_count   INTEGER NOT NULL
) STRICT;
CREATE INDEX import_batch_by_hash ON import_batch (sha256);

ALTER TABLE entry ADD COLUMN import_batch_id INTEGER REFERENCES import_batch(id);
