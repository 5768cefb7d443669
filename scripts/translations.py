"""Bring the translation sources up to date with the code: every string the window shows, found by
pyside6-lupdate in the screens' Python (``tr()``, ``translate()``, ``QT_TRANSLATE_NOOP()``) and Designer forms,
goes into ``resources/translations/returns_desk_<language>.ts``; translations already there are kept, and a
string that left the code is dropped. Translate the new ones (Qt Linguist: ``pyside6-linguist FILE.ts``, or by
hand), then ``python scripts/build_forms.py`` compiles them.

    python scripts/translations.py
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).parent))

from build_forms import TS_DIR, tool  # noqa: E402 - beside this script

LANGUAGES = ("ko",)


def sources() -> list[Path]:
    """The files whose strings are translated: every screen's Python and every form."""
    gui = ROOT / "src" / "returns_desk" / "gui"
    return sorted(p for p in gui.rglob("*.py") if "forms" not in p.parts) + sorted((ROOT / "ui").glob("*.ui"))


def update(target_dir: Path = TS_DIR) -> list[Path]:
    target_dir.mkdir(parents=True, exist_ok=True)
    made = []
    for language in LANGUAGES:
        ts = target_dir / f"returns_desk_{language}.ts"
        subprocess.run(
            [tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", "-target-language", language,
             *map(str, sources()), "-ts", str(ts)],
            check=True, capture_output=True, text=True,
        )  # fmt: skip
        made.append(ts)
    return made


if __name__ == "__main__":
    for path in update():
        print(f"updated {path.relative_to(ROOT)}")
