#!/bin/sh
# Adds Briefpack, unpacked from its tarball, to your desktop's menu and to ~/.local/bin.
# Run it from the unpacked folder: ./install.sh   (./install.sh --uninstall takes it away again)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
bin=$HOME/.local/bin
if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$bin/briefpack" "$data/applications/briefpack.desktop" \
          "$data/metainfo/org.briefpack.Briefpack.metainfo.xml"
    find "$data/icons/hicolor" -name 'briefpack.*' -delete 2>/dev/null || true
    echo "Briefpack removed from the menu; delete $here to remove the program."
    exit 0
fi
mkdir -p "$bin" "$data/applications" "$data/metainfo"
ln -sf "$here/briefpack" "$bin/briefpack"
cp -R "$here/share/icons" "$data/"
cp "$here/share/metainfo/org.briefpack.Briefpack.metainfo.xml" "$data/metainfo/"
# The menu entry starts this copy by its full path, whether or not ~/.local/bin is on PATH.
sed -e "s|^Exec=briefpack|Exec=\"$here/briefpack\"|" -e "s|^TryExec=briefpack|TryExec=$here/briefpack|" \
    "$here/share/applications/briefpack.desktop" > "$data/applications/briefpack.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
echo "Briefpack is in your applications menu; 'briefpack' runs it from a terminal."
