# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'regrade_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

from returns_desk.gui.choice_box import ChoiceBox

class Ui_RegradeTab(object):
    def setupUi(self, RegradeTab):
        if not RegradeTab.objectName():
            RegradeTab.setObjectName(u"RegradeTab")
        self.column = QVBoxLayout(RegradeTab)
        self.column.setObjectName(u"column")
        self.regradeUnit = QLabel(RegradeTab)
        self.regradeUnit.setObjectName(u"regradeUnit")
        self.regradeUnit.setWordWrap(True)

        self.column.addWidget(self.regradeUnit)

        self.gradeRow = QHBoxLayout()
        self.gradeRow.setObjectName(u"gradeRow")
        self.regradeGrade = ChoiceBox(RegradeTab)
        self.regradeGrade.setObjectName(u"regradeGrade")

        self.gradeRow.addWidget(self.regradeGrade)

        self.regradeNotes = QLineEdit(RegradeTab)
        self.regradeNotes.setObjectName(u"regradeNotes")

        self.gradeRow.addWidget(self.regradeNotes)

        self.regradeSave = QPushButton(RegradeTab)
        self.regradeSave.setObjectName(u"regradeSave")

        self.gradeRow.addWidget(self.regradeSave)

        self.gap = QSpacerItem(24, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.gradeRow.addItem(self.gap)

        self.shareLabel = QLabel(RegradeTab)
        self.shareLabel.setObjectName(u"shareLabel")

        self.gradeRow.addWidget(self.shareLabel)

        self.regradeShareValue = QSpinBox(RegradeTab)
        self.regradeShareValue.setObjectName(u"regradeShareValue")
        self.regradeShareValue.setMaximum(100)

        self.gradeRow.addWidget(self.regradeShareValue)

        self.regradeShare = QPushButton(RegradeTab)
        self.regradeShare.setObjectName(u"regradeShare")

        self.gradeRow.addWidget(self.regradeShare)

        self.gradeRow.setStretch(1, 1)

        self.column.addLayout(self.gradeRow)

        self.agreement = QLabel(RegradeTab)
        self.agreement.setObjectName(u"agreement")

        self.column.addWidget(self.agreement)

        self.agreementTable = QTableWidget(RegradeTab)
        if (self.agreementTable.columnCount() < 4):
            self.agreementTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.agreementTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.agreementTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.agreementTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.agreementTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.agreementTable.setObjectName(u"agreementTable")
        self.agreementTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.agreementTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.agreementTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.agreementTable.horizontalHeader().setStretchLastSection(True)
        self.agreementTable.verticalHeader().setVisible(False)

        self.column.addWidget(self.agreementTable)

        self.column.setStretch(3, 1)

        self.retranslateUi(RegradeTab)
    # setupUi

    def retranslateUi(self, RegradeTab):
        self.regradeNotes.setPlaceholderText(QCoreApplication.translate("RegradeTab", u"Notes (optional)", None))
        self.regradeSave.setText(QCoreApplication.translate("RegradeTab", u"Save blind grade", None))
        self.shareLabel.setText(QCoreApplication.translate("RegradeTab", u"Blind re-grade share", None))
        self.regradeShareValue.setSuffix(QCoreApplication.translate("RegradeTab", u" % of units", None))
        self.regradeShare.setText(QCoreApplication.translate("RegradeTab", u"Set share\u2026", None))
        ___qtablewidgetitem = self.agreementTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("RegradeTab", u"Inspector", None))
        ___qtablewidgetitem1 = self.agreementTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("RegradeTab", u"Re-graded", None))
        ___qtablewidgetitem2 = self.agreementTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("RegradeTab", u"Agreed", None))
        ___qtablewidgetitem3 = self.agreementTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("RegradeTab", u"Agreement", None))
        pass
    # retranslateUi

