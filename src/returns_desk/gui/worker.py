"""The one serialized DB worker: every service call runs on its thread, results come back on the GUI thread.

Widgets call :meth:`DbWorker.submit` with a function of a Session; the function runs inside a unit of work on the
worker thread, and exactly one of the callbacks runs later on the GUI thread. Worker code never touches a widget.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from returns_desk.domain.errors import ReturnsDeskError
from returns_desk.gui import phrases
from returns_desk.store.database import Database
from returns_desk.store.db import explain, lost_standing, unit_of_work
from returns_desk.sync import SyncedStore, SyncStatus

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
    sync_changed = Signal(object)  # SyncStatus, for a station working against a shared server with a cache
    standing_lost = Signal()  # a write was refused: the user or the station was deactivated since login

    def __init__(self, database: Database | SyncedStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = database if isinstance(database, SyncedStore) else None
        self._database = database.cache if isinstance(database, SyncedStore) else database
        self._status: SyncStatus | None = None
        # For a synced station: when to keep the cache in step next (SyncedStore.maintain_due)
        self._maintain_at = self._store.maintain_due(time.monotonic()) if self._store is not None else 0.0
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
        if self._store is not None:
            return self._store.read(job.work) if job.read_only else self._store.write(job.work)
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
            if self._store is not None:
                self._store.close_reader()
            self._database.close_reader()

    def _next(self) -> _Job | None:
        """The next job; for a synced station, keep the cache in step (and probe, replay) about every second
        between jobs, also when jobs never stop coming."""
        if self._store is None:
            return self._jobs.get()
        while True:
            wait = self._maintain_at - time.monotonic()
            if wait <= 0:
                self._maintain()
                continue
            try:
                return self._jobs.get(timeout=wait)
            except queue.Empty:
                self._maintain()

    def _maintain(self) -> None:
        assert self._store is not None
        self._maintain_at = self._store.maintain_due(time.monotonic())
        try:
            self._store.maintain()
        except Exception:
            log.exception("keeping the station cache in step failed")
        self._report()

    def _report(self) -> None:
        if self._store is None:
            return
        try:
            current = self._store.status()
        except Exception:
            log.exception("reading the station's sync status failed")
            return
        if current != self._status:
            self._status = current
            self._job_finished.emit(self._set_online, current.online)
            self._job_finished.emit(self._emit_sync, current)

    def _emit_sync(self, status: object) -> None:
        self.sync_changed.emit(status)

    def _serve(self) -> None:
        while (job := self._next()) is not None:
            try:
                result = self._run(job)
            except ReturnsDeskError as exc:
                self._job_finished.emit(job.on_error, phrases.say(str(exc)))
            except DBAPIError as exc:
                told = explain(exc)
                if told is not None:
                    # The database answered, and said why it cannot take this (full disk, read-only, busy).
                    log.warning("database refused a job: %s", exc)
                    self._job_finished.emit(job.on_error, phrases.say(told))
                    if lost_standing(exc):
                        self._job_finished.emit(self._emit_standing_lost, None)
                elif isinstance(exc, OperationalError):
                    log.warning("database unreachable: %s", exc)
                    self._job_finished.emit(self._set_online, False)
                    self._job_finished.emit(
                        job.on_error,
                        QCoreApplication.translate(
                            "DbWorker", "The database cannot be reached. Nothing was saved; try again."
                        ),
                    )
                else:
                    log.exception("database error in a job")
                    self._job_finished.emit(job.on_error, _went_wrong(exc))
            except Exception as exc:
                # Never let a traceback reach the person at the station; it goes to the log.
                log.exception("unexpected error in a database job")
                self._job_finished.emit(job.on_error, _went_wrong(exc))
            else:
                if self._store is None:
                    self._job_finished.emit(self._set_online, True)
                self._job_finished.emit(job.on_done, result)
                if not job.read_only:
                    self._job_finished.emit(self._emit_changed, None)
            self._report()

    def _set_online(self, online: bool) -> None:
        if online != self.online:
            self.online = online
            self.connection_changed.emit(online)

    def _emit_standing_lost(self, _: object) -> None:
        self.standing_lost.emit()

    def _emit_changed(self, _: object) -> None:
        self.data_changed.emit()

    def _deliver(self, callback: Callable[[Any], None] | None, value: object) -> None:
        if callback is not None:
            callback(value)


def _went_wrong(exc: BaseException) -> str:
    return QCoreApplication.translate("DbWorker", "Something went wrong ({0}). Nothing was saved.").format(
        type(exc).__name__
    )
