#!/usr/bin/env bash
# The macOS disk image around the PyInstaller app bundle. Run on a macOS runner with Homebrew's zbar installed
# (.github/workflows/installers.yml), from the repository root:
#   python packaging/build.py bundle && bash packaging/macos/make-dmg.sh 0.1.0
# dist/Returns Desk.app (made by the spec's BUNDLE step) goes into dist/returns-desk-VERSION.dmg beside a link
# to /Applications. The app is not signed or notarized here: IT signs it with the company's Developer ID.
set -euo pipefail
version="${1:?usage: make-dmg.sh VERSION}"
app="dist/Returns Desk.app"
[ -d "$app" ] || { echo "no $app: run python packaging/build.py bundle first" >&2; exit 1; }
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
"$app/Contents/MacOS/returns-desk" self-test
hdiutil create -volname "Returns Desk" -srcfolder "$stage" -ov -format UDZO "dist/returns-desk-${version}.dmg"
echo "dist/returns-desk-${version}.dmg"
