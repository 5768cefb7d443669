"""What the queue lists is what it counts, and the same on both databases: exceptions beyond a unit's oldest, and a
customer name too common to read whole."""

from __future__ import annotations

from collections import Counter

import pytest
from sqlalchemy import select

from returns_desk.domain.vocab import ExceptionKind
from returns_desk.services import exceptions, queue, queue_search, unit_facts
from returns_desk.services.demo import DemoSample
from returns_desk.services.results import Actor
from returns_desk.store.database import Database
from returns_desk.store.db import unit_of_work
from returns_desk.store.models import Customer, ExceptionCase, ReturnRequest, Unit


def test_a_unit_is_listed_under_every_open_exception_it_has_and_the_count_agrees(
    db: Database, seeded: DemoSample, staff: Actor, supervisor: Actor
) -> None:
    with unit_of_work(db.sessions) as session:
        waiting = session.scalars(select(Unit).where(Unit.exception_kind.is_not(None)).limit(3)).all()
        assert waiting
        for unit in waiting:  # a second, younger exception on units that already have one
            exceptions.open_case(
                session, staff, ExceptionKind.HIGH_VALUE, unit=unit_facts.lock_unit(session, unit.lpn)
            )
    with unit_of_work(db.readers) as session:
        open_by_kind = Counter(
            session.scalars(
                select(ExceptionCase.kind).where(
                    ExceptionCase.status == "open", ExceptionCase.unit_id.is_not(None)
                )
            )
        )
        for kind, n in open_by_kind.items():
            f = queue.QueueFilter(exception_kind=kind, states=tuple(s.value for s in queue_states()))
            page = queue.page(session, supervisor, f, limit=10_000)
            assert len(page.rows) == n == queue.count(session, supervisor, f), kind


def queue_states() -> list[object]:
    from returns_desk.domain.vocab import UnitStatus

    return list(UnitStatus)


def test_a_name_matching_too_many_customers_reads_the_first_by_name_and_says_so(
    db: Database, seeded: DemoSample, supervisor: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    with unit_of_work(db.readers) as session:
        with_units = session.execute(
            select(Customer.id, Customer.name_key)
            .join(ReturnRequest, ReturnRequest.customer_id == Customer.id)
            .join(Unit, Unit.return_request_id == ReturnRequest.id)
            .distinct()
        ).all()
        keys = [key for _, key in session.execute(select(Customer.id, Customer.name_key)).all() if key]
        names = Counter(key[:3] for key in keys)
        # The commonest prefix among customers with units on the dock (ties by the prefix, so both databases agree).
        prefix = max(
            {key[:3] for _, key in with_units if key and key[:3].isalpha()}, key=lambda p: (names[p], p)
        )
        every = sorted(
            (key.encode(), id_)  # byte order: what both databases sort by for this search
            for id_, key in session.execute(select(Customer.id, Customer.name_key)).all()
            if key and key.startswith(prefix)
        )
        keep = len(every) - 1
        assert keep >= 2
        monkeypatch.setattr(queue_search, "NAME_MATCHES", keep)
        first = [id_ for _, id_ in every[:keep]]
        expected = set(
            session.scalars(
                select(Unit.lpn)
                .join(ReturnRequest, ReturnRequest.id == Unit.return_request_id)
                .where(ReturnRequest.customer_id.in_(first))
            )
        )
        page = queue.page(session, supervisor, queue.QueueFilter(text=prefix), limit=10_000)
    assert page.partial
    assert expected
    assert {r.reference for r in page.rows if r.kind == "unit"} == expected
