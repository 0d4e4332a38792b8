#!/bin/sh
# Installs AssoCompta for the current user from the unpacked bundle folder: the command in
# ~/.local/bin, the menu entry, the icon and the *.assocompta file type (nothing needs root).
# Run from anywhere: ./install-desktop.sh (inside the bundle folder). Undo: --uninstall.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
bin=$HOME/.local/bin
if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$bin/assocompta" "$data/applications/assocompta.desktop" \
          "$data/mime/packages/assocompta-mime.xml"
    for size in 48 128 256; do rm -f "$data/icons/hicolor/${size}x$size/apps/assocompta.png"; done
    rm -f "$data/icons/hicolor/scalable/apps/assocompta.svg"
else
    [ -x "$here/assocompta" ] || { echo "install-desktop.sh : $here/assocompta introuvable" >&2; exit 1; }
    mkdir -p "$bin" "$data/applications" "$data/mime/packages" "$data/icons/hicolor/scalable/apps"
    ln -sf "$here/assocompta" "$bin/assocompta"
    cp "$here/share/applications/assocompta.desktop" "$data/applications/"
    cp "$here/share/mime/packages/assocompta-mime.xml" "$data/mime/packages/"
    for size in 48 128 256; do
        mkdir -p "$data/icons/hicolor/${size}x$size/apps"
        cp "$here/share/icons/hicolor/${size}x$size/apps/assocompta.png" \
           "$data/icons/hicolor/${size}x$size/apps/"
    done
    cp "$here/share/icons/hicolor/scalable/apps/assocompta.svg" \
       "$data/icons/hicolor/scalable/apps/"
fi
# Refresh the caches where the tools exist (desktops also pick the files up at next login).
command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
if [ "${1:-}" = "--uninstall" ]; then echo "AssoCompta : désinstallé"
else echo "AssoCompta : installé ($bin/assocompta, menu Bureautique)"; fi
