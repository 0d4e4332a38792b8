"""A line edit's text as the book will keep it, shown while it is typed or pasted."""

from __future__ import annotations

from PySide6.QtGui import QValidator

from ...text import clean_text


class OneLineText(QValidator):
    """Control characters pasted into a field (a NUL, a bell, a tab from a spreadsheet)
    become spaces at once, and U+FFFE, U+FFFF « � » (text.clean_text): the user sees what
    will be saved. The services clean again (text set by code skips validators)."""

    def validate(self, text: str, pos: int):  # noqa: D102 - Qt API
        return QValidator.State.Acceptable, clean_text(text), pos

    def fixup(self, text: str) -> str:  # noqa: D102 - Qt API
        return clean_text(text)


def clean_as_typed(*edits) -> None:
    """Give each QLineEdit a :class:`OneLineText` validator."""
    for edit in edits:
        edit.setValidator(OneLineText(edit))
