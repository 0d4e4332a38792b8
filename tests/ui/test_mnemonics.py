"""Alt+letter: no two menus of the bar, and no two items of one menu, share their « & » letter
(Affichage and Aide both took Alt+A), in French and in English."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtWidgets import QMenu

from tests.helpers import sqlite_only

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"


def mnemonic(text: str) -> str | None:
    """The letter after a single « & » (« && » is a plain ampersand), lower case."""
    at = 0
    while (at := text.find("&", at)) != -1 and at + 1 < len(text):
        if text[at + 1] != "&":
            return text[at + 1].lower()
        at += 2
    return None


def clashes(window, only: set[str] | None = None) -> list[str]:
    """« Menu bar: Affichage, Aide share A »: siblings sharing a letter, menu by menu (among
    the texts in ``only`` when given)."""
    found: list[str] = []

    def check(where: str, actions) -> None:
        by_letter: dict[str, list[str]] = {}
        for action in actions:
            if action.isSeparator() or not action.isVisible():
                continue
            letter = mnemonic(action.text())
            if letter and (only is None or action.text() in only):
                by_letter.setdefault(letter, []).append(action.text().replace("&", ""))
            if action.menu() is not None:
                check(action.text().replace("&", ""), action.menu().actions())
        found.extend(f"{where}: {', '.join(names)} share {letter.upper()}"
                     for letter, names in sorted(by_letter.items()) if len(names) > 1)

    check("Menu bar", window.menuBar().actions())
    return found


def test_mnemonic_reads_the_letter_after_a_single_ampersand():
    assert mnemonic("É&dition") == "d" and mnemonic("&Aide") == "a"
    assert mnemonic("Pertes && profits") is None and mnemonic("R && &D") == "d"


@sqlite_only
def test_french_menus_have_one_letter_each(qtbot, window):
    titles = [a.text() for a in window.menuBar().actions() if isinstance(a.menu(), QMenu)]
    assert titles[-3:] == ["E&xercice", "&Rapports", "Aid&e"]  # Alt+E for Aide
    assert clashes(window) == []


def _english_texts() -> set[str]:
    """The catalogue's English texts: a French text left untranslated (a new menu item the
    translators have yet to see) is the catalogue's gap, not checked here."""
    root = ET.parse(I18N / "assocompta_en.ts").getroot()
    return {m.findtext("translation") for m in root.iter("message")
            if m.findtext("translation")}


@sqlite_only
def test_english_menus_have_one_letter_each(qtbot, english, window):
    titles = [a.text() for a in window.menuBar().actions()]
    assert "&File" in titles and "&Edit" in titles
    assert clashes(window, _english_texts()) == []


def _view_letters(view) -> dict[str, list[str]]:
    """The « & » letters of a view's buttons, labels and group boxes: letter → texts."""
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel
    found: dict[str, list[str]] = {}
    for widget in (view.findChildren(QAbstractButton) + view.findChildren(QLabel)
                   + view.findChildren(QGroupBox)):
        text = widget.title() if isinstance(widget, QGroupBox) else widget.text()
        letter = mnemonic(text or "")
        if letter:
            found.setdefault(letter, []).append(text.replace("&", ""))
    return found


def _view_clashes(window) -> list[str]:
    bar = {mnemonic(a.text()): a.text().replace("&", "")
           for a in window.menuBar().actions() if mnemonic(a.text())}
    found = []
    for key, *_rest in window._entries:
        for letter, texts in _view_letters(window.show_view(key)).items():
            if letter in bar:
                found.append(f"{key}: {', '.join(texts)} take {letter.upper()} of {bar[letter]}")
            elif len(texts) > 1:
                found.append(f"{key}: {', '.join(texts)} share {letter.upper()}")
    return found


@sqlite_only
def test_no_button_of_a_view_shares_its_letter_with_the_menu_bar_or_a_neighbour(qtbot, window):
    # Alt+R took the menu bar's Rapports, never Banque's « Règles… » button.
    assert _view_clashes(window) == []


@sqlite_only
def test_nor_in_english(qtbot, english, window):
    # « &Edit… » in the journal took the Edit menu's Alt+E.
    assert _view_clashes(window) == []
