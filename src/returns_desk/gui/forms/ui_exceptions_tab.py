# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'exceptions_tab.ui'
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
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from returns_desk.gui.choice_box import ChoiceBox

class Ui_ExceptionsTab(object):
    def setupUi(self, ExceptionsTab):
        if not ExceptionsTab.objectName():
            ExceptionsTab.setObjectName(u"ExceptionsTab")
        self.column = QVBoxLayout(ExceptionsTab)
        self.column.setObjectName(u"column")
        self.turnaround = QLabel(ExceptionsTab)
        self.turnaround.setObjectName(u"turnaround")

        self.column.addWidget(self.turnaround)

        self.actions = QHBoxLayout()
        self.actions.setObjectName(u"actions")
        self.kindLabel = QLabel(ExceptionsTab)
        self.kindLabel.setObjectName(u"kindLabel")

        self.actions.addWidget(self.kindLabel)

        self.exceptionKind = ChoiceBox(ExceptionsTab)
        self.exceptionKind.setObjectName(u"exceptionKind")

        self.actions.addWidget(self.exceptionKind)

        self.setSla = QPushButton(ExceptionsTab)
        self.setSla.setObjectName(u"setSla")

        self.actions.addWidget(self.setSla)

        self.exceptions_assign = QPushButton(ExceptionsTab)
        self.exceptions_assign.setObjectName(u"exceptions_assign")

        self.actions.addWidget(self.exceptions_assign)

        self.exceptions_resolve = QPushButton(ExceptionsTab)
        self.exceptions_resolve.setObjectName(u"exceptions_resolve")

        self.actions.addWidget(self.exceptions_resolve)

        self.exceptions_queue = QPushButton(ExceptionsTab)
        self.exceptions_queue.setObjectName(u"exceptions_queue")

        self.actions.addWidget(self.exceptions_queue)

        self.push = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions.addItem(self.push)

        self.exceptionCounts = QLabel(ExceptionsTab)
        self.exceptionCounts.setObjectName(u"exceptionCounts")

        self.actions.addWidget(self.exceptionCounts)


        self.column.addLayout(self.actions)

        self.exceptionsTable = QTableWidget(ExceptionsTab)
        if (self.exceptionsTable.columnCount() < 10):
            self.exceptionsTable.setColumnCount(10)
        __qtablewidgetitem = QTableWidgetItem()
        self.exceptionsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.exceptionsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.exceptionsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.exceptionsTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.exceptionsTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.exceptionsTable.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.exceptionsTable.setHorizontalHeaderItem(6, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.exceptionsTable.setHorizontalHeaderItem(7, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.exceptionsTable.setHorizontalHeaderItem(8, __qtablewidgetitem8)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.exceptionsTable.setHorizontalHeaderItem(9, __qtablewidgetitem9)
        self.exceptionsTable.setObjectName(u"exceptionsTable")
        self.exceptionsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.exceptionsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.exceptionsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.exceptionsTable.horizontalHeader().setStretchLastSection(True)
        self.exceptionsTable.verticalHeader().setVisible(False)

        self.column.addWidget(self.exceptionsTable)

        self.stationsLabel = QLabel(ExceptionsTab)
        self.stationsLabel.setObjectName(u"stationsLabel")

        self.column.addWidget(self.stationsLabel)

        self.stationsTable = QTableWidget(ExceptionsTab)
        if (self.stationsTable.columnCount() < 6):
            self.stationsTable.setColumnCount(6)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.stationsTable.setHorizontalHeaderItem(0, __qtablewidgetitem10)
        __qtablewidgetitem11 = QTableWidgetItem()
        self.stationsTable.setHorizontalHeaderItem(1, __qtablewidgetitem11)
        __qtablewidgetitem12 = QTableWidgetItem()
        self.stationsTable.setHorizontalHeaderItem(2, __qtablewidgetitem12)
        __qtablewidgetitem13 = QTableWidgetItem()
        self.stationsTable.setHorizontalHeaderItem(3, __qtablewidgetitem13)
        __qtablewidgetitem14 = QTableWidgetItem()
        self.stationsTable.setHorizontalHeaderItem(4, __qtablewidgetitem14)
        __qtablewidgetitem15 = QTableWidgetItem()
        self.stationsTable.setHorizontalHeaderItem(5, __qtablewidgetitem15)
        self.stationsTable.setObjectName(u"stationsTable")
        self.stationsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.stationsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.stationsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.stationsTable.horizontalHeader().setStretchLastSection(True)
        self.stationsTable.verticalHeader().setVisible(False)

        self.column.addWidget(self.stationsTable)

        self.column.setStretch(2, 3)
        self.column.setStretch(4, 1)

        self.retranslateUi(ExceptionsTab)
    # setupUi

    def retranslateUi(self, ExceptionsTab):
        self.kindLabel.setText(QCoreApplication.translate("ExceptionsTab", u"Kind", None))
        self.setSla.setText(QCoreApplication.translate("ExceptionsTab", u"Set SLA\u2026", None))
        self.exceptions_assign.setText(QCoreApplication.translate("ExceptionsTab", u"Assign\u2026", None))
        self.exceptions_resolve.setText(QCoreApplication.translate("ExceptionsTab", u"Resolve\u2026", None))
        self.exceptions_queue.setText(QCoreApplication.translate("ExceptionsTab", u"Show in queue", None))
        ___qtablewidgetitem = self.exceptionsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ExceptionsTab", u"#", None))
        ___qtablewidgetitem1 = self.exceptionsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ExceptionsTab", u"Kind", None))
        ___qtablewidgetitem2 = self.exceptionsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ExceptionsTab", u"Age", None))
        ___qtablewidgetitem3 = self.exceptionsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ExceptionsTab", u"SLA", None))
        ___qtablewidgetitem4 = self.exceptionsTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("ExceptionsTab", u"RMA", None))
        ___qtablewidgetitem5 = self.exceptionsTable.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("ExceptionsTab", u"LPN / code", None))
        ___qtablewidgetitem6 = self.exceptionsTable.horizontalHeaderItem(6)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("ExceptionsTab", u"Station", None))
        ___qtablewidgetitem7 = self.exceptionsTable.horizontalHeaderItem(7)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("ExceptionsTab", u"Opened by", None))
        ___qtablewidgetitem8 = self.exceptionsTable.horizontalHeaderItem(8)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("ExceptionsTab", u"Assigned to", None))
        ___qtablewidgetitem9 = self.exceptionsTable.horizontalHeaderItem(9)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("ExceptionsTab", u"About", None))
        self.stationsLabel.setText(QCoreApplication.translate("ExceptionsTab", u"Stations", None))
        ___qtablewidgetitem10 = self.stationsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("ExceptionsTab", u"Station", None))
        ___qtablewidgetitem11 = self.stationsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem11.setText(QCoreApplication.translate("ExceptionsTab", u"Shared database", None))
        ___qtablewidgetitem12 = self.stationsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem12.setText(QCoreApplication.translate("ExceptionsTab", u"Waiting to send", None))
        ___qtablewidgetitem13 = self.stationsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem13.setText(QCoreApplication.translate("ExceptionsTab", u"Conflicts", None))
        ___qtablewidgetitem14 = self.stationsTable.horizontalHeaderItem(4)
        ___qtablewidgetitem14.setText(QCoreApplication.translate("ExceptionsTab", u"Last sync", None))
        ___qtablewidgetitem15 = self.stationsTable.horizontalHeaderItem(5)
        ___qtablewidgetitem15.setText(QCoreApplication.translate("ExceptionsTab", u"Last heard", None))
        pass
    # retranslateUi

