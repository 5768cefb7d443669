"""The station screen: scan → see → grade → route → tag → next, without the mouse.

Scanning a label shows the request at once, then receives the parcel (one unit per expected item, each with its
plate). Keys 1–7 grade the current unit and show what the rules propose; Enter saves the grade and the route in
one transaction and prints the tag; the next unit of the request comes up, or the screen waits for the next
parcel. A scan that matches nothing opens the unexpected-parcel form. Every database, file and printer call runs
off the GUI thread; a failure keeps everything typed so far and says what happened.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import QWidget

from returns_desk.barcodes.decode import Code
from returns_desk.config import Settings
from returns_desk.domain.checklists import DEFAULT as DEFAULT_CHECKLISTS
from returns_desk.domain.checklists import Question, questions_for
from returns_desk.domain.vocab import GRADE_KEYS, Grade
from returns_desk.gui import words
from returns_desk.gui.camera import CameraScanner, CameraView
from returns_desk.gui.forms.ui_station import Ui_Station
from returns_desk.gui.resources import icon
from returns_desk.gui.sounds import Sounds
from returns_desk.gui.station import keys
from returns_desk.gui.station.flow import Beep, Keep, StationFlow, Step, line_of
from returns_desk.gui.station.photo_desk import PhotoDesk
from returns_desk.gui.tag_printer import TagPrinter
from returns_desk.gui.tasks import TaskRunner
from returns_desk.gui.worker import DbWorker
from returns_desk.services import receiving, station
from returns_desk.services.inspection import Proposal
from returns_desk.services.results import Actor, RequestView, ScanResult, UnitView


class StationWidget(QWidget):
    scan_resolved = Signal(object)  # ScanResult
    unit_saved = Signal(object)  # station.Saved
    request_shown = Signal(object)  # RequestView, once its panel is filled
    exception_filed = Signal(int)
    figures_changed = Signal(object)  # station.StationFigures

    def __init__(
        self,
        worker: DbWorker,
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._data_dir = settings.data_dir
        self.station_name = settings.station
        self.actor: Actor | None = None
        self.flow = StationFlow(QCoreApplication.translate, words.word)
        self._saving = False
        self.checklists: dict[str, tuple[Question, ...]] = DEFAULT_CHECKLISTS
        self.tasks = TaskRunner("returns-desk-station-tasks", self)
        self.printer = TagPrinter(
            settings.data_dir,
            settings.label_printer,
            self.tasks,
            parent=self,
            system_printer=settings.system_printer,
        )
        self.sounds = Sounds(self)
        self.photo_desk = PhotoDesk(settings.data_dir, self.tasks, self)
        self.photo_desk.stored.connect(self._on_photo_stored)
        self.photo_desk.codes_read.connect(self._on_photo_codes)
        self.photo_desk.failed.connect(self._on_failed)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)

        self.ui = Ui_Station()
        self.ui.setupUi(self)
        self.state = self.ui.stationState
        self.scan = self.ui.scanInput
        self.camera = CameraScanner(parent=self)
        self.camera_view = CameraView(self.camera)
        self.camera_view.hide()
        self.ui.column.insertWidget(2, self.camera_view, 1)  # under the scan line, when the camera is on
        self.camera_button = self.ui.cameraButton
        self.camera_button.setIcon(icon("camera"))
        self.request_panel = self.ui.requestPanel
        self.unit_panel = self.ui.unitPanel
        self.unit_panel.currency = settings.currency
        self.unit_panel.hide()
        self.unexpected = self.ui.unexpectedPanel
        self.unexpected.hide()
        self.right = self.ui.unitScroll
        self.ui.split.setStretchFactor(0, 3)
        self.ui.split.setStretchFactor(1, 2)
        self.ui.split.setSizes([700, 520])

        self.scan.returnPressed.connect(self._on_scan_entered)
        self.camera_button.toggled.connect(self._on_camera_toggled)
        self.camera.code_found.connect(self._on_camera_code)
        self.unit_panel.checklist_changed.connect(self._on_checklist_changed)
        self.camera.message.connect(lambda text: self.state.say("warning", text))
        self.printer.printed.connect(lambda text: self.state.add(text))
        self.printer.failed.connect(self._on_print_failed)
        keys.bind(self)

    # --- scans -------------------------------------------------------------------------------------------
    def submit_scan(self, code: str) -> None:
        code = code.strip()
        if not code:
            return
        if self.unexpected.isVisible():
            self.unexpected.add_item(code)  # items found in an unexpected parcel
            return
        # No "looking up" state: the lookup takes well under a millisecond, and the extra repaint is what would
        # make the answer late.
        self._worker.submit(
            lambda s: receiving.resolve_scan(s, code), self._on_resolved, self._on_failed, read_only=True
        )

    def _on_scan_entered(self) -> None:
        code = self.scan.text()
        self.scan.clear()
        self.submit_scan(code)

    def _on_resolved(self, result: ScanResult) -> None:
        step = self.flow.scan_resolved(result)
        if step is not None:
            self._apply(step)
        self.scan_resolved.emit(result)

    def _apply(self, step: Step) -> None:
        """Show what the flow decided: the request, the unexpected-parcel form, the unit, the message, the beep;
        then start the follow-up work (the customer's history, the receipt)."""
        if not isinstance(step.request, Keep):
            self._show(step.request)
        if step.unexpected is not None:
            self.unexpected.open_for(*step.unexpected)
        if not isinstance(step.unit, Keep):
            if step.unit is None:
                self.unit_panel.hide()
            else:
                self._select_unit(step.unit)
        self.state.say(step.tone, step.text)
        if step.beep is Beep.OK:
            self.sounds.ok()
        elif step.beep is Beep.ERROR:
            self.sounds.error()
        if step.load_history and self.flow.request is not None:
            # Paint the request now, then start the follow-up work: the worker's Python would otherwise hold the
            # GIL while the screen waits for it.
            self.request_panel.repaint()
            self.state.repaint()
            self._load_history(self.flow.request)
        if step.receive is not None:
            self._receive(step.receive)
        if not isinstance(step.unit, Keep):
            self.setFocus()

    def _receive(self, rma: str) -> None:
        actor = self._require_actor()
        self._worker.submit(
            lambda s: receiving.receive_parcel(s, actor, rma), self._on_received, self._on_failed
        )

    def _on_received(self, view: RequestView) -> None:
        self._apply(self.flow.received(view))

    def _show(self, request: RequestView | None) -> None:
        self.flow.request = request
        self.request_panel.show_request(request)
        if request is not None:
            self.unexpected.hide()
            self.request_shown.emit(request)

    def _load_history(self, request: RequestView) -> None:
        request_id = request.request_id
        self._worker.submit(
            lambda s: station.earlier_returns(s, request_id),
            self.request_panel.show_earlier_returns,
            read_only=True,
        )

    # --- the unit ----------------------------------------------------------------------------------------
    def _select_unit(self, unit: UnitView) -> None:
        if self.flow.unit is not unit:
            self.flow.hold(unit)
        assert self.flow.request is not None
        line_index, line = line_of(self.flow.request, unit)
        self.request_panel.select_line(line_index)
        self.unit_panel.reset(
            f"{unit.lpn} — {line.sku} {line.name}  ({words.word('reason', line.reason)})",
            questions_for(line.category, self.checklists),
        )
        self.unit_panel.show()
        self.setFocus()

    def choose_grade(self, grade: Grade) -> None:
        if self.flow.unit is None:
            return
        step = self.flow.grade_chosen(grade)
        self.unit_panel.show_grade(grade)
        self.unit_panel.show_photos(len(self.flow.photos), grade.needs_photo)
        lpn, fault = self.flow.unit.lpn, self.unit_panel.fault_value()
        self._worker.submit(
            lambda s: station.preview(s, lpn, grade, fault), self._on_preview, self._on_failed, read_only=True
        )
        self._apply(step)

    def _on_preview(self, proposal: Proposal) -> None:
        if self.flow.proposal_ready(proposal):
            self.unit_panel.show_proposal(proposal)
            # On a small screen the form scrolls: what the rules propose is what the person must see next.
            QTimer.singleShot(0, lambda: self.right.ensureWidgetVisible(self.unit_panel.refund, 0, 8))

    def save(self) -> None:
        if self.flow.unit is None or self._saving:
            return
        refused = self.flow.may_save()
        if refused is not None:
            self._apply(refused)
            return
        assert self.flow.grade is not None  # may_save refuses a save without a grade
        actor, lpn, grade = self._require_actor(), self.flow.unit.lpn, self.flow.grade
        fault, notes = self.unit_panel.fault_value(), self.unit_panel.notes.toPlainText()
        chosen, reason = self.unit_panel.override_value(), self.unit_panel.reason.text()
        answers, found = self.unit_panel.answers(), self.unit_panel.discrepancies()
        refs = list(self.flow.photos)
        self._saving = True
        self.state.say("busy", self.tr("Saving {0}…").format(lpn))
        self._worker.submit(
            lambda s: station.save_unit(
                s,
                actor,
                lpn,
                grade,
                fault,
                notes,
                photos=refs,
                discrepancies=found,
                checklist=answers,
                chosen=chosen,
                reason=reason,
            ),
            self._on_saved,
            self._on_save_failed,
        )

    def _on_saved(self, saved: station.Saved) -> None:
        self._saving = False
        route = saved.route
        text = self.flow.saved_text(
            saved.proposal.lpn,
            route.chosen.value if route else None,
            route.destination if route else None,
            bool(route and route.needs_approval),
        )
        if saved.tag is not None:
            self.printer.print_tag(saved.tag)
        self.sounds.ok()
        self.unit_saved.emit(saved)
        self._refresh_figures()
        request_id = self.flow.request.request_id if self.flow.request else None
        if request_id is None:
            return

        def refreshed(view: RequestView) -> None:
            self._apply(self.flow.refreshed(view, text))

        self._worker.submit(
            lambda s: receiving.request_view(s, request_id), refreshed, self._on_failed, read_only=True
        )

    def _on_save_failed(self, message: str) -> None:
        self._saving = False
        self._on_failed(
            message + self.tr(" Your grade, notes and photos are still here; press Enter to try again.")
        )

    # --- photos ------------------------------------------------------------------------------------------
    def add_photo_dialog(self) -> None:
        self.add_photos(self.photo_desk.ask_for_files(self, self.tr("Add photos")))

    def take_photo(self) -> None:
        """F7: the camera's current frame becomes a photo of the unit (or of the unexpected parcel)."""
        frame = self.camera.last_frame
        if frame is None:
            self.state.say(
                "warning",
                self.tr("No camera picture yet: turn the camera on with F8, then F7 takes the photo."),
            )
            return
        self.photo_desk.keep_frame(frame)

    def open_label_picture_dialog(self) -> None:
        self.scan_photo_files(self.photo_desk.ask_for_files(self, self.tr("Read a label from a picture")))

    def add_photos(self, paths: list[Path]) -> None:
        self.photo_desk.keep(paths)

    def scan_photo_files(self, paths: list[Path]) -> None:
        self.photo_desk.read_labels(paths)

    def _on_photo_stored(self, ref: str) -> None:
        if self.unexpected.isVisible():
            self.unexpected.add_photo(ref)
            return
        step = self.flow.photo_kept(ref)
        self.unit_panel.show_photos(
            len(self.flow.photos), bool(self.flow.grade and self.flow.grade.needs_photo)
        )
        self._apply(step)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if self.flow.unit is not None or self.unexpected.isVisible():
            self.add_photos(paths)  # while grading, a dropped picture is a photo of the unit
        else:
            self.scan_photo_files(paths)  # otherwise it is a picture of a label to read
        event.acceptProposedAction()

    def _on_photo_codes(self, codes: tuple[Code, ...]) -> None:
        if not codes:
            self.state.say(
                "warning", self.tr("No barcode found in that picture. Try a sharper photo, or type the code.")
            )
            return
        self.submit_scan(codes[0].aim + codes[0].text)

    # --- unexpected parcels ------------------------------------------------------------------------------
    def ctrl_enter(self) -> None:
        if self.unexpected.isVisible():
            self.file_unexpected()
        else:
            self.save()

    def file_unexpected(self) -> None:
        actor, parcel = self._require_actor(), self.unexpected.parcel()
        self._worker.submit(lambda s: parcel.file(s, actor), self._on_filed, self._on_failed)

    def _on_filed(self, number: int) -> None:
        self.unexpected.hide()
        self.state.say(
            "saved",
            self.tr(
                "Filed as exception #{0} for a supervisor — put the parcel on the exceptions shelf and scan the "
                "next one"
            ).format(number),
        )
        self.sounds.ok()
        self.exception_filed.emit(number)
        self.setFocus()

    # --- keys, camera, feedback --------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not keys.pressed(self, event):
            super().keyPressEvent(event)

    def _on_camera_toggled(self, on: bool) -> None:
        if on and self.camera.start_camera():
            self.camera_view.show()
            return
        self.camera.stop_camera()
        self.camera_view.setVisible(False)
        self.camera_button.setChecked(False)

    def _on_camera_code(self, code: Code) -> None:
        # The AIM identifier tells the scan path a GS1 element string from plain text, as a hardware scanner does.
        self.submit_scan(code.aim + code.text)

    def print_test_tag(self) -> None:
        self.printer.print_test(self.station_name)

    def reprint(self) -> None:
        if not self.printer.reprint():
            self.state.say("warning", self.tr("No tag to print again yet."))

    def _on_print_failed(self, message: str) -> None:
        self.state.say("error", message)
        self.sounds.error()

    def has_unsaved_work(self) -> bool:
        """A grade, notes or photos typed for the unit on screen, or an unexpected parcel being described."""
        grading = self.flow.unit is not None and (
            self.flow.grade is not None
            or bool(self.unit_panel.notes.toPlainText().strip())
            or bool(self.flow.photos)
        )
        describing = self.unexpected.isVisible() and bool(
            self.unexpected.description.toPlainText().strip() or self.unexpected.item_codes
        )
        return grading or describing

    def clear(self) -> None:
        """The station was locked: the next person starts from an empty screen, with nothing of the last one's."""
        self.actor = None
        self.flow.clear()
        self.request_panel.show_request(None)
        self.unit_panel.hide()
        self.unexpected.hide()
        self.scan.clear()
        self.state.say("ready", QCoreApplication.translate("StationFlow", "Ready — scan a label"))

    def set_actor(self, actor: Actor) -> None:
        self.actor = actor
        self._refresh_figures()
        self._worker.submit(station.checklists, self._on_checklists, self._on_failed, read_only=True)

    def _on_checklists(self, lists: dict[str, tuple[Question, ...]]) -> None:
        self.checklists = lists

    def _on_checklist_changed(self, suggested: Grade) -> None:
        key = GRADE_KEYS.index(suggested) + 1
        self.state.say(
            "scanned",
            self.tr("Checklist: at best {0} — press {1} (or another grade), then Enter").format(
                words.word("grade", suggested.value), key
            ),
        )

    def _refresh_figures(self) -> None:
        if self.actor is not None and self.actor.station_id is not None:
            station_id = self.actor.station_id
            self._worker.submit(
                lambda s: station.figures(s, station_id), self.figures_changed.emit, read_only=True
            )

    def _require_actor(self) -> Actor:
        assert self.actor is not None, "the station is only shown after login"
        return self.actor

    def show_problem(self, message: str) -> None:
        self._on_failed(message)

    def _on_failed(self, message: str) -> None:
        self.state.say("error", message)
        self.sounds.error()

    def showEvent(self, event: QShowEvent) -> None:
        # The unit's form scrolls up and down, never sideways: its side of the split is at least as wide as the
        # form needs (measured once shown, with the fonts the window gave it).
        scrollbar = self.right.verticalScrollBar().sizeHint().width()
        panels = max(self.unit_panel.minimumSizeHint().width(), self.unexpected.minimumSizeHint().width())
        self.right.setMinimumWidth(panels + scrollbar + 4)
        super().showEvent(event)

    def close_background(self) -> None:
        self.camera.close()
        self.tasks.stop()
