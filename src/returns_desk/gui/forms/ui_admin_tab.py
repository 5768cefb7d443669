# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

from returns_desk.gui.choice_box import ChoiceBox

class Ui_AdminTab(object):
    def setupUi(self, AdminTab):
        if not AdminTab.objectName():
            AdminTab.setObjectName(u"AdminTab")
        self.columns = QHBoxLayout(AdminTab)
        self.columns.setObjectName(u"columns")
        self.tables = QVBoxLayout()
        self.tables.setObjectName(u"tables")
        self.usersTable = QTableWidget(AdminTab)
        if (self.usersTable.columnCount() < 6):
            self.usersTable.setColumnCount(6)
        __qtablewidgetitem = QTableWidgetItem()
        self.usersTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.usersTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.usersTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.usersTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.usersTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.usersTable.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        self.usersTable.setObjectName(u"usersTable")
        self.usersTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.usersTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.usersTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.usersTable.horizontalHeader().setStretchLastSection(True)
        self.usersTable.verticalHeader().setVisible(False)

        self.tables.addWidget(self.usersTable)

        self.stationsAdminTable = QTableWidget(AdminTab)
        if (self.stationsAdminTable.columnCount() < 3):
            self.stationsAdminTable.setColumnCount(3)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.stationsAdminTable.setHorizontalHeaderItem(0, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.stationsAdminTable.setHorizontalHeaderItem(1, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.stationsAdminTable.setHorizontalHeaderItem(2, __qtablewidgetitem8)
        self.stationsAdminTable.setObjectName(u"stationsAdminTable")
        self.stationsAdminTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.stationsAdminTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.stationsAdminTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.stationsAdminTable.horizontalHeader().setStretchLastSection(True)
        self.stationsAdminTable.verticalHeader().setVisible(False)

        self.tables.addWidget(self.stationsAdminTable)

        self.tables.setStretch(0, 2)
        self.tables.setStretch(1, 1)

        self.columns.addLayout(self.tables)

        self.actions = QFormLayout()
        self.actions.setObjectName(u"actions")
        self.badgeLabel = QLabel(AdminTab)
        self.badgeLabel.setObjectName(u"badgeLabel")

        self.actions.setWidget(0, QFormLayout.ItemRole.LabelRole, self.badgeLabel)

        self.newBadge = QLineEdit(AdminTab)
        self.newBadge.setObjectName(u"newBadge")

        self.actions.setWidget(0, QFormLayout.ItemRole.FieldRole, self.newBadge)

        self.nameLabel = QLabel(AdminTab)
        self.nameLabel.setObjectName(u"nameLabel")

        self.actions.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.newName = QLineEdit(AdminTab)
        self.newName.setObjectName(u"newName")

        self.actions.setWidget(1, QFormLayout.ItemRole.FieldRole, self.newName)

        self.roleLabel = QLabel(AdminTab)
        self.roleLabel.setObjectName(u"roleLabel")

        self.actions.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.newRole = ChoiceBox(AdminTab)
        self.newRole.setObjectName(u"newRole")

        self.actions.setWidget(2, QFormLayout.ItemRole.FieldRole, self.newRole)

        self.pinLabel = QLabel(AdminTab)
        self.pinLabel.setObjectName(u"pinLabel")

        self.actions.setWidget(3, QFormLayout.ItemRole.LabelRole, self.pinLabel)

        self.newPin = QLineEdit(AdminTab)
        self.newPin.setObjectName(u"newPin")
        self.newPin.setEchoMode(QLineEdit.EchoMode.Password)

        self.actions.setWidget(3, QFormLayout.ItemRole.FieldRole, self.newPin)

        self.createUser = QPushButton(AdminTab)
        self.createUser.setObjectName(u"createUser")

        self.actions.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.createUser)

        self.toggleUser = QPushButton(AdminTab)
        self.toggleUser.setObjectName(u"toggleUser")

        self.actions.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.toggleUser)

        self.resetPin = QPushButton(AdminTab)
        self.resetPin.setObjectName(u"resetPin")

        self.actions.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.resetPin)

        self.stationLabel = QLabel(AdminTab)
        self.stationLabel.setObjectName(u"stationLabel")

        self.actions.setWidget(7, QFormLayout.ItemRole.LabelRole, self.stationLabel)

        self.newStation = QLineEdit(AdminTab)
        self.newStation.setObjectName(u"newStation")

        self.actions.setWidget(7, QFormLayout.ItemRole.FieldRole, self.newStation)

        self.createStation = QPushButton(AdminTab)
        self.createStation.setObjectName(u"createStation")

        self.actions.setWidget(8, QFormLayout.ItemRole.SpanningRole, self.createStation)

        self.toggleStation = QPushButton(AdminTab)
        self.toggleStation.setObjectName(u"toggleStation")

        self.actions.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.toggleStation)


        self.columns.addLayout(self.actions)

        self.columns.setStretch(0, 3)
        self.columns.setStretch(1, 1)

        self.retranslateUi(AdminTab)
    # setupUi

    def retranslateUi(self, AdminTab):
        ___qtablewidgetitem = self.usersTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("AdminTab", u"Badge", None))
        ___qtablewidgetitem1 = self.usersTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("AdminTab", u"Name", None))
        ___qtablewidgetitem2 = self.usersTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("AdminTab", u"Role", None))
        ___qtablewidgetitem3 = self.usersTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("AdminTab", u"Active", None))
        ___qtablewidgetitem4 = self.usersTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("AdminTab", u"PIN", None))
        ___qtablewidgetitem5 = self.usersTable.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("AdminTab", u"Locked until", None))
        ___qtablewidgetitem6 = self.stationsAdminTable.horizontalHeaderItem(0)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("AdminTab", u"Station", None))
        ___qtablewidgetitem7 = self.stationsAdminTable.horizontalHeaderItem(1)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("AdminTab", u"Location", None))
        ___qtablewidgetitem8 = self.stationsAdminTable.horizontalHeaderItem(2)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("AdminTab", u"Active", None))
        self.badgeLabel.setText(QCoreApplication.translate("AdminTab", u"Badge", None))
        self.nameLabel.setText(QCoreApplication.translate("AdminTab", u"Name", None))
        self.roleLabel.setText(QCoreApplication.translate("AdminTab", u"Role", None))
        self.pinLabel.setText(QCoreApplication.translate("AdminTab", u"PIN (supervisors, admins)", None))
        self.createUser.setText(QCoreApplication.translate("AdminTab", u"Create user", None))
        self.toggleUser.setText(QCoreApplication.translate("AdminTab", u"Activate / deactivate selected user\u2026", None))
        self.resetPin.setText(QCoreApplication.translate("AdminTab", u"Reset PIN of selected user\u2026", None))
        self.stationLabel.setText(QCoreApplication.translate("AdminTab", u"New station", None))
        self.createStation.setText(QCoreApplication.translate("AdminTab", u"Create station", None))
        self.toggleStation.setText(QCoreApplication.translate("AdminTab", u"Activate / deactivate selected station\u2026", None))
        pass
    # retranslateUi

