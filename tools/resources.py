"""examdesk's resources: the icons in resources/ and what the application loads of them at run time.

    .venv/bin/python tools/resources.py icons    # draw every icon from resources/icons/examdesk.svg
    .venv/bin/python tools/resources.py compile  # resources/examdesk.qrc -> examdesk/resources/icons.rcc
    .venv/bin/python tools/resources.py check    # exit 1 when examdesk/resources/icons.rcc is stale

``resources/`` at the top of the repository is the source (the design card's layout): the hand-drawn
``icons/examdesk.svg``; drawn from it, the Linux hicolor theme the .desktop file names, the Windows
installer's ``examdesk.ico`` and the macOS ``examdesk.icns``; and ``examdesk.qrc``, the Qt resource file
listing what the window loads (``:/icons/examdesk.png``). ``compile`` turns the .qrc into Qt's binary
resource file with ``pyside6-rcc --binary`` (file times left out, so the file is the same on every
checkout), which the window registers with ``QResource.registerResource`` (``examdesk/ui/icons.py``); the
package, its wheel and the PyInstaller bundle carry that one file, not the icons. (It was a generated
Python module of 674 lines holding the bytes as text; no module of examdesk is that long, issue 12.)
``tests/test_resources.py`` runs ``check``. Qt's SVG renderer draws each icon size on its own (small
sizes stay sharp instead of being scaled down from a large bitmap); Pillow writes the .ico and .icns
containers. Run ``icons`` after
changing the SVG, then ``compile``, and commit what they write.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
ICONS = RESOURCES / "icons"
SOURCE = ICONS / "examdesk.svg"
QRC = RESOURCES / "examdesk.qrc"
COMPILED = ROOT / "examdesk" / "resources" / "icons.rcc"
APP_ID = "nl.examdesk.examdesk"
LINUX_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
WINDOWS_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
MACOS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def hicolor_png(size: int) -> Path:
    return ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def hicolor_svg() -> Path:
    return ICONS / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"


WINDOWS_ICON = ICONS / "examdesk.ico"
MACOS_ICON = ICONS / "examdesk.icns"


def render(size: int) -> Image.Image:
    """The SVG drawn at ``size`` x ``size`` pixels, as a Pillow RGBA image."""
    from PIL import Image
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QImageWriter, QPainter
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
    QImageWriter(buffer, QByteArray(b"PNG")).write(image)
    buffer.close()
    return Image.open(io.BytesIO(data.data())).convert("RGBA")


def icons() -> int:
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
        print(path.relative_to(ROOT))
    return 0


def _rcc(qrc: Path, target: Path) -> None:
    import PySide6

    tool = Path(sys.executable).parent / "pyside6-rcc"
    if not tool.exists():
        found = shutil.which("pyside6-rcc")
        tool = Path(found) if found else Path(PySide6.__file__).parent / "rcc"
    # No file times in the output: the file is the same on every checkout (Qt's reproducible builds).
    environment = {**os.environ, "QT_RCC_SOURCE_DATE_OVERRIDE": "1"}
    command = [str(tool), "--binary", str(qrc.relative_to(ROOT)), "-o", str(target)]
    subprocess.run(command, check=True, env=environment, cwd=ROOT)


def _shown(path: Path) -> Path:
    return path.relative_to(ROOT) if path.is_relative_to(ROOT) else path


def compile_qrc() -> int:
    _rcc(QRC, COMPILED)
    print(COMPILED.relative_to(ROOT))
    return 0


def check() -> int:
    """1 when the compiled resource file differs from what the .qrc and its files make now, or the Linux theme's
    scalable icon is not the source SVG."""
    said = []
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / COMPILED.name
        _rcc(QRC, fresh)
        if not COMPILED.exists() or fresh.read_bytes() != COMPILED.read_bytes():
            said.append(f"{_shown(COMPILED)} is stale: run tools/resources.py compile")
    if hicolor_svg().read_bytes() != SOURCE.read_bytes():
        said.append(f"{_shown(hicolor_svg())} is not {_shown(SOURCE)}: run tools/resources.py icons")
    for line in said:
        print(line, file=sys.stderr)
    return 1 if said else 0


def main(argv: list[str]) -> int:
    commands = {"icons": icons, "compile": compile_qrc, "check": check}
    if len(argv) != 1 or argv[0] not in commands:
        print(__doc__, file=sys.stderr)
        return 2
    return commands[argv[0]]()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
