#!/bin/sh
# Packs dist/Packstation.app into dist/packstation-<version>-macos.dmg (macOS only: hdiutil).
#   python installer/build.py --smoke && sh installer/macos/make_dmg.sh
# The disk image holds the app and a link to /Applications, so installing is a drag. Upgrading is
# the same drag (replace): settings, the journal and labels live in
# ~/Library/Application Support/Packstation, logs in ~/Library/Logs/Packstation and the API keys in
# the login keychain ("packstation.sendcloud"), none inside the .app, so they stay.
# Not signed or notarised here: that needs the company's Developer ID (codesign --deep --options
# runtime, then xcrun notarytool); until then Gatekeeper asks once (right-click > Open).
set -eu
cd "$(dirname "$0")/../.."
app=dist/Packstation.app
[ -d "$app" ] || { echo "no $app: run python installer/build.py first" >&2; exit 1; }
version=$(python3 -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
dmg="dist/packstation-$version-macos.dmg"

staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
rm -f "$dmg"
hdiutil create -volname "Packstation $version" -srcfolder "$staging" -fs HFS+ -format UDZO -ov "$dmg"
echo "$dmg"
