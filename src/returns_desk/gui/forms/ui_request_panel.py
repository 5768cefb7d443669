# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'request_panel.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFormLayout, QHeaderView,
    QLabel, QSizePolicy, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_RequestPanel(object):
    def setupUi(self, RequestPanel):
        if not RequestPanel.objectName():
            RequestPanel.setObjectName(u"RequestPanel")
        self.column = QVBoxLayout(RequestPanel)
        self.column.setObjectName(u"column")
        self.column.setContentsMargins(0, 0, 0, 0)
        self.requestHeader = QLabel(RequestPanel)
        self.requestHeader.setObjectName(u"requestHeader")
        self.requestHeader.setWordWrap(True)

        self.column.addWidget(self.requestHeader)

        self.details = QFormLayout()
        self.details.setObjectName(u"details")
        self.labelCustomer = QLabel(RequestPanel)
        self.labelCustomer.setObjectName(u"labelCustomer")

        self.details.setWidget(0, QFormLayout.ItemRole.LabelRole, self.labelCustomer)

        self.fieldCustomer = QLabel(RequestPanel)
        self.fieldCustomer.setObjectName(u"fieldCustomer")
        self.fieldCustomer.setWordWrap(True)

        self.details.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fieldCustomer)

        self.labelOrder = QLabel(RequestPanel)
        self.labelOrder.setObjectName(u"labelOrder")

        self.details.setWidget(1, QFormLayout.ItemRole.LabelRole, self.labelOrder)

        self.fieldOrder = QLabel(RequestPanel)
        self.fieldOrder.setObjectName(u"fieldOrder")
        self.fieldOrder.setWordWrap(True)

        self.details.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fieldOrder)

        self.labelChannel = QLabel(RequestPanel)
        self.labelChannel.setObjectName(u"labelChannel")

        self.details.setWidget(2, QFormLayout.ItemRole.LabelRole, self.labelChannel)

        self.fieldChannel = QLabel(RequestPanel)
        self.fieldChannel.setObjectName(u"fieldChannel")
        self.fieldChannel.setWordWrap(True)

        self.details.setWidget(2, QFormLayout.ItemRole.FieldRole, self.fieldChannel)

        self.labelOrdered = QLabel(RequestPanel)
        self.labelOrdered.setObjectName(u"labelOrdered")

        self.details.setWidget(3, QFormLayout.ItemRole.LabelRole, self.labelOrdered)

        self.fieldOrdered = QLabel(RequestPanel)
        self.fieldOrdered.setObjectName(u"fieldOrdered")
        self.fieldOrdered.setWordWrap(True)

        self.details.setWidget(3, QFormLayout.ItemRole.FieldRole, self.fieldOrdered)

        self.labelDelivered = QLabel(RequestPanel)
        self.labelDelivered.setObjectName(u"labelDelivered")

        self.details.setWidget(4, QFormLayout.ItemRole.LabelRole, self.labelDelivered)

        self.fieldDelivered = QLabel(RequestPanel)
        self.fieldDelivered.setObjectName(u"fieldDelivered")
        self.fieldDelivered.setWordWrap(True)

        self.details.setWidget(4, QFormLayout.ItemRole.FieldRole, self.fieldDelivered)

        self.labelRequested = QLabel(RequestPanel)
        self.labelRequested.setObjectName(u"labelRequested")

        self.details.setWidget(5, QFormLayout.ItemRole.LabelRole, self.labelRequested)

        self.fieldRequested = QLabel(RequestPanel)
        self.fieldRequested.setObjectName(u"fieldRequested")
        self.fieldRequested.setWordWrap(True)

        self.details.setWidget(5, QFormLayout.ItemRole.FieldRole, self.fieldRequested)

        self.labelReturnwindow = QLabel(RequestPanel)
        self.labelReturnwindow.setObjectName(u"labelReturnwindow")

        self.details.setWidget(6, QFormLayout.ItemRole.LabelRole, self.labelReturnwindow)

        self.fieldReturnwindow = QLabel(RequestPanel)
        self.fieldReturnwindow.setObjectName(u"fieldReturnwindow")
        self.fieldReturnwindow.setWordWrap(True)

        self.details.setWidget(6, QFormLayout.ItemRole.FieldRole, self.fieldReturnwindow)

        self.labelEarlierreturns = QLabel(RequestPanel)
        self.labelEarlierreturns.setObjectName(u"labelEarlierreturns")

        self.details.setWidget(7, QFormLayout.ItemRole.LabelRole, self.labelEarlierreturns)

        self.fieldEarlierreturns = QLabel(RequestPanel)
        self.fieldEarlierreturns.setObjectName(u"fieldEarlierreturns")
        self.fieldEarlierreturns.setWordWrap(True)

        self.details.setWidget(7, QFormLayout.ItemRole.FieldRole, self.fieldEarlierreturns)


        self.column.addLayout(self.details)

        self.requestLines = QTableWidget(RequestPanel)
        if (self.requestLines.columnCount() < 7):
            self.requestLines.setColumnCount(7)
        __qtablewidgetitem = QTableWidgetItem()
        self.requestLines.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.requestLines.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.requestLines.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.requestLines.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.requestLines.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.requestLines.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.requestLines.setHorizontalHeaderItem(6, __qtablewidgetitem6)
        self.requestLines.setObjectName(u"requestLines")
        self.requestLines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.requestLines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.column.addWidget(self.requestLines)

        self.column.setStretch(2, 1)

        self.retranslateUi(RequestPanel)
    # setupUi

    def retranslateUi(self, RequestPanel):
        self.labelCustomer.setText(QCoreApplication.translate("RequestPanel", u"Customer:", None))
        self.fieldCustomer.setText(QCoreApplication.translate("RequestPanel", u"\u2014", None))
        self.labelOrder.setText(QCoreApplication.translate("RequestPanel", u"Order:", None))
        self.fieldOrder.setText(QCoreApplication.translate("RequestPanel", u"\u2014", None))
        self.labelChannel.setText(QCoreApplication.translate("RequestPanel", u"Channel:", None))
        self.fieldChannel.setText(QCoreApplication.translate("RequestPanel", u"\u2014", None))
        self.labelOrdered.setText(QCoreApplication.translate("RequestPanel", u"Ordered:", None))
        self.fieldOrdered.setText(QCoreApplication.translate("RequestPanel", u"\u2014", None))
        self.labelDelivered.setText(QCoreApplication.translate("RequestPanel", u"Delivered:", None))
        self.fieldDelivered.setText(QCoreApplication.translate("RequestPanel", u"\u2014", None))
        self.labelRequested.setText(QCoreApplication.translate("RequestPanel", u"Requested:", None))
        self.fieldRequested.setText(QCoreApplication.translate("RequestPanel", u"\u2014", None))
        self.labelReturnwindow.setText(QCoreApplication.translate("RequestPanel", u"Return window:", None))
        self.fieldReturnwindow.setText(QCoreApplication.translate("RequestPanel", u"\u2014", None))
        self.labelEarlierreturns.setText(QCoreApplication.translate("RequestPanel", u"Earlier returns:", None))
        self.fieldEarlierreturns.setText(QCoreApplication.translate("RequestPanel", u"\u2014", None))
        ___qtablewidgetitem = self.requestLines.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("RequestPanel", u"SKU", None))
        ___qtablewidgetitem1 = self.requestLines.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("RequestPanel", u"Item", None))
        ___qtablewidgetitem2 = self.requestLines.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("RequestPanel", u"Expected", None))
        ___qtablewidgetitem3 = self.requestLines.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("RequestPanel", u"Received", None))
        ___qtablewidgetitem4 = self.requestLines.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("RequestPanel", u"Reason", None))
        ___qtablewidgetitem5 = self.requestLines.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("RequestPanel", u"Customer comment", None))
        ___qtablewidgetitem6 = self.requestLines.horizontalHeaderItem(6)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("RequestPanel", u"Units", None))
        pass
    # retranslateUi

