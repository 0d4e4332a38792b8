# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_book_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_NewBookDialog(object):
    def setupUi(self, NewBookDialog):
        if not NewBookDialog.objectName():
            NewBookDialog.setObjectName(u"NewBookDialog")
        NewBookDialog.resize(560, 300)
        self.main_layout = QVBoxLayout(NewBookDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.name_label = QLabel(NewBookDialog)
        self.name_label.setObjectName(u"name_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(NewBookDialog)
        self.name_edit.setObjectName(u"name_edit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.siren_label = QLabel(NewBookDialog)
        self.siren_label.setObjectName(u"siren_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.siren_label)

        self.siren_edit = QLineEdit(NewBookDialog)
        self.siren_edit.setObjectName(u"siren_edit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.siren_edit)

        self.address_label = QLabel(NewBookDialog)
        self.address_label.setObjectName(u"address_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address_edit = QLineEdit(NewBookDialog)
        self.address_edit.setObjectName(u"address_edit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.address_edit)

        self.start_label = QLabel(NewBookDialog)
        self.start_label.setObjectName(u"start_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.start_label)

        self.start_edit = QLineEdit(NewBookDialog)
        self.start_edit.setObjectName(u"start_edit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.start_edit)

        self.end_label = QLabel(NewBookDialog)
        self.end_label.setObjectName(u"end_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.end_label)

        self.end_edit = QLineEdit(NewBookDialog)
        self.end_edit.setObjectName(u"end_edit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.end_edit)

        self.chart_caption = QLabel(NewBookDialog)
        self.chart_caption.setObjectName(u"chart_caption")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.chart_caption)

        self.chart_label = QLabel(NewBookDialog)
        self.chart_label.setObjectName(u"chart_label")
        self.chart_label.setWordWrap(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.chart_label)

        self.path_label = QLabel(NewBookDialog)
        self.path_label.setObjectName(u"path_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.path_label)

        self.path_layout = QHBoxLayout()
        self.path_layout.setObjectName(u"path_layout")
        self.path_edit = QLineEdit(NewBookDialog)
        self.path_edit.setObjectName(u"path_edit")

        self.path_layout.addWidget(self.path_edit)

        self.browse_button = QPushButton(NewBookDialog)
        self.browse_button.setObjectName(u"browse_button")

        self.path_layout.addWidget(self.browse_button)


        self.form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.path_layout)


        self.main_layout.addLayout(self.form)

        self.error_label = QLabel(NewBookDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.siren_label.setBuddy(self.siren_edit)
        self.address_label.setBuddy(self.address_edit)
        self.start_label.setBuddy(self.start_edit)
        self.end_label.setBuddy(self.end_edit)
        self.path_label.setBuddy(self.path_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NewBookDialog)

        QMetaObject.connectSlotsByName(NewBookDialog)
    # setupUi

    def retranslateUi(self, NewBookDialog):
        NewBookDialog.setWindowTitle(QCoreApplication.translate("NewBookDialog", u"Nouvelle association", None))
        self.name_label.setText(QCoreApplication.translate("NewBookDialog", u"&Nom de l'association", None))
#if QT_CONFIG(accessibility)
        self.name_edit.setAccessibleName(QCoreApplication.translate("NewBookDialog", u"Nom de l'association", None))
#endif // QT_CONFIG(accessibility)
        self.siren_label.setText(QCoreApplication.translate("NewBookDialog", u"&SIREN", None))
        self.siren_edit.setPlaceholderText(QCoreApplication.translate("NewBookDialog", u"9 chiffres (facultatif)", None))
#if QT_CONFIG(accessibility)
        self.siren_edit.setAccessibleName(QCoreApplication.translate("NewBookDialog", u"SIREN", None))
#endif // QT_CONFIG(accessibility)
        self.address_label.setText(QCoreApplication.translate("NewBookDialog", u"&Adresse du si\u00e8ge", None))
#if QT_CONFIG(accessibility)
        self.address_edit.setAccessibleName(QCoreApplication.translate("NewBookDialog", u"Adresse", None))
#endif // QT_CONFIG(accessibility)
        self.start_label.setText(QCoreApplication.translate("NewBookDialog", u"&D\u00e9but du premier exercice", None))
        self.start_edit.setPlaceholderText(QCoreApplication.translate("NewBookDialog", u"jj/mm/aaaa", None))
#if QT_CONFIG(accessibility)
        self.start_edit.setAccessibleName(QCoreApplication.translate("NewBookDialog", u"D\u00e9but d'exercice", None))
#endif // QT_CONFIG(accessibility)
        self.end_label.setText(QCoreApplication.translate("NewBookDialog", u"&Fin du premier exercice", None))
        self.end_edit.setPlaceholderText(QCoreApplication.translate("NewBookDialog", u"jj/mm/aaaa", None))
#if QT_CONFIG(accessibility)
        self.end_edit.setAccessibleName(QCoreApplication.translate("NewBookDialog", u"Fin d'exercice", None))
#endif // QT_CONFIG(accessibility)
        self.chart_caption.setText(QCoreApplication.translate("NewBookDialog", u"Plan comptable", None))
        self.path_label.setText(QCoreApplication.translate("NewBookDialog", u"&Fichier", None))
#if QT_CONFIG(accessibility)
        self.path_edit.setAccessibleName(QCoreApplication.translate("NewBookDialog", u"Fichier du livre", None))
#endif // QT_CONFIG(accessibility)
        self.browse_button.setText(QCoreApplication.translate("NewBookDialog", u"Choisir\u2026", None))
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("NewBookDialog", u"Erreur", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

