# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'action_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_ActionDialog(object):
    def setupUi(self, ActionDialog):
        if not ActionDialog.objectName():
            ActionDialog.setObjectName(u"ActionDialog")
        ActionDialog.setMinimumSize(QSize(460, 0))
        self.column = QVBoxLayout(ActionDialog)
        self.column.setObjectName(u"column")
        self.actionWhat = QLabel(ActionDialog)
        self.actionWhat.setObjectName(u"actionWhat")
        self.actionWhat.setWordWrap(True)

        self.column.addWidget(self.actionWhat)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.reasonLabel = QLabel(ActionDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.actionReason = QLineEdit(ActionDialog)
        self.actionReason.setObjectName(u"actionReason")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.actionReason)


        self.column.addLayout(self.fields)

        self.buttons = QDialogButtonBox(ActionDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.column.addWidget(self.buttons)


        self.retranslateUi(ActionDialog)
    # setupUi

    def retranslateUi(self, ActionDialog):
        self.reasonLabel.setText(QCoreApplication.translate("ActionDialog", u"Reason", None))
        pass
    # retranslateUi

