#!/usr/bin/env bash
# System packages the tests and tools use: poppler-utils (pdffonts, pdftoppm), LibreOffice
# (opens our DOCX as a real office suite would), pandoc (export benchmark), the libraries Qt needs
# to run offscreen, and Xvfb for screenshots. Installs only what is missing, only as root on a
# machine with apt-get; elsewhere it says what is missing and the tests that need it skip.
set -euo pipefail

packages=(poppler-utils libreoffice-writer-nogui pandoc xvfb
          libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
          libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libnss3)

if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "system-packages: not a Debian-like system; install poppler, LibreOffice and pandoc yourself"
    exit 0
fi
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
        || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "system-packages: missing ${missing[*]} (run as root to install); tests needing them skip"
    exit 0
fi
echo "system-packages: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
