# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'unit_panel.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QGridLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

from returns_desk.gui.choice_box import ChoiceBox

class Ui_UnitPanel(object):
    def setupUi(self, UnitPanel):
        if not UnitPanel.objectName():
            UnitPanel.setObjectName(u"UnitPanel")
        self.rows = QGridLayout(UnitPanel)
        self.rows.setObjectName(u"rows")
        self.unitLabel = QLabel(UnitPanel)
        self.unitLabel.setObjectName(u"unitLabel")

        self.rows.addWidget(self.unitLabel, 0, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.unitTitle = QLabel(UnitPanel)
        self.unitTitle.setObjectName(u"unitTitle")
        self.unitTitle.setWordWrap(True)

        self.rows.addWidget(self.unitTitle, 0, 1, 1, 1)

        self.checklistLabel = QLabel(UnitPanel)
        self.checklistLabel.setObjectName(u"checklistLabel")

        self.rows.addWidget(self.checklistLabel, 1, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.checklist = QWidget(UnitPanel)
        self.checklist.setObjectName(u"checklist")
        self.checklistRows = QVBoxLayout(self.checklist)
        self.checklistRows.setObjectName(u"checklistRows")
        self.checklistRows.setContentsMargins(0, 0, 0, 0)

        self.rows.addWidget(self.checklist, 1, 1, 1, 1)

        self.gradeRowLabel = QLabel(UnitPanel)
        self.gradeRowLabel.setObjectName(u"gradeRowLabel")

        self.rows.addWidget(self.gradeRowLabel, 2, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.gradeLabel = QLabel(UnitPanel)
        self.gradeLabel.setObjectName(u"gradeLabel")
        self.gradeLabel.setWordWrap(True)

        self.rows.addWidget(self.gradeLabel, 2, 1, 1, 1)

        self.faultLabel = QLabel(UnitPanel)
        self.faultLabel.setObjectName(u"faultLabel")

        self.rows.addWidget(self.faultLabel, 3, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.fault = ChoiceBox(UnitPanel)
        self.fault.setObjectName(u"fault")

        self.rows.addWidget(self.fault, 3, 1, 1, 1)

        self.foundLabel = QLabel(UnitPanel)
        self.foundLabel.setObjectName(u"foundLabel")

        self.rows.addWidget(self.foundLabel, 4, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.flags = QWidget(UnitPanel)
        self.flags.setObjectName(u"flags")
        self.flagGrid = QGridLayout(self.flags)
        self.flagGrid.setObjectName(u"flagGrid")
        self.flagGrid.setContentsMargins(0, 0, 0, 0)
        self.flag_wrong_item = QCheckBox(self.flags)
        self.flag_wrong_item.setObjectName(u"flag_wrong_item")

        self.flagGrid.addWidget(self.flag_wrong_item, 0, 0, 1, 1)

        self.flag_missing_item = QCheckBox(self.flags)
        self.flag_missing_item.setObjectName(u"flag_missing_item")

        self.flagGrid.addWidget(self.flag_missing_item, 0, 1, 1, 1)

        self.flag_extra_quantity = QCheckBox(self.flags)
        self.flag_extra_quantity.setObjectName(u"flag_extra_quantity")

        self.flagGrid.addWidget(self.flag_extra_quantity, 1, 0, 1, 1)

        self.flag_serial_mismatch = QCheckBox(self.flags)
        self.flag_serial_mismatch.setObjectName(u"flag_serial_mismatch")

        self.flagGrid.addWidget(self.flag_serial_mismatch, 1, 1, 1, 1)

        self.flag_empty_box = QCheckBox(self.flags)
        self.flag_empty_box.setObjectName(u"flag_empty_box")

        self.flagGrid.addWidget(self.flag_empty_box, 2, 0, 1, 1)


        self.rows.addWidget(self.flags, 4, 1, 1, 1)

        self.notesLabel = QLabel(UnitPanel)
        self.notesLabel.setObjectName(u"notesLabel")

        self.rows.addWidget(self.notesLabel, 5, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.notes = QPlainTextEdit(UnitPanel)
        self.notes.setObjectName(u"notes")
        self.notes.setMaximumSize(QSize(16777215, 70))

        self.rows.addWidget(self.notes, 5, 1, 1, 1)

        self.photosLabel = QLabel(UnitPanel)
        self.photosLabel.setObjectName(u"photosLabel")

        self.rows.addWidget(self.photosLabel, 6, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.photos = QLabel(UnitPanel)
        self.photos.setObjectName(u"photos")
        self.photos.setWordWrap(True)

        self.rows.addWidget(self.photos, 6, 1, 1, 1)

        self.proposedLabel = QLabel(UnitPanel)
        self.proposedLabel.setObjectName(u"proposedLabel")

        self.rows.addWidget(self.proposedLabel, 7, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.proposal = QLabel(UnitPanel)
        self.proposal.setObjectName(u"proposal")
        self.proposal.setWordWrap(True)

        self.rows.addWidget(self.proposal, 7, 1, 1, 1)

        self.refundLabel = QLabel(UnitPanel)
        self.refundLabel.setObjectName(u"refundLabel")

        self.rows.addWidget(self.refundLabel, 8, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.refund = QLabel(UnitPanel)
        self.refund.setObjectName(u"refund")
        self.refund.setWordWrap(True)

        self.rows.addWidget(self.refund, 8, 1, 1, 1)

        self.overrideLabel = QLabel(UnitPanel)
        self.overrideLabel.setObjectName(u"overrideLabel")

        self.rows.addWidget(self.overrideLabel, 9, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.override = ChoiceBox(UnitPanel)
        self.override.setObjectName(u"override")

        self.rows.addWidget(self.override, 9, 1, 1, 1)

        self.reasonLabel = QLabel(UnitPanel)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.rows.addWidget(self.reasonLabel, 10, 0, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.overrideReason = QLineEdit(UnitPanel)
        self.overrideReason.setObjectName(u"overrideReason")

        self.rows.addWidget(self.overrideReason, 10, 1, 1, 1)

        self.rows.setColumnStretch(1, 1)

        self.retranslateUi(UnitPanel)
    # setupUi

    def retranslateUi(self, UnitPanel):
        self.unitLabel.setText(QCoreApplication.translate("UnitPanel", u"Unit:", None))
        self.unitTitle.setText(QCoreApplication.translate("UnitPanel", u"\u2014", None))
        self.checklistLabel.setText(QCoreApplication.translate("UnitPanel", u"Checklist:", None))
        self.gradeRowLabel.setText(QCoreApplication.translate("UnitPanel", u"Grade:", None))
        self.faultLabel.setText(QCoreApplication.translate("UnitPanel", u"Fault:", None))
        self.foundLabel.setText(QCoreApplication.translate("UnitPanel", u"Found:", None))
        self.flag_wrong_item.setText(QCoreApplication.translate("UnitPanel", u"&wrong item", None))
        self.flag_missing_item.setText(QCoreApplication.translate("UnitPanel", u"missing &item", None))
        self.flag_extra_quantity.setText(QCoreApplication.translate("UnitPanel", u"e&xtra quantity", None))
        self.flag_serial_mismatch.setText(QCoreApplication.translate("UnitPanel", u"&serial not as shipped", None))
        self.flag_empty_box.setText(QCoreApplication.translate("UnitPanel", u"empty &box", None))
        self.notesLabel.setText(QCoreApplication.translate("UnitPanel", u"Notes:", None))
        self.notes.setPlaceholderText(QCoreApplication.translate("UnitPanel", u"Notes (Esc returns to grading)", None))
        self.photosLabel.setText(QCoreApplication.translate("UnitPanel", u"Photos:", None))
        self.photos.setText(QCoreApplication.translate("UnitPanel", u"none \u2014 Ctrl+O to add", None))
        self.proposedLabel.setText(QCoreApplication.translate("UnitPanel", u"Proposed:", None))
        self.proposal.setText(QCoreApplication.translate("UnitPanel", u"\u2014", None))
        self.refundLabel.setText(QCoreApplication.translate("UnitPanel", u"Refund:", None))
        self.refund.setText(QCoreApplication.translate("UnitPanel", u"\u2014", None))
        self.overrideLabel.setText(QCoreApplication.translate("UnitPanel", u"Route instead:", None))
        self.reasonLabel.setText(QCoreApplication.translate("UnitPanel", u"Reason:", None))
        self.overrideReason.setPlaceholderText(QCoreApplication.translate("UnitPanel", u"why another disposition (required when changing it)", None))
        pass
    # retranslateUi

