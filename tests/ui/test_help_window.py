"""The user guide: F1 opens the page of the view on screen, links and pictures work, every page
exists in French and English, every view has its page (issue 13)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtTest import QTest

from assocompta.ui import guide_pages, locale
from assocompta.ui.main_window import VIEWS

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "docs" / "guide"
LINK = re.compile(r"(!?)\[[^\]]*\]\(([^)\s]+)\)")


def _pages(language: str):
    return sorted((GUIDE / language).glob("*.md"))


def _links(path: Path):
    """(is_image, target) of every Markdown link of ``path``, outside code."""
    text = re.sub(r"`[^`]*`", "", path.read_text(encoding="utf-8"))
    return [(bang == "!", target) for bang, target in LINK.findall(text)]


def _headings(path: Path) -> set[str]:
    return {guide_pages.slug(line.lstrip("#")) for line in
            path.read_text(encoding="utf-8").splitlines() if line.startswith("#")}


def test_f1_on_the_banque_view_opens_the_banque_page(window, qtbot):
    window.show_view("banque")
    qtbot.waitUntil(lambda: window.current_view() is window.views["banque"])
    window.activateWindow()
    QTest.keyClick(window.current_view(), Qt.Key.Key_F1)
    help_window = window.help_window
    qtbot.waitUntil(help_window.isVisible)
    text = help_window.browser.toPlainText()
    assert text.startswith("Importer le relevé de la banque")
    assert "Valider toutes les lignes proposées" in text
    assert help_window.contents.currentItem().text() == "Importer le relevé de la banque"
    # The pictures are found: the document holds the screenshot, not a broken image.
    image = help_window.browser.document().resource(
        1, QUrl.fromLocalFile(str(GUIDE / "img" / "banque.png")))  # 1: ImageResource
    assert image is not None and not image.isNull()
    help_window.resize(1120, 700)
    qtbot.waitUntil(lambda: help_window.browser.viewport().width() > 800)
    assert help_window.browser.horizontalScrollBar().maximum() == 0  # fitted, not cut


def test_f1_on_the_tableau_de_bord_opens_its_own_page(window, qtbot):
    """The first view a book opens on has a page of its own, with its picture, in the
    contents after « Premiers pas »."""
    window.show_view("tableau-de-bord")
    qtbot.waitUntil(lambda: window.current_view() is window.views["tableau-de-bord"])
    window.activateWindow()
    QTest.keyClick(window.current_view(), Qt.Key.Key_F1)
    help_window = window.help_window
    qtbot.waitUntil(help_window.isVisible)
    text = help_window.browser.toPlainText()
    assert text.startswith("Le tableau de bord")
    assert "Trésorerie au fil de l'exercice" in text and "À faire" in text
    contents = help_window.contents
    titles = [contents.item(i).text() for i in range(contents.count())]
    assert titles[1:3] == ["Premiers pas", "Le tableau de bord"]
    image = help_window.browser.document().resource(
        1, QUrl.fromLocalFile(str(GUIDE / "img" / "tableau-de-bord.png")))
    assert image is not None and not image.isNull()


def test_a_link_to_the_glossary_opens_it_at_its_word_and_back_returns(window, qtbot):
    window.show_view("rapprochement")
    help_window = window.open_guide()
    assert help_window.browser.toPlainText().startswith("Rapprocher la banque")
    assert not help_window.back_button.isEnabled()
    # The first link of the page: « rapprochement » in the glossary.
    help_window.browser.setFocus()
    QTest.keyClick(help_window.browser, Qt.Key.Key_Tab)
    assert help_window.browser.textCursor().selectedText() == "rapprochement"
    QTest.keyClick(help_window.browser, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: help_window.current_page() == "glossaire")
    assert help_window.browser.toPlainText().startswith("Glossaire")
    cursor_block = help_window.browser.textCursor().block().text()
    assert cursor_block == "Rapprochement bancaire"
    assert help_window.back_button.isEnabled()
    QTest.mouseClick(help_window.back_button, Qt.MouseButton.LeftButton)
    assert help_window.current_page() == "rapprochement"


def test_the_search_box_keeps_the_pages_holding_the_words(window, qtbot):
    help_window = window.open_guide()
    QTest.keyClicks(help_window.search, "a-nouveaux")
    shown = help_window.visible_pages()
    assert {"glossaire", "cloture"} <= set(shown) and "budget" not in shown
    help_window.search.clear()
    QTest.keyClicks(help_window.search, "zzzz")
    assert help_window.visible_pages() == [] and help_window.empty.isVisibleTo(help_window)


def test_the_guide_follows_the_language_of_the_app(window, qtbot, monkeypatch):
    monkeypatch.setattr(locale, "_current", "en_GB")
    window.show_view("budget")
    help_window = window.open_guide()
    assert help_window.browser.toPlainText().startswith("The budget")
    assert help_window.current_page() == "budget"


def test_every_view_has_its_page_and_every_page_both_languages():
    for key, *_rest in VIEWS:
        assert key in guide_pages.VIEW_PAGES, key
    for page in set(guide_pages.VIEW_PAGES.values()) | set(guide_pages.PAGES):
        for language in ("fr", "en"):
            assert (GUIDE / language / f"{page}.md").is_file(), (language, page)
    for language in ("fr", "en"):
        assert {p.stem for p in _pages(language)} == set(guide_pages.PAGES)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_link_and_picture_of_the_guide_is_there(language):
    for page in _pages(language):
        for is_image, target in _links(page):
            if target.startswith(("http://", "https://", "mailto:")):
                continue
            name, _, fragment = target.partition("#")
            path = (page.parent / name).resolve() if name else page
            assert path.is_file(), f"{page.name} → {target}"
            if is_image:
                assert path.parent == (GUIDE / "img").resolve(), f"{page.name} → {target}"
                # English pages show the English screenshots.
                assert path.stem.endswith("-en") == (language == "en"), f"{page.name}: {target}"
            if fragment:
                assert fragment in _headings(path), f"{page.name} → {target}"


def test_every_page_links_to_the_glossary_or_is_it():
    for language in ("fr", "en"):
        for page in _pages(language):
            if page.stem not in ("glossaire", "index"):
                targets = [t for _i, t in _links(page)]
                assert any(t.startswith("glossaire.md") for t in targets), (language, page.name)
