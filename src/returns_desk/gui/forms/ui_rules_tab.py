# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rules_tab.ui'
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
    QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_RulesTab(object):
    def setupUi(self, RulesTab):
        if not RulesTab.objectName():
            RulesTab.setObjectName(u"RulesTab")
        self.column = QVBoxLayout(RulesTab)
        self.column.setObjectName(u"column")
        self.rulesTable = QTableWidget(RulesTab)
        self.rulesTable.setObjectName(u"rulesTable")

        self.column.addWidget(self.rulesTable)

        self.ruleButtons = QHBoxLayout()
        self.ruleButtons.setObjectName(u"ruleButtons")
        self.rules_add = QPushButton(RulesTab)
        self.rules_add.setObjectName(u"rules_add")

        self.ruleButtons.addWidget(self.rules_add)

        self.rules_remove = QPushButton(RulesTab)
        self.rules_remove.setObjectName(u"rules_remove")

        self.ruleButtons.addWidget(self.rules_remove)

        self.rules_up = QPushButton(RulesTab)
        self.rules_up.setObjectName(u"rules_up")

        self.ruleButtons.addWidget(self.rules_up)

        self.rules_down = QPushButton(RulesTab)
        self.rules_down.setObjectName(u"rules_down")

        self.ruleButtons.addWidget(self.rules_down)

        self.rules_check = QPushButton(RulesTab)
        self.rules_check.setObjectName(u"rules_check")

        self.ruleButtons.addWidget(self.rules_check)

        self.rules_what_if = QPushButton(RulesTab)
        self.rules_what_if.setObjectName(u"rules_what_if")

        self.ruleButtons.addWidget(self.rules_what_if)

        self.whatIfDays = QSpinBox(RulesTab)
        self.whatIfDays.setObjectName(u"whatIfDays")
        self.whatIfDays.setMinimum(1)
        self.whatIfDays.setMaximum(365)
        self.whatIfDays.setValue(30)

        self.ruleButtons.addWidget(self.whatIfDays)

        self.rules_publish = QPushButton(RulesTab)
        self.rules_publish.setObjectName(u"rules_publish")

        self.ruleButtons.addWidget(self.rules_publish)

        self.push = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.ruleButtons.addItem(self.push)


        self.column.addLayout(self.ruleButtons)

        self.rulesResult = QLabel(RulesTab)
        self.rulesResult.setObjectName(u"rulesResult")
        self.rulesResult.setWordWrap(True)

        self.column.addWidget(self.rulesResult)

        self.versionsLabel = QLabel(RulesTab)
        self.versionsLabel.setObjectName(u"versionsLabel")

        self.column.addWidget(self.versionsLabel)

        self.rulesHistory = QTableWidget(RulesTab)
        if (self.rulesHistory.columnCount() < 5):
            self.rulesHistory.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.rulesHistory.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.rulesHistory.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.rulesHistory.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.rulesHistory.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.rulesHistory.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.rulesHistory.setObjectName(u"rulesHistory")
        self.rulesHistory.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rulesHistory.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rulesHistory.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rulesHistory.horizontalHeader().setStretchLastSection(True)
        self.rulesHistory.verticalHeader().setVisible(False)

        self.column.addWidget(self.rulesHistory)

        self.column.setStretch(0, 3)
        self.column.setStretch(4, 1)

        self.retranslateUi(RulesTab)
    # setupUi

    def retranslateUi(self, RulesTab):
        self.rules_add.setText(QCoreApplication.translate("RulesTab", u"Add rule", None))
        self.rules_remove.setText(QCoreApplication.translate("RulesTab", u"Remove rule", None))
        self.rules_up.setText(QCoreApplication.translate("RulesTab", u"Move up", None))
        self.rules_down.setText(QCoreApplication.translate("RulesTab", u"Move down", None))
        self.rules_check.setText(QCoreApplication.translate("RulesTab", u"Check", None))
        self.rules_what_if.setText(QCoreApplication.translate("RulesTab", u"What-if over the last", None))
        self.whatIfDays.setSuffix(QCoreApplication.translate("RulesTab", u" days", None))
        self.rules_publish.setText(QCoreApplication.translate("RulesTab", u"Publish\u2026", None))
        self.rulesResult.setText(QCoreApplication.translate("RulesTab", u"Edit the rules, then Check or What-if before publishing.", None))
        self.versionsLabel.setText(QCoreApplication.translate("RulesTab", u"Published versions", None))
        ___qtablewidgetitem = self.rulesHistory.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("RulesTab", u"Version", None))
        ___qtablewidgetitem1 = self.rulesHistory.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("RulesTab", u"Published", None))
        ___qtablewidgetitem2 = self.rulesHistory.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("RulesTab", u"By", None))
        ___qtablewidgetitem3 = self.rulesHistory.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("RulesTab", u"Rules", None))
        ___qtablewidgetitem4 = self.rulesHistory.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("RulesTab", u"Why", None))
        pass
    # retranslateUi

