# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'unexpected_panel.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QWidget)

class Ui_UnexpectedPanel(object):
    def setupUi(self, UnexpectedPanel):
        if not UnexpectedPanel.objectName():
            UnexpectedPanel.setObjectName(u"UnexpectedPanel")
        self.rows = QFormLayout(UnexpectedPanel)
        self.rows.setObjectName(u"rows")
        self.scannedLabel = QLabel(UnexpectedPanel)
        self.scannedLabel.setObjectName(u"scannedLabel")

        self.rows.setWidget(0, QFormLayout.ItemRole.LabelRole, self.scannedLabel)

        self.unexpectedScanned = QLabel(UnexpectedPanel)
        self.unexpectedScanned.setObjectName(u"unexpectedScanned")
        self.unexpectedScanned.setWordWrap(True)

        self.rows.setWidget(0, QFormLayout.ItemRole.FieldRole, self.unexpectedScanned)

        self.descriptionLabel = QLabel(UnexpectedPanel)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.rows.setWidget(1, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.unexpectedDescription = QPlainTextEdit(UnexpectedPanel)
        self.unexpectedDescription.setObjectName(u"unexpectedDescription")
        self.unexpectedDescription.setMaximumSize(QSize(16777215, 90))

        self.rows.setWidget(1, QFormLayout.ItemRole.FieldRole, self.unexpectedDescription)

        self.itemsLabel = QLabel(UnexpectedPanel)
        self.itemsLabel.setObjectName(u"itemsLabel")

        self.rows.setWidget(2, QFormLayout.ItemRole.LabelRole, self.itemsLabel)

        self.unexpectedItems = QLabel(UnexpectedPanel)
        self.unexpectedItems.setObjectName(u"unexpectedItems")
        self.unexpectedItems.setWordWrap(True)

        self.rows.setWidget(2, QFormLayout.ItemRole.FieldRole, self.unexpectedItems)

        self.photosLabel = QLabel(UnexpectedPanel)
        self.photosLabel.setObjectName(u"photosLabel")

        self.rows.setWidget(3, QFormLayout.ItemRole.LabelRole, self.photosLabel)

        self.unexpectedPhotos = QLabel(UnexpectedPanel)
        self.unexpectedPhotos.setObjectName(u"unexpectedPhotos")
        self.unexpectedPhotos.setWordWrap(True)

        self.rows.setWidget(3, QFormLayout.ItemRole.FieldRole, self.unexpectedPhotos)


        self.retranslateUi(UnexpectedPanel)
    # setupUi

    def retranslateUi(self, UnexpectedPanel):
        self.scannedLabel.setText(QCoreApplication.translate("UnexpectedPanel", u"Scanned:", None))
        self.descriptionLabel.setText(QCoreApplication.translate("UnexpectedPanel", u"In the box:", None))
        self.unexpectedDescription.setPlaceholderText(QCoreApplication.translate("UnexpectedPanel", u"What is in the box? (Ctrl+Enter files it for a supervisor, Esc cancels)", None))
        self.itemsLabel.setText(QCoreApplication.translate("UnexpectedPanel", u"Items:", None))
        self.unexpectedItems.setText(QCoreApplication.translate("UnexpectedPanel", u"scan the items' barcodes", None))
        self.photosLabel.setText(QCoreApplication.translate("UnexpectedPanel", u"Photos:", None))
        self.unexpectedPhotos.setText(QCoreApplication.translate("UnexpectedPanel", u"none \u2014 Ctrl+O to add", None))
        pass
    # retranslateUi

