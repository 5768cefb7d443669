# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'station.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLineEdit,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QSplitter, QVBoxLayout, QWidget)

from returns_desk.gui.station.request_panel import RequestPanel
from returns_desk.gui.station.state_line import StateLine
from returns_desk.gui.station.unexpected_panel import UnexpectedPanel
from returns_desk.gui.station.unit_panel import UnitPanel

class Ui_Station(object):
    def setupUi(self, Station):
        if not Station.objectName():
            Station.setObjectName(u"Station")
        self.column = QVBoxLayout(Station)
        self.column.setObjectName(u"column")
        self.stationState = StateLine(Station)
        self.stationState.setObjectName(u"stationState")

        self.column.addWidget(self.stationState)

        self.scanRow = QHBoxLayout()
        self.scanRow.setObjectName(u"scanRow")
        self.scanInput = QLineEdit(Station)
        self.scanInput.setObjectName(u"scanInput")

        self.scanRow.addWidget(self.scanInput)

        self.cameraButton = QPushButton(Station)
        self.cameraButton.setObjectName(u"cameraButton")
        self.cameraButton.setCheckable(True)

        self.scanRow.addWidget(self.cameraButton)

        self.scanRow.setStretch(0, 1)

        self.column.addLayout(self.scanRow)

        self.split = QSplitter(Station)
        self.split.setObjectName(u"split")
        self.split.setOrientation(Qt.Orientation.Horizontal)
        self.requestPanel = RequestPanel(self.split)
        self.requestPanel.setObjectName(u"requestPanel")
        self.split.addWidget(self.requestPanel)
        self.unitScroll = QScrollArea(self.split)
        self.unitScroll.setObjectName(u"unitScroll")
        self.unitScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.unitScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.unitScroll.setWidgetResizable(True)
        self.unitColumn = QWidget()
        self.unitColumn.setObjectName(u"unitColumn")
        self.unitColumnLayout = QVBoxLayout(self.unitColumn)
        self.unitColumnLayout.setObjectName(u"unitColumnLayout")
        self.unitColumnLayout.setContentsMargins(0, 0, 0, 0)
        self.unitPanel = UnitPanel(self.unitColumn)
        self.unitPanel.setObjectName(u"unitPanel")

        self.unitColumnLayout.addWidget(self.unitPanel)

        self.unexpectedPanel = UnexpectedPanel(self.unitColumn)
        self.unexpectedPanel.setObjectName(u"unexpectedPanel")

        self.unitColumnLayout.addWidget(self.unexpectedPanel)

        self.unitColumnEnd = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.unitColumnLayout.addItem(self.unitColumnEnd)

        self.unitColumnLayout.setStretch(2, 1)
        self.unitScroll.setWidget(self.unitColumn)
        self.split.addWidget(self.unitScroll)

        self.column.addWidget(self.split)

        self.column.setStretch(2, 1)

        self.retranslateUi(Station)
    # setupUi

    def retranslateUi(self, Station):
        self.scanInput.setPlaceholderText(QCoreApplication.translate("Station", u"Type a code by hand and press Enter (F2) \u2014 scanners work anywhere", None))
        self.cameraButton.setText(QCoreApplication.translate("Station", u"Camera (F8)", None))
        pass
    # retranslateUi

