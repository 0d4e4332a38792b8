"""« Détails du don… »: what the treasurer says of one gift that its entry does not: the form
(don manuel, acte…), the nature (numéraire, en nature, frais engagés par un bénévole…), how the
money came, what was given, and the date a volunteer gave up the refund of his expenses.
Opened from the journal's context menu on a gift line, and from the Reçus fiscaux view."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DomainError, ValidationError
from ...domain.receipts import FORMS, METHODS, NATURES, gift_rule
from ...services.gifts import DESCRIBED, GiftDetail, GiftLine, gift_line, set_gift_detail
from ...services.receipts import infer_method
from .. import locale
from ..commands import Command, perform
from ..session import BookSession


class SetGiftDetail(Command):
    """Say what a gift is; undo puts back what was said before (or nothing)."""

    def __init__(self, session: BookSession, line_id: int, before: GiftDetail | None,
                 after: GiftDetail) -> None:
        super().__init__(session, QCoreApplication.translate("Commands", "détails du don"))
        self.line_id, self.before, self.after = line_id, before, after

    def _do(self) -> None:
        _save(self.session.book, self.line_id, self.after)

    def _undo(self) -> None:
        _save(self.session.book, self.line_id, self.before or GiftDetail())


def _save(book, line_id: int, detail: GiftDetail) -> None:
    set_gift_detail(book, line_id, form=detail.form, nature=detail.nature,
                    method=detail.method, description=detail.description,
                    renounced_on=detail.renounced_on)


class GiftDetailDialog(QDialog):
    """One gift line's detail; Enregistrer saves it (Ctrl+Z undoes it when opened on a
    window's session). Read only once a receipt names the gift."""

    def __init__(self, owner: BookSession, line_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gift_detail_dialog")
        self.owner = owner
        self.book = getattr(owner, "book", owner)
        self.line_id = line_id
        self.setWindowTitle(self.tr("Détails du don"))
        with self.book.reading() as conn:
            self.line = gift_line(conn, line_id)
            self.inferred_method = self._inferred_method(conn)
        line = self.line
        self.before = line.detail if line else None
        rule = gift_rule(line.account) if line else None
        self.heading = QLabel(self._heading(line))
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)

        self.form_combo = QComboBox()
        self.form_combo.addItem(self.tr("Selon l'écriture ({})").format(
            FORMS[rule.form] if rule and rule.form else self.tr("à préciser")), None)
        for key, text in FORMS.items():
            self.form_combo.addItem(text, key)
        self.nature_combo = QComboBox()
        self.nature_combo.addItem(self.tr("Selon le compte ({})").format(
            NATURES[rule.nature] if rule else "—"), None)
        for key, text in NATURES.items():
            self.nature_combo.addItem(text, key)
        self.method_combo = QComboBox()
        self.method_combo.addItem(self.tr("Selon l'écriture ({})").format(
            METHODS.get(self.inferred_method) or self.tr("à préciser")), None)
        for key, text in METHODS.items():
            self.method_combo.addItem(text, key)
        for combo in (self.form_combo, self.nature_combo, self.method_combo):
            # The longest nature (« Frais engagés par les bénévoles… ») would set the width.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(36)
        self.description_edit = QPlainTextEdit(self.before.description if self.before else "")
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(72)
        self.renounced_edit = QLineEdit(locale.date(self.before.renounced_on)
                                        if self.before else "")
        self.renounced_edit.setPlaceholderText(self.tr("jj/mm/aaaa"))
        if self.before:
            for combo, key in ((self.form_combo, self.before.form),
                               (self.nature_combo, self.before.nature),
                               (self.method_combo, self.before.method)):
                combo.setCurrentIndex(max(0, combo.findData(key)))
        for widget, name in ((self.form_combo, self.tr("Forme du don")),
                             (self.nature_combo, self.tr("Nature du don")),
                             (self.method_combo, self.tr("Mode de versement")),
                             (self.description_edit, self.tr("Description du don")),
                             (self.renounced_edit, self.tr("Date de la renonciation"))):
            widget.setAccessibleName(name)
        form = QFormLayout()
        form.addRow(self.tr("&Forme du don :"), self.form_combo)
        form.addRow(self.tr("&Nature du don :"), self.nature_combo)
        form.addRow(self.tr("&Mode de versement :"), self.method_combo)
        self.description_label = QLabel(self.tr("&Description :"))
        self.description_label.setBuddy(self.description_edit)
        form.addRow(self.description_label, self.description_edit)
        form.addRow(self.tr("&Renonciation signée le :"), self.renounced_edit)
        self.explanation = QLabel(self.tr(
            "<b>Abandon de frais</b> (CGI art. 200) : les frais qu'un bénévole engage pour "
            "l'objet de l'association ouvrent droit à la réduction d'impôt s'ils sont "
            "justifiés, constatés dans les comptes (la dépense en charge contre 4681, puis "
            "4681 contre 75412) et si le bénévole renonce expressément à leur remboursement, "
            "par écrit : « Je soussigné(e) … certifie renoncer au remboursement des frais "
            "ci-dessus et les laisser à l'association en tant que don ». Gardez la note de "
            "frais, les justificatifs et la renonciation ; décrivez ici les frais (dates, "
            "trajets, montants)."))
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.RichText)
        self.explanation.setObjectName("abandon_explanation")
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Enregistrer"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.explanation)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self.nature_combo.currentIndexChanged.connect(self._nature_changed)
        self._nature_changed()
        self._lock_unless_editable(rule)

    # -- what is shown --------------------------------------------------------------------
    def _inferred_method(self, conn) -> str:
        """The mode de versement the entry says (its other side, its wording)."""
        if self.line is None:
            return "virement"
        rows = conn.execute(
            "SELECT a.code, coalesce(e.label, '') || ' ' || coalesce(l.label, '') || ' ' || "
            "coalesce(e.piece_ref, '') FROM entry_line l JOIN entry e ON e.id = l.entry_id "
            "JOIN entry_line o ON o.entry_id = l.entry_id AND o.id != l.id "
            "JOIN account a ON a.id = o.account_id WHERE l.id = ?", (self.line_id,)).fetchall()
        return infer_method([r[0] for r in rows], rows[0][1] if rows else "")

    def _heading(self, line: GiftLine | None) -> str:
        if line is None:
            return self.tr("Cette ligne d'écriture n'existe plus.")
        return self.tr("<b>{donor}</b> — {amount} € le {date}<br>Écriture n°{number}, compte "
                       "{account}").format(
            donor=line.donor or self.tr("donateur non indiqué"),
            amount=locale.amount(line.amount.cents), date=locale.date(line.date),
            number=line.entry_number, account=line.account)

    def _nature(self) -> str:
        chosen = self.nature_combo.currentData()
        return chosen or (self.line.rule_nature if self.line else "numeraire")

    def _nature_changed(self) -> None:
        """A mode de versement for money only; a description for what is not money; the
        renunciation's date and the explanation for a volunteer's expenses."""
        nature = self._nature()
        self.method_combo.setEnabled(nature == "numeraire")
        if nature != "numeraire":
            self.method_combo.setCurrentIndex(0)
        self.description_label.setText(self.tr("&Description * :") if nature in DESCRIBED
                                       else self.tr("&Description :"))
        self.description_edit.setPlaceholderText(
            self.tr("les frais : dates, trajets, kilomètres, montants")
            if nature == "frais_benevoles" else
            self.tr("ce qui a été donné : nature, quantité, valeur") if nature in DESCRIBED
            else self.tr("facultatif"))
        frais = nature == "frais_benevoles"
        self.renounced_edit.setEnabled(frais)
        self.explanation.setVisible(frais)

    def _lock_unless_editable(self, rule) -> None:
        """Nothing to change on a line that is gone, is no gift, or is on a receipt."""
        line = self.line
        why = None
        if line is None:
            why = self.tr("Cette ligne d'écriture n'existe plus.")
        elif rule is None:
            why = self.tr("Le compte {} n'est pas un don ouvrant droit à réduction d'impôt : "
                          "pas de détail de don.").format(line.account)
        elif line.receipt is not None:
            why = self.tr("Ce don figure sur le reçu fiscal n° {} : ce que le reçu en dit ne "
                          "change plus.").format(line.receipt)
        elif isinstance(self.owner, BookSession) and not self.owner.writable:
            why = self.owner.read_only_reason or self.tr("Livre en lecture seule.")
        if why is None:
            return
        for widget in (self.form_combo, self.nature_combo, self.method_combo,
                       self.description_edit, self.renounced_edit):
            widget.setEnabled(False)
        self.save_button.setEnabled(False)
        self.error_label.setText(why)

    # -- saving ---------------------------------------------------------------------------
    def detail(self) -> GiftDetail:
        """What the fields say (a date that cannot be read raises ValidationError)."""
        renounced = None
        if self.renounced_edit.isEnabled() and self.renounced_edit.text().strip():
            try:
                renounced = locale.parse_date(self.renounced_edit.text(), self.line.date.year)
            except ValueError as exc:
                raise ValidationError(self.tr("date de renonciation : {}").format(exc),
                                      field="date de renonciation") from None
        return GiftDetail(self.form_combo.currentData(), self.nature_combo.currentData(),
                          self.method_combo.currentData() if self.method_combo.isEnabled()
                          else None, self.description_edit.toPlainText().strip(), renounced)

    def save(self) -> None:
        """Saved and closed, or the refusal said under the fields (the dialog stays open)."""
        try:
            after = self.detail()
            if after == (self.before or GiftDetail()):
                self.accept()
                return
            if isinstance(self.owner, BookSession):
                perform(self.owner, SetGiftDetail(self.owner, self.line_id, self.before, after))
            else:
                _save(self.book, self.line_id, after)
        except DomainError as exc:
            self.error_label.setText(exc.message if isinstance(exc, ValidationError)
                                     else str(exc))
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, owner, line_id: int) -> bool:
        """Open the dialog on line ``line_id`` (``owner``: the window's BookSession, which
        makes it undoable, or a Book) and wait; True when something was saved."""
        dialog = cls(owner, line_id, parent)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved
        finally:
            dialog.deleteLater()

    @property
    def saved(self) -> bool:
        """Whether Enregistrer changed what the book says of the gift."""
        with self.book.reading() as conn:
            line = gift_line(conn, self.line_id)
        return line is not None and line.detail != self.before


def is_gift_account(code: str | None) -> bool:
    """Whether a line on ``code`` can have a gift detail (the journal's context menu)."""
    return bool(code) and gift_rule(code) is not None

