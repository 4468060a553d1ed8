"""Draw examdesk's application icons from packaging/icons/examdesk.svg.

    .venv/bin/python packaging/icons/make_icons.py

Writes the Linux hicolor theme icons (PNG per size plus the SVG), the Windows .ico and the macOS .icns.
Qt's SVG renderer draws each size on its own (small sizes stay sharp instead of being scaled down from
a large bitmap); Pillow writes the .ico and .icns containers. Run it after changing the SVG and commit
what it writes; tests/test_packaging.py checks that every file is there with the right sizes.
"""

from __future__ import annotations

import io
import os
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PACKAGING = HERE.parent
SOURCE = HERE / "examdesk.svg"
APP_ID = "nl.examdesk.examdesk"
LINUX_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
WINDOWS_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
MACOS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def hicolor_png(size: int) -> Path:
    return PACKAGING / "linux" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def hicolor_svg() -> Path:
    return PACKAGING / "linux" / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"


WINDOWS_ICON = PACKAGING / "windows" / "examdesk.ico"
MACOS_ICON = PACKAGING / "macos" / "examdesk.icns"


def render(size: int):  # type: ignore[no-untyped-def]
    """The SVG drawn at ``size`` x ``size`` pixels, as a Pillow RGBA image."""
    from PIL import Image
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return Image.open(io.BytesIO(bytes(data))).convert("RGBA")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    images = {size: render(size) for size in sorted({*LINUX_SIZES, *WINDOWS_SIZES, *MACOS_SIZES})}
    for size in LINUX_SIZES:
        target = hicolor_png(size)
        target.parent.mkdir(parents=True, exist_ok=True)
        images[size].save(target, "PNG", optimize=True)
    hicolor_svg().parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, hicolor_svg())
    WINDOWS_ICON.parent.mkdir(parents=True, exist_ok=True)
    largest = images[max(WINDOWS_SIZES)]
    largest.save(
        WINDOWS_ICON,
        "ICO",
        sizes=[(size, size) for size in WINDOWS_SIZES],
        append_images=[images[size] for size in WINDOWS_SIZES],
    )
    MACOS_ICON.parent.mkdir(parents=True, exist_ok=True)
    images[1024].save(MACOS_ICON, "ICNS", append_images=[images[size] for size in MACOS_SIZES])
    for path in [*map(hicolor_png, LINUX_SIZES), hicolor_svg(), WINDOWS_ICON, MACOS_ICON]:
        print(path.relative_to(PACKAGING.parent))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
