"""A station that grades units as fast as it can and says ACK after each commit; the crash test kills it with -9.

python tests/services/crash_writer.py DATABASE_URL BADGE
"""

from __future__ import annotations

import sys

from sqlalchemy import select

from returns_desk.domain.vocab import Grade
from returns_desk.services import auth, station
from returns_desk.store.database import open_database
from returns_desk.store.db import unit_of_work
from returns_desk.store.models import Unit


def main(url: str, badge: str) -> None:
    db = open_database(url, migrate_empty=False)
    with unit_of_work(db.sessions) as session:
        actor = auth.login(session, badge, None, "CRASH-STATION")
    with unit_of_work(db.readers) as session:
        lpns = [
            str(x)
            for x in session.scalars(select(Unit.lpn).where(Unit.status == "received").order_by(Unit.id))
        ]
    print(f"READY {len(lpns)}", flush=True)
    for lpn in lpns:
        with unit_of_work(db.sessions) as session:
            station.save_unit(session, actor, lpn, Grade.A, notes="crash test " * 50)
        # Only now, after COMMIT returned, is the person told it is saved.
        print(f"ACK {lpn}", flush=True)
    print("DONE", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
