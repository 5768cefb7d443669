"""Errors the domain and services raise. Each message is written for the person at the station."""

from __future__ import annotations


class ReturnsDeskError(Exception):
    """Base for every expected, user-facing failure. The message is shown as is."""


class IllegalTransition(ReturnsDeskError):
    def __init__(self, subject: str, current: str, target: str, allowed: tuple[str, ...]) -> None:
        allowed_text = ", ".join(allowed) if allowed else "none (it is final)"
        super().__init__(
            f"{subject} cannot go from '{current}' to '{target}'. From '{current}' it can go to: {allowed_text}."
        )
        self.subject = subject
        self.current = current
        self.target = target


class AlreadyTaken(ReturnsDeskError):
    """Another station got there first: the message says who, where and when."""


class PermissionDenied(ReturnsDeskError):
    pass


class RecordedRefusal(PermissionDenied):
    """A refusal whose own record must be kept (a wrong PIN is counted): the unit of work commits, then raises."""

    keep_changes = True


class NotFound(ReturnsDeskError):
    pass


class ValidationFailed(ReturnsDeskError):
    pass
