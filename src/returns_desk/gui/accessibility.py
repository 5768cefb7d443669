"""What a screen reader says for each control, and the theme a person with low vision chooses.

``name_controls`` gives every field, list, table and icon button without an accessible name the words a person
reads beside it: its label (a buddy, or its row's label in a form), else its group's title or the label just
before it, else its placeholder or tool tip. The words are the window's, so they are in its language.
``apply_theme`` sets the text size and, when asked, a high-contrast palette (white on black, yellow for what is
selected). Nothing is told by colour alone: the station's state line says its state in words, and so do the
banners.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTextEdit,
    QWidget,
)

# Controls whose screen shows no label for them (a filter that says "Any status" in itself, a view under its tab's
# name): their names, by object name.
NAMES: dict[str, object] = {
    "benchGrade": QT_TRANSLATE_NOOP("Accessibility", "Grade after the work"),
    "benchEnd": QT_TRANSLATE_NOOP("Accessibility", "Where the unit goes after the work"),
    "auditSubject": QT_TRANSLATE_NOOP("Accessibility", "What the audit trail is searched for"),
    "analyticsChannel": QT_TRANSLATE_NOOP("Accessibility", "Channel filter"),
    "analyticsRegion": QT_TRANSLATE_NOOP("Accessibility", "Region filter"),
    "analyticsCategory": QT_TRANSLATE_NOOP("Accessibility", "Category filter"),
    "templatePreview": QT_TRANSLATE_NOOP("Accessibility", "Template preview"),
    "templateStatus": QT_TRANSLATE_NOOP("Accessibility", "Template for the status"),
    "templateLocale": QT_TRANSLATE_NOOP("Accessibility", "Template language"),
    "outboxStatus": QT_TRANSLATE_NOOP("Accessibility", "Message status filter"),
    "regradeGrade": QT_TRANSLATE_NOOP("Accessibility", "Blind grade"),
    "whatIfDays": QT_TRANSLATE_NOOP("Accessibility", "Days the what-if looks back"),
    "requestsStatus": QT_TRANSLATE_NOOP("Accessibility", "Status filter"),
    "requestsChannel": QT_TRANSLATE_NOOP("Accessibility", "Channel filter"),
    "requestsReason": QT_TRANSLATE_NOOP("Accessibility", "Reason filter"),
    "requestsFrom": QT_TRANSLATE_NOOP("Accessibility", "Requested from"),
    "requestsTo": QT_TRANSLATE_NOOP("Accessibility", "Requested until"),
    "requestsOrder": QT_TRANSLATE_NOOP("Accessibility", "Sort order"),
    "requestsDetail": QT_TRANSLATE_NOOP("Accessibility", "The selected request"),
    "requestsView": QT_TRANSLATE_NOOP("Accessibility", "Return requests"),
    "queueFrom": QT_TRANSLATE_NOOP("Accessibility", "Received from"),
    "queueTo": QT_TRANSLATE_NOOP("Accessibility", "Received until"),
    "queueView": QT_TRANSLATE_NOOP("Accessibility", "Units in the queue"),
}
CONTROLS = (
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
    QAbstractButton,
)


def is_control(widget: QWidget) -> bool:
    """A control a person reaches with Tab: not the inner parts Qt builds inside a combo box, spin box or table."""
    if not isinstance(widget, CONTROLS):
        return False
    inner = (QComboBox, QAbstractSpinBox, QAbstractItemView)
    ancestor = widget.parentWidget()
    while ancestor is not None:
        if isinstance(ancestor, inner):
            return False  # a combo box's list, a spin box's field, a table's header or corner button
        ancestor = ancestor.parentWidget()
    return not widget.objectName().startswith("qt_")


def _words(text: str) -> str:
    text = re.sub(r"<[^>]+>", " ", text)
    text = re.sub(r"\s*\(&\w\)", "", text).replace("&", "")
    return " ".join(text.split()).rstrip(":：").strip()


def _layout_of(widget: QWidget) -> QLayout | None:
    parent = widget.parentWidget()
    top = parent.layout() if parent is not None else None
    if top is None:
        return None
    todo: list[QLayout] = [top]
    while todo:
        layout = todo.pop()
        if layout.indexOf(widget) >= 0:
            return layout
        for i in range(layout.count()):
            item = layout.itemAt(i)
            inner = item.layout() if item is not None else None
            if inner is not None:
                todo.append(inner)
    return None


def _label_before(widget: QWidget) -> str:
    """The label in the widget's form row or grid row, or the label just before it in its layout."""
    layout = _layout_of(widget)
    if isinstance(layout, QFormLayout):
        label = layout.labelForField(widget)
        if isinstance(label, QLabel) and _words(label.text()):
            return _words(label.text())
    if isinstance(layout, QGridLayout):
        position: tuple[int, int, int, int] = layout.getItemPosition(layout.indexOf(widget))  # type: ignore[assignment]
        row, column = position[0], position[1]
        for col in range(column - 1, -1, -1):
            item = layout.itemAtPosition(row, col)
            found = item.widget() if item is not None else None
            if isinstance(found, QLabel) and _words(found.text()):
                return _words(found.text())
    if layout is not None:
        for i in range(layout.indexOf(widget) - 1, -1, -1):
            item = layout.itemAt(i)
            found = item.widget() if item is not None else None
            if isinstance(found, QLabel) and _words(found.text()):
                return _words(found.text())
            if found is not None and is_control(found):
                break
    return ""


def _group_title(widget: QWidget) -> str:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QGroupBox) and _words(parent.title()):
            return _words(parent.title())
        parent = parent.parentWidget()
    return ""


def name_for(widget: QWidget, buddies: dict[QWidget, QLabel]) -> str:
    if widget.objectName() in NAMES:
        return QCoreApplication.translate("Accessibility", str(NAMES[widget.objectName()]))
    if widget in buddies and _words(buddies[widget].text()):
        return _words(buddies[widget].text())
    if isinstance(widget, QAbstractButton) and _words(widget.text()):
        return _words(widget.text())
    before = _label_before(widget)
    if before:
        return before
    if isinstance(widget, QLineEdit) and widget.placeholderText():
        return _words(widget.placeholderText())
    if isinstance(widget, QPlainTextEdit) and widget.placeholderText():
        return _words(widget.placeholderText())
    if widget.toolTip():
        return _words(widget.toolTip())
    group = _group_title(widget)
    if group:
        return group
    if isinstance(widget, QTableWidget) and widget.columnCount():
        columns = [
            item.text()
            for i in range(min(3, widget.columnCount()))
            if (item := widget.horizontalHeaderItem(i))
        ]
        return QCoreApplication.translate("Accessibility", "Table: {0}").format(", ".join(columns))
    return ""


def name_controls(root: QWidget) -> list[QWidget]:
    """Give each control under ``root`` without an accessible name the words beside it; returns those left
    without any (a test holds that list empty)."""
    buddies = {label.buddy(): label for label in root.findChildren(QLabel) if label.buddy() is not None}
    unnamed = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not is_control(widget) or widget.accessibleName():
            continue
        name = name_for(widget, buddies)
        if name:
            widget.setAccessibleName(name)
        else:
            unnamed.append(widget)
    return unnamed


BASE_PIXELS = 15  # the window's text size at 100 %


def apply_theme(app: QApplication, high_contrast: bool, text_percent: int) -> None:
    """The text size for every widget (``text_percent`` of the usual) and, when asked, a high-contrast palette."""
    font = QFont(app.font())
    font.setPixelSize(round(BASE_PIXELS * text_percent / 100))
    app.setFont(font)
    if not high_contrast:
        return
    palette = QPalette()
    black, white, yellow = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00")
    for role, colour in (
        (QPalette.ColorRole.Window, black),
        (QPalette.ColorRole.WindowText, white),
        (QPalette.ColorRole.Base, black),
        (QPalette.ColorRole.AlternateBase, QColor("#1a1a1a")),
        (QPalette.ColorRole.Text, white),
        (QPalette.ColorRole.Button, black),
        (QPalette.ColorRole.ButtonText, white),
        (QPalette.ColorRole.Highlight, yellow),
        (QPalette.ColorRole.HighlightedText, black),
        (QPalette.ColorRole.ToolTipBase, black),
        (QPalette.ColorRole.ToolTipText, white),
        (QPalette.ColorRole.PlaceholderText, QColor("#d0d0d0")),
        (QPalette.ColorRole.Link, QColor("#66ccff")),
    ):
        palette.setColor(role, colour)
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#a0a0a0"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#a0a0a0"))
    app.setPalette(palette)
