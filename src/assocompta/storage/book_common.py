"""What a book does the same way whatever engine holds it (storage/db.py, storage/pg/book.py)."""

from __future__ import annotations

from sqlalchemy import text


class BookCommon:
    """Shared by :class:`storage.db.Book` and :class:`storage.pg.book.PgBook`."""

    def refresh_totals(self) -> list[int]:
        """Rebuild the totals cache of every stale year, one transaction; returns their ids."""
        from .totals import rebuild, stale_years
        with self.transaction() as s:
            conn = self.raw_connection(s)
            years = stale_years(conn)
            for year_id in years:
                rebuild(conn, year_id)
        return years

    def scalar(self, sql: str, **params):
        with self.session() as s:
            return s.execute(text(sql), params).scalar()
