"""examdesk's data files: translations, the reports' font and the demo package.

The icons' source is ``resources/`` at the top of the repository; here is only what the window loads of
them, compiled into Qt's binary resource file ``icons.rcc`` (``tools/resources.py compile``,
``examdesk/ui/icons.py``).

``FOLDER`` is this folder on disk, in a source checkout, an installed wheel and the PyInstaller bundle alike
(the bundle's spec puts the files at the same relative places). Reading it as a path costs nothing at
start-up, where ``importlib.resources`` would import its readers and ``zipfile`` before the first paint.
"""

from __future__ import annotations

from pathlib import Path

FOLDER = Path(__file__).resolve().parent
I18N = FOLDER / "i18n"
FONTS = FOLDER / "fonts"
ICONS = FOLDER / "icons.rcc"
