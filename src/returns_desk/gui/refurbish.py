"""The refurbishment bench, keyboard first: scan a plate, type what was done (parts, minutes, cost, notes, a
photo), then F2 saves the work and keeps the unit on the bench, F3 says it is repaired (graded again, back to
stock, a new tag printed), F4 that it is beyond repair (disposed or liquidated, with why). Esc puts it down."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QHeaderView, QWidget

from returns_desk.barcodes.labels import TagData
from returns_desk.domain.money import DEFAULT_CURRENCY, minor_digits
from returns_desk.domain.vocab import Disposition, Grade
from returns_desk.gui import formats, keymap, words
from returns_desk.gui.choice_box import ChoiceBox
from returns_desk.gui.console.base import fill
from returns_desk.gui.forms.ui_refurbish_bench import Ui_RefurbishBench
from returns_desk.gui.keymap import Binding
from returns_desk.gui.station.photo_desk import PhotoDesk, image_files
from returns_desk.gui.tag_printer import TagPrinter
from returns_desk.gui.tasks import TaskRunner
from returns_desk.gui.worker import DbWorker
from returns_desk.services import refurbishment
from returns_desk.services.refurbishment import BenchUnit, WaitingUnit, Work
from returns_desk.services.results import Actor

RED, GREEN = "color: #b00020", "color: #1b5e20"


class RefurbishBench(QWidget):
    def __init__(
        self,
        worker: DbWorker,
        data_dir: Path,
        printer: TagPrinter,
        tasks: TaskRunner,
        currency: str = DEFAULT_CURRENCY,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker, self.printer, self.currency = worker, printer, currency
        self.ui = Ui_RefurbishBench()
        self.ui.setupUi(self)
        self.actor: Actor | None = None
        self.unit: BenchUnit | None = None
        self.photos: list[str] = []
        self.file_dialog: QFileDialog | None = None
        self.photo_desk = PhotoDesk(data_dir, tasks, self)
        self.photo_desk.stored.connect(self._on_photo)
        self.photo_desk.failed.connect(lambda m: self.say(m, error=True))
        self.grade: ChoiceBox[Grade] = self.ui.benchGrade
        self.grade.set_choices((words.word("grade", g.value), g) for g in refurbishment.REPAIRED_GRADES)
        self.grade.select_value(Grade.B)
        self.end: ChoiceBox[Disposition] = self.ui.benchEnd
        self.end.set_choices(
            [
                (words.word("disposition", Disposition.DISPOSE.value), Disposition.DISPOSE),
                (words.word("disposition", Disposition.LIQUIDATE.value), Disposition.LIQUIDATE),
            ]
        )
        self.ui.benchCost.setDecimals(minor_digits(currency))
        for table in (self.ui.benchHistory, self.ui.benchWaiting):
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ui.benchSplit.setSizes([600, 400])
        self.ui.benchScan.returnPressed.connect(lambda: self.submit_scan(self.ui.benchScan.text()))
        self.ui.bench_work.clicked.connect(self.save_work)
        self.ui.bench_repaired.clicked.connect(self.repaired)
        self.ui.bench_beyond.clicked.connect(self.beyond_repair)
        self.ui.bench_photo.clicked.connect(self.add_photo_dialog)
        self.ui.benchWaiting.cellDoubleClicked.connect(lambda row, _c: self._pick_waiting(row))
        for binding, slot in self.bindings():
            keymap.shortcut(
                self, binding, slot, self.tr("Refurbishment bench"), Qt.ShortcutContext.WindowShortcut
            )
        self.waiting: list[WaitingUnit] = []
        self._next_words: str | None = None  # said once the unit is shown again after a step
        self.put_down()

    def bindings(self) -> list[tuple[Binding, Callable[[], object]]]:
        return [
            (Binding("F2", self.tr("Save the work done")), self.save_work),
            (Binding("F3", self.tr("Repaired: back to stock")), self.repaired),
            (Binding("F4", self.tr("Beyond repair")), self.beyond_repair),
            (Binding("Esc", self.tr("Put the unit down")), self.put_down),
        ]

    # --- who and what ---
    def set_actor(self, actor: Actor) -> None:
        self.actor = actor
        self.load_waiting()

    def clear(self) -> None:
        self.actor = None
        self.put_down()
        self.ui.benchWaiting.setRowCount(0)
        self.ui.benchMessage.clear()

    def say(self, text: str, *, error: bool = False) -> None:
        self.ui.benchMessage.setStyleSheet(RED if error else GREEN)
        self.ui.benchMessage.setText(text)

    def put_down(self) -> None:
        """Nothing on the bench: the form is empty and the scan field waits."""
        self.unit = None
        self.photos = []
        for field in (self.ui.benchParts, self.ui.benchNotes, self.ui.benchReason, self.ui.benchDestination):
            field.clear()
        self.ui.benchMinutes.setValue(0)
        self.ui.benchCost.setValue(0)
        self.ui.benchPhotos.setText(self.tr("No photos"))
        self.ui.benchUnit.setText(self.tr("No unit on the bench: scan its plate."))
        self.ui.benchHistory.setRowCount(0)
        for button in (self.ui.bench_work, self.ui.bench_repaired, self.ui.bench_beyond, self.ui.bench_photo):
            button.setEnabled(False)
        self.ui.benchScan.clear()
        self.ui.benchScan.setFocus()

    def load_waiting(self) -> None:
        actor = self.actor
        if actor is None:
            return
        self.worker.submit(
            lambda s: refurbishment.waiting(s, actor),
            self._show_waiting,
            lambda m: self.say(m, error=True),
            read_only=True,
        )

    def _show_waiting(self, units: list[WaitingUnit]) -> None:
        self.waiting = units
        fill(
            self.ui.benchWaiting,
            [
                [u.lpn, u.sku, u.product, u.grade or "", formats.day(u.received_at), str(u.minutes)]
                for u in units
            ],
        )

    def _pick_waiting(self, row: int) -> None:
        if 0 <= row < len(self.waiting):
            self.submit_scan(self.waiting[row].lpn)

    def submit_scan(self, code: str) -> None:
        actor = self.actor
        if actor is None or not code.strip():
            return
        self.worker.submit(
            lambda s: refurbishment.bench_unit(s, actor, code),
            self._show_unit,
            lambda m: self.say(m, error=True),
            read_only=True,
        )

    def _show_unit(self, unit: BenchUnit) -> None:
        self.put_down()
        self.unit = unit
        self.ui.benchUnit.setText(
            f"<b>{unit.lpn}</b> · {unit.sku} {unit.product} · "
            + self.tr("graded {0} · {1} min and {2} so far").format(
                unit.grade or "—", unit.minutes, formats.money(unit.cost_cents, self.currency)
            )
        )
        fill(
            self.ui.benchHistory,
            [
                [
                    formats.moment(w.done_at, seconds=False),
                    w.worker,
                    words.word("bench", w.outcome),
                    w.parts or "",
                    str(w.minutes),
                    formats.money(w.cost_cents, self.currency),
                    w.notes or "",
                ]
                for w in unit.work
            ],
        )
        for button in (self.ui.bench_work, self.ui.bench_repaired, self.ui.bench_beyond, self.ui.bench_photo):
            button.setEnabled(True)
        said, self._next_words = self._next_words, None
        self.say(
            said
            or self.tr("{0} is on the bench: F2 saves work, F3 repaired, F4 beyond repair.").format(unit.lpn)
        )
        self.ui.benchParts.setFocus()

    # --- photos ---
    def add_photo_dialog(self) -> None:
        dialog = QFileDialog(self, self.tr("Photos of the work"), str(Path.home()), image_files())
        dialog.setObjectName("benchPhotoDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.filesSelected.connect(lambda names: self.photo_desk.keep([Path(n) for n in names]))
        dialog.finished.connect(lambda _code: dialog.deleteLater())
        self.file_dialog = dialog
        dialog.open()

    def _on_photo(self, ref: str) -> None:
        self.photos.append(ref)
        self.ui.benchPhotos.setText(self.tr("{0} photo(s)").format(len(self.photos)))

    # --- the three ends of a step ---
    def work(self) -> Work:
        digits = minor_digits(self.currency)
        return Work(
            parts=self.ui.benchParts.text(),
            minutes=self.ui.benchMinutes.value(),
            cost_cents=round(self.ui.benchCost.value() * 10**digits),
            notes=self.ui.benchNotes.text(),
            photos=tuple(self.photos),
        )

    def _ready(self) -> tuple[Actor, str] | None:
        if self.actor is None or self.unit is None:
            self.say(self.tr("Scan the unit's plate first."), error=True)
            return None
        return self.actor, self.unit.lpn

    def save_work(self) -> None:
        ready = self._ready()
        if ready is None:
            return
        (actor, lpn), work = ready, self.work()
        self.worker.submit(
            lambda s: refurbishment.record_work(s, actor, lpn, work),
            lambda _r: self._after(self.tr("Work on {0} saved; it stays on the bench.").format(lpn), lpn),
            lambda m: self.say(m, error=True),
        )

    def repaired(self) -> None:
        ready = self._ready()
        if ready is None:
            return
        (actor, lpn), work, grade = ready, self.work(), self.grade.value()
        where = self.ui.benchDestination.text()
        self.worker.submit(
            lambda s: refurbishment.repaired(s, actor, lpn, grade, work, where),
            lambda tag: self._ended(
                tag, self.tr("{0} repaired: grade {1}, to {2}.").format(lpn, grade.value, tag.destination)
            ),
            lambda m: self.say(m, error=True),
        )

    def beyond_repair(self) -> None:
        ready = self._ready()
        if ready is None:
            return
        (actor, lpn), work, end = ready, self.work(), self.end.value()
        reason = self.ui.benchReason.text()
        self.worker.submit(
            lambda s: refurbishment.beyond_repair(s, actor, lpn, end, reason, work),
            lambda tag: self._ended(
                tag,
                self.tr("{0} beyond repair: {1} ({2}).").format(
                    lpn, words.word("disposition", end.value), tag.destination
                ),
            ),
            lambda m: self.say(m, error=True),
        )

    def _after(self, text: str, lpn: str) -> None:
        self._next_words = text
        self.submit_scan(lpn)
        self.load_waiting()

    def _ended(self, tag: TagData, text: str) -> None:
        self.printer.print_tag(tag)
        self.put_down()
        self.load_waiting()
        self.say(text + " " + self.tr("A new tag is printing."))
