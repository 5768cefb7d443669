"""The one serialized DB worker: every service call runs on its thread, results come back on the GUI thread.

Widgets call :meth:`DbWorker.submit` with a function of a Session; the function runs inside a unit of work on the
worker thread, and exactly one of the callbacks runs later on the GUI thread. Worker code never touches a widget.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from returns_desk.domain.errors import ReturnsDeskError
from returns_desk.services.database import Database
from returns_desk.store.db import unit_of_work

log = logging.getLogger(__name__)

Work = Callable[[Session], Any]
OnDone = Callable[[Any], None]
OnError = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class _Job:
    work: Work
    on_done: OnDone | None
    on_error: OnError | None
    read_only: bool


class DbWorker(QObject):
    """Runs jobs one at a time on a single background thread."""

    _job_finished = Signal(object, object)  # (callback, result) delivered on the GUI thread
    data_changed = Signal()  # something was written; views may refresh
    connection_changed = Signal(bool)  # False when the database stops answering, True when it is back

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._jobs: queue.Queue[_Job | None] = queue.Queue()
        self._job_finished.connect(self._deliver)
        self.online = True
        self._thread = threading.Thread(target=self._loop, name="returns-desk-db", daemon=True)
        self._thread.start()

    def submit(
        self,
        work: Work,
        on_done: OnDone | None = None,
        on_error: OnError | None = None,
        *,
        read_only: bool = False,
    ) -> None:
        self._jobs.put(_Job(work, on_done, on_error, read_only))

    def stop(self) -> None:
        self._jobs.put(None)
        self._thread.join(timeout=10)

    def _run(self, job: _Job) -> Any:
        if not job.read_only:
            with unit_of_work(self._database.sessions) as session:
                return job.work(session)
        try:
            return self._database.read(job.work)
        except DBAPIError as exc:
            # A connection the server dropped (restart, network blip) is invalidated on first use; a read is
            # safe to repeat once on a fresh connection. A write is not retried: the person sees it and decides.
            if not exc.connection_invalidated:
                raise
        return self._database.read(job.work)

    def _loop(self) -> None:
        try:
            self._serve()
        finally:
            self._database.close_reader()

    def _serve(self) -> None:
        while (job := self._jobs.get()) is not None:
            try:
                result = self._run(job)
            except ReturnsDeskError as exc:
                self._job_finished.emit(job.on_error, str(exc))
            except OperationalError as exc:
                log.warning("database unreachable: %s", exc)
                self._job_finished.emit(self._set_online, False)
                self._job_finished.emit(
                    job.on_error, "The database cannot be reached. Nothing was saved; try again."
                )
            except Exception as exc:
                # Never let a traceback reach the person at the station; it goes to the log.
                log.exception("unexpected error in a database job")
                self._job_finished.emit(
                    job.on_error, f"Something went wrong ({type(exc).__name__}). Nothing was saved."
                )
            else:
                self._job_finished.emit(self._set_online, True)
                self._job_finished.emit(job.on_done, result)
                if not job.read_only:
                    self._job_finished.emit(self._emit_changed, None)

    def _set_online(self, online: bool) -> None:
        if online != self.online:
            self.online = online
            self.connection_changed.emit(online)

    def _emit_changed(self, _: object) -> None:
        self.data_changed.emit()

    def _deliver(self, callback: Callable[[Any], None] | None, value: object) -> None:
        if callback is not None:
            callback(value)
