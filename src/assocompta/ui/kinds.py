"""The kinds of entry the forms offer, in the order of the tabs and the Saisie menu."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

KINDS = (("depense", QT_TRANSLATE_NOOP("Kinds", "Dépense")),
         ("recette", QT_TRANSLATE_NOOP("Kinds", "Recette")),
         ("virement", QT_TRANSLATE_NOOP("Kinds", "Virement")),
         ("contribution", QT_TRANSLATE_NOOP("Kinds", "Contribution volontaire")),
         ("libre", QT_TRANSLATE_NOOP("Kinds", "Écriture libre")))


def kind_text(text: str) -> str:
    """A kind's name in the user's language."""
    return QCoreApplication.translate("Kinds", text)
