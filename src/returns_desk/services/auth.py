"""Logging in at a station: a badge scan for staff, badge plus PIN for supervisors and admins.

PINs are stored as argon2id hashes (salted, deliberately slow), never in clear.
"""

from __future__ import annotations

from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from returns_desk.domain.errors import PermissionDenied, RecordedRefusal, ValidationFailed
from returns_desk.domain.names import station_name
from returns_desk.domain.vocab import EventKind, Role
from returns_desk.services import events, shared
from returns_desk.services.results import Actor
from returns_desk.store.models import Station, User

_hasher = PasswordHasher()
MAX_WRONG_PINS = 5
LOCK_MINUTES = 5


def hash_pin(pin: str) -> str:
    if not (pin.isdigit() and 4 <= len(pin) <= 12):
        raise ValidationFailed("A PIN is 4 to 12 digits.")
    return _hasher.hash(pin)


def pin_matches(pin_hash: str | None, pin: str) -> bool:
    if not pin_hash:
        return False
    try:
        return _hasher.verify(pin_hash, pin)
    except (VerificationError, InvalidHashError):
        return False


def needs_pin(role: Role) -> bool:
    return role.at_least(Role.SUPERVISOR)


NOT_RECOGNISED = "Badge not recognised. Ask a supervisor to register it."


def badge_needs_pin(session: Session, badge: str) -> bool:
    """The first step of a login: is this a badge that may log in, and does its role type a PIN next?"""
    user = find_user(session, badge)
    if user is None or not user.active or user.badge == SYSTEM_BADGE:
        raise PermissionDenied(NOT_RECOGNISED)
    return needs_pin(Role(user.role))


def find_user(session: Session, badge: str) -> User | None:
    return session.scalar(select(User).where(User.badge == badge.strip()))


def find_station(session: Session, name: str) -> Station | None:
    """The station of that name, however it is spelled (stations made before names were normalised included)."""
    key = station_name(name)
    found = session.scalars(select(Station).where(func.upper(func.trim(Station.name)) == key)).all()
    if not found:
        return None
    # Two old spellings of one name: the deactivated one wins, so that no spelling gets round a deactivation.
    return min(found, key=lambda s: (s.active, s.id))


def ensure_station(session: Session, name: str) -> Station:
    station = find_station(session, name)
    if station is None:
        station = Station(name=station_name(name), location=None, active=True)
        session.add(station)
        session.flush()
    return station


def login(session: Session, badge: str, pin: str | None, station_name: str) -> Actor:
    """Check the badge (and PIN where the role needs one) and return who is now working at the station."""
    user = session.scalar(select(User).where(User.badge == badge.strip()).with_for_update())
    if user is None or not user.active or user.badge == SYSTEM_BADGE:
        raise PermissionDenied(NOT_RECOGNISED)
    role = Role(user.role)
    if needs_pin(role) and user.pin_hash is None and shared.is_station_cache(session):
        raise PermissionDenied(
            f"{user.name} is a {role.value}: a PIN login needs the shared database, which is offline. Staff badges "
            "work meanwhile."
        )
    if needs_pin(role):
        now = events.now()
        if user.locked_until is not None and user.locked_until > now:
            wait = max(1, int((user.locked_until - now).total_seconds() + 59) // 60)
            raise PermissionDenied(
                f"Too many wrong PINs for {user.name}: try again in {wait} min, or ask an admin to reset the PIN."
            )
        if not pin:
            raise PermissionDenied(f"{user.name} is a {role.value}: enter your PIN.")
        if not pin_matches(user.pin_hash, pin):
            user.failed_pins = (user.failed_pins or 0) + 1
            left = MAX_WRONG_PINS - user.failed_pins
            if left <= 0:
                # Each lock-out after the first doubles, up to an hour.
                minutes = min(60, LOCK_MINUTES * 2 ** (-left))
                user.locked_until = now + timedelta(minutes=minutes)
                events.record(
                    session, None, EventKind.USER_LOCKED_OUT, "user", user.badge, {"minutes": minutes}
                )
                raise RecordedRefusal(f"Wrong PIN. {user.name} is locked out for {minutes} min.")
            events.record(
                session, None, EventKind.USER_WRONG_PIN, "user", user.badge, {"station": station_name}
            )
            raise RecordedRefusal(f"Wrong PIN ({left} more tries before a lock-out).")
        user.failed_pins = 0
        user.locked_until = None
    station = ensure_station(session, station_name)
    if not station.active:
        raise PermissionDenied(f"Station {station.name} is deactivated. Ask an admin.")
    actor = Actor(user.id, user.name, user.badge, role, station.id, station.name)
    events.record(session, actor, EventKind.USER_LOGGED_IN, "user", str(user.id), {"station": station.name})
    return actor


def require(actor: Actor, role: Role, action: str) -> None:
    """Roles are enforced here, in the service, whatever the GUI shows or hides."""
    if not actor.role.at_least(role):
        raise PermissionDenied(f"Only a {role.value} can {action}; {actor.name} is {actor.role.value}.")


SYSTEM_BADGE = "SYSTEM"


def system_actor(session: Session, station_name: str) -> Actor:
    """Who the command line acts as: an admin that cannot log in at a station, so the audit trail says 'SYSTEM'."""
    user = find_user(session, SYSTEM_BADGE)
    if user is None:
        user = User(
            badge=SYSTEM_BADGE,
            name="Command line",
            role=Role.ADMIN.value,
            pin_hash=None,
            active=False,
            created_at=events.now(),
        )
        session.add(user)
        session.flush()
    station = ensure_station(session, station_name)
    return Actor(user.id, user.name, user.badge, Role.ADMIN, station.id, station.name)
