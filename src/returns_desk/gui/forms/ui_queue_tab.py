# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'queue_tab.ui'
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
    QDoubleSpinBox, QGridLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

from returns_desk.gui.choice_box import ChoiceBox

class Ui_QueueTab(object):
    def setupUi(self, QueueTab):
        if not QueueTab.objectName():
            QueueTab.setObjectName(u"QueueTab")
        self.column = QVBoxLayout(QueueTab)
        self.column.setObjectName(u"column")
        self.filters = QGridLayout()
        self.filters.setObjectName(u"filters")
        self.queueSearchLabel = QLabel(QueueTab)
        self.queueSearchLabel.setObjectName(u"queueSearchLabel")

        self.filters.addWidget(self.queueSearchLabel, 0, 0, 1, 1)

        self.queueSearch = QLineEdit(QueueTab)
        self.queueSearch.setObjectName(u"queueSearch")

        self.filters.addWidget(self.queueSearch, 1, 0, 1, 1)

        self.queueStateLabel = QLabel(QueueTab)
        self.queueStateLabel.setObjectName(u"queueStateLabel")

        self.filters.addWidget(self.queueStateLabel, 0, 1, 1, 1)

        self.queueState = ChoiceBox(QueueTab)
        self.queueState.setObjectName(u"queueState")

        self.filters.addWidget(self.queueState, 1, 1, 1, 1)

        self.queueExceptionLabel = QLabel(QueueTab)
        self.queueExceptionLabel.setObjectName(u"queueExceptionLabel")

        self.filters.addWidget(self.queueExceptionLabel, 0, 2, 1, 1)

        self.queueException = ChoiceBox(QueueTab)
        self.queueException.setObjectName(u"queueException")

        self.filters.addWidget(self.queueException, 1, 2, 1, 1)

        self.queueStationLabel = QLabel(QueueTab)
        self.queueStationLabel.setObjectName(u"queueStationLabel")

        self.filters.addWidget(self.queueStationLabel, 0, 3, 1, 1)

        self.queueStation = ChoiceBox(QueueTab)
        self.queueStation.setObjectName(u"queueStation")

        self.filters.addWidget(self.queueStation, 1, 3, 1, 1)

        self.queueInspectorLabel = QLabel(QueueTab)
        self.queueInspectorLabel.setObjectName(u"queueInspectorLabel")

        self.filters.addWidget(self.queueInspectorLabel, 0, 4, 1, 1)

        self.queueInspector = ChoiceBox(QueueTab)
        self.queueInspector.setObjectName(u"queueInspector")

        self.filters.addWidget(self.queueInspector, 1, 4, 1, 1)

        self.queueGradeLabel = QLabel(QueueTab)
        self.queueGradeLabel.setObjectName(u"queueGradeLabel")

        self.filters.addWidget(self.queueGradeLabel, 2, 0, 1, 1)

        self.queueGrade = ChoiceBox(QueueTab)
        self.queueGrade.setObjectName(u"queueGrade")

        self.filters.addWidget(self.queueGrade, 3, 0, 1, 1)

        self.queueDispositionLabel = QLabel(QueueTab)
        self.queueDispositionLabel.setObjectName(u"queueDispositionLabel")

        self.filters.addWidget(self.queueDispositionLabel, 2, 1, 1, 1)

        self.queueDisposition = ChoiceBox(QueueTab)
        self.queueDisposition.setObjectName(u"queueDisposition")

        self.filters.addWidget(self.queueDisposition, 3, 1, 1, 1)

        self.queueMinAgeLabel = QLabel(QueueTab)
        self.queueMinAgeLabel.setObjectName(u"queueMinAgeLabel")

        self.filters.addWidget(self.queueMinAgeLabel, 2, 2, 1, 1)

        self.queueMinAge = QDoubleSpinBox(QueueTab)
        self.queueMinAge.setObjectName(u"queueMinAge")
        self.queueMinAge.setMaximum(8760.000000000000000)

        self.filters.addWidget(self.queueMinAge, 3, 2, 1, 1)

        self.queueOrderLabel = QLabel(QueueTab)
        self.queueOrderLabel.setObjectName(u"queueOrderLabel")

        self.filters.addWidget(self.queueOrderLabel, 2, 3, 1, 1)

        self.queueOrder = ChoiceBox(QueueTab)
        self.queueOrder.setObjectName(u"queueOrder")

        self.filters.addWidget(self.queueOrder, 3, 3, 1, 1)

        self.dates = QHBoxLayout()
        self.dates.setObjectName(u"dates")
        self.queueUseDates = QCheckBox(QueueTab)
        self.queueUseDates.setObjectName(u"queueUseDates")

        self.dates.addWidget(self.queueUseDates)

        self.queueFrom = QDateEdit(QueueTab)
        self.queueFrom.setObjectName(u"queueFrom")
        self.queueFrom.setCalendarPopup(True)

        self.dates.addWidget(self.queueFrom)

        self.andLabel = QLabel(QueueTab)
        self.andLabel.setObjectName(u"andLabel")

        self.dates.addWidget(self.andLabel)

        self.queueTo = QDateEdit(QueueTab)
        self.queueTo.setObjectName(u"queueTo")
        self.queueTo.setCalendarPopup(True)

        self.dates.addWidget(self.queueTo)

        self.push = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dates.addItem(self.push)

        self.queue_clear = QPushButton(QueueTab)
        self.queue_clear.setObjectName(u"queue_clear")

        self.dates.addWidget(self.queue_clear)


        self.filters.addLayout(self.dates, 4, 0, 1, 5)


        self.column.addLayout(self.filters)

        self.queueView = QTableView(QueueTab)
        self.queueView.setObjectName(u"queueView")
        self.queueView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.queueView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.queueView.horizontalHeader().setStretchLastSection(True)
        self.queueView.verticalHeader().setVisible(False)
        self.queueView.verticalHeader().setDefaultSectionSize(24)

        self.column.addWidget(self.queueView)

        self.queueCount = QLabel(QueueTab)
        self.queueCount.setObjectName(u"queueCount")
        self.queueCount.setWordWrap(True)

        self.column.addWidget(self.queueCount)

        self.actions = QGridLayout()
        self.actions.setObjectName(u"actions")
        self.queue_approve = QPushButton(QueueTab)
        self.queue_approve.setObjectName(u"queue_approve")

        self.actions.addWidget(self.queue_approve, 0, 0, 1, 1)

        self.queue_change = QPushButton(QueueTab)
        self.queue_change.setObjectName(u"queue_change")

        self.actions.addWidget(self.queue_change, 0, 1, 1, 1)

        self.queue_send_back = QPushButton(QueueTab)
        self.queue_send_back.setObjectName(u"queue_send_back")

        self.actions.addWidget(self.queue_send_back, 0, 2, 1, 1)

        self.queue_tag = QPushButton(QueueTab)
        self.queue_tag.setObjectName(u"queue_tag")

        self.actions.addWidget(self.queue_tag, 0, 3, 1, 1)

        self.queue_audit = QPushButton(QueueTab)
        self.queue_audit.setObjectName(u"queue_audit")

        self.actions.addWidget(self.queue_audit, 0, 4, 1, 1)

        self.queue_reject = QPushButton(QueueTab)
        self.queue_reject.setObjectName(u"queue_reject")

        self.actions.addWidget(self.queue_reject, 1, 0, 1, 1)

        self.queue_cancel = QPushButton(QueueTab)
        self.queue_cancel.setObjectName(u"queue_cancel")

        self.actions.addWidget(self.queue_cancel, 1, 1, 1, 1)

        self.queue_assign = QPushButton(QueueTab)
        self.queue_assign.setObjectName(u"queue_assign")

        self.actions.addWidget(self.queue_assign, 1, 2, 1, 1)

        self.queue_resolve = QPushButton(QueueTab)
        self.queue_resolve.setObjectName(u"queue_resolve")

        self.actions.addWidget(self.queue_resolve, 1, 3, 1, 1)


        self.column.addLayout(self.actions)

        self.column.setStretch(1, 1)

        self.retranslateUi(QueueTab)
    # setupUi

    def retranslateUi(self, QueueTab):
        self.queueSearchLabel.setText(QCoreApplication.translate("QueueTab", u"Search", None))
        self.queueSearch.setPlaceholderText(QCoreApplication.translate("QueueTab", u"RMA, order, tracking, customer e-mail or name, SKU, LPN", None))
        self.queueStateLabel.setText(QCoreApplication.translate("QueueTab", u"State", None))
        self.queueExceptionLabel.setText(QCoreApplication.translate("QueueTab", u"Exception", None))
        self.queueStationLabel.setText(QCoreApplication.translate("QueueTab", u"Station", None))
        self.queueInspectorLabel.setText(QCoreApplication.translate("QueueTab", u"Inspector", None))
        self.queueGradeLabel.setText(QCoreApplication.translate("QueueTab", u"Grade", None))
        self.queueDispositionLabel.setText(QCoreApplication.translate("QueueTab", u"Disposition", None))
        self.queueMinAgeLabel.setText(QCoreApplication.translate("QueueTab", u"Age", None))
        self.queueMinAge.setSuffix(QCoreApplication.translate("QueueTab", u" h or older", None))
        self.queueOrderLabel.setText(QCoreApplication.translate("QueueTab", u"Order", None))
        self.queueUseDates.setText(QCoreApplication.translate("QueueTab", u"Between", None))
        self.queueFrom.setDisplayFormat(QCoreApplication.translate("QueueTab", u"yyyy-MM-dd", None))
        self.andLabel.setText(QCoreApplication.translate("QueueTab", u"and", None))
        self.queueTo.setDisplayFormat(QCoreApplication.translate("QueueTab", u"yyyy-MM-dd", None))
        self.queue_clear.setText(QCoreApplication.translate("QueueTab", u"Clear filters", None))
        self.queue_approve.setText(QCoreApplication.translate("QueueTab", u"Approve\u2026", None))
        self.queue_change.setText(QCoreApplication.translate("QueueTab", u"Change disposition\u2026", None))
        self.queue_send_back.setText(QCoreApplication.translate("QueueTab", u"Send back\u2026", None))
        self.queue_tag.setText(QCoreApplication.translate("QueueTab", u"Print tag", None))
        self.queue_audit.setText(QCoreApplication.translate("QueueTab", u"Audit trail", None))
        self.queue_reject.setText(QCoreApplication.translate("QueueTab", u"Reject return\u2026", None))
        self.queue_cancel.setText(QCoreApplication.translate("QueueTab", u"Cancel return\u2026", None))
        self.queue_assign.setText(QCoreApplication.translate("QueueTab", u"Assign\u2026", None))
        self.queue_resolve.setText(QCoreApplication.translate("QueueTab", u"Resolve exception\u2026", None))
        pass
    # retranslateUi

