"""Qt's own dialogs in French: qtbase_fr.qm, plus the few strings it lacks.

The qtbase_fr.qm shipped with PySide6 6.11 predates some of Qt 6's texts: the file dialog
showed « Look in: », « Files of type: » and « Folder » among French words.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

#: (context, source text) -> French, where qtbase_fr.qm has nothing
MISSING = {
    ("QFileDialog", "&Look in:"): "&Voir dans\u00a0:",
    ("QFileDialog", "Files of &type:"): "Fichiers de &type\u00a0:",
    ("QAbstractFileIconProvider", "Folder"): "Dossier",
    ("QAbstractFileIconProvider", "Drive"): "Lecteur",
    ("QAbstractFileIconProvider", "Unknown"): "Inconnu",
    ("QFileSystemModel", "Folder"): "Dossier",
}


class MissingQtFrench(QTranslator):
    """The strings of :data:`MISSING`; asked only after qtbase_fr.qm found nothing."""

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: N802
        # None (a null string) lets Qt go on; "" would blank every text of the app.
        return MISSING.get((context, source_text))

    def isEmpty(self) -> bool:  # noqa: N802
        return False


def qt_translations_folder() -> Path:
    """Where Qt's .qm files are: Qt's own path, else the PySide6 package (a bundle)."""
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if (folder / "qtbase_fr.qm").is_file():
        return folder
    import PySide6
    return Path(PySide6.__file__).parent / "Qt" / "translations"


def install_qt_french(app: QCoreApplication) -> list[QTranslator]:
    """Install Qt's French for its buttons and dialogs; the translators installed."""
    installed: list[QTranslator] = []
    fallback = MissingQtFrench(app)  # installed first: searched after qtbase_fr
    app.installTranslator(fallback)
    installed.append(fallback)
    qt = QTranslator(app)
    if qt.load("qtbase_fr", str(qt_translations_folder())):
        app.installTranslator(qt)
        installed.append(qt)
    return installed
