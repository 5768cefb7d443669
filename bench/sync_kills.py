"""A station whose connections the server drops while it writes: how many of its own writes come back as conflicts.

One station (the real station store, as in bench/sync.py) receives parcels and Enters their units as fast as it
can, while another connection terminates the station's busy backends (``pg_terminate_backend``, as a server
restart or a dropped link would) at random moments every 0.05-0.3 s. A write cut that way goes offline and is
done again from the station's copy; once the server answers again, the outbox is replayed. A write whose COMMIT
the server had already applied when the connection died is then on the server twice over: the replay is refused
and a supervisor finds a ``sync_conflict`` that is the station's own work (``self_conflicts``; ``lost`` and
``duplicates`` stay 0: nothing is overwritten or doubled). Figures:

  kills            busy backends terminated during the run
  went_offline     writes that failed over to the copy
  self_conflicts   sync_conflict cases the replay opened (every parcel here is this station's alone)
  by_reason        how they were refused (already graded / already received / no unit with that plate)
  lost             units the station acknowledged that the server holds neither graded nor in a conflict
  duplicates       units graded twice, plus events stored twice

The target is 0 self-conflicts: a write the server committed should count as done at the station.

  python bench/sync_kills.py [--parcels N] [--seed S]
"""

from __future__ import annotations

import _benchpath  # noqa: F401 - first: keeps the standard library ahead of this folder

# isort: split
import argparse
import logging
import random
import re
import shutil
import tempfile
import threading
import time
from pathlib import Path

import psycopg
from sqlalchemy import func, select

from _common import approved_rmas, emit, pg_admin_url, seeded_database
from returns_desk import sync
from returns_desk.domain.errors import AlreadyTaken
from returns_desk.domain.vocab import Grade
from returns_desk.services import auth, receiving, station
from returns_desk.store.db import unit_of_work
from returns_desk.store.models import Event, ExceptionCase, Inspection, Unit


class _Offline(logging.Handler):
    """Counts the station's 'working offline' warnings (services/sync.py)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        if "working offline" in record.getMessage():
            self.count += 1


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--parcels", type=int, default=400)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    offline = _Offline()
    logging.getLogger("returns_desk").addHandler(offline)
    logging.getLogger().addHandler(
        logging.NullHandler()
    )  # the cut connections' tracebacks stay off the screen
    with seeded_database("postgresql", max(4_000, args.parcels * 4), keep=False) as db:
        rmas = approved_rmas(db, limit=args.parcels)
        url = db.url
        dbname = url.rsplit("/", 1)[1]
        folder = tempfile.mkdtemp(prefix="rd-sync-kills-")
        store = sync.open_station(url, str(Path(folder) / "cache.sqlite3"), "KILLS-1")
        store.PROBE_S = 0.0  # back as soon as the server answers: more writes to cut
        actor = store.write(lambda s: auth.login(s, "B1001", None, "KILLS-1"))
        stop = threading.Event()
        kills = 0

        def killer() -> None:
            nonlocal kills
            with psycopg.connect(pg_admin_url().replace("+psycopg", ""), autocommit=True) as admin:
                while not stop.is_set():
                    time.sleep(rng.uniform(0.05, 0.3))
                    cut = admin.execute(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s"
                        " AND pid <> pg_backend_pid() AND state <> 'idle'",
                        (dbname,),
                    ).fetchall()
                    kills += sum(1 for (done,) in cut if done)

        thread = threading.Thread(target=killer, daemon=True)
        thread.start()
        acked: list[str] = []
        try:
            for rma in rmas:
                try:
                    view = store.write(lambda s, rma=rma: receiving.receive_parcel(s, actor, rma))
                except AlreadyTaken:
                    continue
                for lpn in [u.lpn for line in view.lines for u in line.units]:
                    store.write(lambda s, lpn=lpn: station.save_unit(s, actor, lpn, Grade.A))
                    acked.append(lpn)
                store.maintain()
        finally:
            stop.set()
            thread.join()
        for _ in range(100):
            store.maintain(force=True)
            if store.online and store.status().pending == 0:
                break
            time.sleep(0.2)
        drained = store.online and store.status().pending == 0
        assert store.server is not None
        with unit_of_work(store.server.readers) as session:
            cases = list(session.scalars(select(ExceptionCase).where(ExceptionCase.kind == "sync_conflict")))
            reasons = [str(case.details.get("error", "")) for case in cases]
            in_conflicts = {
                str(command.get("subject", "")).split(" ", 1)[-1]
                for case in cases
                for command in case.details.get("commands", [])
            }
            graded = set(
                session.scalars(select(Unit.lpn).where(Unit.lpn.in_(acked), Unit.status == "restocked"))
            )
            lost = sum(1 for lpn in acked if lpn not in graded and lpn not in in_conflicts)
            twice = select(Inspection.unit_id).where(Inspection.blind.is_(False)).group_by(Inspection.unit_id)
            events_twice = select(Event.uuid).group_by(Event.uuid).having(func.count() > 1)
            duplicates = (
                session.scalar(select(func.count()).select_from(twice.having(func.count() > 1).subquery()))
                or 0
            ) + (session.scalar(select(func.count()).select_from(events_twice.subquery())) or 0)
        store.close()
        shutil.rmtree(folder, ignore_errors=True)
    by_reason: dict[str, int] = {}
    for reason in reasons:
        key = re.sub(r"(LP|RMA-)\d+", r"\1…", reason.split(" by ")[0])
        by_reason[key] = by_reason.get(key, 0) + 1
    print(f"# {len(acked)} units, {kills} busy backends terminated")
    emit(
        {
            "bench": "sync_kills",
            "units": len(acked),
            "lost": lost,
            "duplicates": duplicates,
            "kills": kills,
            "went_offline": offline.count,
            "self_conflicts": len(reasons),
            "by_reason": by_reason,
            "drained": drained,
        }
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
