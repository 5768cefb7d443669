# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'requests_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QDateEdit,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTableView, QTextBrowser, QVBoxLayout, QWidget)

from returns_desk.gui.choice_box import ChoiceBox

class Ui_RequestsTab(object):
    def setupUi(self, RequestsTab):
        if not RequestsTab.objectName():
            RequestsTab.setObjectName(u"RequestsTab")
        self.column = QVBoxLayout(RequestsTab)
        self.column.setObjectName(u"column")
        self.filters = QHBoxLayout()
        self.filters.setObjectName(u"filters")
        self.requestsSearch = QLineEdit(RequestsTab)
        self.requestsSearch.setObjectName(u"requestsSearch")

        self.filters.addWidget(self.requestsSearch)

        self.requestsStatus = ChoiceBox(RequestsTab)
        self.requestsStatus.setObjectName(u"requestsStatus")

        self.filters.addWidget(self.requestsStatus)

        self.requestsChannel = ChoiceBox(RequestsTab)
        self.requestsChannel.setObjectName(u"requestsChannel")

        self.filters.addWidget(self.requestsChannel)

        self.requestsReason = ChoiceBox(RequestsTab)
        self.requestsReason.setObjectName(u"requestsReason")

        self.filters.addWidget(self.requestsReason)

        self.requestsUseDates = QCheckBox(RequestsTab)
        self.requestsUseDates.setObjectName(u"requestsUseDates")

        self.filters.addWidget(self.requestsUseDates)

        self.requestsFrom = QDateEdit(RequestsTab)
        self.requestsFrom.setObjectName(u"requestsFrom")
        self.requestsFrom.setCalendarPopup(True)

        self.filters.addWidget(self.requestsFrom)

        self.requestsTo = QDateEdit(RequestsTab)
        self.requestsTo.setObjectName(u"requestsTo")
        self.requestsTo.setCalendarPopup(True)

        self.filters.addWidget(self.requestsTo)

        self.requestsOrder = ChoiceBox(RequestsTab)
        self.requestsOrder.setObjectName(u"requestsOrder")

        self.filters.addWidget(self.requestsOrder)

        self.filters.setStretch(0, 3)

        self.column.addLayout(self.filters)

        self.requestsSplit = QSplitter(RequestsTab)
        self.requestsSplit.setObjectName(u"requestsSplit")
        self.requestsSplit.setOrientation(Qt.Orientation.Vertical)
        self.requestsSplit.setChildrenCollapsible(False)
        self.requestsView = QTableView(self.requestsSplit)
        self.requestsView.setObjectName(u"requestsView")
        self.requestsView.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.requestsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.requestsView.setAlternatingRowColors(True)
        self.requestsSplit.addWidget(self.requestsView)
        self.requestsView.horizontalHeader().setStretchLastSection(True)
        self.requestsView.verticalHeader().setVisible(False)
        self.requestsDetail = QTextBrowser(self.requestsSplit)
        self.requestsDetail.setObjectName(u"requestsDetail")
        self.requestsDetail.setOpenLinks(False)
        self.requestsSplit.addWidget(self.requestsDetail)

        self.column.addWidget(self.requestsSplit)

        self.actions = QHBoxLayout()
        self.actions.setObjectName(u"actions")
        self.requests_new = QPushButton(RequestsTab)
        self.requests_new.setObjectName(u"requests_new")

        self.actions.addWidget(self.requests_new)

        self.requests_authorize = QPushButton(RequestsTab)
        self.requests_authorize.setObjectName(u"requests_authorize")

        self.actions.addWidget(self.requests_authorize)

        self.requests_reject = QPushButton(RequestsTab)
        self.requests_reject.setObjectName(u"requests_reject")

        self.actions.addWidget(self.requests_reject)

        self.requests_cancel = QPushButton(RequestsTab)
        self.requests_cancel.setObjectName(u"requests_cancel")

        self.actions.addWidget(self.requests_cancel)

        self.requests_settle = QPushButton(RequestsTab)
        self.requests_settle.setObjectName(u"requests_settle")

        self.actions.addWidget(self.requests_settle)

        self.requests_slip = QPushButton(RequestsTab)
        self.requests_slip.setObjectName(u"requests_slip")

        self.actions.addWidget(self.requests_slip)

        self.requests_export = QPushButton(RequestsTab)
        self.requests_export.setObjectName(u"requests_export")

        self.actions.addWidget(self.requests_export)

        self.sp829921688 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions.addItem(self.sp829921688)

        self.requestsCount = QLabel(RequestsTab)
        self.requestsCount.setObjectName(u"requestsCount")

        self.actions.addWidget(self.requestsCount)


        self.column.addLayout(self.actions)

        self.column.setStretch(1, 1)

        self.retranslateUi(RequestsTab)
    # setupUi

    def retranslateUi(self, RequestsTab):
        self.requestsSearch.setPlaceholderText(QCoreApplication.translate("RequestsTab", u"RMA, order, tracking, e-mail or name \u2014 or scan", None))
        self.requestsUseDates.setText(QCoreApplication.translate("RequestsTab", u"Requested", None))
        self.requestsDetail.setPlaceholderText(QCoreApplication.translate("RequestsTab", u"Select a request, or scan its label, to see everything about it.", None))
        self.requests_new.setText(QCoreApplication.translate("RequestsTab", u"New\u2026", None))
#if QT_CONFIG(tooltip)
        self.requests_new.setToolTip(QCoreApplication.translate("RequestsTab", u"Make a request for a customer who phoned or wrote", None))
#endif // QT_CONFIG(tooltip)
        self.requests_authorize.setText(QCoreApplication.translate("RequestsTab", u"Authorize", None))
#if QT_CONFIG(tooltip)
        self.requests_authorize.setToolTip(QCoreApplication.translate("RequestsTab", u"Authorize the selected pending requests (one reason for all)", None))
#endif // QT_CONFIG(tooltip)
        self.requests_reject.setText(QCoreApplication.translate("RequestsTab", u"Reject", None))
#if QT_CONFIG(tooltip)
        self.requests_reject.setToolTip(QCoreApplication.translate("RequestsTab", u"Reject the selected requests: no refund, units settled, cases closed", None))
#endif // QT_CONFIG(tooltip)
        self.requests_cancel.setText(QCoreApplication.translate("RequestsTab", u"Cancel", None))
#if QT_CONFIG(tooltip)
        self.requests_cancel.setToolTip(QCoreApplication.translate("RequestsTab", u"Cancel the selected requests", None))
#endif // QT_CONFIG(tooltip)
        self.requests_settle.setText(QCoreApplication.translate("RequestsTab", u"Settle\u2026", None))
#if QT_CONFIG(tooltip)
        self.requests_settle.setToolTip(QCoreApplication.translate("RequestsTab", u"Confirm or change the refund, exchange or credit of an inspected return", None))
#endif // QT_CONFIG(tooltip)
        self.requests_slip.setText(QCoreApplication.translate("RequestsTab", u"Slip\u2026", None))
#if QT_CONFIG(tooltip)
        self.requests_slip.setToolTip(QCoreApplication.translate("RequestsTab", u"Save the return slip (PDF with the RMA barcode) to print", None))
#endif // QT_CONFIG(tooltip)
        self.requests_export.setText(QCoreApplication.translate("RequestsTab", u"Export\u2026", None))
#if QT_CONFIG(tooltip)
        self.requests_export.setToolTip(QCoreApplication.translate("RequestsTab", u"Write the refund lines not exported yet to a CSV", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

