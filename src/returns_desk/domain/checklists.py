"""Guided grading: per-category questions, as data, each saying the best grade a unit can have if it fails.

The default lists below are data, not logic: a supervisor's edited lists (kept in ``settings`` under
``checklists``) replace them. A checklist only suggests a grade; the person's key press decides.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from returns_desk.domain.errors import ValidationFailed
from returns_desk.domain.vocab import GRADE_KEYS, Grade


@dataclass(frozen=True, slots=True)
class Question:
    id: str
    text: str
    fail_grade: Grade  # the best grade possible when the answer is "no"


DEFAULT_CHECKLISTS: dict[str, list[dict[str, str]]] = {
    "electronics": [
        {"id": "sealed", "text": "Factory seal intact", "fail_grade": "B"},
        {"id": "complete", "text": "All accessories, cables and manuals present", "fail_grade": "C"},
        {"id": "cosmetic", "text": "No scratches, dents or cracks", "fail_grade": "C"},
        {"id": "works", "text": "Powers on and works", "fail_grade": "D"},
    ],
    "apparel": [
        {"id": "tags", "text": "Original tags attached", "fail_grade": "B"},
        {"id": "unworn", "text": "No signs of wear, stains or odour", "fail_grade": "C"},
        {"id": "intact", "text": "No tears, loose seams or broken zips", "fail_grade": "D"},
    ],
    "shoes": [
        {"id": "box", "text": "Original box, undamaged", "fail_grade": "B"},
        {"id": "soles", "text": "Soles clean, no wear", "fail_grade": "C"},
        {"id": "intact", "text": "No tears or detached parts", "fail_grade": "D"},
    ],
    "default": [
        {"id": "sealed", "text": "Unopened, original packaging", "fail_grade": "B"},
        {"id": "complete", "text": "All parts present", "fail_grade": "C"},
        {"id": "undamaged", "text": "No damage, works as intended", "fail_grade": "D"},
    ],
}


def checklists_from_data(data: Mapping[str, Sequence[Mapping[str, Any]]]) -> dict[str, tuple[Question, ...]]:
    out: dict[str, tuple[Question, ...]] = {}
    for category, items in data.items():
        questions = []
        for i, item in enumerate(items, start=1):
            try:
                questions.append(Question(str(item["id"]), str(item["text"]), Grade(item["fail_grade"])))
            except (KeyError, ValueError) as exc:
                raise ValidationFailed(f"Checklist '{category}', question {i}: {exc}") from exc
        out[category] = tuple(questions)
    if "default" not in out:
        raise ValidationFailed("Checklists need a 'default' list for categories without their own.")
    return out


DEFAULT = checklists_from_data(DEFAULT_CHECKLISTS)


def questions_for(category: str, lists: Mapping[str, tuple[Question, ...]] = DEFAULT) -> tuple[Question, ...]:
    return lists.get(category, lists["default"])


def suggest(questions: Sequence[Question], answers: Mapping[str, bool]) -> Grade:
    """The best grade the answers allow: the worst fail grade among the questions answered 'no'."""
    order = {grade: i for i, grade in enumerate(GRADE_KEYS)}
    failed = [q.fail_grade for q in questions if answers.get(q.id) is False]
    return max(failed, key=order.__getitem__) if failed else Grade.A
