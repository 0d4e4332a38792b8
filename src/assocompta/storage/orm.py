"""The book's structure, declared once: every table, column, type, nullability, unique
constraint, index and foreign key, mapped or not.

The SQL that builds a book is written per engine (storage/migrations/NNNN_*.sql for SQLite,
storage/pg/schema.sql and storage/pg/migrations/NNNN_*.sql for PostgreSQL) with what only SQL
says (CHECK constraints, defaults, triggers); this module is what both must make, and
storage/schema_check.py compares them with it (tests/storage/test_schema_source.py). Types say
PostgreSQL's width: ``BigInteger`` (the default for ``int``) where a column is BIGINT,
``Integer`` where it is INTEGER; SQLite stores both as INTEGER. Columns are in the tables'
order (a migration's ADD COLUMN goes last). docs/schema.md: where to change the schema.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (BigInteger, Column, ForeignKey, Index, Integer, LargeBinary, String,
                        Table, Text, TypeDecorator, UniqueConstraint, text)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from ..domain.money import Money


class MoneyType(TypeDecorator):
    """Money as integer cents (BIGINT in PostgreSQL): never Numeric, which SQLite round-trips
    through float."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if isinstance(value, Money):
            return value.cents
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        raise TypeError(f"money column takes Money or int cents, not {type(value).__name__}")

    def process_result_value(self, value, dialect):
        return None if value is None else Money(value)


class IsoDate(TypeDecorator):
    """A date as TEXT 'YYYY-MM-DD' in both engines (the book's columns are TEXT), so that
    dates compare as strings in SQL alike in SQLite and PostgreSQL."""

    impl = String
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None or isinstance(value, str):
            return value
        if isinstance(value, dt.datetime):
            value = value.date()
        return value.isoformat()

    def process_result_value(self, value, dialect):
        return None if value is None else dt.date.fromisoformat(value)


class Flag(TypeDecorator):
    """A yes/no held as INTEGER 0/1: PostgreSQL does not take a boolean for an integer."""

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return None if value is None else int(bool(value))

    def process_result_value(self, value, dialect):
        return None if value is None else bool(value)


#: ``info`` of a table or foreign key that only one engine has (storage/schema_check.py).
SQLITE_ONLY = {"engines": ("sqlite",)}
POSTGRESQL_ONLY = {"engines": ("postgresql",)}


def partial_index(name: str, *columns: str, where: str, unique: bool = False) -> Index:
    """An index of the rows matching ``where``, SQL that both engines read alike."""
    return Index(name, *columns, unique=unique, sqlite_where=text(where),
                 postgresql_where=text(where))


class Base(DeclarativeBase):
    # Ids, counts and cents are BIGINT in PostgreSQL; the few INTEGER columns say Integer.
    type_annotation_map = {int: BigInteger, bytes: LargeBinary}


class Association(Base):
    __tablename__ = "association"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str]
    address: Mapped[str] = mapped_column(default="")
    siren: Mapped[str | None]
    siret: Mapped[str | None]
    object: Mapped[str] = mapped_column(default="")
    currency: Mapped[str] = mapped_column(default="EUR")
    created_at: Mapped[str]
    # What a donation receipt says of the association (schema 8, docs/receipts.md).
    rna: Mapped[str] = mapped_column(default="")
    receipt_category: Mapped[str] = mapped_column(default="")
    receipt_category_detail: Mapped[str] = mapped_column(default="")
    rup_decree_date: Mapped[str | None]
    rup_journal_date: Mapped[str | None]
    signatory_name: Mapped[str] = mapped_column(default="")
    signatory_title: Mapped[str] = mapped_column(default="")


class Chart(Base):
    __tablename__ = "chart"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(unique=True)
    label: Mapped[str]
    applies_from: Mapped[str | None]


class Account(Base):
    __tablename__ = "account"
    __table_args__ = (UniqueConstraint("chart_id", "code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    chart_id: Mapped[int] = mapped_column(ForeignKey("chart.id"))
    code: Mapped[str]
    label: Mapped[str]
    kind: Mapped[str]
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"))
    is_custom: Mapped[bool] = mapped_column(Flag, default=False)
    hidden: Mapped[bool] = mapped_column(Flag, default=False)


class FiscalYear(Base):
    __tablename__ = "fiscal_year"
    id: Mapped[int] = mapped_column(primary_key=True)
    label: Mapped[str] = mapped_column(unique=True)
    start_date: Mapped[dt.date] = mapped_column(IsoDate)
    end_date: Mapped[dt.date] = mapped_column(IsoDate)
    chart_id: Mapped[int] = mapped_column(ForeignKey("chart.id"))
    closed_at: Mapped[str | None]
    chart: Mapped[Chart] = relationship()

    @property
    def is_closed(self) -> bool:
        return self.closed_at is not None


class Journal(Base):
    __tablename__ = "journal"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(unique=True)
    label: Mapped[str]
    kind: Mapped[str] = mapped_column(default="other")


class Tiers(Base):
    __tablename__ = "tiers"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(unique=True)
    name: Mapped[str]
    kind: Mapped[str] = mapped_column(default="autre")
    funder_category: Mapped[str | None]
    address: Mapped[str] = mapped_column(default="")  # street lines (older books: whole)
    # A donor or member as a record (schema 8): domain/parties.py says what each holds.
    nature: Mapped[str] = mapped_column(default="inconnue")
    civility: Mapped[str] = mapped_column(default="")
    last_name: Mapped[str] = mapped_column(default="")
    first_name: Mapped[str] = mapped_column(default="")
    postcode: Mapped[str] = mapped_column(default="")
    city: Mapped[str] = mapped_column(default="")
    country: Mapped[str] = mapped_column(default="")
    email: Mapped[str] = mapped_column(default="")
    phone: Mapped[str] = mapped_column(default="")
    siren: Mapped[str] = mapped_column(default="")
    legal_form: Mapped[str] = mapped_column(default="")
    year_end: Mapped[str] = mapped_column(default="12-31")  # a company's exercice ends (MM-DD)


class Membership(Base):
    """A tiers is a member in an exercice; whether it paid is read from its 756 lines."""

    __tablename__ = "membership"
    __table_args__ = (UniqueConstraint("tiers_id", "year_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    tiers_id: Mapped[int] = mapped_column(ForeignKey("tiers.id"))
    year_id: Mapped[int] = mapped_column(ForeignKey("fiscal_year.id"))
    joined_on: Mapped[dt.date | None] = mapped_column(IsoDate)
    fee: Mapped[Money | None] = mapped_column(MoneyType)
    note: Mapped[str] = mapped_column(default="")


class Action(Base):
    __tablename__ = "action"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(unique=True)
    name: Mapped[str]
    active: Mapped[bool] = mapped_column(Flag, default=True)
    # Schema 10: once finished, an action's unspent dedicated resources leave fonds dédiés.
    finished_on: Mapped[dt.date | None] = mapped_column(IsoDate)


class ImportBatch(Base):
    __tablename__ = "import_batch"
    __table_args__ = (Index("import_batch_by_hash", "sha256"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str]
    file_name: Mapped[str]
    sha256: Mapped[str]
    imported_at: Mapped[str]
    entry_count: Mapped[int]
    line_count: Mapped[int]


class Entry(Base):
    __tablename__ = "entry"
    __table_args__ = (UniqueConstraint("year_id", "number"),
                      Index("entry_by_date", "year_id", "date"),
                      # Drafts: every validation looks them up (0007_validation.sql).
                      partial_index("entry_drafts", "year_id", "number",
                                    where="valid_date IS NULL"))
    id: Mapped[int] = mapped_column(primary_key=True)
    year_id: Mapped[int] = mapped_column(ForeignKey("fiscal_year.id"))
    journal_id: Mapped[int] = mapped_column(ForeignKey("journal.id"))
    number: Mapped[int]
    date: Mapped[dt.date] = mapped_column(IsoDate)
    label: Mapped[str]
    piece_ref: Mapped[str] = mapped_column(default="")
    piece_date: Mapped[dt.date | None] = mapped_column(IsoDate)
    valid_date: Mapped[dt.date | None] = mapped_column(IsoDate)
    # Maintained by triggers from the lines; zero at every COMMIT (see 0001_initial.sql):
    # SQLite checks it by this deferred key, PostgreSQL by a constraint trigger.
    imbalance: Mapped[int] = mapped_column(
        ForeignKey("balanced.imbalance", deferrable=True, initially="DEFERRED",
                   info=SQLITE_ONLY), default=0)
    import_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id"))
    # A contre-passation names the entry it cancels (services/validation.py).
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("entry.id"))

    year: Mapped[FiscalYear] = relationship()
    journal: Mapped[Journal] = relationship()
    lines: Mapped[list["EntryLine"]] = relationship(
        back_populates="entry", order_by="EntryLine.position", cascade="all, delete-orphan",
        passive_deletes=True)


class EntryLine(Base):
    __tablename__ = "entry_line"
    __table_args__ = (Index("line_by_entry", "entry_id"), Index("line_by_account", "account_id"))
    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("entry.id", ondelete="CASCADE"))
    position: Mapped[int]
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    debit: Mapped[Money] = mapped_column(MoneyType, default=0)
    credit: Mapped[Money] = mapped_column(MoneyType, default=0)
    tiers_id: Mapped[int | None] = mapped_column(ForeignKey("tiers.id"))
    action_id: Mapped[int | None] = mapped_column(ForeignKey("action.id"))
    label: Mapped[str | None] = mapped_column(String)
    letter: Mapped[str | None]
    letter_date: Mapped[dt.date | None] = mapped_column(IsoDate)
    currency_amount: Mapped[Money | None] = mapped_column(MoneyType)
    currency_code: Mapped[str | None]

    entry: Mapped[Entry] = relationship(back_populates="lines")
    account: Mapped[Account] = relationship()
    tiers: Mapped[Tiers | None] = relationship()
    action: Mapped[Action | None] = relationship()


class BudgetLine(Base):
    __tablename__ = "budget_line"
    __table_args__ = (Index("budget_by_year", "year_id", "action_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    year_id: Mapped[int] = mapped_column(ForeignKey("fiscal_year.id"))
    code: Mapped[str]
    amount: Mapped[Money] = mapped_column(MoneyType)
    label: Mapped[str] = mapped_column(default="")
    action_id: Mapped[int | None] = mapped_column(ForeignKey("action.id"))
    tiers_id: Mapped[int | None] = mapped_column(ForeignKey("tiers.id"))


# -- bank: statement lines to categorise, rules, CSV layouts (schema 5) -------------------
class BankLine(Base):
    __tablename__ = "bank_line"
    __table_args__ = (
        UniqueConstraint("account", "date", "amount", "label", "occurrence"),
        partial_index("bank_line_pending", "account", "date",
                      where="entry_id IS NULL AND ignored = 0"),
        partial_index("bank_line_by_entry", "entry_id", where="entry_id IS NOT NULL"))
    id: Mapped[int] = mapped_column(primary_key=True)
    account: Mapped[str]
    date: Mapped[dt.date] = mapped_column(IsoDate)
    amount: Mapped[Money] = mapped_column(MoneyType)
    label: Mapped[str]
    occurrence: Mapped[int] = mapped_column(default=1)
    value_date: Mapped[dt.date | None] = mapped_column(IsoDate)
    reference: Mapped[str] = mapped_column(default="")
    import_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id"))
    counterpart: Mapped[str | None]
    tiers_id: Mapped[int | None] = mapped_column(ForeignKey("tiers.id"))
    action_id: Mapped[int | None] = mapped_column(ForeignKey("action.id"))
    entry_id: Mapped[int | None] = mapped_column(ForeignKey("entry.id", ondelete="SET NULL"))
    ignored: Mapped[bool] = mapped_column(Flag, default=False)


class BankRule(Base):
    __tablename__ = "bank_rule"
    id: Mapped[int] = mapped_column(primary_key=True)
    position: Mapped[int] = mapped_column(default=0)
    pattern: Mapped[str]
    account: Mapped[str | None]
    direction: Mapped[str] = mapped_column(default="any")
    counterpart: Mapped[str]
    tiers_id: Mapped[int | None] = mapped_column(ForeignKey("tiers.id"))
    action_id: Mapped[int | None] = mapped_column(ForeignKey("action.id"))


class BankLayout(Base):
    __tablename__ = "bank_layout"
    account: Mapped[str] = mapped_column(primary_key=True)
    mapping: Mapped[str]


# -- reconciliation (schema 5) -------------------------------------------------------------
class Reconciliation(Base):
    __tablename__ = "reconciliation"
    __table_args__ = (UniqueConstraint("account", "statement_date"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    account: Mapped[str]
    statement_date: Mapped[dt.date] = mapped_column(IsoDate)
    opening_balance: Mapped[Money] = mapped_column(MoneyType)
    closing_balance: Mapped[Money] = mapped_column(MoneyType)
    finished_at: Mapped[str | None]


class ReconciliationMark(Base):
    __tablename__ = "reconciliation_mark"
    __table_args__ = (Index("mark_by_reconciliation", "reconciliation_id"),)
    line_id: Mapped[int] = mapped_column(ForeignKey("entry_line.id"), primary_key=True)
    reconciliation_id: Mapped[int] = mapped_column(ForeignKey("reconciliation.id"))


# -- documents: justificatifs and donation receipts (schema 5) -----------------------------
class Attachment(Base):
    __tablename__ = "attachment"
    __table_args__ = (Index("attachment_by_entry", "entry_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("entry.id", ondelete="CASCADE"))
    name: Mapped[str]
    media_type: Mapped[str]
    size: Mapped[int]
    sha256: Mapped[str]
    added_at: Mapped[str]
    data: Mapped[bytes]


class DonationReceipt(Base):
    __tablename__ = "donation_receipt"
    id: Mapped[int] = mapped_column(primary_key=True)
    year_id: Mapped[int] = mapped_column(ForeignKey("fiscal_year.id"))
    number: Mapped[str] = mapped_column(unique=True)
    tiers_id: Mapped[int] = mapped_column(ForeignKey("tiers.id"))
    donor_name: Mapped[str]
    donor_address: Mapped[str]
    amount: Mapped[Money] = mapped_column(MoneyType)
    first_date: Mapped[dt.date] = mapped_column(IsoDate)
    last_date: Mapped[dt.date] = mapped_column(IsoDate)
    form: Mapped[str] = mapped_column(default="don_manuel")
    nature: Mapped[str] = mapped_column(default="numeraire")
    method: Mapped[str] = mapped_column(default="")
    issued_at: Mapped[str]
    # Schema 8: the form it was made on and what it certified; cancelled, never changed.
    model: Mapped[str] = mapped_column(default="11580*05")
    articles: Mapped[str] = mapped_column(default="200")
    donor_first_name: Mapped[str] = mapped_column(default="")
    donor_postcode: Mapped[str] = mapped_column(default="")
    donor_city: Mapped[str] = mapped_column(default="")
    donor_country: Mapped[str] = mapped_column(default="")
    donor_siren: Mapped[str] = mapped_column(default="")
    donor_legal_form: Mapped[str] = mapped_column(default="")
    in_kind_amount: Mapped[Money] = mapped_column(MoneyType, default=0)
    description: Mapped[str] = mapped_column(default="")
    signatory: Mapped[str] = mapped_column(default="")
    replaces_id: Mapped[int | None] = mapped_column(ForeignKey("donation_receipt.id"))
    cancelled_at: Mapped[str | None]
    cancel_reason: Mapped[str | None]

    __table_args__ = (partial_index("receipt_replaced_once", "replaces_id",
                                    where="replaces_id IS NOT NULL", unique=True),)


class DonationReceiptLine(Base):
    __tablename__ = "donation_receipt_line"
    line_id: Mapped[int] = mapped_column(ForeignKey("entry_line.id"), primary_key=True)
    receipt_id: Mapped[int] = mapped_column(ForeignKey("donation_receipt.id"))


class GiftDetail(Base):
    """What the treasurer says of a gift that its entry does not (schema 8)."""

    __tablename__ = "gift_detail"
    line_id: Mapped[int] = mapped_column(ForeignKey("entry_line.id", ondelete="CASCADE"),
                                         primary_key=True)
    form: Mapped[str | None]
    nature: Mapped[str | None]
    method: Mapped[str | None]
    description: Mapped[str] = mapped_column(default="")
    renounced_on: Mapped[dt.date | None] = mapped_column(IsoDate)


class ReportText(Base):
    """A text the treasurer writes in the annexe or a compte rendu financier (schema 9);
    ``action_id``/``tiers_id`` 0 for none (see 0009_annual_texts.sql)."""

    __tablename__ = "report_text"
    __table_args__ = (UniqueConstraint("year_id", "document", "action_id", "tiers_id", "key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    year_id: Mapped[int] = mapped_column(ForeignKey("fiscal_year.id"))
    document: Mapped[str]
    action_id: Mapped[int] = mapped_column(default=0)
    tiers_id: Mapped[int] = mapped_column(default=0)
    key: Mapped[str]
    text: Mapped[str] = mapped_column(default="")


# -- year-end (schema 5 has nothing of its own: closing uses fiscal_year and entries) ------
class FixedAsset(Base):
    """An immobilisation of the register (schema 10, 0010_year_end_work.sql): amounts in
    cents; ``life_months`` None for a non-depreciable asset (land)."""

    __tablename__ = "fixed_asset"
    id: Mapped[int] = mapped_column(primary_key=True)
    label: Mapped[str]
    account: Mapped[str]
    acquired_on: Mapped[dt.date] = mapped_column(IsoDate)
    in_service_on: Mapped[dt.date] = mapped_column(IsoDate)
    cost: Mapped[Money] = mapped_column(MoneyType)
    method: Mapped[str]
    life_months: Mapped[int | None] = mapped_column(Integer)
    origin: Mapped[str]
    entry_id: Mapped[int | None] = mapped_column(ForeignKey("entry.id", ondelete="SET NULL"))
    depreciated_before: Mapped[Money] = mapped_column(MoneyType, default=0)
    subsidy: Mapped[Money] = mapped_column(MoneyType, default=0)
    subsidy_account: Mapped[str | None]
    subsidy_released_before: Mapped[Money] = mapped_column(MoneyType, default=0)
    disposed_on: Mapped[dt.date | None] = mapped_column(IsoDate)
    disposal: Mapped[str | None]
    disposal_price: Mapped[Money | None] = mapped_column(MoneyType)
    note: Mapped[str] = mapped_column(default="")


class AssetMovement(Base):
    """The part of an entry that concerns one asset: its dotation, its disposal, the
    quote-part of its investment subsidy."""

    __tablename__ = "asset_movement"
    __table_args__ = (UniqueConstraint("asset_id", "entry_id", "kind"),
                      Index("asset_movement_by_entry", "entry_id"))
    id: Mapped[int] = mapped_column(primary_key=True)
    asset_id: Mapped[int] = mapped_column(ForeignKey("fixed_asset.id"))
    entry_id: Mapped[int] = mapped_column(ForeignKey("entry.id", ondelete="CASCADE"))
    kind: Mapped[str]
    amount: Mapped[Money] = mapped_column(MoneyType)


class YearEndEntry(Base):
    """What an entry of the year-end work is for, and the entry a reversal reverses."""

    __tablename__ = "year_end_entry"
    entry_id: Mapped[int] = mapped_column(ForeignKey("entry.id", ondelete="CASCADE"),
                                          primary_key=True)
    kind: Mapped[str]
    reverses_entry_id: Mapped[int | None] = mapped_column(ForeignKey("entry.id"))
    reason: Mapped[str] = mapped_column(default="")



# -- tables only SQL writes (not mapped) -----------------------------------------------------
#: The one row ``imbalance = 0`` that every entry's deferred key points to (SQLite's balance
#: check at COMMIT); PostgreSQL keeps it for a faithful copy.
balanced = Table("balanced", Base.metadata,
                 Column("imbalance", BigInteger, primary_key=True))

#: An import in progress with the row guards set aside (storage/bulk.py): never committed.
bulk_load = Table(
    "bulk_load", Base.metadata,
    Column("first_entry_id", BigInteger, nullable=False),
    Column("first_line_id", BigInteger, nullable=False),
    Column("entry_count", BigInteger),
    Column("line_count", BigInteger),
    Column("pending", BigInteger, ForeignKey("balanced.imbalance", deferrable=True,
                                             initially="DEFERRED"), nullable=False))

#: The reports' totals per account and month, kept by the line triggers (schema 4).
account_month_total = Table(
    "account_month_total", Base.metadata,
    Column("year_id", BigInteger, ForeignKey("fiscal_year.id"), primary_key=True),
    Column("account_id", BigInteger, ForeignKey("account.id"), primary_key=True),
    Column("month", Text, primary_key=True),
    Column("debit", BigInteger, nullable=False),
    Column("credit", BigInteger, nullable=False))

#: Whether a year's totals must be recomputed (after a bulk load).
account_total_state = Table(
    "account_total_state", Base.metadata,
    Column("year_id", BigInteger, ForeignKey("fiscal_year.id"), primary_key=True),
    Column("stale", Integer, nullable=False))

#: PostgreSQL's schema version (SQLite's is the file's ``PRAGMA user_version``).
schema_info = Table("schema_info", Base.metadata,
                    Column("version", Integer, nullable=False), info=POSTGRESQL_ONLY)
