"""Tools → Settings… (admins): this workstation's settings file, and the dock's settings kept in the database.

"This station" edits the settings file of this computer (name, language, idle lock, how tags print, log level);
they take effect at the next start. "Dock" edits what every station shares (the exception SLAs, the high-value
threshold, the blind re-grade share, when a parcel counts as stalled); those changes need a reason. Every value is
checked before anything is written, and each change is an event in the audit trail. Settings with screens of
their own are named with where to find them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from returns_desk import config
from returns_desk.domain.money import minor_digits
from returns_desk.domain.names import station_name
from returns_desk.domain.vocab import ExceptionKind
from returns_desk.gui import accessibility, printing, words
from returns_desk.gui.first_run import LANGUAGES
from returns_desk.gui.worker import DbWorker
from returns_desk.services import admin, exceptions, regrade, tracking
from returns_desk.services.results import Actor


@dataclass(frozen=True, slots=True)
class DockSettings:
    sla_hours: dict[ExceptionKind, float]
    high_value_cents: int
    regrade_percent: int
    stalled_days: int


def read_dock(session: Session) -> DockSettings:
    return DockSettings(
        exceptions.sla_hours(session),
        exceptions.high_value_cents(session),
        regrade.share_percent(session),
        tracking.stalled_days(session),
    )


class SettingsDialog(QDialog):
    def __init__(
        self,
        worker: DbWorker,
        actor: Actor,
        settings: config.Settings,
        dock: DockSettings,
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.worker, self.actor, self.settings, self.dock = worker, actor, settings, dock
        self.tabs = QTabWidget()
        self.tabs.addTab(self._station_page(), self.tr("This station"))
        self.tabs.addTab(self._dock_page(), self.tr("Dock"))
        self.problem = QLabel()
        self.problem.setObjectName("settingsProblem")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.saved: list[str] = []  # what the last save changed, in words
        self.resize(640, 560)
        accessibility.name_controls(self)

    # --- this station: the settings file ---
    def _station_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        s = self.settings
        self.station = QLineEdit(s.station)
        self.station.setObjectName("settingsStation")
        self.station.setAccessibleName(self.tr("Station name"))
        form.addRow(self.tr("Station &name:"), self.station)
        self.language = QComboBox()
        self.language.setObjectName("settingsLanguage")
        self.language.setAccessibleName(self.tr("Language"))
        for name, code in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(s.locale or "en_US")))
        form.addRow(self.tr("&Language:"), self.language)
        self.idle = QSpinBox()
        self.idle.setObjectName("settingsIdle")
        self.idle.setAccessibleName(self.tr("Lock after minutes without activity"))
        self.idle.setRange(0, 240)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setSpecialValueText(self.tr("never"))
        self.idle.setValue(round(s.idle_minutes))
        form.addRow(self.tr("&Lock when untouched for:"), self.idle)
        self.pdf = QRadioButton(self.tr("PDF files in the tags folder"))
        self.system = QRadioButton(self.tr("A printer of this computer:"))
        self.zpl = QRadioButton(self.tr("A ZPL label printer at:"))
        for button, name in (
            (self.pdf, "settingsPdf"),
            (self.system, "settingsSystem"),
            (self.zpl, "settingsZpl"),
        ):
            button.setObjectName(name)
        group = QButtonGroup(page)
        for button in (self.pdf, self.system, self.zpl):
            group.addButton(button)
        self.printers = QComboBox()
        self.printers.setObjectName("settingsPrinters")
        self.printers.setAccessibleName(self.tr("Printer"))
        self.printers.addItems(printing.system_printers())
        self.host = QLineEdit(str(s.label_printer or ""))
        self.host.setObjectName("settingsZplHost")
        self.host.setAccessibleName(self.tr("Label printer address"))
        self.host.setPlaceholderText("zebra-3:9100")
        if s.label_printer is not None:
            self.zpl.setChecked(True)
        elif s.system_printer:
            self.system.setChecked(True)
            if self.printers.findText(s.system_printer) < 0:
                self.printers.addItem(s.system_printer)  # set, though not installed here now: kept, not lost
            self.printers.setCurrentText(s.system_printer)
        else:
            self.pdf.setChecked(True)
        form.addRow(self.tr("Tags:"), self.pdf)
        form.addRow("", self.system)
        form.addRow("", self.printers)
        form.addRow("", self.zpl)
        form.addRow("", self.host)
        self.text_size = QSpinBox()
        self.text_size.setObjectName("settingsTextSize")
        self.text_size.setAccessibleName(self.tr("Text size"))
        self.text_size.setRange(min(config.TEXT_SIZES), max(config.TEXT_SIZES))
        self.text_size.setSingleStep(10)
        self.text_size.setSuffix(" %")
        self.text_size.setValue(s.text_size)
        form.addRow(self.tr("Te&xt size:"), self.text_size)
        self.high_contrast = QCheckBox(self.tr("&High contrast: white on black"))
        self.high_contrast.setObjectName("settingsHighContrast")
        self.high_contrast.setChecked(s.high_contrast)
        form.addRow("", self.high_contrast)
        self.log_level = QComboBox()
        self.log_level.setObjectName("settingsLogLevel")
        self.log_level.setAccessibleName(self.tr("Log level"))
        self.log_level.addItems(config.LOG_LEVELS)
        self.log_level.setCurrentText(s.log_level)
        form.addRow(self.tr("Log &level:"), self.log_level)
        note = QLabel(
            self.tr("Saved in {0}; they take effect when Returns Desk starts again.").format(
                config.config_path()
            )
        )
        note.setWordWrap(True)
        form.addRow(note)
        return page

    def station_values(self) -> dict[str, str]:
        """The settings file's new values; raises SettingsError for one that is no value."""
        name = station_name(self.station.text())
        if not name:
            raise config.SettingsError(self.tr("A station needs a name."))
        zpl = ""
        if self.zpl.isChecked():
            target = config.label_printer(self.host.text())
            if target is None:
                raise config.SettingsError(self.tr("Type the label printer's address, like zebra-3:9100."))
            zpl = str(target)
        return {
            "station": name,
            "locale": str(self.language.currentData()),
            "idle_minutes": str(self.idle.value()),
            "label_printer": zpl,
            "system_printer": self.printers.currentText() if self.system.isChecked() else "",
            "log_level": self.log_level.currentText(),
            "text_size": str(self.text_size.value()),
            "high_contrast": "1" if self.high_contrast.isChecked() else "0",
        }

    def _file_before(self) -> dict[str, str]:
        s = self.settings
        return {
            "station": s.station,
            "locale": s.locale or "en_US",
            "idle_minutes": str(round(s.idle_minutes)),
            "label_printer": str(s.label_printer or ""),
            "system_printer": s.system_printer,
            "log_level": s.log_level,
            "text_size": str(s.text_size),
            "high_contrast": "1" if s.high_contrast else "0",
        }

    # --- the dock: the database ---
    def _dock_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.sla: dict[ExceptionKind, QDoubleSpinBox] = {}
        for kind in ExceptionKind:
            box = QDoubleSpinBox()
            box.setObjectName(f"settingsSla_{kind.value}")
            box.setAccessibleName(self.tr("Hours to settle: {0}").format(words.word("exception", kind.value)))
            box.setRange(0.5, 24 * 30)
            box.setDecimals(1)
            box.setSuffix(self.tr(" h"))
            box.setValue(self.dock.sla_hours.get(kind, 24.0))
            self.sla[kind] = box
            form.addRow(self.tr("{0}:").format(words.word("exception", kind.value)), box)
        digits = minor_digits(self.settings.currency)
        self.high_value = QDoubleSpinBox()
        self.high_value.setObjectName("settingsHighValue")
        self.high_value.setAccessibleName(self.tr("High-value threshold"))
        self.high_value.setDecimals(digits)
        self.high_value.setRange(10**-digits, 10**7)
        self.high_value.setSuffix(f" {self.settings.currency}")
        self.high_value.setValue(self.dock.high_value_cents / 10**digits)
        form.addRow(self.tr("A supervisor approves refunds &from:"), self.high_value)
        self.share = QSpinBox()
        self.share.setObjectName("settingsRegradeShare")
        self.share.setAccessibleName(self.tr("Blind re-grade share"))
        self.share.setRange(0, 100)
        self.share.setSuffix(" %")
        self.share.setValue(self.dock.regrade_percent)
        form.addRow(self.tr("Units &re-graded blind:"), self.share)
        self.stalled = QSpinBox()
        self.stalled.setObjectName("settingsStalled")
        self.stalled.setAccessibleName(self.tr("Days without a scan before a parcel is stalled"))
        self.stalled.setRange(1, 60)
        self.stalled.setSuffix(self.tr(" days"))
        self.stalled.setValue(self.dock.stalled_days)
        form.addRow(self.tr("A parcel is &stalled after:"), self.stalled)
        self.reason = QLineEdit()
        self.reason.setObjectName("settingsReason")
        self.reason.setAccessibleName(self.tr("Reason for the change"))
        self.reason.setPlaceholderText(self.tr("Why (kept in the audit trail)"))
        form.addRow(self.tr("Reas&on:"), self.reason)
        elsewhere = QLabel(
            self.tr(
                "Elsewhere: the e-mail server and templates in the console's E-mails tab; return windows and the "
                "authorization rules in its Authorization tab; the grading rules in its Rules tab; cost rates in "
                "Analytics → Cost rates…; users and stations in Users and stations."
            )
        )
        elsewhere.setWordWrap(True)
        form.addRow(elsewhere)
        return page

    def dock_changes(self) -> list[tuple[str, Callable[[Session], None]]]:
        """The writes the Dock tab asks for, each with what it changes in words."""
        actor, reason = self.actor, self.reason.text().strip()
        changes: list[tuple[str, Callable[[Session], None]]] = []
        hours = {
            k: box.value()
            for k, box in self.sla.items()
            if abs(box.value() - self.dock.sla_hours.get(k, 0)) > 1e-9
        }
        if hours:
            changes.append(
                (self.tr("SLA hours"), lambda s: exceptions.set_sla_hours(s, actor, hours, reason))
            )
        cents = round(self.high_value.value() * 10 ** minor_digits(self.settings.currency))
        if cents != self.dock.high_value_cents:
            changes.append(
                (
                    self.tr("high-value threshold"),
                    lambda s: exceptions.set_high_value_cents(s, actor, cents, reason),
                )
            )
        percent = self.share.value()
        if percent != self.dock.regrade_percent:
            changes.append(
                (
                    self.tr("blind re-grade share"),
                    lambda s: regrade.set_share_percent(s, actor, percent, reason),
                )
            )
        days = self.stalled.value()
        if days != self.dock.stalled_days:
            changes.append((self.tr("stalled parcels"), lambda s: tracking.set_stalled_days(s, actor, days)))
        return changes

    # --- saving ---
    def save(self) -> None:
        self.problem.clear()
        try:
            after = self.station_values()
        except config.SettingsError as exc:
            self.tabs.setCurrentIndex(0)
            self.problem.setText(f"✖ {exc}")
            return
        before = self._file_before()
        dock = self.dock_changes()
        if dock and not self.reason.text().strip():
            self.tabs.setCurrentIndex(1)
            self.problem.setText(
                self.tr("✖ Say why the dock's settings change: the reason goes to the audit trail.")
            )
            self.reason.setFocus()
            return
        station_changed = {k: v for k, v in after.items() if before.get(k) != v}
        actor, station = self.actor, self.settings.station

        def write(session: Session) -> list[str]:
            for _words, change in dock:
                change(session)
            if station_changed:
                admin.record_station_settings(session, actor, station, before, after)
            return [words for words, _change in dock]

        def written(done: list[str]) -> None:
            if station_changed:
                config.save(after)
                done.append(self.tr("this station's settings (at the next start)"))
            self.saved = done
            self.accept()

        def refused(message: str) -> None:
            self.problem.setText(f"✖ {message}")

        if not dock and not station_changed:
            self.accept()
            return
        self.worker.submit(write, written, refused)
