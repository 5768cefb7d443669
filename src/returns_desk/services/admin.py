"""Users and stations, for admins: create, deactivate, reset a PIN. Nothing is deleted: the audit trail names them.

PINs are argon2id hashes (auth.hash_pin). Supervisors and admins must have one; staff log in with the badge.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from returns_desk.domain.errors import NotFound, ValidationFailed
from returns_desk.domain.names import station_name
from returns_desk.domain.vocab import EventKind, Role
from returns_desk.services import auth, events, shared
from returns_desk.services.results import Actor
from returns_desk.store.models import Station, User


@dataclass(frozen=True, slots=True)
class UserRow:
    badge: str
    name: str
    role: str
    active: bool
    has_pin: bool
    locked_until: datetime | None


@dataclass(frozen=True, slots=True)
class StationRow:
    name: str
    location: str | None
    active: bool


def _badge(badge: str) -> str:
    text = badge.strip()
    if not text or len(text) > 64 or any(ch.isspace() for ch in text):
        raise ValidationFailed("A badge code is 1 to 64 characters without spaces.")
    if text.upper() == auth.SYSTEM_BADGE:
        raise ValidationFailed(f"{auth.SYSTEM_BADGE} is reserved for the command line.")
    return text


def create_user(
    session: Session, actor: Actor, badge: str, name: str, role: Role, pin: str | None = None
) -> None:
    auth.require(actor, Role.ADMIN, "create users")
    shared.require_shared(session, "create users")
    code = _badge(badge)
    if not name.strip():
        raise ValidationFailed("A user needs a name.")
    if auth.needs_pin(role) and not pin:
        raise ValidationFailed(f"A {role.value} needs a PIN.")
    if auth.find_user(session, code) is not None:
        raise ValidationFailed(f"Badge {code} is already registered.")
    session.add(
        User(
            badge=code,
            name=name.strip(),
            role=role.value,
            pin_hash=auth.hash_pin(pin) if pin else None,
            active=True,
            created_at=events.now(),
            failed_pins=0,
        )
    )
    session.flush()
    events.record(
        session, actor, EventKind.USER_CREATED, "user", code, {"name": name.strip(), "role": role.value}
    )


def _user(session: Session, badge: str) -> User:
    user = auth.find_user(session, badge)
    if user is None or user.badge == auth.SYSTEM_BADGE:
        raise NotFound(f"No user with badge {badge}.")
    return user


def set_user_active(session: Session, actor: Actor, badge: str, active: bool, reason: str) -> None:
    auth.require(actor, Role.ADMIN, "activate or deactivate users")
    shared.require_shared(session, "activate or deactivate users")
    if not reason.strip():
        raise ValidationFailed("Say why.")
    user = _user(session, badge)
    if user.id == actor.user_id and not active:
        raise ValidationFailed("You cannot deactivate yourself.")
    user.active = active
    events.record(
        session,
        actor,
        EventKind.USER_ACTIVATED if active else EventKind.USER_DEACTIVATED,
        "user",
        user.badge,
        {"reason": reason.strip()},
    )


def reset_pin(session: Session, actor: Actor, badge: str, pin: str) -> None:
    """Set a new PIN; it also lifts a lock-out from wrong PINs."""
    auth.require(actor, Role.ADMIN, "reset PINs")
    shared.require_shared(session, "reset PINs")
    user = _user(session, badge)
    user.pin_hash = auth.hash_pin(pin)
    user.failed_pins = 0
    user.locked_until = None
    events.record(session, actor, EventKind.USER_PIN_RESET, "user", user.badge, {})


def users(session: Session, actor: Actor) -> list[UserRow]:
    auth.require(actor, Role.ADMIN, "list users")
    rows = session.scalars(select(User).where(User.badge != auth.SYSTEM_BADGE).order_by(User.role, User.name))
    return [UserRow(u.badge, u.name, u.role, u.active, u.pin_hash is not None, u.locked_until) for u in rows]


def create_station(session: Session, actor: Actor, name: str, location: str | None = None) -> None:
    auth.require(actor, Role.ADMIN, "create stations")
    shared.require_shared(session, "create stations")
    code = station_name(name)
    if not code or len(code) > 64:
        raise ValidationFailed("A station name is 1 to 64 characters.")
    if auth.find_station(session, code) is not None:
        raise ValidationFailed(f"Station {code} already exists.")
    session.add(Station(name=code, location=(location or "").strip() or None, active=True))
    session.flush()
    events.record(session, actor, EventKind.STATION_CREATED, "station", code, {"location": location})


def set_station_active(session: Session, actor: Actor, name: str, active: bool, reason: str) -> None:
    auth.require(actor, Role.ADMIN, "activate or deactivate stations")
    shared.require_shared(session, "activate or deactivate stations")
    if not reason.strip():
        raise ValidationFailed("Say why.")
    station = auth.find_station(session, name)
    if station is None:
        raise NotFound(f"No station named {name}.")
    if station.id == actor.station_id and not active:
        raise ValidationFailed(
            "You cannot deactivate the station you are working at: do it from another one."
        )
    station.active = active
    events.record(
        session,
        actor,
        EventKind.STATION_ACTIVATED if active else EventKind.STATION_DEACTIVATED,
        "station",
        station.name,
        {"reason": reason.strip()},
    )


def stations(session: Session, actor: Actor) -> list[StationRow]:
    auth.require(actor, Role.SUPERVISOR, "list stations")
    return [
        StationRow(s.name, s.location, s.active)
        for s in session.scalars(select(Station).order_by(Station.name))
    ]


def first_admin(session: Session, station: str, badge: str, name: str, pin: str) -> None:
    """The first person of a new database, an admin, made by the first-run wizard. Refused once anyone is
    registered: from then on admins register people in the console."""
    if has_people(session):
        raise ValidationFailed("This database already has its people: log in with your badge.")
    create_user(session, auth.system_actor(session, station), badge, name, Role.ADMIN, pin)


def has_people(session: Session) -> bool:
    return bool(session.scalar(select(func.count()).select_from(User).where(User.badge != auth.SYSTEM_BADGE)))


def record_station_settings(
    session: Session, actor: Actor, station: str, before: Mapping[str, str], after: Mapping[str, str]
) -> None:
    """An admin changed this workstation's own settings file (it lives on the computer, not in the database):
    what changed goes to the audit trail all the same."""
    auth.require(actor, Role.ADMIN, "change a station's settings")
    changed = {
        k: {"before": before.get(k, ""), "after": v} for k, v in after.items() if before.get(k, "") != v
    }
    if changed:
        events.record(session, actor, EventKind.SETTINGS_STATION, "station", station, {"changed": changed})
