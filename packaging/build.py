"""Build the installers: a PyInstaller one-folder bundle and, on Debian/Ubuntu, a ``.deb`` around it.

    python packaging/build.py                      icons, bundle (dist/returns-desk/) and .deb (dist/*.deb)
    python packaging/build.py bundle               icons and bundle only (any platform)
    python packaging/build.py deb --bundle DIR     a .deb around an existing bundle (--version V, --out FILE)

``bash scripts/dev package`` sets up the environment and runs the first form. The .deb puts the bundle in
``/opt/returns-desk``, ``returns-desk`` on the PATH (``/usr/bin``), a menu entry and the icon; it needs no Python on
the target, only the system libraries Qt's window platform uses and a font with Hangul (its ``Depends``).
Installing it again over an older version keeps every station's data: that lives in the user's data folder,
which the package never touches, and the app upgrades a station's own SQLite file on its next start (a copy of the
old file is kept beside it).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from returns_desk import __version__, components  # noqa: E402 - after the path above

NAME = "returns-desk"
DESCRIPTION = "Returns Desk: the warehouse returns dock and its supervisor console"
# What the bundle leaves to the system: glibc, OpenGL/EGL, the X11/XCB libraries of Qt's window platform, D-Bus,
# fontconfig, and a font with Hangul. libpulse0 only for the webcam scanner.
DEPENDS = (
    "libc6 (>= 2.36), libgl1, libegl1, libfontconfig1, libfreetype6, libdbus-1-3, libxkbcommon0, "
    "libxkbcommon-x11-0, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-shape0, libxcb-xkb1, "
    "libxcb-randr0, libxcb-render-util0, libxcb-image0, libxcb-xinerama0, fonts-nanum | fonts-noto-cjk"
)
RECOMMENDS = "libpulse0"
DESKTOP = """[Desktop Entry]
Type=Application
Name=Returns Desk
Name[ko]=반품 데스크
GenericName=Warehouse returns
GenericName[ko]=창고 반품 처리
Comment=Scan, grade and route returned parcels; settle the exceptions
Comment[ko]=반품 소포를 스캔하고 등급을 매기고 보낼 곳을 정합니다
Exec=returns-desk
Icon=returns-desk
Terminal=false
Categories=Office;
StartupWMClass=returns-desk
"""


def run(*command: str | Path, env: dict[str, str] | None = None) -> None:
    print("+", " ".join(str(c) for c in command), flush=True)
    subprocess.run([str(c) for c in command], check=True, env=env)


def icons(work: Path) -> Path:
    """The app icon as PNG (256 px), ICO (Windows) and ICNS (macOS), drawn from resources/icons/app.svg by Qt."""
    out = work / "icons"
    out.mkdir(parents=True, exist_ok=True)
    code = (
        "import sys; from PySide6.QtGui import QGuiApplication, QImage, QPainter; "
        "from PySide6.QtSvg import QSvgRenderer; app = QGuiApplication(['x', '-platform', 'offscreen']); "
        "img = QImage(256, 256, QImage.Format.Format_ARGB32); img.fill(0); p = QPainter(img); "
        "QSvgRenderer(sys.argv[1]).render(p); p.end(); img.save(sys.argv[2])"
    )
    png = out / f"{NAME}.png"
    run(sys.executable, "-c", code, ROOT / "resources" / "icons" / "app.svg", png)
    from PIL import Image

    with Image.open(png) as image:
        image.save(out / f"{NAME}.ico", sizes=[(16, 16), (32, 32), (48, 48), (256, 256)])
        image.save(out / f"{NAME}.icns")
    return out


def bundle(work: Path, dist: Path) -> Path:
    icons(work)
    run(
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--distpath", dist, "--workpath",
        work / "pyinstaller", ROOT / "packaging" / f"{NAME}.spec",
    )  # fmt: skip
    built = dist / NAME
    listed = json.dumps([*components.installed(), *components.NATIVE], indent=1)
    (built / "_internal" / components.LIST_FILE).write_text(listed, encoding="utf-8")
    return built


def deb(bundle_dir: Path, version: str, out: Path | None, work: Path, dist: Path) -> Path:
    arch = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    stage = work / "deb" / f"{NAME}_{version}_{arch}"
    if stage.exists():
        shutil.rmtree(stage)
    opt = stage / "opt" / NAME
    shutil.copytree(bundle_dir, opt, symlinks=True)
    (stage / "usr" / "bin").mkdir(parents=True)
    (stage / "usr" / "bin" / NAME).symlink_to(Path("..", "..", "opt", NAME, NAME))
    apps = stage / "usr" / "share" / "applications"
    apps.mkdir(parents=True)
    (apps / f"{NAME}.desktop").write_text(DESKTOP, encoding="utf-8")
    hicolor = stage / "usr" / "share" / "icons" / "hicolor"
    (hicolor / "scalable" / "apps").mkdir(parents=True)
    shutil.copy(ROOT / "resources" / "icons" / "app.svg", hicolor / "scalable" / "apps" / f"{NAME}.svg")
    png = icons(work) / f"{NAME}.png"
    (hicolor / "256x256" / "apps").mkdir(parents=True)
    shutil.copy(png, hicolor / "256x256" / "apps" / f"{NAME}.png")
    doc = stage / "usr" / "share" / "doc" / NAME
    doc.mkdir(parents=True)
    bundled = json.loads((opt / "_internal" / components.LIST_FILE).read_text(encoding="utf-8"))
    doc.joinpath("copyright").write_text(
        "Returns Desk\n\nBundled components (name, version, licence):\n"
        + "".join(f"  {b['name']} {b['version']}: {b['license']}\n" for b in bundled),
        encoding="utf-8",
    )
    size_kb = sum(p.stat().st_size for p in stage.rglob("*") if p.is_file() and not p.is_symlink()) // 1024
    control = stage / "DEBIAN"
    control.mkdir()
    (control / "control").write_text(
        f"Package: {NAME}\nVersion: {version}\nSection: misc\nPriority: optional\nArchitecture: {arch}\n"
        f"Maintainer: Returns Desk IT <it@returns-desk.invalid>\nInstalled-Size: {size_kb}\n"
        f"Depends: {DEPENDS}\nRecommends: {RECOMMENDS}\nDescription: {DESCRIPTION}\n"
        " Staff at the dock scan return labels, grade what is inside, photograph it and print its tag;\n"
        " supervisors settle the exceptions. Works on a local SQLite file or a shared PostgreSQL.\n",
        encoding="utf-8",
    )
    target = out or dist / f"{NAME}_{version}_{arch}.deb"
    target.parent.mkdir(parents=True, exist_ok=True)
    run("dpkg-deb", "--root-owner-group", "-Zzstd", "--build", stage, target)
    shutil.rmtree(stage)
    return target


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("what", nargs="?", choices=("all", "bundle", "deb"), default="all")
    parser.add_argument(
        "--bundle", type=Path, help="deb: the bundle folder to wrap (default: dist/returns-desk)"
    )
    parser.add_argument("--version", default=__version__, help="the package's version (default: the app's)")
    parser.add_argument("--out", type=Path, help="deb: the file to write")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the bundle goes")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="scratch folder")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    built = args.bundle or args.dist / NAME
    if args.what in ("all", "bundle"):
        built = bundle(args.work, args.dist)
        print(f"bundle: {built}")
    if args.what in ("all", "deb"):
        if shutil.which("dpkg-deb") is None:
            print("no dpkg-deb here: the .deb is built on Debian or Ubuntu", file=sys.stderr)
            return 0 if args.what == "all" else 1
        print(f"deb: {deb(built, args.version, args.out, args.work, args.dist)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
