# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'entry_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from assocompta.ui.widgets.account_edit import AccountEdit
from assocompta.ui.widgets.kind_tabs import KindTabs
from assocompta.ui.widgets.tiers_combo import TiersCombo

class Ui_EntryDialog(object):
    def setupUi(self, EntryDialog):
        if not EntryDialog.objectName():
            EntryDialog.setObjectName(u"EntryDialog")
        EntryDialog.resize(760, 520)
        self.main_layout = QVBoxLayout(EntryDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.kind_tabs = KindTabs(EntryDialog)
        self.kind_tabs.setObjectName(u"kind_tabs")

        self.main_layout.addWidget(self.kind_tabs)

        self.hint_label = QLabel(EntryDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.main_layout.addWidget(self.hint_label)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.date_label = QLabel(EntryDialog)
        self.date_label.setObjectName(u"date_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.date_label)

        self.date_edit = QLineEdit(EntryDialog)
        self.date_edit.setObjectName(u"date_edit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.date_edit)

        self.time_label = QLabel(EntryDialog)
        self.time_label.setObjectName(u"time_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.time_label)

        self.time_box = QWidget(EntryDialog)
        self.time_box.setObjectName(u"time_box")
        self.time_layout = QHBoxLayout(self.time_box)
        self.time_layout.setObjectName(u"time_layout")
        self.time_layout.setContentsMargins(0, 0, 0, 0)
        self.hours_edit = QLineEdit(self.time_box)
        self.hours_edit.setObjectName(u"hours_edit")

        self.time_layout.addWidget(self.hours_edit)

        self.times_label = QLabel(self.time_box)
        self.times_label.setObjectName(u"times_label")

        self.time_layout.addWidget(self.times_label)

        self.rate_edit = QLineEdit(self.time_box)
        self.rate_edit.setObjectName(u"rate_edit")

        self.time_layout.addWidget(self.rate_edit)

        self.rate_unit_label = QLabel(self.time_box)
        self.rate_unit_label.setObjectName(u"rate_unit_label")

        self.time_layout.addWidget(self.rate_unit_label)


        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.time_box)

        self.amount_label = QLabel(EntryDialog)
        self.amount_label.setObjectName(u"amount_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.amount_label)

        self.amount_edit = QLineEdit(EntryDialog)
        self.amount_edit.setObjectName(u"amount_edit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.amount_edit)

        self.label_label = QLabel(EntryDialog)
        self.label_label.setObjectName(u"label_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_label)

        self.label_edit = QLineEdit(EntryDialog)
        self.label_edit.setObjectName(u"label_edit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.label_edit)

        self.account_label = QLabel(EntryDialog)
        self.account_label.setObjectName(u"account_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.account_label)

        self.account_edit = AccountEdit(EntryDialog)
        self.account_edit.setObjectName(u"account_edit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.account_edit)

        self.treasury_label = QLabel(EntryDialog)
        self.treasury_label.setObjectName(u"treasury_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.treasury_label)

        self.treasury_combo = QComboBox(EntryDialog)
        self.treasury_combo.setObjectName(u"treasury_combo")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.treasury_combo)

        self.to_label = QLabel(EntryDialog)
        self.to_label.setObjectName(u"to_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.to_label)

        self.to_combo = QComboBox(EntryDialog)
        self.to_combo.setObjectName(u"to_combo")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.to_combo)

        self.second_label = QLabel(EntryDialog)
        self.second_label.setObjectName(u"second_label")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.second_label)

        self.second_edit = AccountEdit(EntryDialog)
        self.second_edit.setObjectName(u"second_edit")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.second_edit)

        self.piece_label = QLabel(EntryDialog)
        self.piece_label.setObjectName(u"piece_label")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.piece_label)

        self.piece_edit = QLineEdit(EntryDialog)
        self.piece_edit.setObjectName(u"piece_edit")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.piece_edit)

        self.tiers_label = QLabel(EntryDialog)
        self.tiers_label.setObjectName(u"tiers_label")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.tiers_label)

        self.tiers_combo = TiersCombo(EntryDialog)
        self.tiers_combo.setObjectName(u"tiers_combo")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.tiers_combo)

        self.action_label = QLabel(EntryDialog)
        self.action_label.setObjectName(u"action_label")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.action_label)

        self.action_combo = QComboBox(EntryDialog)
        self.action_combo.setObjectName(u"action_combo")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.action_combo)

        self.journal_label = QLabel(EntryDialog)
        self.journal_label.setObjectName(u"journal_label")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.journal_label)

        self.journal_combo = QComboBox(EntryDialog)
        self.journal_combo.setObjectName(u"journal_combo")

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.journal_combo)


        self.main_layout.addLayout(self.form)

        self.lines_table = QTableWidget(EntryDialog)
        self.lines_table.setObjectName(u"lines_table")

        self.main_layout.addWidget(self.lines_table)

        self.lines_bar = QHBoxLayout()
        self.lines_bar.setObjectName(u"lines_bar")
        self.add_line_button = QPushButton(EntryDialog)
        self.add_line_button.setObjectName(u"add_line_button")

        self.lines_bar.addWidget(self.add_line_button)

        self.difference_label = QLabel(EntryDialog)
        self.difference_label.setObjectName(u"difference_label")

        self.lines_bar.addWidget(self.difference_label)


        self.main_layout.addLayout(self.lines_bar)

        self.error_label = QLabel(EntryDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(EntryDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.date_label.setBuddy(self.date_edit)
        self.time_label.setBuddy(self.hours_edit)
        self.amount_label.setBuddy(self.amount_edit)
        self.label_label.setBuddy(self.label_edit)
        self.account_label.setBuddy(self.account_edit)
        self.treasury_label.setBuddy(self.treasury_combo)
        self.to_label.setBuddy(self.to_combo)
        self.second_label.setBuddy(self.second_edit)
        self.piece_label.setBuddy(self.piece_edit)
        self.tiers_label.setBuddy(self.tiers_combo)
        self.action_label.setBuddy(self.action_combo)
        self.journal_label.setBuddy(self.journal_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.date_edit, self.hours_edit)
        QWidget.setTabOrder(self.hours_edit, self.rate_edit)
        QWidget.setTabOrder(self.rate_edit, self.amount_edit)
        QWidget.setTabOrder(self.amount_edit, self.label_edit)
        QWidget.setTabOrder(self.label_edit, self.account_edit)
        QWidget.setTabOrder(self.account_edit, self.treasury_combo)
        QWidget.setTabOrder(self.treasury_combo, self.to_combo)
        QWidget.setTabOrder(self.to_combo, self.second_edit)
        QWidget.setTabOrder(self.second_edit, self.piece_edit)
        QWidget.setTabOrder(self.piece_edit, self.tiers_combo)
        QWidget.setTabOrder(self.tiers_combo, self.action_combo)
        QWidget.setTabOrder(self.action_combo, self.journal_combo)

        self.retranslateUi(EntryDialog)

        QMetaObject.connectSlotsByName(EntryDialog)
    # setupUi

    def retranslateUi(self, EntryDialog):
        EntryDialog.setWindowTitle(QCoreApplication.translate("EntryDialog", u"Saisie d'une \u00e9criture", None))
#if QT_CONFIG(accessibility)
        self.kind_tabs.setAccessibleName(QCoreApplication.translate("EntryDialog", u"Type d'\u00e9criture", None))
#endif // QT_CONFIG(accessibility)
        self.date_label.setText(QCoreApplication.translate("EntryDialog", u"&Date", None))
        self.date_edit.setPlaceholderText(QCoreApplication.translate("EntryDialog", u"jj/mm/aaaa", None))
#if QT_CONFIG(accessibility)
        self.date_edit.setAccessibleName(QCoreApplication.translate("EntryDialog", u"Date", None))
#endif // QT_CONFIG(accessibility)
        self.time_label.setText(QCoreApplication.translate("EntryDialog", u"&Heures \u00d7 taux", None))
        self.hours_edit.setPlaceholderText(QCoreApplication.translate("EntryDialog", u"12,5", None))
#if QT_CONFIG(accessibility)
        self.hours_edit.setAccessibleName(QCoreApplication.translate("EntryDialog", u"Heures", None))
#endif // QT_CONFIG(accessibility)
        self.times_label.setText(QCoreApplication.translate("EntryDialog", u"h  \u00d7", None))
        self.rate_edit.setPlaceholderText(QCoreApplication.translate("EntryDialog", u"11,88", None))
#if QT_CONFIG(accessibility)
        self.rate_edit.setAccessibleName(QCoreApplication.translate("EntryDialog", u"Taux horaire", None))
#endif // QT_CONFIG(accessibility)
        self.rate_unit_label.setText(QCoreApplication.translate("EntryDialog", u"\u20ac de l'heure = montant", None))
        self.amount_label.setText(QCoreApplication.translate("EntryDialog", u"&Montant", None))
        self.amount_edit.setPlaceholderText(QCoreApplication.translate("EntryDialog", u"1 234,56", None))
#if QT_CONFIG(accessibility)
        self.amount_edit.setAccessibleName(QCoreApplication.translate("EntryDialog", u"Montant", None))
#endif // QT_CONFIG(accessibility)
        self.label_label.setText(QCoreApplication.translate("EntryDialog", u"&Libell\u00e9", None))
#if QT_CONFIG(accessibility)
        self.label_edit.setAccessibleName(QCoreApplication.translate("EntryDialog", u"Libell\u00e9", None))
#endif // QT_CONFIG(accessibility)
        self.account_label.setText(QCoreApplication.translate("EntryDialog", u"&Compte", None))
        self.account_edit.setPlaceholderText(QCoreApplication.translate("EntryDialog", u"num\u00e9ro ou mot du libell\u00e9 (ex. t\u00e9l)", None))
#if QT_CONFIG(accessibility)
        self.account_edit.setAccessibleName(QCoreApplication.translate("EntryDialog", u"Compte", None))
#endif // QT_CONFIG(accessibility)
        self.treasury_label.setText(QCoreApplication.translate("EntryDialog", u"&Pay\u00e9 par", None))
#if QT_CONFIG(accessibility)
        self.treasury_combo.setAccessibleName(QCoreApplication.translate("EntryDialog", u"Compte de tr\u00e9sorerie", None))
#endif // QT_CONFIG(accessibility)
        self.to_label.setText(QCoreApplication.translate("EntryDialog", u"&Vers", None))
#if QT_CONFIG(accessibility)
        self.to_combo.setAccessibleName(QCoreApplication.translate("EntryDialog", u"Compte destinataire", None))
#endif // QT_CONFIG(accessibility)
        self.second_label.setText(QCoreApplication.translate("EntryDialog", u"&Ressource (87)", None))
#if QT_CONFIG(accessibility)
        self.second_edit.setAccessibleName(QCoreApplication.translate("EntryDialog", u"Second compte", None))
#endif // QT_CONFIG(accessibility)
        self.piece_label.setText(QCoreApplication.translate("EntryDialog", u"&Pi\u00e8ce", None))
        self.piece_edit.setPlaceholderText(QCoreApplication.translate("EntryDialog", u"n\u00b0 de facture, de ch\u00e8que\u2026", None))
#if QT_CONFIG(accessibility)
        self.piece_edit.setAccessibleName(QCoreApplication.translate("EntryDialog", u"Pi\u00e8ce", None))
#endif // QT_CONFIG(accessibility)
        self.tiers_label.setText(QCoreApplication.translate("EntryDialog", u"&Tiers", None))
#if QT_CONFIG(accessibility)
        self.tiers_combo.setAccessibleName(QCoreApplication.translate("EntryDialog", u"Tiers", None))
#endif // QT_CONFIG(accessibility)
        self.action_label.setText(QCoreApplication.translate("EntryDialog", u"Ac&tion", None))
#if QT_CONFIG(accessibility)
        self.action_combo.setAccessibleName(QCoreApplication.translate("EntryDialog", u"Action", None))
#endif // QT_CONFIG(accessibility)
        self.journal_label.setText(QCoreApplication.translate("EntryDialog", u"&Journal", None))
#if QT_CONFIG(accessibility)
        self.journal_combo.setAccessibleName(QCoreApplication.translate("EntryDialog", u"Journal", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.lines_table.setAccessibleName(QCoreApplication.translate("EntryDialog", u"Lignes de l'\u00e9criture", None))
#endif // QT_CONFIG(accessibility)
        self.add_line_button.setText(QCoreApplication.translate("EntryDialog", u"Ajouter une &ligne", None))
#if QT_CONFIG(accessibility)
        self.difference_label.setAccessibleName(QCoreApplication.translate("EntryDialog", u"\u00c9cart d\u00e9bit cr\u00e9dit", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("EntryDialog", u"Erreur", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

