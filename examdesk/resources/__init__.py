"""examdesk's data files: translations, icons, the reports' font and the demo package.

``FOLDER`` is this folder on disk, in a source checkout, an installed wheel and the PyInstaller bundle alike
(the bundle's spec puts the files at the same relative places). Reading it as a path costs nothing at
start-up, where ``importlib.resources`` would import its readers and ``zipfile`` before the first paint.
"""

from __future__ import annotations

from pathlib import Path

FOLDER = Path(__file__).resolve().parent
I18N = FOLDER / "i18n"
ICONS = FOLDER / "icons"
FONTS = FOLDER / "fonts"
