# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_request.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

from returns_desk.gui.choice_box import ChoiceBox

class Ui_NewRequestDialog(object):
    def setupUi(self, NewRequestDialog):
        if not NewRequestDialog.objectName():
            NewRequestDialog.setObjectName(u"NewRequestDialog")
        self.column = QVBoxLayout(NewRequestDialog)
        self.column.setObjectName(u"column")
        self.findRow = QHBoxLayout()
        self.findRow.setObjectName(u"findRow")
        self.newSearch = QLineEdit(NewRequestDialog)
        self.newSearch.setObjectName(u"newSearch")

        self.findRow.addWidget(self.newSearch)

        self.new_find = QPushButton(NewRequestDialog)
        self.new_find.setObjectName(u"new_find")

        self.findRow.addWidget(self.new_find)


        self.column.addLayout(self.findRow)

        self.newOrders = QTableWidget(NewRequestDialog)
        if (self.newOrders.columnCount() < 6):
            self.newOrders.setColumnCount(6)
        __qtablewidgetitem = QTableWidgetItem()
        self.newOrders.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.newOrders.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.newOrders.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.newOrders.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.newOrders.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.newOrders.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        self.newOrders.setObjectName(u"newOrders")
        self.newOrders.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.newOrders.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.newOrders.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.newOrders.horizontalHeader().setStretchLastSection(True)
        self.newOrders.verticalHeader().setVisible(False)

        self.column.addWidget(self.newOrders)

        self.newLines = QTableWidget(NewRequestDialog)
        if (self.newLines.columnCount() < 7):
            self.newLines.setColumnCount(7)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.newLines.setHorizontalHeaderItem(0, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.newLines.setHorizontalHeaderItem(1, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.newLines.setHorizontalHeaderItem(2, __qtablewidgetitem8)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.newLines.setHorizontalHeaderItem(3, __qtablewidgetitem9)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.newLines.setHorizontalHeaderItem(4, __qtablewidgetitem10)
        __qtablewidgetitem11 = QTableWidgetItem()
        self.newLines.setHorizontalHeaderItem(5, __qtablewidgetitem11)
        __qtablewidgetitem12 = QTableWidgetItem()
        self.newLines.setHorizontalHeaderItem(6, __qtablewidgetitem12)
        self.newLines.setObjectName(u"newLines")
        self.newLines.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.newLines.horizontalHeader().setStretchLastSection(True)
        self.newLines.verticalHeader().setVisible(False)

        self.column.addWidget(self.newLines)

        self.requestForm = QFormLayout()
        self.requestForm.setObjectName(u"requestForm")
        self.newResolutionLabel = QLabel(NewRequestDialog)
        self.newResolutionLabel.setObjectName(u"newResolutionLabel")

        self.requestForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.newResolutionLabel)

        self.newResolution = ChoiceBox(NewRequestDialog)
        self.newResolution.setObjectName(u"newResolution")

        self.requestForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.newResolution)

        self.newCommentLabel = QLabel(NewRequestDialog)
        self.newCommentLabel.setObjectName(u"newCommentLabel")

        self.requestForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.newCommentLabel)

        self.newComment = QLineEdit(NewRequestDialog)
        self.newComment.setObjectName(u"newComment")

        self.requestForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.newComment)

        self.new_photos = QPushButton(NewRequestDialog)
        self.new_photos.setObjectName(u"new_photos")

        self.requestForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.new_photos)

        self.newPhotos = QLabel(NewRequestDialog)
        self.newPhotos.setObjectName(u"newPhotos")

        self.requestForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.newPhotos)


        self.column.addLayout(self.requestForm)

        self.newVerdict = QLabel(NewRequestDialog)
        self.newVerdict.setObjectName(u"newVerdict")
        self.newVerdict.setWordWrap(True)

        self.column.addWidget(self.newVerdict)

        self.newButtons = QHBoxLayout()
        self.newButtons.setObjectName(u"newButtons")
        self.sp829920 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.newButtons.addItem(self.sp829920)

        self.new_create = QPushButton(NewRequestDialog)
        self.new_create.setObjectName(u"new_create")

        self.newButtons.addWidget(self.new_create)

        self.new_close = QPushButton(NewRequestDialog)
        self.new_close.setObjectName(u"new_close")

        self.newButtons.addWidget(self.new_close)


        self.column.addLayout(self.newButtons)

        self.column.setStretch(1, 1)
        self.column.setStretch(2, 2)

        self.retranslateUi(NewRequestDialog)
    # setupUi

    def retranslateUi(self, NewRequestDialog):
        NewRequestDialog.setWindowTitle(QCoreApplication.translate("NewRequestDialog", u"New return request", None))
        self.newSearch.setPlaceholderText(QCoreApplication.translate("NewRequestDialog", u"Order number, customer e-mail or the start of their name", None))
        self.new_find.setText(QCoreApplication.translate("NewRequestDialog", u"Find", None))
        ___qtablewidgetitem = self.newOrders.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("NewRequestDialog", u"Order", None))
        ___qtablewidgetitem1 = self.newOrders.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("NewRequestDialog", u"Customer", None))
        ___qtablewidgetitem2 = self.newOrders.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("NewRequestDialog", u"E-mail", None))
        ___qtablewidgetitem3 = self.newOrders.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("NewRequestDialog", u"Channel", None))
        ___qtablewidgetitem4 = self.newOrders.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("NewRequestDialog", u"Ordered", None))
        ___qtablewidgetitem5 = self.newOrders.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("NewRequestDialog", u"Delivered", None))
        ___qtablewidgetitem6 = self.newLines.horizontalHeaderItem(0)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("NewRequestDialog", u"SKU", None))
        ___qtablewidgetitem7 = self.newLines.horizontalHeaderItem(1)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("NewRequestDialog", u"Product", None))
        ___qtablewidgetitem8 = self.newLines.horizontalHeaderItem(2)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("NewRequestDialog", u"Sold", None))
        ___qtablewidgetitem9 = self.newLines.horizontalHeaderItem(3)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("NewRequestDialog", u"On returns", None))
        ___qtablewidgetitem10 = self.newLines.horizontalHeaderItem(4)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("NewRequestDialog", u"Quantity", None))
        ___qtablewidgetitem11 = self.newLines.horizontalHeaderItem(5)
        ___qtablewidgetitem11.setText(QCoreApplication.translate("NewRequestDialog", u"Reason", None))
        ___qtablewidgetitem12 = self.newLines.horizontalHeaderItem(6)
        ___qtablewidgetitem12.setText(QCoreApplication.translate("NewRequestDialog", u"Policy", None))
        self.newResolutionLabel.setText(QCoreApplication.translate("NewRequestDialog", u"The customer wants", None))
        self.newCommentLabel.setText(QCoreApplication.translate("NewRequestDialog", u"Comment", None))
        self.newComment.setPlaceholderText(QCoreApplication.translate("NewRequestDialog", u"what the customer said", None))
        self.new_photos.setText(QCoreApplication.translate("NewRequestDialog", u"Customer's photos\u2026", None))
        self.newPhotos.setText(QCoreApplication.translate("NewRequestDialog", u"No photos", None))
        self.new_create.setText(QCoreApplication.translate("NewRequestDialog", u"Make request", None))
        self.new_close.setText(QCoreApplication.translate("NewRequestDialog", u"Close", None))
    # retranslateUi

