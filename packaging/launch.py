"""The frozen program's entry point (packaging/examdesk.spec): ``examdesk.app.main``, as ``python -m examdesk``.

A windowed Windows program (``examdesk.exe``) has no standard streams at all; the command line's messages
then go nowhere instead of stopping the program. ``examdesk-cli.exe`` is the console twin for scripts.
"""

import os
import sys

for _name in ("stdout", "stderr"):
    if getattr(sys, _name) is None:
        setattr(sys, _name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - lives as long as the process

from examdesk.app import main  # noqa: E402 - after the streams exist

raise SystemExit(main())
