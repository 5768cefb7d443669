"""The first-run wizard: what a new workstation needs before its login screen, asked in a window.

This station's name; its database (a file on this computer, the default, or a shared PostgreSQL server, with a
connection test that says plainly what it found); how it prints tags (PDF files, a printer of this computer, or a
ZPL label printer on the network, each with a test print); and its language. A new database starts either with
demo returns to try things out or empty with its first administrator. Finish writes the settings file; nothing
needs a terminal or an environment variable.
"""

from __future__ import annotations

import socket
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)
from sqlalchemy.engine import make_url

from returns_desk import config
from returns_desk.domain.names import station_name
from returns_desk.gui import accessibility, printing
from returns_desk.gui.resources import icon
from returns_desk.gui.tag_printer import print_tag, test_tag
from returns_desk.store import migrate
from returns_desk.store.db import make_engine

LANGUAGES = (("English", "en_US"), ("한국어", "ko_KR"))


@dataclass(frozen=True, slots=True)
class Answers:
    station: str
    db_url: str  # "" for the local file in the data folder
    locale: str
    label_printer: str  # "host[:port]" of a ZPL printer, or ""
    system_printer: str  # a printer of this computer, or ""
    demo: bool  # fill a new database with demo returns
    admin: tuple[str, str, str] | None  # badge, name, PIN of a new database's first administrator

    def settings(self) -> dict[str, str]:
        """What goes into the settings file."""
        values = {"station": self.station, "locale": self.locale}
        values["label_printer"] = self.label_printer
        values["system_printer"] = self.system_printer
        if self.db_url:
            values["db_url"] = self.db_url
        return values


def probe(url: str) -> tuple[str, str]:
    """Connect to a shared database: its state (``new``, ``ready``, ``upgrade``, ``newer`` or ``unreachable``) and
    the verdict in words. Never raises."""
    try:
        parsed = make_url(url)
    except Exception:  # an address that is no address: said, not raised
        return "unreachable", "This is not a database address (postgresql://user@server/database)."
    if parsed.get_backend_name() != "postgresql":
        return "unreachable", "A shared database is a PostgreSQL address: postgresql://user@server/database."
    try:
        engine = make_engine(url)
        try:
            current = migrate.current_revision(engine)
            with engine.connect() as conn:
                server = conn.exec_driver_sql("SHOW server_version").scalar()
        finally:
            engine.dispose()
    except Exception as exc:  # every failure is the verdict
        reason = str(getattr(exc, "orig", exc)).strip().splitlines()[0] if str(exc) else type(exc).__name__
        return "unreachable", f"Not connected: {reason}"
    head = migrate.head_revision()
    where = f"PostgreSQL {server} at {parsed.host or 'localhost'}/{parsed.database}"
    if current is None:
        return "new", f"Connected to {where}. It is empty: Returns Desk will set it up."
    if current == head:
        return "ready", f"Connected to {where}. Its Returns Desk data is up to date."
    if current in migrate.known_revisions():
        return "upgrade", f"Connected to {where}. IT must upgrade it first (returns-desk db upgrade)."
    return "newer", f"Connected to {where}, made by a newer Returns Desk: install that version here."


class StationPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Welcome to Returns Desk"))
        self.setSubTitle(self.tr("A few answers and this station is ready. Admins can change them later."))
        form = QFormLayout(self)
        self.station = QLineEdit(station_name(socket.gethostname()) or "STATION-1")
        self.station.setObjectName("wizardStation")
        self.station.setAccessibleName(self.tr("Station name"))
        self.station.setMaxLength(64)
        form.addRow(self.tr("This &station's name:"), self.station)
        hint = QLabel(self.tr("The name the audit trail and the supervisors see, like DOCK-3."))
        hint.setWordWrap(True)
        form.addRow("", hint)
        self.language = QComboBox()
        self.language.setObjectName("wizardLanguage")
        self.language.setAccessibleName(self.tr("Language"))
        for name, code in LANGUAGES:
            self.language.addItem(name, code)
        # The language the window speaks now (the computer's, or RETURNS_DESK_LOCALE) is the one proposed.
        speaking = QLocale().name().split("_")[0]
        for index, (_name, code) in enumerate(LANGUAGES):
            if code.split("_")[0] == speaking:
                self.language.setCurrentIndex(index)
        form.addRow(self.tr("&Language:"), self.language)
        self.station.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return bool(self.station.text().strip())

    def validatePage(self) -> bool:
        self.station.setText(station_name(self.station.text()))
        return bool(self.station.text())


class DatabasePage(QWizardPage):
    def __init__(self, local_file: Path) -> None:
        super().__init__()
        self.setTitle(self.tr("Where the returns are kept"))
        self.setSubTitle(
            self.tr("One station alone keeps them in a file here; many stations share a server.")
        )
        layout = QVBoxLayout(self)
        self.local = QRadioButton(self.tr("This &computer only (a file; nothing to set up)"))
        self.local.setObjectName("wizardLocal")
        self.local.setChecked(True)
        where = QLabel(str(local_file))
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setIndent(24)
        self.shared = QRadioButton(self.tr("A sha&red database (PostgreSQL) for several stations"))
        self.shared.setObjectName("wizardShared")
        group = QButtonGroup(self)
        group.addButton(self.local)
        group.addButton(self.shared)
        self.url = QLineEdit()
        self.url.setObjectName("wizardUrl")
        self.url.setAccessibleName(self.tr("Database address"))
        self.url.setPlaceholderText("postgresql://returns@db-server/returns")
        self.test = QPushButton(self.tr("&Test the connection"))
        self.test.setObjectName("wizardTest")
        self.verdict = QLabel()
        self.verdict.setObjectName("wizardVerdict")
        self.verdict.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.url, 1)
        row.addWidget(self.test)
        self.demo = QRadioButton(self.tr("Start with &demo returns, to try things out"))
        self.demo.setObjectName("wizardDemo")
        self.demo.setChecked(True)
        self.empty = QRadioButton(self.tr("Start &empty, with its first administrator:"))
        self.empty.setObjectName("wizardEmpty")
        start = QButtonGroup(self)
        start.addButton(self.demo)
        start.addButton(self.empty)
        self.admin_badge = QLineEdit()
        self.admin_badge.setObjectName("wizardAdminBadge")
        self.admin_badge.setAccessibleName(self.tr("Administrator's badge"))
        self.admin_name = QLineEdit()
        self.admin_name.setObjectName("wizardAdminName")
        self.admin_name.setAccessibleName(self.tr("Administrator's name"))
        self.admin_pin = QLineEdit()
        self.admin_pin.setObjectName("wizardAdminPin")
        self.admin_pin.setAccessibleName(self.tr("Administrator's PIN"))
        self.admin_pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.admin_pin.setPlaceholderText(self.tr("4 to 12 digits"))
        admin = QFormLayout()
        admin.setContentsMargins(24, 0, 0, 0)
        admin.addRow(self.tr("Badge:"), self.admin_badge)
        admin.addRow(self.tr("Name:"), self.admin_name)
        admin.addRow(self.tr("PIN:"), self.admin_pin)
        self.problem = QLabel()
        self.problem.setObjectName("wizardDatabaseProblem")
        self.problem.setWordWrap(True)
        for widget in (self.local, where, self.shared):
            layout.addWidget(widget)
        layout.addLayout(row)
        layout.addWidget(self.verdict)
        layout.addSpacing(12)
        layout.addWidget(self.demo)
        layout.addWidget(self.empty)
        layout.addLayout(admin)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        self.state = ""  # what the last test found at ``tested``
        self.tested = ""  # the address the last successful test reached
        self.test.clicked.connect(self.run_test)
        self.local.toggled.connect(self._follow)
        self.empty.toggled.connect(self._follow)
        self.url.textChanged.connect(self._follow)
        self._follow()

    def _follow(self) -> None:
        shared = self.shared.isChecked()
        self.url.setEnabled(shared)
        self.test.setEnabled(shared and bool(self.url.text().strip()))
        if self.tested and self.tested != self.url.text().strip():
            self.tested = self.state = ""
            self.verdict.clear()
        # Demo returns only in a file of this computer; a new shared database starts with its administrator.
        self.demo.setEnabled(not shared)
        self.empty.setEnabled(self.is_new)
        if shared and self.demo.isChecked():
            self.empty.setChecked(True)
        asks_admin = self.empty.isChecked() and self.is_new
        for field in (self.admin_badge, self.admin_name, self.admin_pin):
            field.setEnabled(asks_admin)

    def run_test(self) -> bool:
        url = self.url.text().strip()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            state, verdict = probe(url)
        finally:
            QApplication.restoreOverrideCursor()
        usable = state in ("new", "ready")
        mark = self.tr("✔ Usable.") if usable else self.tr("✖ Not usable yet.")
        self.verdict.setText(f"{mark} {verdict}")
        self.tested = url if usable else ""
        self.state = state if usable else ""
        self._follow()
        return usable

    @property
    def is_new(self) -> bool:
        """The database starts here: this computer's file on a first start, or a shared one found empty."""
        return not self.shared.isChecked() or self.state == "new"

    def validatePage(self) -> bool:
        self.problem.clear()
        if self.shared.isChecked() and not self.tested and not self.run_test():
            return False
        if self.admin_badge.isEnabled():
            badge, name, pin = (f.text().strip() for f in (self.admin_badge, self.admin_name, self.admin_pin))
            if not badge or not name:
                self.problem.setText(self.tr("The first administrator needs a badge and a name."))
                return False
            if not (pin.isdigit() and 4 <= len(pin) <= 12):
                self.problem.setText(self.tr("The administrator's PIN is 4 to 12 digits."))
                return False
        return True

    def admin(self) -> tuple[str, str, str] | None:
        if not self.admin_badge.isEnabled():
            return None
        return self.admin_badge.text().strip(), self.admin_name.text().strip(), self.admin_pin.text().strip()


class PrinterPage(QWizardPage):
    def __init__(self, tags_folder: Path) -> None:
        super().__init__()
        self.setTitle(self.tr("Printing the tags"))
        self.setSubTitle(self.tr("Each graded unit gets a tag with its plate and where it goes."))
        self.folder = tags_folder
        layout = QVBoxLayout(self)
        self.pdf = QRadioButton(self.tr("&PDF files, one per tag, in the tags folder"))
        self.pdf.setObjectName("wizardPdf")
        self.pdf.setChecked(True)
        where = QLabel(str(tags_folder))
        where.setIndent(24)
        self.system = QRadioButton(self.tr("A printer of this c&omputer:"))
        self.system.setObjectName("wizardSystemPrinter")
        self.printers = QComboBox()
        self.printers.setObjectName("wizardPrinters")
        self.printers.setAccessibleName(self.tr("Printer"))
        names = printing.system_printers()
        self.printers.addItems(names)
        if not names:
            self.system.setEnabled(False)
            self.system.setText(self.tr("A printer of this computer (none is set up here)"))
        self.zpl = QRadioButton(self.tr("A &ZPL label printer on the network, at:"))
        self.zpl.setObjectName("wizardZpl")
        self.host = QLineEdit()
        self.host.setObjectName("wizardZplHost")
        self.host.setAccessibleName(self.tr("Label printer address"))
        self.host.setPlaceholderText("zebra-3:9100")
        group = QButtonGroup(self)
        for button in (self.pdf, self.system, self.zpl):
            group.addButton(button)
        self.test = QPushButton(self.tr("Print a &test tag"))
        self.test.setObjectName("wizardTestPrint")
        self.verdict = QLabel()
        self.verdict.setObjectName("wizardPrintVerdict")
        self.verdict.setWordWrap(True)
        layout.addWidget(self.pdf)
        layout.addWidget(where)
        layout.addWidget(self.system)
        layout.addWidget(self.printers)
        layout.addWidget(self.zpl)
        layout.addWidget(self.host)
        layout.addSpacing(12)
        layout.addWidget(self.test, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.verdict)
        layout.addStretch(1)
        self.test.clicked.connect(self.test_print)
        for button in (self.pdf, self.system, self.zpl):
            button.toggled.connect(self._follow)
        self._follow()

    def _follow(self) -> None:
        self.printers.setEnabled(self.system.isChecked())
        self.host.setEnabled(self.zpl.isChecked())
        self.verdict.clear()

    def choice(self) -> tuple[config.LabelPrinter | None, str]:
        """(ZPL printer, system printer); raises SettingsError for a ZPL address that is no address."""
        if self.zpl.isChecked():
            target = config.label_printer(self.host.text())
            if target is None:
                raise config.SettingsError("Type the label printer's address, like zebra-3:9100.")
            return target, ""
        if self.system.isChecked():
            return None, self.printers.currentText()
        return None, ""

    def test_print(self) -> bool:
        tag = test_tag("SETUP")
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            target, system = self.choice()
            said = print_tag(tag, target, system, self.folder, 203)
        except Exception as exc:  # a printer's refusal is the verdict, in words
            self.verdict.setText(self.tr("✖ Not printed: {0}").format(exc))
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self.verdict.setText(self.tr("✔ {0} Check that the bars are sharp and the text reads.").format(said))
        return True

    def validatePage(self) -> bool:
        try:
            self.choice()
        except config.SettingsError as exc:
            self.verdict.setText(f"✖ {exc}")
            return False
        return True


class FirstRunWizard(QWizard):
    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunWizard")
        self.setWindowTitle(self.tr("Returns Desk — first start"))
        self.setWindowIcon(icon("app"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.station_page = StationPage()
        self.database_page = DatabasePage(data_dir / "returns-desk.sqlite3")
        self.printer_page = PrinterPage(data_dir / "tags")
        for page in (self.station_page, self.database_page, self.printer_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Start Returns Desk"))
        self.resize(720, 560)
        accessibility.name_controls(self)

    def answers(self) -> Answers:
        target, system = self.printer_page.choice()
        shared = self.database_page.shared.isChecked()
        return Answers(
            station=self.station_page.station.text(),
            db_url=self.database_page.url.text().strip() if shared else "",
            locale=str(self.station_page.language.currentData()),
            label_printer=str(target) if target else "",
            system_printer=system,
            demo=not shared and self.database_page.demo.isChecked(),
            admin=self.database_page.admin(),
        )


def ask(data_dir: Path) -> Answers | None:
    """Show the wizard; its answers, or None when the person closed it."""
    wizard = FirstRunWizard(data_dir)
    if wizard.exec() != QWizard.DialogCode.Accepted:
        return None
    return wizard.answers()
