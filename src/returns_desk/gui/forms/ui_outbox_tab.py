# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'outbox_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QSplitter, QTabWidget, QTableWidget,
    QTableWidgetItem, QTextBrowser, QVBoxLayout, QWidget)

from returns_desk.gui.choice_box import ChoiceBox

class Ui_OutboxTab(object):
    def setupUi(self, OutboxTab):
        if not OutboxTab.objectName():
            OutboxTab.setObjectName(u"OutboxTab")
        self.column = QVBoxLayout(OutboxTab)
        self.column.setObjectName(u"column")
        self.outboxPages = QTabWidget(OutboxTab)
        self.outboxPages.setObjectName(u"outboxPages")
        self.outboxMessages = QWidget()
        self.outboxMessages.setObjectName(u"outboxMessages")
        self.messagesColumn = QVBoxLayout(self.outboxMessages)
        self.messagesColumn.setObjectName(u"messagesColumn")
        self.messagesFilters = QHBoxLayout()
        self.messagesFilters.setObjectName(u"messagesFilters")
        self.outboxStatus = ChoiceBox(self.outboxMessages)
        self.outboxStatus.setObjectName(u"outboxStatus")

        self.messagesFilters.addWidget(self.outboxStatus)

        self.outbox_refresh = QPushButton(self.outboxMessages)
        self.outbox_refresh.setObjectName(u"outbox_refresh")

        self.messagesFilters.addWidget(self.outbox_refresh)

        self.outbox_resend = QPushButton(self.outboxMessages)
        self.outbox_resend.setObjectName(u"outbox_resend")

        self.messagesFilters.addWidget(self.outbox_resend)

        self.outbox_send_now = QPushButton(self.outboxMessages)
        self.outbox_send_now.setObjectName(u"outbox_send_now")

        self.messagesFilters.addWidget(self.outbox_send_now)

        self.sp82992634 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.messagesFilters.addItem(self.sp82992634)

        self.outboxCounts = QLabel(self.outboxMessages)
        self.outboxCounts.setObjectName(u"outboxCounts")

        self.messagesFilters.addWidget(self.outboxCounts)


        self.messagesColumn.addLayout(self.messagesFilters)

        self.outboxTable = QTableWidget(self.outboxMessages)
        if (self.outboxTable.columnCount() < 9):
            self.outboxTable.setColumnCount(9)
        __qtablewidgetitem = QTableWidgetItem()
        self.outboxTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.outboxTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.outboxTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.outboxTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.outboxTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.outboxTable.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.outboxTable.setHorizontalHeaderItem(6, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.outboxTable.setHorizontalHeaderItem(7, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.outboxTable.setHorizontalHeaderItem(8, __qtablewidgetitem8)
        self.outboxTable.setObjectName(u"outboxTable")
        self.outboxTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.outboxTable.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.outboxTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.outboxTable.horizontalHeader().setStretchLastSection(True)
        self.outboxTable.verticalHeader().setVisible(False)

        self.messagesColumn.addWidget(self.outboxTable)

        self.messagesColumn.setStretch(1, 1)
        self.outboxPages.addTab(self.outboxMessages, "")
        self.outboxTemplates = QWidget()
        self.outboxTemplates.setObjectName(u"outboxTemplates")
        self.templatesColumn = QVBoxLayout(self.outboxTemplates)
        self.templatesColumn.setObjectName(u"templatesColumn")
        self.templateSplit = QSplitter(self.outboxTemplates)
        self.templateSplit.setObjectName(u"templateSplit")
        self.templateSplit.setOrientation(Qt.Orientation.Horizontal)
        self.templateSplit.setChildrenCollapsible(False)
        self.templateEditor = QWidget(self.templateSplit)
        self.templateEditor.setObjectName(u"templateEditor")
        self.editorColumn = QVBoxLayout(self.templateEditor)
        self.editorColumn.setObjectName(u"editorColumn")
        self.editorColumn.setContentsMargins(0, 0, 0, 0)
        self.templateWhich = QHBoxLayout()
        self.templateWhich.setObjectName(u"templateWhich")
        self.templateStatus = ChoiceBox(self.templateEditor)
        self.templateStatus.setObjectName(u"templateStatus")

        self.templateWhich.addWidget(self.templateStatus)

        self.templateLocale = ChoiceBox(self.templateEditor)
        self.templateLocale.setObjectName(u"templateLocale")

        self.templateWhich.addWidget(self.templateLocale)

        self.sp82992140 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.templateWhich.addItem(self.sp82992140)


        self.editorColumn.addLayout(self.templateWhich)

        self.templateSubject = QLineEdit(self.templateEditor)
        self.templateSubject.setObjectName(u"templateSubject")

        self.editorColumn.addWidget(self.templateSubject)

        self.templateText = QPlainTextEdit(self.templateEditor)
        self.templateText.setObjectName(u"templateText")

        self.editorColumn.addWidget(self.templateText)

        self.templateHtml = QPlainTextEdit(self.templateEditor)
        self.templateHtml.setObjectName(u"templateHtml")

        self.editorColumn.addWidget(self.templateHtml)

        self.templateButtons = QHBoxLayout()
        self.templateButtons.setObjectName(u"templateButtons")
        self.template_preview = QPushButton(self.templateEditor)
        self.template_preview.setObjectName(u"template_preview")

        self.templateButtons.addWidget(self.template_preview)

        self.template_default = QPushButton(self.templateEditor)
        self.template_default.setObjectName(u"template_default")

        self.templateButtons.addWidget(self.template_default)

        self.template_save = QPushButton(self.templateEditor)
        self.template_save.setObjectName(u"template_save")

        self.templateButtons.addWidget(self.template_save)

        self.sp82992404 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.templateButtons.addItem(self.sp82992404)


        self.editorColumn.addLayout(self.templateButtons)

        self.editorColumn.setStretch(2, 3)
        self.editorColumn.setStretch(3, 1)
        self.templateSplit.addWidget(self.templateEditor)
        self.templatePreview = QTextBrowser(self.templateSplit)
        self.templatePreview.setObjectName(u"templatePreview")
        self.templateSplit.addWidget(self.templatePreview)

        self.templatesColumn.addWidget(self.templateSplit)

        self.outboxPages.addTab(self.outboxTemplates, "")
        self.outboxSending = QWidget()
        self.outboxSending.setObjectName(u"outboxSending")
        self.sendingForm = QFormLayout(self.outboxSending)
        self.sendingForm.setObjectName(u"sendingForm")
        self.mailEnabledLabel = QLabel(self.outboxSending)
        self.mailEnabledLabel.setObjectName(u"mailEnabledLabel")

        self.sendingForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.mailEnabledLabel)

        self.mailEnabled = QCheckBox(self.outboxSending)
        self.mailEnabled.setObjectName(u"mailEnabled")

        self.sendingForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.mailEnabled)

        self.mailHostLabel = QLabel(self.outboxSending)
        self.mailHostLabel.setObjectName(u"mailHostLabel")

        self.sendingForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.mailHostLabel)

        self.mailHost = QLineEdit(self.outboxSending)
        self.mailHost.setObjectName(u"mailHost")

        self.sendingForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.mailHost)

        self.mailPortLabel = QLabel(self.outboxSending)
        self.mailPortLabel.setObjectName(u"mailPortLabel")

        self.sendingForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.mailPortLabel)

        self.mailPort = QSpinBox(self.outboxSending)
        self.mailPort.setObjectName(u"mailPort")
        self.mailPort.setMinimum(1)
        self.mailPort.setMaximum(65535)

        self.sendingForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.mailPort)

        self.mailSecurityLabel = QLabel(self.outboxSending)
        self.mailSecurityLabel.setObjectName(u"mailSecurityLabel")

        self.sendingForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.mailSecurityLabel)

        self.mailSecurity = ChoiceBox(self.outboxSending)
        self.mailSecurity.setObjectName(u"mailSecurity")

        self.sendingForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.mailSecurity)

        self.mailUserLabel = QLabel(self.outboxSending)
        self.mailUserLabel.setObjectName(u"mailUserLabel")

        self.sendingForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.mailUserLabel)

        self.mailUser = QLineEdit(self.outboxSending)
        self.mailUser.setObjectName(u"mailUser")

        self.sendingForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.mailUser)

        self.mailPasswordLabel = QLabel(self.outboxSending)
        self.mailPasswordLabel.setObjectName(u"mailPasswordLabel")

        self.sendingForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.mailPasswordLabel)

        self.mailPassword = QLineEdit(self.outboxSending)
        self.mailPassword.setObjectName(u"mailPassword")
        self.mailPassword.setEchoMode(QLineEdit.EchoMode.Password)

        self.sendingForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.mailPassword)

        self.mailFromLabel = QLabel(self.outboxSending)
        self.mailFromLabel.setObjectName(u"mailFromLabel")

        self.sendingForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.mailFromLabel)

        self.mailFrom = QLineEdit(self.outboxSending)
        self.mailFrom.setObjectName(u"mailFrom")

        self.sendingForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.mailFrom)

        self.mailShopLabel = QLabel(self.outboxSending)
        self.mailShopLabel.setObjectName(u"mailShopLabel")

        self.sendingForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.mailShopLabel)

        self.mailShop = QLineEdit(self.outboxSending)
        self.mailShop.setObjectName(u"mailShop")

        self.sendingForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.mailShop)

        self.mailAddressLabel = QLabel(self.outboxSending)
        self.mailAddressLabel.setObjectName(u"mailAddressLabel")

        self.sendingForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.mailAddressLabel)

        self.mailAddress = QPlainTextEdit(self.outboxSending)
        self.mailAddress.setObjectName(u"mailAddress")

        self.sendingForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.mailAddress)

        self.mail_save = QPushButton(self.outboxSending)
        self.mail_save.setObjectName(u"mail_save")

        self.sendingForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.mail_save)

        self.mailNote = QLabel(self.outboxSending)
        self.mailNote.setObjectName(u"mailNote")
        self.mailNote.setWordWrap(True)

        self.sendingForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.mailNote)

        self.outboxPages.addTab(self.outboxSending, "")

        self.column.addWidget(self.outboxPages)


        self.retranslateUi(OutboxTab)
    # setupUi

    def retranslateUi(self, OutboxTab):
        self.outbox_refresh.setText(QCoreApplication.translate("OutboxTab", u"Refresh", None))
        self.outbox_resend.setText(QCoreApplication.translate("OutboxTab", u"Resend\u2026", None))
#if QT_CONFIG(tooltip)
        self.outbox_resend.setToolTip(QCoreApplication.translate("OutboxTab", u"Queue the selected messages again", None))
#endif // QT_CONFIG(tooltip)
        self.outbox_send_now.setText(QCoreApplication.translate("OutboxTab", u"Send now", None))
#if QT_CONFIG(tooltip)
        self.outbox_send_now.setToolTip(QCoreApplication.translate("OutboxTab", u"Send what is due now, from this station", None))
#endif // QT_CONFIG(tooltip)
        ___qtablewidgetitem = self.outboxTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("OutboxTab", u"Queued (UTC)", None))
        ___qtablewidgetitem1 = self.outboxTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("OutboxTab", u"Status", None))
        ___qtablewidgetitem2 = self.outboxTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("OutboxTab", u"To", None))
        ___qtablewidgetitem3 = self.outboxTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("OutboxTab", u"Language", None))
        ___qtablewidgetitem4 = self.outboxTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("OutboxTab", u"About", None))
        ___qtablewidgetitem5 = self.outboxTable.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("OutboxTab", u"RMA", None))
        ___qtablewidgetitem6 = self.outboxTable.horizontalHeaderItem(6)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("OutboxTab", u"Attempts", None))
        ___qtablewidgetitem7 = self.outboxTable.horizontalHeaderItem(7)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("OutboxTab", u"Next try", None))
        ___qtablewidgetitem8 = self.outboxTable.horizontalHeaderItem(8)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("OutboxTab", u"Error", None))
        self.outboxPages.setTabText(self.outboxPages.indexOf(self.outboxMessages), QCoreApplication.translate("OutboxTab", u"Messages", None))
        self.templateSubject.setPlaceholderText(QCoreApplication.translate("OutboxTab", u"Subject", None))
        self.templateText.setPlaceholderText(QCoreApplication.translate("OutboxTab", u"Text. Placeholders: $customer $rma $order $status $items $policy $amount $shop $next", None))
        self.templateHtml.setPlaceholderText(QCoreApplication.translate("OutboxTab", u"HTML (optional: made from the text when left empty)", None))
        self.template_preview.setText(QCoreApplication.translate("OutboxTab", u"Preview", None))
        self.template_default.setText(QCoreApplication.translate("OutboxTab", u"Back to default", None))
        self.template_save.setText(QCoreApplication.translate("OutboxTab", u"Save template", None))
        self.templatePreview.setPlaceholderText(QCoreApplication.translate("OutboxTab", u"Preview: the template filled in from the newest request.", None))
        self.outboxPages.setTabText(self.outboxPages.indexOf(self.outboxTemplates), QCoreApplication.translate("OutboxTab", u"Templates", None))
        self.mailEnabledLabel.setText(QCoreApplication.translate("OutboxTab", u"E-mail", None))
        self.mailEnabled.setText(QCoreApplication.translate("OutboxTab", u"Send customer e-mails (off: they wait in the outbox)", None))
        self.mailHostLabel.setText(QCoreApplication.translate("OutboxTab", u"SMTP server", None))
        self.mailHost.setPlaceholderText(QCoreApplication.translate("OutboxTab", u"smtp.example.com", None))
        self.mailPortLabel.setText(QCoreApplication.translate("OutboxTab", u"Port", None))
        self.mailSecurityLabel.setText(QCoreApplication.translate("OutboxTab", u"Security", None))
        self.mailUserLabel.setText(QCoreApplication.translate("OutboxTab", u"User", None))
        self.mailUser.setPlaceholderText(QCoreApplication.translate("OutboxTab", u"empty: no login", None))
        self.mailPasswordLabel.setText(QCoreApplication.translate("OutboxTab", u"Password", None))
        self.mailPassword.setPlaceholderText(QCoreApplication.translate("OutboxTab", u"kept in the system keyring or a file only you can read; empty: unchanged", None))
        self.mailFromLabel.setText(QCoreApplication.translate("OutboxTab", u"Sender", None))
        self.mailFrom.setPlaceholderText(QCoreApplication.translate("OutboxTab", u"returns@shop.example", None))
        self.mailShopLabel.setText(QCoreApplication.translate("OutboxTab", u"Shop name", None))
        self.mailAddressLabel.setText(QCoreApplication.translate("OutboxTab", u"Return address", None))
        self.mailAddress.setPlaceholderText(QCoreApplication.translate("OutboxTab", u"Printed on the return slip, one line each", None))
        self.mail_save.setText(QCoreApplication.translate("OutboxTab", u"Save settings", None))
        self.outboxPages.setTabText(self.outboxPages.indexOf(self.outboxSending), QCoreApplication.translate("OutboxTab", u"Sending", None))
        pass
    # retranslateUi

