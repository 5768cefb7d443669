"""The demo's later dock history: blind re-grades done by a second inspector, and work at the refurbishment bench.

Drawn after the returns and the sales, from the demo's second random stream, so the returns' own history (and
every test seeded from it) stays what it was. Rows and payloads are those the real commands write
(``services/regrade.record``, ``services/refurbishment.record_work``): the Analytics tab's inspector agreement and
the refurbishment share of the cost of returns then have something true to show.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, insert, text

from returns_desk.domain.vocab import EventKind, Fault, Grade
from returns_desk.services import commands
from returns_desk.store.models import BlindRegrade, Event, Inspection, RefurbWork

REGRADE_EVERY = 12  # one first inspection in twelve was graded again, blind
REFURB_EVERY = 2  # one unit in two routed to refurbish has had work at the bench
ORDER = (Grade.A, Grade.B, Grade.C, Grade.D)
CHUNK = 5_000


def make_dock_history(
    conn: Connection, rng: random.Random, staff: Sequence[int], stations: Sequence[int], now: datetime
) -> tuple[int, int]:
    """Add done blind re-grades and refurbishment work; returns how many of each."""
    # Each inspector is as careful as they are: how often a second person agrees with their grade.
    care = {user: rng.uniform(0.72, 0.96) for user in staff}
    regrades = conn.execute(
        text(
            "SELECT i.id, i.unit_id, i.inspector_id, i.grade, i.inspected_at, u.lpn FROM inspections i "
            "JOIN units u ON u.id = i.unit_id WHERE NOT i.blind AND i.grade IN ('A', 'B', 'C', 'D') "
            "AND i.inspector_id IS NOT NULL AND i.id % :every = 0 "
            "AND NOT EXISTS (SELECT 1 FROM blind_regrades b WHERE b.first_inspection_id = i.id) ORDER BY i.id"
        ),
        {"every": REGRADE_EVERY},
    ).all()
    done = 0
    for start in range(0, len(regrades), CHUNK):
        inspections: list[dict[str, Any]] = []
        rows: list[dict[str, Any]] = []
        log: list[dict[str, Any]] = []
        for first_id, unit_id, first_by, first_grade, at, lpn in regrades[start : start + CHUNK]:
            at = _aware(at)
            when = min(now, at + timedelta(hours=rng.uniform(1, 30)))
            others = [u for u in staff if u != first_by]
            if not others:
                break
            by = commands.By(rng.choice(others), rng.choice(stations))
            first = Grade(first_grade)
            grade = first if rng.random() < care.get(first_by, 0.85) else _next_to(first, rng)
            second = commands.inspection_row(unit_id, by, grade, Fault.UNKNOWN, None, None, (), (), when)
            second["blind"] = True
            inspections.append(second)
            rows.append(
                {
                    **commands.regrade_row(unit_id, first_id, first_by, first, at),
                    "status": "done",
                    "second_inspector_id": by.user_id,
                    "second_grade": grade.value,
                    "agreed": grade is first,
                    "done_at": when,
                }
            )
            payload: dict[str, Any] = {
                "grade": grade.value,
                "first_grade": first.value,
                "agreed": grade is first,
            }
            log.append(commands.event_row(by, EventKind.UNIT_REGRADED_BLIND, "unit", str(lpn), payload, when))
        if not rows:
            continue
        ids = conn.execute(
            insert(Inspection).returning(Inspection.id, sort_by_parameter_order=True), inspections
        ).scalars()
        for row, second_id in zip(rows, ids, strict=True):
            row["second_inspection_id"] = second_id
        conn.execute(insert(BlindRegrade), rows)
        conn.execute(insert(Event), log)
        done += len(rows)
    work = conn.execute(
        text(
            "SELECT u.id, u.lpn, max(d.decided_at) FROM units u JOIN dispositions d ON d.unit_id = u.id "
            "WHERE u.disposition = 'refurbish' AND u.id % :every = 0 "
            "AND NOT EXISTS (SELECT 1 FROM refurb_work w WHERE w.unit_id = u.id) GROUP BY u.id, u.lpn ORDER BY u.id"
        ),
        {"every": REFURB_EVERY},
    ).all()
    jobs = 0
    for start in range(0, len(work), CHUNK):
        made: list[dict[str, Any]] = []
        log = []
        for unit_id, lpn, decided in work[start : start + CHUNK]:
            when = min(now, _aware(decided) + timedelta(hours=rng.uniform(4, 120)))
            by = commands.By(rng.choice(staff), rng.choice(stations))
            minutes = rng.choice((10, 15, 20, 30, 45, 60, 90))
            cost = rng.choice((0, 0, 350, 900, 1_800, 4_500))
            parts = "" if not cost else rng.choice(("hinge", "screen", "battery", "zip", "sole", "strap"))
            made.append(
                {
                    "unit_id": unit_id,
                    "outcome": "work",
                    "parts": parts or None,
                    "minutes": minutes,
                    "cost_cents": cost,
                    "notes": None,
                    "photos": None,
                    "worker_id": by.user_id,
                    "station_id": by.station_id,
                    "done_at": when,
                }
            )
            payload = {
                "parts": parts or None,
                "minutes": minutes,
                "cost_cents": cost,
                "photos": 0,
            }  # as record_work
            log.append(commands.event_row(by, EventKind.UNIT_REFURB_WORK, "unit", str(lpn), payload, when))
        conn.execute(insert(RefurbWork), made)
        conn.execute(insert(Event), log)
        jobs += len(made)
    return done, jobs


def _next_to(grade: Grade, rng: random.Random) -> Grade:
    """A second opinion one grade up or down: graders who disagree seldom disagree by more."""
    i = ORDER.index(grade)
    choices = [ORDER[j] for j in (i - 1, i + 1) if 0 <= j < len(ORDER)]
    return rng.choice(choices)


def _aware(value: Any) -> datetime:
    """A time read with plain SQL: SQLite gives text without a zone, PostgreSQL an aware datetime."""
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
