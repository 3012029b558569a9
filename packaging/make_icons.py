"""Render resources/icons/briefpack.svg into the PNG sizes, the Windows .ico and the macOS .icns.

Run it after editing the SVG and commit what it writes:

    .venv/bin/python packaging/make_icons.py

Qt's SVG renderer (QtSvg, part of PySide6-Essentials) draws the PNGs; Pillow (installed with
reportlab) packs them into .ico and .icns. Both already sit in the project's venv.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SOURCE = ICONS / "briefpack.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)  # hicolor theme sizes; 512 for .icns and Retina
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512)


def png_path(size: int) -> Path:
    return ICONS / f"briefpack-{size}.png"


def render_png(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {SOURCE} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - keeps Qt up
    images = {}
    for size in PNG_SIZES:
        data = render_png(size)
        png_path(size).write_bytes(data)
        images[size] = Image.open(io.BytesIO(data)).convert("RGBA")
    largest = images[max(PNG_SIZES)]
    # Pillow scales the largest image down for each size unless given the exact frames.
    largest.save(ICONS / "briefpack.ico", sizes=[(s, s) for s in ICO_SIZES],
                 append_images=[images[s] for s in ICO_SIZES])
    largest.save(ICONS / "briefpack.icns", sizes=[(s, s) for s in ICNS_SIZES],
                 append_images=[images[s] for s in ICNS_SIZES])
    for path in sorted(ICONS.iterdir()):
        print(f"{path.stat().st_size:>8}  {path.relative_to(ICONS.parent.parent)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
