"""The tables of the Review workspace: afnamegroepen, a group's results with each candidate's inzage status
(R-INZ-1..3), and the group's inzage log (R-INZ-4)."""

from __future__ import annotations

from enum import IntEnum
from fractions import Fraction
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QCoreApplication

from examdesk import i18n
from examdesk.core.grading import format_percent
from examdesk.core.numbers import format_amount
from examdesk.core.text import QT_TRANSLATE_NOOP, Text
from examdesk.ui.formats import date_text, local_time_text, points_text
from examdesk.ui.models.base import NONE_SHOWN, RowTableModel
from examdesk.ui.models.exams import kind_text

if TYPE_CHECKING:
    from examdesk.services.inspection import CandidateResult, InzageGroup, InzageLogEntry


# --- afnamegroepen ------------------------------------------------------------------------------------


class InzageGroupColumn(IntEnum):
    DATE = 0
    TIME = 1
    CODE = 2
    NAME = 3
    EXAM = 4
    KIND = 5
    CANDIDATES = 6
    RESULTS = 7


class InzageGroupModel(RowTableModel["InzageGroup"]):
    """One row per afnamegroep, the first screen of the inzage flow."""

    COLUMNS: ClassVar[type[IntEnum]] = InzageGroupColumn
    HEADERS: ClassVar[dict[int, Text]] = {
        InzageGroupColumn.DATE: QT_TRANSLATE_NOOP("InzageGroupModel", "Date"),
        InzageGroupColumn.TIME: QT_TRANSLATE_NOOP("InzageGroupModel", "Time"),
        InzageGroupColumn.CODE: QT_TRANSLATE_NOOP("InzageGroupModel", "Afnamegroep"),
        InzageGroupColumn.NAME: QT_TRANSLATE_NOOP("InzageGroupModel", "Name"),
        InzageGroupColumn.EXAM: QT_TRANSLATE_NOOP("InzageGroupModel", "Exam"),
        InzageGroupColumn.KIND: QT_TRANSLATE_NOOP("InzageGroupModel", "Kind"),
        InzageGroupColumn.CANDIDATES: QT_TRANSLATE_NOOP("InzageGroupModel", "Candidates"),
        InzageGroupColumn.RESULTS: QT_TRANSLATE_NOOP("InzageGroupModel", "Results"),
    }
    NUMERIC: ClassVar[frozenset[int]] = frozenset({InzageGroupColumn.CANDIDATES, InzageGroupColumn.RESULTS})

    def row_of(self, code: str) -> int | None:
        return next((i for i, group in enumerate(self._rows) if group.code == code), None)

    def display(self, item: InzageGroup, column: int) -> str:
        col = InzageGroupColumn(column)
        if col is InzageGroupColumn.DATE:
            return date_text(item.date)
        if col is InzageGroupColumn.TIME:
            return item.start_time
        if col is InzageGroupColumn.CODE:
            return item.code
        if col is InzageGroupColumn.NAME:
            return item.name
        if col is InzageGroupColumn.EXAM:
            return item.exam_title
        if col is InzageGroupColumn.KIND:
            return kind_text(item.exam_kind)
        if col is InzageGroupColumn.CANDIDATES:
            return str(item.candidate_count)
        return str(item.result_count)

    def tooltip(self, item: InzageGroup, column: int) -> str | None:
        if column == InzageGroupColumn.EXAM:
            return f"{item.exam_title} ({item.exam_code})"
        if column == InzageGroupColumn.NAME:
            return item.name
        return None


# --- a group's results ----------------------------------------------------------------------------------


class ResultColumn(IntEnum):
    NUMBER = 0
    NAME = 1
    VARIANT = 2
    SCORE = 3
    MAXIMUM = 4
    PERCENT = 5
    GRADE = 6
    PASSED = 7
    INZAGE = 8


def grade_text(row: CandidateResult) -> str:
    if row.grade is None:
        return NONE_SHOWN
    return format_amount(row.grade, row.grade_decimals, i18n.current_language())


def percent_text(value: Fraction | None) -> str:
    if value is None:
        return NONE_SHOWN
    return format_percent(value, 1, i18n.current_language()) + " %"  # R-GRD-4: rounded down


def passed_text(row: CandidateResult) -> str:
    if row.passed is None:
        return NONE_SHOWN
    if row.passed:
        return QCoreApplication.translate("ResultModel", "passed")
    return QCoreApplication.translate("ResultModel", "failed")


def inzage_status_text(row: CandidateResult) -> str:
    """``allowed until 27-06-2026``, or the short reason why not; the whole sentence is the tooltip."""
    from examdesk.core.inspection import Refusal

    eligibility = row.eligibility
    if eligibility.allowed:
        if eligibility.until is None:
            return QCoreApplication.translate("ResultModel", "allowed")
        return QCoreApplication.translate("ResultModel", "allowed until {day}").format(
            day=date_text(eligibility.until)
        )
    short = {
        Refusal.NOT_ALLOWED: QCoreApplication.translate("ResultModel", "not allowed for this exam"),
        Refusal.PERIOD_EXPIRED: QCoreApplication.translate("ResultModel", "inspection period expired (CvTE)"),
        Refusal.NO_RESULT: QCoreApplication.translate("ResultModel", "no result"),
        Refusal.GRADE: QCoreApplication.translate("ResultModel", "not for this grade"),
        Refusal.PASSED_SINCE: QCoreApplication.translate("ResultModel", "lapsed: passed since"),
        Refusal.REQUEST_PERIOD_OVER: QCoreApplication.translate("ResultModel", "request period over"),
        Refusal.RECENT_INZAGE: QCoreApplication.translate(
            "ResultModel", "had inzage; again from {day}"
        ).format(day=date_text(eligibility.next_possible) if eligibility.next_possible else NONE_SHOWN),
    }
    assert eligibility.refusal is not None
    return QCoreApplication.translate("ResultModel", "not allowed: {reason}").format(
        reason=short[eligibility.refusal]
    )


class ResultModel(RowTableModel["CandidateResult"]):
    """ "Inzien examenresultaten": one row per candidate with the result and the inzage status."""

    COLUMNS: ClassVar[type[IntEnum]] = ResultColumn
    HEADERS: ClassVar[dict[int, Text]] = {
        ResultColumn.NUMBER: QT_TRANSLATE_NOOP("ResultModel", "Number"),
        ResultColumn.NAME: QT_TRANSLATE_NOOP("ResultModel", "Candidate"),
        ResultColumn.VARIANT: QT_TRANSLATE_NOOP("ResultModel", "Variant"),
        ResultColumn.SCORE: QT_TRANSLATE_NOOP("ResultModel", "Score"),
        ResultColumn.MAXIMUM: QT_TRANSLATE_NOOP("ResultModel", "Maximum"),
        ResultColumn.PERCENT: QT_TRANSLATE_NOOP("ResultModel", "Percentage"),
        ResultColumn.GRADE: QT_TRANSLATE_NOOP("ResultModel", "Grade"),
        ResultColumn.PASSED: QT_TRANSLATE_NOOP("ResultModel", "Result"),
        ResultColumn.INZAGE: QT_TRANSLATE_NOOP("ResultModel", "Inzage"),
    }
    NUMERIC: ClassVar[frozenset[int]] = frozenset(
        {ResultColumn.SCORE, ResultColumn.MAXIMUM, ResultColumn.PERCENT, ResultColumn.GRADE}
    )

    def row_of(self, candidate_id: int) -> int | None:
        return next((i for i, row in enumerate(self._rows) if row.candidate_id == candidate_id), None)

    def display(self, item: CandidateResult, column: int) -> str:
        col = ResultColumn(column)
        if col is ResultColumn.NUMBER:
            return item.number
        if col is ResultColumn.NAME:
            return item.name
        if col is ResultColumn.VARIANT:
            return item.variant or NONE_SHOWN
        if col is ResultColumn.SCORE:
            return points_text(item.points) if item.points is not None else NONE_SHOWN
        if col is ResultColumn.MAXIMUM:
            return points_text(item.max_points) if item.max_points is not None else NONE_SHOWN
        if col is ResultColumn.PERCENT:
            return percent_text(item.percent)
        if col is ResultColumn.GRADE:
            return grade_text(item)
        if col is ResultColumn.PASSED:
            return passed_text(item)
        return inzage_status_text(item)

    def tooltip(self, item: CandidateResult, column: int) -> str | None:
        if column == ResultColumn.INZAGE:
            return i18n.render(item.eligibility.explanation)
        if column == ResultColumn.NAME:
            return item.name
        return None

    def accessible(self, item: CandidateResult, column: int) -> str:
        if column == ResultColumn.INZAGE:
            return i18n.render(item.eligibility.explanation)
        return self.display(item, column)

    def emphasis(self, item: CandidateResult, column: int) -> bool:
        # Bold draws the eye to the candidates who may have inzage; the words say so too.
        return column == ResultColumn.INZAGE and item.eligibility.allowed


# --- the inzage log ---------------------------------------------------------------------------------------


class LogColumn(IntEnum):
    DATE = 0
    START = 1
    END = 2
    CANDIDATE = 3
    CONDUCTED_BY = 4
    OPENED = 5
    KEY = 6
    MARKING_SCHEME = 7


def end_text(entry: InzageLogEntry) -> str:
    if entry.ended_at is None:
        return QCoreApplication.translate("InzageLogModel", "not recorded")
    time = local_time_text(entry.ended_at)
    if entry.end_reason == "time_up":
        return QCoreApplication.translate("InzageLogModel", "{time} (time up)").format(time=time)
    if entry.end_reason == "interrupted":  # R-INZ-7
        return QCoreApplication.translate("InzageLogModel", "{time} (interrupted)").format(time=time)
    return time


def _items_text(entry: InzageLogEntry, items: tuple[str, ...]) -> str:
    """R-INZ-9: the numbers the candidate saw, each with its item id: ``3 (K14), 7 (V2)``."""
    return ", ".join(entry.question(item) for item in items) if items else NONE_SHOWN


class InzageLogModel(RowTableModel["InzageLogEntry"]):
    """R-INZ-4: who held each inzage, for whom, from when to when, the items opened and whether the answer key
    or the marking scheme was shown."""

    COLUMNS: ClassVar[type[IntEnum]] = LogColumn
    HEADERS: ClassVar[dict[int, Text]] = {
        LogColumn.DATE: QT_TRANSLATE_NOOP("InzageLogModel", "Date"),
        LogColumn.START: QT_TRANSLATE_NOOP("InzageLogModel", "Start"),
        LogColumn.END: QT_TRANSLATE_NOOP("InzageLogModel", "End"),
        LogColumn.CANDIDATE: QT_TRANSLATE_NOOP("InzageLogModel", "Candidate"),
        LogColumn.CONDUCTED_BY: QT_TRANSLATE_NOOP("InzageLogModel", "Conducted by"),
        LogColumn.OPENED: QT_TRANSLATE_NOOP("InzageLogModel", "Items opened"),
        LogColumn.KEY: QT_TRANSLATE_NOOP("InzageLogModel", "Answer key shown"),
        LogColumn.MARKING_SCHEME: QT_TRANSLATE_NOOP("InzageLogModel", "Marking scheme shown"),
    }

    def display(self, item: InzageLogEntry, column: int) -> str:
        from examdesk.core.inspection import amsterdam_day

        col = LogColumn(column)
        if col is LogColumn.DATE:
            return date_text(amsterdam_day(item.started_at))
        if col is LogColumn.START:
            return local_time_text(item.started_at)
        if col is LogColumn.END:
            return end_text(item)
        if col is LogColumn.CANDIDATE:
            return f"{item.candidate_number} {item.candidate_name}"
        if col is LogColumn.CONDUCTED_BY:
            return item.conducted_by_name
        if col is LogColumn.OPENED:
            return _items_text(item, item.items_opened)
        if col is LogColumn.KEY:
            return _items_text(item, item.keys_shown)
        return _items_text(item, item.marking_schemes_shown)

    def tooltip(self, item: InzageLogEntry, column: int) -> str | None:
        if column == LogColumn.CONDUCTED_BY:
            return f"{item.conducted_by_name} ({item.conducted_by})"
        if column in (LogColumn.OPENED, LogColumn.KEY, LogColumn.MARKING_SCHEME):
            return self.display(item, column)
        return None
