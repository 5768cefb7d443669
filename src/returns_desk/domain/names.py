"""Names people type or scan for places: one spelling of each, whatever spaces or letter case came with it."""

from __future__ import annotations


def station_name(text: str) -> str:
    """``" dock-3 "`` and ``"DOCK  3"`` name the stations ``DOCK-3`` and ``DOCK 3``: surrounding spaces dropped,
    inner runs of spaces made one, letters in capitals. A deactivated station cannot be reached under another
    spelling of its name."""
    return " ".join(text.split()).upper()
