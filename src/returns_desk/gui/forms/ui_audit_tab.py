# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_tab.ui'
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
    QLineEdit, QPushButton, QSizePolicy, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

from returns_desk.gui.choice_box import ChoiceBox

class Ui_AuditTab(object):
    def setupUi(self, AuditTab):
        if not AuditTab.objectName():
            AuditTab.setObjectName(u"AuditTab")
        self.column = QVBoxLayout(AuditTab)
        self.column.setObjectName(u"column")
        self.filters = QHBoxLayout()
        self.filters.setObjectName(u"filters")
        self.auditSubject = ChoiceBox(AuditTab)
        self.auditSubject.setObjectName(u"auditSubject")

        self.filters.addWidget(self.auditSubject)

        self.auditKey = QLineEdit(AuditTab)
        self.auditKey.setObjectName(u"auditKey")

        self.filters.addWidget(self.auditKey)

        self.auditKind = QLineEdit(AuditTab)
        self.auditKind.setObjectName(u"auditKind")

        self.filters.addWidget(self.auditKind)

        self.auditShow = QPushButton(AuditTab)
        self.auditShow.setObjectName(u"auditShow")

        self.filters.addWidget(self.auditShow)

        self.auditExport = QPushButton(AuditTab)
        self.auditExport.setObjectName(u"auditExport")

        self.filters.addWidget(self.auditExport)


        self.column.addLayout(self.filters)

        self.auditTable = QTableWidget(AuditTab)
        if (self.auditTable.columnCount() < 6):
            self.auditTable.setColumnCount(6)
        __qtablewidgetitem = QTableWidgetItem()
        self.auditTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.auditTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.auditTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.auditTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.auditTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.auditTable.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        self.auditTable.setObjectName(u"auditTable")
        self.auditTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.auditTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.auditTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.auditTable.horizontalHeader().setStretchLastSection(True)
        self.auditTable.verticalHeader().setVisible(False)

        self.column.addWidget(self.auditTable)

        self.column.setStretch(1, 1)

        self.retranslateUi(AuditTab)
    # setupUi

    def retranslateUi(self, AuditTab):
        self.auditKey.setPlaceholderText(QCoreApplication.translate("AuditTab", u"LPN, RMA, badge or station", None))
        self.auditKind.setPlaceholderText(QCoreApplication.translate("AuditTab", u"event kind starts with\u2026 (optional)", None))
        self.auditShow.setText(QCoreApplication.translate("AuditTab", u"Show", None))
        self.auditExport.setText(QCoreApplication.translate("AuditTab", u"Export CSV\u2026", None))
        ___qtablewidgetitem = self.auditTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("AuditTab", u"When (UTC)", None))
        ___qtablewidgetitem1 = self.auditTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("AuditTab", u"Event", None))
        ___qtablewidgetitem2 = self.auditTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("AuditTab", u"Subject", None))
        ___qtablewidgetitem3 = self.auditTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("AuditTab", u"User", None))
        ___qtablewidgetitem4 = self.auditTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("AuditTab", u"Station", None))
        ___qtablewidgetitem5 = self.auditTable.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("AuditTab", u"Details", None))
        pass
    # retranslateUi

