"""Guide de l'utilisateur: the guide's Markdown pages (docs/guide) read offline in the app, with
their pictures, working links, back and forward, and a search that narrows the contents."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QKeySequence, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from . import guide_pages

# Screenshots are 1366 pixels wide: shown no wider than the reading column.
MAX_IMAGE_WIDTH = 820


class GuideBrowser(QTextBrowser):
    """Shows a page's screenshots no wider than the reading column."""

    def loadResource(self, kind: int, url: QUrl):
        data = super().loadResource(kind, url)
        if kind != QTextDocument.ResourceType.ImageResource.value or data is None:
            return data
        image = data if isinstance(data, QImage) else QImage.fromData(data)
        if image.width() > MAX_IMAGE_WIDTH:
            image = image.scaledToWidth(MAX_IMAGE_WIDTH,
                                        Qt.TransformationMode.SmoothTransformation)
        return image


class HelpWindow(QWidget):
    """One window per book window; ``show_page`` brings it forward on a page."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.language = "en" if language == "en" else "fr"
        self.setWindowTitle(self.tr("Guide de l'utilisateur — AssoCompta"))
        self.back_button = QPushButton(self.tr("◀ &Précédent"))
        self.forward_button = QPushButton(self.tr("&Suivant ▶"))
        self.home_button = QPushButton(self.tr("S&ommaire"))
        self.search = QLineEdit(placeholderText=self.tr("Rechercher dans le guide"))
        self.search.setAccessibleName(self.tr("Rechercher dans le guide"))
        self.search.setClearButtonEnabled(True)
        self.contents = QListWidget()
        self.contents.setAccessibleName(self.tr("Pages du guide"))
        self.contents.setWordWrap(True)
        self.contents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.browser = GuideBrowser()
        self.browser.setAccessibleName(self.tr("Page du guide"))
        self.browser.setOpenExternalLinks(True)
        self.browser.document().setDocumentMargin(12)
        self.empty = QLabel(self.tr("Aucune page ne contient ces mots."))
        self.empty.setWordWrap(True)
        self.empty.hide()

        bar = QHBoxLayout()
        for button in (self.back_button, self.forward_button, self.home_button):
            bar.addWidget(button)
        bar.addStretch(1)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.search)
        side_layout.addWidget(self.contents, 1)
        side_layout.addWidget(self.empty)
        split = QSplitter()
        split.addWidget(side)
        split.addWidget(self.browser)
        split.setStretchFactor(1, 1)
        split.setSizes([230, 870])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)

        self.back_button.clicked.connect(self.browser.backward)
        self.forward_button.clicked.connect(self.browser.forward)
        self.back_button.setShortcut(QKeySequence("Alt+Left"))
        self.forward_button.setShortcut(QKeySequence("Alt+Right"))
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.browser.forwardAvailable.connect(self.forward_button.setEnabled)
        self.back_button.setEnabled(False)
        self.forward_button.setEnabled(False)
        self.home_button.clicked.connect(lambda: self.show_page("index"))
        self.browser.sourceChanged.connect(self._loaded)
        self.contents.itemActivated.connect(self._chosen)
        self.contents.itemClicked.connect(self._chosen)
        self.search.textChanged.connect(self._filter)
        self._texts: dict[str, str] = {}
        self._fill_contents()
        self.resize(1120, 700)

    def _fill_contents(self) -> None:
        for page in guide_pages.PAGES:
            path = guide_pages.page_path(self.language, page)
            if path is None:
                continue
            item = QListWidgetItem(guide_pages.page_title(path))
            item.setData(Qt.ItemDataRole.UserRole, page)
            self.contents.addItem(item)
            self._texts[page] = guide_pages.fold(path.read_text(encoding="utf-8"))

    # -- pages ---------------------------------------------------------------------------
    def show_page(self, page: str) -> bool:
        """Open ``page`` (``glossaire`` or ``glossaire#fonds-dédiés``); False if missing."""
        name, _, fragment = page.partition("#")
        path = guide_pages.page_path(self.language, name)
        if path is None:
            path = guide_pages.page_path(self.language, "index")
            fragment = ""
        if path is None:
            self.browser.setMarkdown(self.tr(
                "# Guide introuvable\n\nLes pages du guide ne sont pas installées avec "
                "l'application. Elles sont aussi en ligne, dans le dossier docs/guide du projet."))
        else:
            url = QUrl.fromLocalFile(str(path))
            if fragment:
                url.setFragment(fragment)
            self.browser.setSource(url)
        self.show()
        self.raise_()
        self.activateWindow()
        return path is not None and path.stem == name

    def current_page(self) -> str:
        return Path(self.browser.source().toLocalFile()).stem

    def _loaded(self, url: QUrl) -> None:
        page = Path(url.toLocalFile()).stem
        for row in range(self.contents.count()):
            item = self.contents.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == page:
                self.contents.setCurrentItem(item)
        if url.fragment():
            self._scroll_to_heading(url.fragment())

    def _chosen(self, item: QListWidgetItem) -> None:
        self.show_page(item.data(Qt.ItemDataRole.UserRole))

    def _scroll_to_heading(self, fragment: str) -> None:
        """Markdown headings carry no anchors in Qt: find the heading GitHub would link to."""
        wanted = guide_pages.slug(QUrl.fromPercentEncoding(fragment.encode()))
        block = self.browser.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() and guide_pages.slug(block.text()) == wanted:
                cursor = QTextCursor(block)
                self.browser.setTextCursor(cursor)
                bar = self.browser.verticalScrollBar()
                bar.setValue(bar.maximum())  # then back up: the heading ends at the top
                self.browser.ensureCursorVisible()
                return
            block = block.next()

    # -- search --------------------------------------------------------------------------
    def _filter(self, text: str) -> None:
        """Keep in the contents the pages holding every word typed."""
        words = guide_pages.fold(text).split()
        shown = 0
        for row in range(self.contents.count()):
            item = self.contents.item(row)
            page_text = self._texts.get(item.data(Qt.ItemDataRole.UserRole), "")
            hidden = not all(word in page_text for word in words)
            item.setHidden(hidden)
            shown += not hidden
        self.empty.setVisible(shown == 0)
        if words:
            self.browser.find(text)  # the words in the open page, when it holds them

    def visible_pages(self) -> list[str]:
        return [self.contents.item(r).data(Qt.ItemDataRole.UserRole)
                for r in range(self.contents.count()) if not self.contents.item(r).isHidden()]
