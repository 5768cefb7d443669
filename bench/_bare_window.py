"""The start-up bench's floor: the barest PySide6 window, which says on stderr when it is first painted."""

import sys

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class Painted(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            print("bare window painted", file=sys.stderr, flush=True)
            watched.removeEventFilter(self)
        return False


app = QApplication(sys.argv)
window = QMainWindow()
label = QLabel("Returns Desk")
window.setCentralWidget(label)
painted = Painted()
label.installEventFilter(painted)
window.resize(1024, 700)
window.show()
sys.exit(app.exec())
