"""How a package file is refused: its headline, in singular or plural."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from examdesk.core.package_format import Problem
from examdesk.core.text import QT_TRANSLATE_NOOP, Message, message, plural
from examdesk.services.package_input import FILE

_REFUSED = QT_TRANSLATE_NOOP("Import", "{path} was not imported: {count} problems. Nothing was changed.")
_REFUSED_ONE = QT_TRANSLATE_NOOP("Import", "{path} was not imported: 1 problem. Nothing was changed.")
_NOT_SCORED = QT_TRANSLATE_NOOP("Import", "{path} cannot be scored: {count} problems.")
_NOT_SCORED_ONE = QT_TRANSLATE_NOOP("Import", "{path} cannot be scored: 1 problem.")
_NOT_A_PACKAGE = QT_TRANSLATE_NOOP("Import", "{path} is not an examdesk package: {problem}.")


def refusal_headline(path: Path, problems: Sequence[Problem], scoring: bool = False) -> Message:
    """The first line of a refusal: one problem or several; scoring imports nothing, so it says so."""
    if scoring and len(problems) == 1 and problems[0].path == FILE:
        # A file that is no package at all (README.md) is simply that.
        return message(_NOT_A_PACKAGE, path=path.name, problem=problems[0].message)
    if scoring:
        return plural(len(problems), _NOT_SCORED_ONE, _NOT_SCORED, path=path.name)
    return plural(len(problems), _REFUSED_ONE, _REFUSED, path=path.name)
