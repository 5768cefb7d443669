# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settle.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

from returns_desk.gui.choice_box import ChoiceBox

class Ui_SettleDialog(object):
    def setupUi(self, SettleDialog):
        if not SettleDialog.objectName():
            SettleDialog.setObjectName(u"SettleDialog")
        self.column = QVBoxLayout(SettleDialog)
        self.column.setObjectName(u"column")
        self.settleHeader = QLabel(SettleDialog)
        self.settleHeader.setObjectName(u"settleHeader")
        self.settleHeader.setWordWrap(True)

        self.column.addWidget(self.settleHeader)

        self.settleLines = QTableWidget(SettleDialog)
        if (self.settleLines.columnCount() < 7):
            self.settleLines.setColumnCount(7)
        __qtablewidgetitem = QTableWidgetItem()
        self.settleLines.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.settleLines.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.settleLines.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.settleLines.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.settleLines.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.settleLines.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.settleLines.setHorizontalHeaderItem(6, __qtablewidgetitem6)
        self.settleLines.setObjectName(u"settleLines")
        self.settleLines.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.settleLines.horizontalHeader().setStretchLastSection(True)
        self.settleLines.verticalHeader().setVisible(False)

        self.column.addWidget(self.settleLines)

        self.settleReason = QLineEdit(SettleDialog)
        self.settleReason.setObjectName(u"settleReason")

        self.column.addWidget(self.settleReason)

        self.settleTotal = QLabel(SettleDialog)
        self.settleTotal.setObjectName(u"settleTotal")

        self.column.addWidget(self.settleTotal)

        self.settleButtons = QHBoxLayout()
        self.settleButtons.setObjectName(u"settleButtons")
        self.sp829920 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.settleButtons.addItem(self.sp829920)

        self.settle_confirm = QPushButton(SettleDialog)
        self.settle_confirm.setObjectName(u"settle_confirm")

        self.settleButtons.addWidget(self.settle_confirm)

        self.settle_close = QPushButton(SettleDialog)
        self.settle_close.setObjectName(u"settle_close")

        self.settleButtons.addWidget(self.settle_close)


        self.column.addLayout(self.settleButtons)

        self.column.setStretch(1, 1)

        self.retranslateUi(SettleDialog)
    # setupUi

    def retranslateUi(self, SettleDialog):
        SettleDialog.setWindowTitle(QCoreApplication.translate("SettleDialog", u"Settle return", None))
        ___qtablewidgetitem = self.settleLines.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("SettleDialog", u"SKU", None))
        ___qtablewidgetitem1 = self.settleLines.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("SettleDialog", u"Product", None))
        ___qtablewidgetitem2 = self.settleLines.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("SettleDialog", u"Units", None))
        ___qtablewidgetitem3 = self.settleLines.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("SettleDialog", u"Paid", None))
        ___qtablewidgetitem4 = self.settleLines.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("SettleDialog", u"Proposed", None))
        ___qtablewidgetitem5 = self.settleLines.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("SettleDialog", u"Amount", None))
        ___qtablewidgetitem6 = self.settleLines.horizontalHeaderItem(6)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("SettleDialog", u"Why", None))
        self.settleReason.setPlaceholderText(QCoreApplication.translate("SettleDialog", u"Reason (needed when an amount differs from the proposal)", None))
        self.settle_confirm.setText(QCoreApplication.translate("SettleDialog", u"Confirm settlement", None))
        self.settle_close.setText(QCoreApplication.translate("SettleDialog", u"Close", None))
    # retranslateUi

