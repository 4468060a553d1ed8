"""The problems of a refused package or roster: where each one is, and what is wrong there."""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING, ClassVar

from examdesk import i18n
from examdesk.core.text import QT_TRANSLATE_NOOP, Text
from examdesk.ui.models.base import ROW_ROLE, RowTableModel

if TYPE_CHECKING:
    from examdesk.core.package_format import Problem

PROBLEM_ROLE = ROW_ROLE
"""The data role that returns the row's :class:`Problem` itself."""


class ProblemColumn(IntEnum):
    PLACE = 0
    MESSAGE = 1


HEADERS: dict[int, Text] = {
    ProblemColumn.PLACE: QT_TRANSLATE_NOOP("ProblemTableModel", "Place"),
    ProblemColumn.MESSAGE: QT_TRANSLATE_NOOP("ProblemTableModel", "Problem"),
}


def problem_line(problem: Problem) -> str:
    """``groups[0].colour: is not a field of the package format (a typo?)``, as copied to the clipboard."""
    return f"{problem.path}: {i18n.render(problem.message)}"


class ProblemTableModel(RowTableModel["Problem"]):
    """One row per problem, in the order the check found them (the order of the file)."""

    COLUMNS: ClassVar[type[IntEnum]] = ProblemColumn
    HEADERS: ClassVar[dict[int, Text]] = HEADERS

    def display(self, item: Problem, column: int) -> str:
        if column == ProblemColumn.PLACE:
            return item.path
        return i18n.render(item.message)

    def tooltip(self, item: Problem, column: int) -> str | None:
        return problem_line(item)  # the whole line, however narrow the columns

    def text(self) -> str:
        """Every problem on a line of its own, for the clipboard."""
        return "\n".join(problem_line(problem) for problem in self._rows)
