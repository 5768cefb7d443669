"""A combo box that hands back the Python value each entry stands for, typed.

``QComboBox.currentData()`` round-trips through a QVariant: a ``StrEnum`` comes back as a plain ``str`` and the
type checker sees ``Any``. That is how the blind re-grade and create-user screens once passed a string where a
service wanted a ``Grade`` or a ``Role``. Here the values stay in a Python list beside the box, so ``value()``
returns exactly what was added, and ``mypy --strict`` knows its type.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Generic, TypeVar

from PySide6.QtWidgets import QComboBox, QWidget

T = TypeVar("T")


class ChoiceBox(QComboBox, Generic[T]):
    """Built in code with its choices (``ChoiceBox(choices)``), or by a Designer form with its parent only
    (``ChoiceBox(parent)``, then ``set_choices``)."""

    def __init__(
        self, choices: Iterable[tuple[str, T]] | QWidget | None = (), parent: QWidget | None = None
    ) -> None:
        if isinstance(choices, QWidget):
            super().__init__(choices)
            choices = ()
        else:
            super().__init__(parent)
        self._values: list[T] = []
        self.set_choices(choices or ())

    def set_choices(self, choices: Iterable[tuple[str, T]]) -> None:
        """The entries, in order; any there were are gone."""
        self.clear()
        self._values = []
        for text, value in choices:
            self.add_choice(text, value)

    def add_choice(self, text: str, value: T) -> None:
        self._values.append(value)
        self.addItem(text)

    def value(self) -> T:
        """The value of the entry shown; a box is never empty once built."""
        return self._values[self.currentIndex()]

    def values(self) -> list[T]:
        return list(self._values)

    def select_value(self, value: T) -> bool:
        """Show the entry holding ``value``; False (and nothing changes) when there is none."""
        try:
            index = self._values.index(value)
        except ValueError:
            return False
        self.setCurrentIndex(index)
        return True
