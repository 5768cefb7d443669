"""Korean and English: the translation sources are complete and current, each translation keeps its placeholders
and its one keyboard letter, and no screen shows an English word in Korean (the widget tree walked, every visible
text checked).

Walked in Korean here: the login screen and the window's frame (menus, status bar), the first-run wizard's pages,
Help's keyboard shortcuts and About, Tools → Settings, the station with a unit in hand, every console tab (Analytics
with its figures read) with the dialogs its buttons open, and the refurbishment bench. Left out: data shown as it is
kept (names, SKUs, e-mail addresses, rule tables, customers' comments, a file's own rows and columns).
"""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTableWidget,
    QTabWidget,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from returns_desk.config import Settings
from returns_desk.domain.vocab import ExceptionKind, Role
from returns_desk.gui import i18n
from returns_desk.gui.first_run import FirstRunWizard
from returns_desk.gui.help import AboutDialog, ShortcutsDialog
from returns_desk.gui.main_window import MainWindow
from returns_desk.gui.settings_dialog import DockSettings, SettingsDialog
from returns_desk.gui.station.unit_panel import WrappingCheck
from returns_desk.gui.worker import DbWorker
from returns_desk.services.demo import DemoSample
from returns_desk.services.results import Actor
from returns_desk.store.database import Database
from tests.gui.people import T, click
from tests.gui.people import log_in as log_in_with_pin
from tests.gui.test_station import log_in, press, scanner_types

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "returns_desk_ko.ts"
PLACEHOLDER = re.compile(r"\{\d+\}")
# Names and codes that stay as they are in every language: the product, formats, keys, and the test's own data.
KEPT = re.compile(
    r"Returns Desk|PostgreSQL|SQLite|PDF|ZPL|PIN|SKU|RMA|LPN|UTC|CSV|HTML|SMTP|DOCK|TEST-STATION|IT\b|"
    r"Ctrl|Shift|Alt|Return|Enter|Esc|F\d+|English|B-STOCK|[A-Z]:|\$\w+|zebra-3|\S+@\S+|\S+://\S+|/\S+|"
    r"SLA|P90|JSON|Zip|ID|Shopify|BigCommerce|Loop|AfterShip( Returns| Tracking)?|STARTTLS|SSL/TLS|Message-ID|"
    r"return\.\S+|done/|failed/|\*\.\w+|Wilson|LP\d+"
)
ENGLISH_WORD = re.compile(r"[A-Za-z]{2,}")


def messages() -> Iterator[tuple[str, str, ET.Element]]:
    for context in ET.parse(TS).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            yield context.findtext("name") or "", message.findtext("source") or "", translation


def test_every_message_is_translated() -> None:
    unfinished = [
        (c, s) for c, s, t in messages() if t.get("type") == "unfinished" or not (t.text or "").strip()
    ]
    assert not unfinished


def test_the_sources_hold_every_string_of_the_code(tmp_path: Path) -> None:
    """lupdate run again over the code finds nothing the .ts lacks."""
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location("translations", ROOT / "scripts" / "translations.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(ROOT / "scripts"))
    spec.loader.exec_module(module)
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    module.update(tmp_path)
    fresh = ET.parse(copy).getroot()
    new = [
        m.findtext("source")
        for m in fresh.iter("message")
        if m.find("translation").get("type") == "unfinished"
    ]  # type: ignore[union-attr]
    assert not new, f"strings not in {TS.name}: run python scripts/translations.py and translate them"


def test_translations_keep_placeholders_and_one_keyboard_letter() -> None:
    for context, source, translation in messages():
        text = translation.text or ""
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text)), (context, source)
        if re.search(r"&\w", source):
            assert len(re.findall(r"&\w", text)) == 1, (context, source, text)


def english_left(texts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [
        (where, text) for where, text in texts if ENGLISH_WORD.search(KEPT.sub("", text.replace("&", "")))
    ]


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """Every text a person sees in ``root``: labels, buttons, group titles, placeholders, tabs, table headers,
    menus and window titles."""
    found: list[tuple[str, str]] = [(root.objectName() or type(root).__name__, root.windowTitle())]
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        name = widget.objectName() or type(widget).__name__
        if isinstance(widget, QLabel):
            found.append((name, re.sub(r"<[^>]+>", " ", widget.text())))
        elif isinstance(widget, QAbstractButton):
            found.append((name, widget.text()))
        elif isinstance(widget, QGroupBox):
            found.append((name, widget.title()))
        elif isinstance(widget, QLineEdit):
            found.append((name, widget.placeholderText()))
        elif isinstance(widget, QTabWidget):
            found += [(name, widget.tabText(i)) for i in range(widget.count())]
        elif isinstance(widget, QTableWidget):
            found += [
                (name, item.text())
                for i in range(widget.columnCount())
                if (item := widget.horizontalHeaderItem(i)) is not None
            ]
        elif isinstance(widget, QMenu):
            found += [(name, action.text().split("\t")[0]) for action in widget.actions()]
            found.append((name, widget.title()))
    return [(w, t) for w, t in found if t.strip()]


@pytest.fixture
def korean(qapp: object) -> Iterator[None]:
    i18n.install("ko_KR")
    yield
    i18n.install("")  # back to the machine's own, as every other test runs


@pytest.mark.usefixtures("korean")
def test_the_login_screen_and_the_windows_frame_in_korean(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    window = MainWindow(DbWorker(db), Settings(db.url, "TEST-STATION", tmp_path, log_dir=tmp_path), "SQLite")
    qtbot.addWidget(window)
    window.show()
    try:
        texts = visible_texts(window) + [
            (m.objectName(), m.title()) for m in window.menuBar().findChildren(QMenu)
        ]
        for menu in window.menuBar().findChildren(QMenu):
            texts += [(menu.title(), a.text().split("\t")[0]) for a in menu.actions() if a.text()]
        assert ("menuBar", "도움말(&H)") in [("menuBar", t) for _, t in texts]
        assert not english_left(texts)
    finally:
        window.shutdown()


@pytest.mark.usefixtures("korean")
def test_the_first_run_wizard_in_korean(qtbot: QtBot, tmp_path: Path) -> None:
    wizard = FirstRunWizard(tmp_path)
    qtbot.addWidget(wizard)
    wizard.show()
    language = wizard.findChild(QComboBox, "wizardLanguage")
    assert language is not None
    assert language.currentData() == "ko_KR"  # the language it speaks is proposed
    for _page in range(3):
        page = wizard.currentPage()
        texts = [*visible_texts(page), ("page", page.title()), ("page", page.subTitle())]
        texts += [("button", wizard.button(b).text()) for b in (QWizard.WizardButton.NextButton,)]
        assert not english_left(texts), english_left(texts)
        wizard.next()


@pytest.mark.usefixtures("korean")
def test_help_and_settings_in_korean(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    window = MainWindow(DbWorker(db), Settings(db.url, "TEST-STATION", tmp_path, log_dir=tmp_path), "SQLite")
    qtbot.addWidget(window)
    try:
        shortcuts = ShortcutsDialog(window, {})
        about = AboutDialog("SQLite", "0014", window)
        actor = Actor(1, "Admin", "A1", Role.ADMIN, 1, "TEST-STATION")
        dock = DockSettings(dict.fromkeys(ExceptionKind, 24.0), 50_000, 5, 5)
        settings = SettingsDialog(window.worker, actor, window.settings, dock, window)
        texts = visible_texts(shortcuts) + visible_texts(about)
        areas = {area for area, _keys, _what in shortcuts.rows()}
        assert "도움말" in areas
        assert not [a for a in areas if "(" in a]  # a menu's keyboard letter is no part of its name
        for tab in range(settings.tabs.count()):
            settings.tabs.setCurrentIndex(tab)
            texts += visible_texts(settings)
        assert not english_left(texts), english_left(texts)
    finally:
        window.shutdown()


# What a request and its unit carry from the shop and the rules: names, e-mails, SKUs, dates, checklist questions,
# rule descriptions and the refund's reason are data, shown as they are kept.
DATA = ("fieldCustomer", "fieldOrder", "fieldOrdered", "fieldDelivered", "fieldRequested", "unitTitle", "proposal",
        "refund", "requestLines")  # fmt: skip


@pytest.mark.usefixtures("korean")
def test_the_station_with_a_unit_in_hand_in_korean(
    qtbot: QtBot, db: Database, seeded: DemoSample, tmp_path: Path
) -> None:
    window = MainWindow(DbWorker(db), Settings(db.url, "TEST-STATION", tmp_path, log_dir=tmp_path), "SQLite")
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    try:
        log_in(qtbot, window, seeded.badge)
        station = window.station
        scanner_types(qtbot, window, seeded.rma)
        qtbot.waitUntil(lambda: station.flow.unit is not None and "1–7" in station.state.text(), timeout=T)
        press(qtbot, window, "4")
        qtbot.waitUntil(lambda: station.flow.proposal is not None, timeout=T)
        texts = [
            (w, t)
            for w, t in visible_texts(station)
            if w not in DATA and not isinstance(station.findChild(QWidget, w), WrappingCheck)
        ]
        texts += [("fault", station.unit_panel.fault.currentText()), ("state", station.state.text())]
        left = [(w, t) for w, t in english_left(texts) if not w.startswith("WrappingCheck")]
        assert not left, left
        assert "파손 또는 불량" in station.unit_panel.grade.text()
    finally:
        window.shutdown()


# Console widgets that show data as it is kept: names, SKUs, e-mail templates, rule descriptions, file paths, and
# the message line (which says what the last action did, in the services' words).
CONSOLE_DATA = ("consoleMessage", "templateSubject", "mailShop", "mailFrom", "mailHost", "mailUser",
                "watchedFolder", "importFile", "analyticsSummary")  # fmt: skip


@pytest.mark.usefixtures("korean")
def test_every_console_tab_and_its_dialogs_in_korean(
    qtbot: QtBot, db: Database, seeded: DemoSample, tmp_path: Path
) -> None:
    """An admin walks every tab of the console, then opens the dialogs a tab's buttons open, then the
    refurbishment bench: no English left on any of them (the figures of Analytics included, once read)."""
    from returns_desk.gui.console.costs_dialog import CostsDialog
    from returns_desk.gui.console.import_dialog import ImportDialog
    from returns_desk.gui.console.integrations_tab import EndpointDialog
    from returns_desk.gui.console.request_dialogs import NewRequestDialog
    from returns_desk.services.analytics import CostSettings

    window = MainWindow(DbWorker(db), Settings(db.url, "TEST-STATION", tmp_path, log_dir=tmp_path), "SQLite")
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    try:
        log_in_with_pin(qtbot, window, seeded.admin_badge, seeded.admin_pin)
        qtbot.waitUntil(lambda: window.pages.currentWidget() is window.console, timeout=T)
        console = window.console
        left: list[tuple[str, str]] = []
        for index in range(console.tabs.count()):
            console.tabs.setCurrentIndex(index)
            page = console.tabs.currentWidget()
            if page is console.analytics:
                qtbot.waitUntil(
                    lambda: console.analytics.pending == 0 and console.analytics.scope is not None, timeout=T
                )
                for card in console.analytics.cards.values():
                    card.show_table.setChecked(True)
            qtbot.wait(300)  # the tab's read lands
            texts = [(w, t) for w, t in visible_texts(page) if w not in CONSOLE_DATA]
            left += [(console.tabs.tabText(index), f"{w}: {t}") for w, t in english_left(texts)]
        actor = console.queue.current_actor()
        dialogs = [
            ImportDialog(console.integrations),
            EndpointDialog(console.integrations),
            CostsDialog(console.analytics, CostSettings(), "USD"),
            NewRequestDialog(window.worker, actor, tmp_path, console.requests),
        ]
        for dialog in dialogs:
            dialog.show()
            texts = [(w, t) for w, t in visible_texts(dialog) if w not in CONSOLE_DATA]
            left += [(type(dialog).__name__, f"{w}: {t}") for w, t in english_left(texts)]
            dialog.close()
        console.tabs.setCurrentWidget(console.queue)
        console.queue.select_row(0)
        click(qtbot, console.queue.buttons["send_back"])
        qtbot.waitUntil(lambda: console.queue.dialog is not None, timeout=T)
        assert console.queue.dialog is not None
        left += [("ActionDialog", f"{w}: {t}") for w, t in english_left(visible_texts(console.queue.dialog))]
        console.queue.dialog.reject()
        window.show_bench()
        qtbot.waitUntil(lambda: window.pages.currentWidget() is window.bench, timeout=T)
        left += [("bench", f"{w}: {t}") for w, t in english_left(visible_texts(window.bench))]
        assert not left, left
        assert console.tabs.tabText(0) == "대기열"
    finally:
        window.shutdown()


@pytest.mark.usefixtures("korean")
def test_the_services_sentences_come_back_in_korean_with_their_figures() -> None:
    """gui/phrases.py: a service's sentence is matched with the names and figures in it, which the translation
    keeps; anything else (data) is shown as it is."""
    from returns_desk.gui import phrases

    assert (
        phrases.say("No unit with license plate LP0000000014.") == "번호판이 LP0000000014인 유닛이 없습니다."
    )
    assert phrases.say("Exception #12 is already resolved.") == "예외 #12은(는) 이미 resolved 상태입니다."
    assert phrases.say("Net cost $1,234.00 for 17 units returned: $72.58 a unit, of which handling them "
                       "(shipping, dock, bench, disposal) $310.00.") == (
        "반품 유닛 17개의 순비용 $1,234.00: 유닛당 $72.58, 그중 처리 비용(배송, 입고장, 수리대, 폐기) $310.00."
    )  # fmt: skip
    assert phrases.say(
        "line_items.parent_return_reason: 'Smells odd' is not a Loop reason this preset maps (add it: returns-desk "
        'import-map loop reason "Smells odd" OURS)'
    ) == (
        "line_items.parent_return_reason: 'Smells odd'은(는) 이 형식이 변환하는 Loop reason이(가) 아닙니다 (추가: "
        'returns-desk import-map loop reason "Smells odd" OURS)'
    )
    assert phrases.say("Lena Rossi") == "Lena Rossi"
    assert phrases.say("") == ""
    assert phrases.column("Units sold") == "판매 유닛"
    assert phrases.column("size too small") == "너무 작음"  # a reason's column gets the reason's word
