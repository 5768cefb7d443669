"""Background work that is not a database call (photo files, printing, decoding a dropped image).

One thread, jobs in order, results and errors back on the GUI thread — the same contract as the DB worker, so the
GUI never waits on a disk, a printer or a decoder.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from returns_desk.domain.errors import ReturnsDeskError

log = logging.getLogger(__name__)


class TaskRunner(QObject):
    _finished = Signal(object, object)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: queue.Queue[
            tuple[Callable[[], Any], Callable[[Any], None] | None, Callable[[str], None] | None] | None
        ] = queue.Queue()
        self._finished.connect(lambda callback, value: callback(value) if callback else None)
        self._thread = threading.Thread(target=self._loop, name=name, daemon=True)
        self._thread.start()

    def submit(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[str], None] | None = None,
    ) -> None:
        self._jobs.put((work, on_done, on_error))

    def stop(self) -> None:
        self._jobs.put(None)
        self._thread.join(timeout=10)

    def _loop(self) -> None:
        while (job := self._jobs.get()) is not None:
            work, on_done, on_error = job
            try:
                result = work()
            except ReturnsDeskError as exc:
                self._finished.emit(on_error, str(exc))
            except Exception as exc:
                log.exception("background task failed")
                self._finished.emit(on_error, f"Something went wrong ({type(exc).__name__}).")
            else:
                self._finished.emit(on_done, result)
