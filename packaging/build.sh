#!/usr/bin/env bash
# Builds the Linux bundle, its tarball, and smoke-tests the built program (`make package`).
#
#   bash packaging/build.sh          # expects .venv with Briefpack and PyInstaller (`make package`)
#
# 1. validates the .desktop file and AppStream metainfo (appstreamcli; installed as root with
#    apt-get when missing, skipped otherwise);
# 2. installs Briefpack (not editable) into build/package/site: the layout pip gives, with
#    briefpack.resources and briefpack.seeds inside the package;
# 3. freezes it with PyInstaller (packaging/briefpack.spec) into dist/briefpack/;
# 4. packs dist/briefpack-VERSION-linux-ARCH.tar.gz: the bundle, share/ (desktop file,
#    metainfo, icons) and install.sh;
# 5. smoke-tests dist/briefpack (packaging/smoke_test.py) and reports its size
#    (packaging/bundle_report.py; fails over 200 MB).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
MAX_MB=${MAX_MB:-200}
started=$(date +%s)
step() { echo; echo "== $* ($(( $(date +%s) - started )) s)"; }

step "checking the desktop file and AppStream metainfo"
if ! command -v appstreamcli >/dev/null 2>&1 && [ "$(id -u)" -eq 0 ] \
        && command -v apt-get >/dev/null 2>&1; then
    echo "installing appstream and desktop-file-utils (apt-get)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq --no-install-recommends \
        appstream desktop-file-utils >/dev/null
fi
if command -v appstreamcli >/dev/null 2>&1; then
    appstreamcli validate --no-net --explain packaging/linux/org.briefpack.Briefpack.metainfo.xml
else
    echo "appstreamcli not installed (not root?): metainfo not validated"
fi
if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate packaging/linux/briefpack.desktop && echo "briefpack.desktop is valid"
fi

step "installing Briefpack into build/package/site"
# setuptools builds in build/lib: clear it so files deleted from src/ cannot come back.
rm -rf build/lib build/bdist.* build/package/site
mkdir -p build/package
if ! "$PY" -m pip install --quiet --disable-pip-version-check --no-deps --no-compile \
        --target build/package/site . >build/package/site-install.log 2>&1; then
    cat build/package/site-install.log
    exit 1
fi
version=$("$PY" -c "import tomllib; print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])")

step "freezing with PyInstaller"
"$PY" -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/package/work \
    packaging/briefpack.spec

step "packing the tarball"
arch=$(uname -m)
name=briefpack-$version-linux-$arch
tree=build/package/tarball/$name
rm -rf build/package/tarball
mkdir -p "$tree/share/applications" "$tree/share/metainfo"
cp -al dist/briefpack/. "$tree/"  # hard links: no second copy of 200 MB
cp packaging/linux/briefpack.desktop "$tree/share/applications/"
cp packaging/linux/org.briefpack.Briefpack.metainfo.xml "$tree/share/metainfo/"
for size in 16 24 32 48 64 128 256 512; do
    mkdir -p "$tree/share/icons/hicolor/${size}x${size}/apps"
    cp "resources/icons/briefpack-$size.png" "$tree/share/icons/hicolor/${size}x${size}/apps/briefpack.png"
done
mkdir -p "$tree/share/icons/hicolor/scalable/apps"
cp resources/icons/briefpack.svg "$tree/share/icons/hicolor/scalable/apps/briefpack.svg"
cp packaging/linux/install.sh "$tree/"
tarball=dist/$name.tar.gz
tar -C build/package/tarball -czf "$tarball" "$name"
echo "$tarball: $(( $(stat -c %s "$tarball") / 1024 / 1024 )) MB"

step "smoke-testing the bundle"
"$PY" packaging/smoke_test.py dist/briefpack

step "bundle size"
"$PY" packaging/bundle_report.py dist/briefpack --max-mb "$MAX_MB"

echo
echo "packaging done in $(( $(date +%s) - started )) s: dist/briefpack/ and $tarball"
