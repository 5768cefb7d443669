# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'refurbish_bench.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDoubleSpinBox, QFormLayout,
    QGridLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpinBox, QSplitter,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from returns_desk.gui.choice_box import ChoiceBox

class Ui_RefurbishBench(object):
    def setupUi(self, RefurbishBench):
        if not RefurbishBench.objectName():
            RefurbishBench.setObjectName(u"RefurbishBench")
        self.column = QVBoxLayout(RefurbishBench)
        self.column.setObjectName(u"column")
        self.benchSplit = QSplitter(RefurbishBench)
        self.benchSplit.setObjectName(u"benchSplit")
        self.benchSplit.setOrientation(Qt.Orientation.Horizontal)
        self.benchSplit.setChildrenCollapsible(False)
        self.benchWork = QWidget(self.benchSplit)
        self.benchWork.setObjectName(u"benchWork")
        self.workColumn = QVBoxLayout(self.benchWork)
        self.workColumn.setObjectName(u"workColumn")
        self.workColumn.setContentsMargins(0, 0, 0, 0)
        self.unitColumn = QVBoxLayout()
        self.unitColumn.setObjectName(u"unitColumn")
        self.benchTitle = QLabel(self.benchWork)
        self.benchTitle.setObjectName(u"benchTitle")

        self.unitColumn.addWidget(self.benchTitle)

        self.benchScan = QLineEdit(self.benchWork)
        self.benchScan.setObjectName(u"benchScan")

        self.unitColumn.addWidget(self.benchScan)

        self.benchUnit = QLabel(self.benchWork)
        self.benchUnit.setObjectName(u"benchUnit")
        self.benchUnit.setWordWrap(True)

        self.unitColumn.addWidget(self.benchUnit)

        self.benchHistory = QTableWidget(self.benchWork)
        if (self.benchHistory.columnCount() < 7):
            self.benchHistory.setColumnCount(7)
        __qtablewidgetitem = QTableWidgetItem()
        self.benchHistory.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.benchHistory.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.benchHistory.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.benchHistory.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.benchHistory.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.benchHistory.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.benchHistory.setHorizontalHeaderItem(6, __qtablewidgetitem6)
        self.benchHistory.setObjectName(u"benchHistory")
        self.benchHistory.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.benchHistory.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.benchHistory.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.benchHistory.horizontalHeader().setStretchLastSection(True)
        self.benchHistory.verticalHeader().setVisible(False)

        self.unitColumn.addWidget(self.benchHistory)


        self.workColumn.addLayout(self.unitColumn)

        self.workForm = QFormLayout()
        self.workForm.setObjectName(u"workForm")
        self.benchPartsLabel = QLabel(self.benchWork)
        self.benchPartsLabel.setObjectName(u"benchPartsLabel")

        self.workForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.benchPartsLabel)

        self.benchParts = QLineEdit(self.benchWork)
        self.benchParts.setObjectName(u"benchParts")

        self.workForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.benchParts)

        self.benchMinutesLabel = QLabel(self.benchWork)
        self.benchMinutesLabel.setObjectName(u"benchMinutesLabel")

        self.workForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.benchMinutesLabel)

        self.benchMinutes = QSpinBox(self.benchWork)
        self.benchMinutes.setObjectName(u"benchMinutes")
        self.benchMinutes.setMaximum(1440)

        self.workForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.benchMinutes)

        self.benchCostLabel = QLabel(self.benchWork)
        self.benchCostLabel.setObjectName(u"benchCostLabel")

        self.workForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.benchCostLabel)

        self.benchCost = QDoubleSpinBox(self.benchWork)
        self.benchCost.setObjectName(u"benchCost")
        self.benchCost.setMaximum(100000.000000000000000)

        self.workForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.benchCost)

        self.benchNotesLabel = QLabel(self.benchWork)
        self.benchNotesLabel.setObjectName(u"benchNotesLabel")

        self.workForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.benchNotesLabel)

        self.benchNotes = QLineEdit(self.benchWork)
        self.benchNotes.setObjectName(u"benchNotes")

        self.workForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.benchNotes)

        self.bench_photo = QPushButton(self.benchWork)
        self.bench_photo.setObjectName(u"bench_photo")

        self.workForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.bench_photo)

        self.benchPhotos = QLabel(self.benchWork)
        self.benchPhotos.setObjectName(u"benchPhotos")

        self.workForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.benchPhotos)


        self.workColumn.addLayout(self.workForm)

        self.ends = QGridLayout()
        self.ends.setObjectName(u"ends")
        self.bench_work = QPushButton(self.benchWork)
        self.bench_work.setObjectName(u"bench_work")

        self.ends.addWidget(self.bench_work, 0, 0, 1, 1)

        self.bench_repaired = QPushButton(self.benchWork)
        self.bench_repaired.setObjectName(u"bench_repaired")

        self.ends.addWidget(self.bench_repaired, 1, 0, 1, 1)

        self.benchGrade = ChoiceBox(self.benchWork)
        self.benchGrade.setObjectName(u"benchGrade")

        self.ends.addWidget(self.benchGrade, 1, 1, 1, 1)

        self.benchDestination = QLineEdit(self.benchWork)
        self.benchDestination.setObjectName(u"benchDestination")

        self.ends.addWidget(self.benchDestination, 1, 2, 1, 1)

        self.bench_beyond = QPushButton(self.benchWork)
        self.bench_beyond.setObjectName(u"bench_beyond")

        self.ends.addWidget(self.bench_beyond, 2, 0, 1, 1)

        self.benchEnd = ChoiceBox(self.benchWork)
        self.benchEnd.setObjectName(u"benchEnd")

        self.ends.addWidget(self.benchEnd, 2, 1, 1, 1)

        self.benchReason = QLineEdit(self.benchWork)
        self.benchReason.setObjectName(u"benchReason")

        self.ends.addWidget(self.benchReason, 2, 2, 1, 1)


        self.workColumn.addLayout(self.ends)

        self.benchMessage = QLabel(self.benchWork)
        self.benchMessage.setObjectName(u"benchMessage")
        self.benchMessage.setWordWrap(True)

        self.workColumn.addWidget(self.benchMessage)

        self.workColumn.setStretch(0, 1)
        self.benchSplit.addWidget(self.benchWork)
        self.benchQueue = QWidget(self.benchSplit)
        self.benchQueue.setObjectName(u"benchQueue")
        self.queueColumn = QVBoxLayout(self.benchQueue)
        self.queueColumn.setObjectName(u"queueColumn")
        self.queueColumn.setContentsMargins(0, 0, 0, 0)
        self.benchWaitingTitle = QLabel(self.benchQueue)
        self.benchWaitingTitle.setObjectName(u"benchWaitingTitle")

        self.queueColumn.addWidget(self.benchWaitingTitle)

        self.benchWaiting = QTableWidget(self.benchQueue)
        if (self.benchWaiting.columnCount() < 6):
            self.benchWaiting.setColumnCount(6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.benchWaiting.setHorizontalHeaderItem(0, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.benchWaiting.setHorizontalHeaderItem(1, __qtablewidgetitem8)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.benchWaiting.setHorizontalHeaderItem(2, __qtablewidgetitem9)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.benchWaiting.setHorizontalHeaderItem(3, __qtablewidgetitem10)
        __qtablewidgetitem11 = QTableWidgetItem()
        self.benchWaiting.setHorizontalHeaderItem(4, __qtablewidgetitem11)
        __qtablewidgetitem12 = QTableWidgetItem()
        self.benchWaiting.setHorizontalHeaderItem(5, __qtablewidgetitem12)
        self.benchWaiting.setObjectName(u"benchWaiting")
        self.benchWaiting.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.benchWaiting.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.benchWaiting.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.benchWaiting.horizontalHeader().setStretchLastSection(True)
        self.benchWaiting.verticalHeader().setVisible(False)

        self.queueColumn.addWidget(self.benchWaiting)

        self.benchSplit.addWidget(self.benchQueue)

        self.column.addWidget(self.benchSplit)


        self.retranslateUi(RefurbishBench)
    # setupUi

    def retranslateUi(self, RefurbishBench):
        self.benchTitle.setText(QCoreApplication.translate("RefurbishBench", u"Refurbishment bench", None))
        self.benchScan.setPlaceholderText(QCoreApplication.translate("RefurbishBench", u"Scan a license plate (or type it and press Enter)", None))
        self.benchUnit.setText(QCoreApplication.translate("RefurbishBench", u"No unit on the bench.", None))
        ___qtablewidgetitem = self.benchHistory.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("RefurbishBench", u"When (UTC)", None))
        ___qtablewidgetitem1 = self.benchHistory.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("RefurbishBench", u"Who", None))
        ___qtablewidgetitem2 = self.benchHistory.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("RefurbishBench", u"Step", None))
        ___qtablewidgetitem3 = self.benchHistory.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("RefurbishBench", u"Parts", None))
        ___qtablewidgetitem4 = self.benchHistory.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("RefurbishBench", u"Minutes", None))
        ___qtablewidgetitem5 = self.benchHistory.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("RefurbishBench", u"Cost", None))
        ___qtablewidgetitem6 = self.benchHistory.horizontalHeaderItem(6)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("RefurbishBench", u"Notes", None))
        self.benchPartsLabel.setText(QCoreApplication.translate("RefurbishBench", u"Parts", None))
        self.benchParts.setPlaceholderText(QCoreApplication.translate("RefurbishBench", u"what was replaced or used", None))
        self.benchMinutesLabel.setText(QCoreApplication.translate("RefurbishBench", u"Minutes", None))
        self.benchCostLabel.setText(QCoreApplication.translate("RefurbishBench", u"Cost of parts", None))
        self.benchNotesLabel.setText(QCoreApplication.translate("RefurbishBench", u"Notes", None))
        self.bench_photo.setText(QCoreApplication.translate("RefurbishBench", u"Add photo\u2026", None))
        self.benchPhotos.setText(QCoreApplication.translate("RefurbishBench", u"No photos", None))
        self.bench_work.setText(QCoreApplication.translate("RefurbishBench", u"Save work (F2)", None))
        self.bench_repaired.setText(QCoreApplication.translate("RefurbishBench", u"Repaired (F3)", None))
        self.benchDestination.setPlaceholderText(QCoreApplication.translate("RefurbishBench", u"B-STOCK", None))
        self.bench_beyond.setText(QCoreApplication.translate("RefurbishBench", u"Beyond repair (F4)", None))
        self.benchReason.setPlaceholderText(QCoreApplication.translate("RefurbishBench", u"why it cannot be repaired", None))
        self.benchWaitingTitle.setText(QCoreApplication.translate("RefurbishBench", u"Waiting for the bench (oldest first)", None))
        ___qtablewidgetitem7 = self.benchWaiting.horizontalHeaderItem(0)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("RefurbishBench", u"Plate", None))
        ___qtablewidgetitem8 = self.benchWaiting.horizontalHeaderItem(1)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("RefurbishBench", u"SKU", None))
        ___qtablewidgetitem9 = self.benchWaiting.horizontalHeaderItem(2)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("RefurbishBench", u"Product", None))
        ___qtablewidgetitem10 = self.benchWaiting.horizontalHeaderItem(3)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("RefurbishBench", u"Grade", None))
        ___qtablewidgetitem11 = self.benchWaiting.horizontalHeaderItem(4)
        ___qtablewidgetitem11.setText(QCoreApplication.translate("RefurbishBench", u"Received", None))
        ___qtablewidgetitem12 = self.benchWaiting.horizontalHeaderItem(5)
        ___qtablewidgetitem12.setText(QCoreApplication.translate("RefurbishBench", u"Minutes so far", None))
        pass
    # retranslateUi

