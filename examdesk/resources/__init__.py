"""examdesk's data files: translations, the reports' font and the demo package.

The icons are not here: their source is ``resources/`` at the top of the repository, and the window loads
them from the Qt resource module ``examdesk/ui/resources_rc.py`` (``tools/resources.py compile``).

``FOLDER`` is this folder on disk, in a source checkout, an installed wheel and the PyInstaller bundle alike
(the bundle's spec puts the files at the same relative places). Reading it as a path costs nothing at
start-up, where ``importlib.resources`` would import its readers and ``zipfile`` before the first paint.
"""

from __future__ import annotations

from pathlib import Path

FOLDER = Path(__file__).resolve().parent
I18N = FOLDER / "i18n"
FONTS = FOLDER / "fonts"
