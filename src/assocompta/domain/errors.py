"""Errors a treasurer can act on.

Every message is in French, says what is wrong and what to do, and — for imports — names the
file, the line and the field. Code that catches a :class:`DomainError` shows its text as is.
"""

from __future__ import annotations

from .plural import plural


class DomainError(Exception):
    """A rule of the books was broken; the message tells the user what to do."""


class ValidationError(DomainError, ValueError):
    """Bad input, optionally located in a file (file, line, field)."""

    def __init__(self, message: str, *, file: str | None = None, line: int | None = None,
                 field: str | None = None) -> None:
        self.message = message
        self.file = file
        self.line = line
        self.field = field
        super().__init__(self.__str__())

    def located(self, *, file: str | None = None, line: int | None = None,
                field: str | None = None) -> "ValidationError":
        """The same problem with its place in a file filled in."""
        return ValidationError(self.message, file=file or self.file,
                               line=line if line is not None else self.line,
                               field=field or self.field)

    def __str__(self) -> str:
        where = []
        if self.file:
            where.append(self.file)
        if self.line is not None:
            where.append(f"ligne {self.line}")
        if self.field:
            where.append(f"champ {self.field}")
        return f"{', '.join(where)} : {self.message}" if where else self.message


class ImportFailed(DomainError):
    """An import found problems; nothing was written. Holds every problem found."""

    def __init__(self, problems: list[ValidationError], more: int = 0) -> None:
        self.problems = problems
        self.more = more
        lines = [str(p) for p in problems]
        if more:
            lines.append(f"… et {plural(more, 'autre problème', 'autres problèmes')}")
        lines.append("Rien n'a été importé : corrigez le fichier puis relancez l'import.")
        super().__init__("\n".join(lines))


class UnbalancedEntryError(DomainError):
    """An entry's débits and crédits differ."""


class ClosedYearError(DomainError):
    """A change was asked of a closed fiscal year."""


class NoOpenYearError(DomainError):
    """No open fiscal year covers a date."""


class BookError(DomainError):
    """The book file cannot be opened as asked (missing, damaged, not a book, too new)."""


class BookLockedError(BookError):
    """Another process holds the book open for writing."""

    def __init__(self, message: str, holder: dict | None = None) -> None:
        self.holder = holder or {}
        super().__init__(message)


class BookProtectedError(BookError):
    """The book file cannot be written (protected file, read-only medium): it can be read."""
