"""kill -9 in the middle of a run of inspections, on SQLite and PostgreSQL: after restart, every inspection the
station acknowledged is there, whole; nothing half-written is."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select

from returns_desk.services import auth, receiving
from returns_desk.services.demo import DemoSample
from returns_desk.store.database import Database, open_database
from returns_desk.store.db import unit_of_work
from returns_desk.store.models import DispositionRecord, Event, Inspection, ReturnRequest, Unit

WRITER = Path(__file__).with_name("crash_writer.py")
KILL_AFTER = 12


def test_kill_9_while_writing_loses_nothing_acknowledged(db: Database, seeded: DemoSample) -> None:
    with unit_of_work(db.sessions) as session:
        staff = auth.login(session, seeded.badge, None, "DOCK-1")
        rmas = session.scalars(
            select(ReturnRequest.rma_number).where(ReturnRequest.status == "approved").limit(20)
        ).all()
    for rma in rmas:
        with unit_of_work(db.sessions) as session:
            receiving.receive_parcel(session, staff, rma)
    url = db.url
    db.close()  # the writer is the only client while it runs, as a station would be
    proc = subprocess.Popen(
        [sys.executable, str(WRITER), url, seeded.badge],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert proc.stdout is not None
    acked: list[str] = []
    ready = proc.stdout.readline().split()
    assert ready[0] == "READY"
    assert int(ready[1]) > KILL_AFTER
    for line in proc.stdout:
        if line.startswith("ACK "):
            acked.append(line.split()[1])
        if len(acked) >= KILL_AFTER:
            break
    # The writer is already in its next transaction: kill it there, with no chance to clean up.
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL
    reopened = open_database(url)
    try:
        with unit_of_work(reopened.readers) as session:
            rows = {
                str(u.lpn): u
                for u in session.scalars(
                    select(Unit).where(Unit.station_id.is_not(None), Unit.status != "received")
                )
            }
            for lpn in acked:
                unit = rows[lpn]
                assert (unit.status, unit.grade, unit.disposition) == ("restocked", "A", "restock")
            # Whole or not at all: every unit graded at the crash station has its inspection, its routing
            # and both events; no inspection or routing exists without the other.
            graded = session.scalars(
                select(Inspection.unit_id).where(Inspection.notes.like("crash test%"))
            ).all()
            routed = session.scalars(
                select(DispositionRecord.unit_id).where(DispositionRecord.unit_id.in_(graded))
            ).all()
            assert sorted(graded) == sorted(routed)
            assert len(graded) >= len(acked)
            assert len(graded) <= len(acked) + 1  # at most the one in flight, and then complete
            lpns = session.scalars(select(Unit.lpn).where(Unit.id.in_(graded))).all()
            inspected_events = session.scalar(
                select(func.count())
                .select_from(Event)
                .where(Event.kind == "unit.inspected", Event.subject_id.in_([str(x) for x in lpns]))
            )
            assert inspected_events == len(graded)
            half = session.scalar(
                select(func.count()).select_from(Unit).where(Unit.status == "inspected", Unit.id.in_(graded))
            )
            assert half == 0
    finally:
        reopened.close()
