"""The station window on a shared PostgreSQL whose line is cut: it keeps scanning and saving, shows "Offline" with
the events waiting, and shows it synced again once the line is back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.engine import make_url

from returns_desk import sync
from returns_desk.config import Settings
from returns_desk.domain.vocab import Grade
from returns_desk.gui.main_window import MainWindow
from returns_desk.gui.worker import DbWorker
from returns_desk.services.demo import DemoSample
from returns_desk.store.database import Database
from returns_desk.store.db import unit_of_work
from returns_desk.store.models import ReturnRequest, Unit
from tests.support.tcp_proxy import TcpProxy

pytestmark = pytest.mark.parametrize(
    "db", [pytest.param("postgresql", marks=pytest.mark.postgres)], indirect=True
)
T = 15_000


@pytest.fixture
def synced_window(
    qtbot: QtBot, db: Database, seeded: DemoSample, tmp_path: Path
) -> Iterator[tuple[MainWindow, TcpProxy]]:
    url = make_url(db.url)
    proxy = TcpProxy(url.host or "127.0.0.1", url.port or 5432)
    store = sync.open_station(
        url.set(port=proxy.port).render_as_string(hide_password=False),
        str(tmp_path / "cache.sqlite3"),
        "DOCK-5",
    )
    store.PROBE_S = 0.5
    worker = DbWorker(store)
    win = MainWindow(worker, Settings(db.url, "DOCK-5", tmp_path / "data"), "shared database")
    qtbot.addWidget(win)
    with qtbot.waitActive(win):
        win.show()
        win.activateWindow()
    yield win, proxy
    win.shutdown()
    store.close()
    proxy.close()


def test_the_station_works_on_offline_and_says_so(
    qtbot: QtBot, synced_window: tuple[MainWindow, TcpProxy], db: Database, seeded: DemoSample
) -> None:
    window, proxy = synced_window
    window.login.badge.setText(seeded.badge)
    window.login.badge.returnPressed.emit()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.station, timeout=T)
    with unit_of_work(db.readers) as session:
        rma = session.scalar(
            select(ReturnRequest.rma_number)
            .where(ReturnRequest.status == "approved")
            .order_by(ReturnRequest.id.desc())
        )
    assert rma is not None

    proxy.cut()
    window.station.submit_scan(rma)  # scan: offline now, from the station's copy; the parcel is received
    qtbot.waitUntil(lambda: window.station.flow.unit is not None, timeout=T)
    qtbot.waitUntil(window.offline.isVisible, timeout=T)
    assert "Offline" in window.offline.text()
    window.station.choose_grade(Grade.A)
    qtbot.waitUntil(lambda: window.station.flow.proposal is not None, timeout=T)
    window.station.save()
    qtbot.waitUntil(
        lambda: "wait" in window.offline.text() and "0 events" not in window.offline.text(), timeout=T
    )
    assert "OFFLINE" in window.sync_label.text()
    lpn = window.station.flow.request.lines[0].units[0].lpn if window.station.flow.request else ""

    proxy.restore()
    qtbot.waitUntil(lambda: not window.offline.isVisible(), timeout=T)
    qtbot.waitUntil(lambda: "online · 0 waiting" in window.sync_label.text(), timeout=T)
    with unit_of_work(db.readers) as session:
        unit = session.scalar(select(Unit).where(Unit.lpn == lpn))
        assert unit is not None
        assert unit.status == "restocked"
