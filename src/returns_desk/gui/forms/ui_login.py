# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'login.ui'
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
from PySide6.QtWidgets import (QApplication, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_Login(object):
    def setupUi(self, Login):
        if not Login.objectName():
            Login.setObjectName(u"Login")
        self.column = QVBoxLayout(Login)
        self.column.setObjectName(u"column")
        self.above = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.column.addItem(self.above)

        self.loginTitle = QLabel(Login)
        self.loginTitle.setObjectName(u"loginTitle")
        self.loginTitle.setMinimumSize(QSize(420, 0))

        self.column.addWidget(self.loginTitle, 0, Qt.AlignmentFlag.AlignHCenter)

        self.loginPrompt = QLabel(Login)
        self.loginPrompt.setObjectName(u"loginPrompt")
        self.loginPrompt.setMinimumSize(QSize(420, 0))

        self.column.addWidget(self.loginPrompt, 0, Qt.AlignmentFlag.AlignHCenter)

        self.badge = QLineEdit(Login)
        self.badge.setObjectName(u"badge")
        self.badge.setMinimumSize(QSize(420, 0))

        self.column.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignHCenter)

        self.pin = QLineEdit(Login)
        self.pin.setObjectName(u"pin")
        self.pin.setMinimumSize(QSize(420, 0))
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)

        self.column.addWidget(self.pin, 0, Qt.AlignmentFlag.AlignHCenter)

        self.loginMessage = QLabel(Login)
        self.loginMessage.setObjectName(u"loginMessage")
        self.loginMessage.setMinimumSize(QSize(420, 0))

        self.column.addWidget(self.loginMessage, 0, Qt.AlignmentFlag.AlignHCenter)

        self.loginNotice = QLabel(Login)
        self.loginNotice.setObjectName(u"loginNotice")
        self.loginNotice.setMinimumSize(QSize(420, 0))
        self.loginNotice.setWordWrap(True)

        self.column.addWidget(self.loginNotice, 0, Qt.AlignmentFlag.AlignHCenter)

        self.below = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.column.addItem(self.below)

        self.column.setStretch(0, 1)
        self.column.setStretch(7, 2)

        self.retranslateUi(Login)
    # setupUi

    def retranslateUi(self, Login):
        Login.setWindowTitle(QCoreApplication.translate("Login", u"Log in", None))
        self.loginTitle.setText(QCoreApplication.translate("Login", u"Returns Desk", None))
        self.loginPrompt.setText(QCoreApplication.translate("Login", u"Scan your badge to start", None))
        self.badge.setPlaceholderText(QCoreApplication.translate("Login", u"Badge", None))
        self.pin.setPlaceholderText(QCoreApplication.translate("Login", u"PIN", None))
    # retranslateUi

