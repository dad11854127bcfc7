#!/bin/sh
# Installs the Packstation bundle from this unpacked tarball.
#   sudo ./install.sh     for every user: /opt/packstation, /usr/local/bin, /usr/local/share
#   ./install.sh          for this user only: ~/.local/opt/packstation, ~/.local/bin, ~/.local/share
# Run it again from a newer tarball to upgrade in place. Settings, the journal and the labels live in
# each user's folders (~/.config/Packstation, ~/.local/share/Packstation, logs in
# ~/.local/state/Packstation), the API keys in the desktop keyring ("packstation.sendcloud"): none
# of them is inside the bundle, so an upgrade or `./install.sh --remove` leaves them alone.
set -eu
here=$(cd "$(dirname "$0")" && pwd)

if [ "$(id -u)" -eq 0 ]; then
  opt=/opt/packstation; bin=/usr/local/bin; share=/usr/local/share
else
  opt="$HOME/.local/opt/packstation"; bin="$HOME/.local/bin"; share="${XDG_DATA_HOME:-$HOME/.local/share}"
fi

remove() {
  rm -rf "$opt"
  rm -f "$bin/packstation" "$share/applications/packstation.desktop"
  find "$share/icons/hicolor" -name 'packstation.png' -o -name 'packstation.svg' 2>/dev/null | xargs rm -f
}

if [ "${1:-}" = "--remove" ]; then
  remove
  echo "Packstation removed (settings, journal and keyring entries kept)."
  exit 0
fi

remove   # an upgrade replaces the whole bundle: no stale library from an older version stays
mkdir -p "$opt" "$bin" "$share"
cp -R "$here/packstation/." "$opt/"
ln -sf "$opt/packstation" "$bin/packstation"
cp -R "$here/share/." "$share/"
# Refresh the menus and icon caches where the tools exist (not every desktop has them).
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$share/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
echo "Packstation installed in $opt; start it from the menu or with: packstation"
