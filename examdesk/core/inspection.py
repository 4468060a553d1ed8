"""Inzage: whether a candidate may inspect their exam on a day (R-INZ-2, R-INZ-3, R-INZ-5), and the
result-adjustment preview for a technical fault (R-VOV-3).

Pure functions: the day, the exam's inspection settings, the station's rule values, the result and the
earlier inzage sessions are all passed in. Nothing here reads a clock or the settings.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction

from examdesk.core.grading import Grade, GradingRules, grade
from examdesk.core.items import AnyItem, MultipleChoiceItem, MultipleSelectItem, NumericItem, Response
from examdesk.core.localtime import AMSTERDAM
from examdesk.core.planning import add_months
from examdesk.core.scoring import ItemScore, ResultScore, ScoreStatus, score_result
from examdesk.core.text import QT_TRANSLATE_NOOP, Message, message

PE = "pe"
WERKING_EXAMENBANK = "werking_examenbank"


def amsterdam_day(moment: dt.datetime) -> dt.date:
    """R-INZ-5: the calendar day of ``moment`` in Europe/Amsterdam (a naive moment is taken as UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(AMSTERDAM).date()


@dataclass(frozen=True)
class PeDefaults:
    """The configurable R-INZ-3 values (``settings.RuleSettings``) a PE exam uses unless its package
    states its own."""

    request_days: int = 14
    interval_days: int = 183
    # R-INZ-3 (version 2): the half year is six calendar months, counted like R-SES-4's four (10 January
    # allows the next from 10 July); it wins over ``interval_days``.
    interval_months: int | None = 6
    session_minutes: int = 20
    eligible_grades: frozenset[int] = frozenset({4, 5})
    max_per_interval: int = 1


@dataclass(frozen=True)
class InspectionRules:
    """One exam's inzage rules with every default filled in.

    ``until`` is the last day of a fixed inspection period (CE, R-INZ-2); ``request_days`` a period that
    counts from the result date (PE, R-INZ-3). ``None`` means no such limit.
    """

    allowed: bool = True
    until: dt.date | None = None
    request_days: int | None = None
    eligible_grades: frozenset[int] | None = None
    max_per_interval: int | None = None
    interval_days: int = 183
    interval_months: int | None = None  # R-INZ-3: calendar months, when set (instead of days)
    session_minutes: int | None = None
    wrong_only: bool = False
    # R-INZ-3: a PE inzage checks the ID on the start screen, has a supervisor present, and lapses once the
    # candidate has passed the exam since.
    supervised: bool = False
    lapses_on_pass: bool = False
    # R-INZ-2: after a CE's period only the CvTE can grant inzage.
    refer_to_cvte: bool = False


def exam_rules(
    kind: str,
    *,
    allowed: bool = True,
    until: dt.date | None = None,
    request_days: int | None = None,
    eligible_grades: Iterable[int] | None = None,
    max_per_half_year: int | None = None,
    session_minutes: int | None = None,
    wrong_only: bool = False,
    pe: PeDefaults = PeDefaults(),  # noqa: B008 - frozen, so one shared default is safe
) -> InspectionRules:
    """The rules for an exam of ``kind`` from its package's ``inspection`` settings.

    PE exams (R-INZ-3) fill what the package leaves open with ``pe``; they always show only the wrongly
    answered items and are always supervised. Other exams take the package's values as they are.
    """
    grades = frozenset(eligible_grades) if eligible_grades is not None else None
    if kind == PE:
        return InspectionRules(
            allowed=allowed,
            until=until,
            request_days=request_days if request_days is not None else pe.request_days,
            eligible_grades=grades if grades is not None else pe.eligible_grades,
            max_per_interval=max_per_half_year if max_per_half_year is not None else pe.max_per_interval,
            interval_days=pe.interval_days,
            interval_months=pe.interval_months,
            session_minutes=session_minutes if session_minutes is not None else pe.session_minutes,
            wrong_only=True,
            supervised=True,
            lapses_on_pass=True,
            refer_to_cvte=False,
        )
    return InspectionRules(
        allowed=allowed,
        until=until,
        request_days=request_days,
        eligible_grades=grades,
        max_per_interval=max_per_half_year,
        interval_days=pe.interval_days,
        interval_months=pe.interval_months,
        session_minutes=session_minutes,
        wrong_only=wrong_only,
        refer_to_cvte=kind == "ce",
    )


class Refusal(StrEnum):
    """Why inzage is not allowed."""

    NOT_ALLOWED = "not_allowed"  # R-INZ-2: the exam does not allow inzage
    PERIOD_EXPIRED = "period_expired"  # R-INZ-2: the inspection period is over
    NO_RESULT = "no_result"  # no result made known on that day
    GRADE = "grade"  # R-INZ-3: only grades 4 and 5
    PASSED_SINCE = "passed_since"  # R-INZ-3: lapses once the candidate has passed the exam
    REQUEST_PERIOD_OVER = "request_period_over"  # R-INZ-3: 14 days after the result
    RECENT_INZAGE = "recent_inzage"  # R-INZ-3: once per half year


_ALLOWED_UNTIL = QT_TRANSLATE_NOOP("Inspection", "Inzage allowed until {until} (inclusive).")
_ALLOWED = QT_TRANSLATE_NOOP("Inspection", "Inzage allowed; this exam sets no last day.")
_ALLOWED_APPOINTMENT = QT_TRANSLATE_NOOP(
    "Inspection", "Inzage allowed at the appointment requested on {requested}, within the request period."
)
_NOT_ALLOWED = QT_TRANSLATE_NOOP("Inspection", "This exam does not allow inzage.")
_EXPIRED = QT_TRANSLATE_NOOP(
    "Inspection", "The inspection period ended on {until}: inzage is no longer allowed."
)
_CVTE = QT_TRANSLATE_NOOP(
    "Inspection",
    "The inspection period ended on {until}: inzage is no longer allowed. The candidate can only request inzage from the College voor Toetsen en Examens (CvTE).",
)
_NOT_ALLOWED_CVTE = QT_TRANSLATE_NOOP(
    "Inspection",
    "This exam does not allow inzage at the station. The candidate can only request inzage from the College voor Toetsen en Examens (CvTE).",
)
_NO_RESULT = QT_TRANSLATE_NOOP("Inspection", "No result has been made known yet.")
_GRADE = QT_TRANSLATE_NOOP(
    "Inspection", "Inzage of this exam is only for a grade {grades}; the grade is {grade}."
)
_OR = QT_TRANSLATE_NOOP("Inspection", "{first} or {last}")
_PASSED_SINCE = QT_TRANSLATE_NOOP(
    "Inspection", "The candidate has passed this exam since ({day}), so the inzage lapses."
)
_REQUEST_OVER = QT_TRANSLATE_NOOP(
    "Inspection",
    "Inzage had to be requested within {days} days after the result of {result}, so by {until} at the latest.",
)
_RECENT_HALF_YEAR = QT_TRANSLATE_NOOP(
    "Inspection",
    "The candidate already had inzage of this exam on {last}; at most {count} per half year, so the next one is possible from {next}.",
)
_RECENT = QT_TRANSLATE_NOOP(
    "Inspection",
    "The candidate already had inzage of this exam on {last}; at most {count} per {days} days, so the next one is possible from {next}.",
)


@dataclass(frozen=True)
class Eligibility:
    """Whether inzage is allowed on a day, why not, and the last day it is allowed (when it is)."""

    allowed: bool
    refusal: Refusal | None
    until: dt.date | None
    explanation: Message
    next_possible: dt.date | None = None


def _grades_text(grades: frozenset[int]) -> Message | str:
    """``4 or 5``, ``3, 4 or 5``."""
    ordered = [str(g) for g in sorted(grades)]
    if len(ordered) < 2:
        return "".join(ordered)
    return message(_OR, first=", ".join(ordered[:-1]), last=ordered[-1])


def eligibility(
    rules: InspectionRules,
    *,
    on: dt.date,
    result_day: dt.date | None,
    rounded_grade: Fraction | None,
    earlier_sessions: Iterable[dt.date] = (),
    later_passes: Iterable[dt.date] = (),
    requested_on: dt.date | None = None,
) -> Eligibility:
    """Whether inzage is allowed on the day ``on`` (R-INZ-2, R-INZ-3; days inclusive, R-INZ-5).

    ``result_day`` is the Amsterdam day the result was made known (``None``: not yet); ``rounded_grade`` the
    grade as shown; ``earlier_sessions`` the days of the candidate's earlier inzage sessions that count (of
    this exam's qualification, R-INZ-3, R-INZ-7); ``later_passes`` the result days of the candidate's passing
    results of that qualification. ``requested_on`` is the day a PE inzage was requested (its appointment,
    R-INZ-6): the request days bound the request, not the inzage (R-INZ-3). Without it, the request is
    taken as made on ``on``.
    """
    if not rules.allowed:
        return _refused(
            Refusal.NOT_ALLOWED, message(_NOT_ALLOWED_CVTE if rules.refer_to_cvte else _NOT_ALLOWED)
        )
    if result_day is None or rounded_grade is None or result_day > on:
        return _refused(Refusal.NO_RESULT, message(_NO_RESULT))
    # R-INZ-2: the fixed period of the exam.
    if rules.until is not None and on > rules.until:
        text = _CVTE if rules.refer_to_cvte else _EXPIRED
        return _refused(Refusal.PERIOD_EXPIRED, message(text, until=rules.until))
    # R-INZ-3: only the eligible grades.
    if rules.eligible_grades is not None and rounded_grade not in rules.eligible_grades:
        return _refused(
            Refusal.GRADE,
            message(_GRADE, grades=_grades_text(rules.eligible_grades), grade=rounded_grade),
        )
    # R-INZ-3: lapses once the candidate has passed the exam since this result.
    if rules.lapses_on_pass:
        passes = sorted(day for day in later_passes if result_day < day <= on)
        if passes:
            return _refused(Refusal.PASSED_SINCE, message(_PASSED_SINCE, day=passes[0]))
    last_day = rules.until
    # R-INZ-3 (and a relative period on any exam): within the request days after the result, inclusive.
    if rules.request_days is not None:
        request_until = result_day + dt.timedelta(days=rules.request_days)
        # R-INZ-3 (version 2): a PE inzage at an appointment may be later; its request may not.
        asked = on if requested_on is None or rules.refer_to_cvte else requested_on
        if asked < result_day:
            return _refused(Refusal.NO_RESULT, message(_NO_RESULT))
        if asked > request_until:
            if rules.refer_to_cvte:
                return _refused(Refusal.PERIOD_EXPIRED, message(_CVTE, until=request_until))
            return _refused(
                Refusal.REQUEST_PERIOD_OVER,
                message(_REQUEST_OVER, days=rules.request_days, result=result_day, until=request_until),
            )
        last_day = request_until if last_day is None else min(last_day, request_until)
    # R-INZ-3: at most so many sessions per half year (six calendar months), counted back from ``on``.
    if rules.max_per_interval is not None:

        def free_from(day: dt.date) -> dt.date:
            if rules.interval_months:
                return add_months(day, rules.interval_months)
            return day + dt.timedelta(days=rules.interval_days)

        window = sorted(day for day in earlier_sessions if day <= on < free_from(day))
        if len(window) >= rules.max_per_interval:
            # The oldest session that still counts leaves the window first.
            next_day = free_from(window[len(window) - rules.max_per_interval])
            text = _RECENT_HALF_YEAR if rules.interval_months == 6 else _RECENT
            return Eligibility(
                False,
                Refusal.RECENT_INZAGE,
                None,
                message(
                    text,
                    last=window[-1],
                    count=rules.max_per_interval,
                    days=rules.interval_days,
                    next=next_day,
                ),
                next_day,
            )
    if last_day is None:
        return Eligibility(True, None, None, message(_ALLOWED))
    if requested_on is not None and on > last_day:
        # R-INZ-3: requested in time; the appointment itself may be later.
        return Eligibility(True, None, last_day, message(_ALLOWED_APPOINTMENT, requested=requested_on))
    return Eligibility(True, None, last_day, message(_ALLOWED_UNTIL, until=last_day))


def _refused(refusal: Refusal, explanation: Message) -> Eligibility:
    return Eligibility(False, refusal, None, explanation)


# --- R-INZ-3: what a PE inzage shows -----------------------------------------------------------------

WRONG_STATUSES = frozenset(
    {ScoreStatus.WRONG, ScoreStatus.PARTIAL, ScoreStatus.UNANSWERED, ScoreStatus.INVALID}
)


def answered_wrongly(status: ScoreStatus) -> bool:
    """R-INZ-3: an item the candidate did not get fully right ("fout gemaakte vragen"), including items
    left unanswered or answered in a form the rules reject."""
    return status in WRONG_STATUSES


# --- R-INZ-9: the explanation before the key is shown ------------------------------------------------

_BEFORE_KEY = QT_TRANSLATE_NOOP("Inspection", "{status}: score {score}, maximum {points}.")
_BEFORE_KEY_CHOSEN = QT_TRANSLATE_NOOP("Inspection", "Chose {chosen}: score {score}, maximum {points}.")
_BEFORE_KEY_TYPED = QT_TRANSLATE_NOOP("Inspection", "Answered {answer}: score {score}, maximum {points}.")
_STATUS_WORDS = {
    ScoreStatus.CORRECT: QT_TRANSLATE_NOOP("Inspection", "Right"),
    ScoreStatus.PARTIAL: QT_TRANSLATE_NOOP("Inspection", "Partly right"),
    ScoreStatus.WRONG: QT_TRANSLATE_NOOP("Inspection", "Not right"),
}


def explanation_before_key(item: AnyItem, response: Response, score: ItemScore) -> Message:
    """R-INZ-9: the one-line explanation as it may stand before "Antwoordsleutel" / "Correctievoorschrift"
    is pressed: what the candidate answered and what it scored, never the key, the tolerance or how the
    penalty was counted. Unanswered, excluded, invalid and open items explain nothing of the key anyway, nor
    does a count of dropdowns or places right."""
    if score.status in (ScoreStatus.UNANSWERED, ScoreStatus.EXCLUDED, ScoreStatus.INVALID) or not item.closed:
        return score.explanation
    if not isinstance(item, MultipleChoiceItem | MultipleSelectItem | NumericItem):
        return score.explanation
    if isinstance(item, MultipleChoiceItem):
        return message(_BEFORE_KEY_CHOSEN, chosen=str(response), score=score.points, points=score.max_points)
    if isinstance(item, NumericItem):
        return message(
            _BEFORE_KEY_TYPED, answer=str(response).strip(), score=score.points, points=score.max_points
        )
    return message(
        _BEFORE_KEY,
        status=message(_STATUS_WORDS.get(score.status, _STATUS_WORDS[ScoreStatus.WRONG])),
        score=score.points,
        points=score.max_points,
    )


# --- R-VOV-3: result-adjustment preview ----------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    """A result as the candidate hears it: points of a maximum, the grade and whether it passes."""

    points: Fraction
    max_points: Fraction
    grade: Grade

    @property
    def passed(self) -> bool:
        return self.grade.passed


@dataclass(frozen=True)
class AdjustmentPreview:
    """R-VOV-3: the result with and without the items of a technical fault, and the six conditions of
    002 §3.4.3. Only DUO decides; this is a preview."""

    excluded: tuple[str, ...]
    unknown_questions: tuple[str, ...]
    before: Outcome
    after: Outcome | None  # None: nothing would be left to score
    conditions: Mapping[int, bool]

    @property
    def changes_to_pass(self) -> bool:
        return self.after is not None and not self.before.passed and self.after.passed

    @property
    def all_conditions_met(self) -> bool:
        return all(self.conditions.values())


def _outcome(score: ResultScore, rules: GradingRules) -> Outcome:
    return Outcome(score.points, score.max_points, grade(score.points, score.max_points, rules))


def adjustment_preview(
    items: Iterable[AnyItem],
    responses: Mapping[str, Response],
    rules: GradingRules,
    *,
    questions: Iterable[str],
    melding_kind: str,
    reported_during_exam: bool,
    resolved: bool,
    duo_consulted: bool,
    representative: bool,
) -> AdjustmentPreview:
    """R-VOV-3 with R-SCO-9: recompute the result without the melding's questions and check the conditions.

    Conditions (002 §3.4.3): 1 a fault of the exam application (a ``werking_examenbank`` melding);
    2 reported to the surveillant during the exam; 3 not solved during the exam, even after consulting DUO;
    4 recorded in a VOV with the question numbers; 5 the exam stays representative (the examensecretaris's
    judgement, passed in); 6 the result changes from fail to pass on the remaining items.
    """
    definitions = tuple(items)
    known = {item.id for item in definitions}
    asked = tuple(dict.fromkeys(q.strip() for q in questions if q.strip()))
    excluded = tuple(q for q in asked if q in known)
    unknown = tuple(q for q in asked if q not in known)
    before = _outcome(score_result(definitions, responses), rules)
    after_score = score_result(definitions, responses, excluded)
    after = _outcome(after_score, rules) if after_score.max_points > 0 else None
    conditions = {
        1: melding_kind == WERKING_EXAMENBANK,
        2: reported_during_exam,
        3: not resolved and duo_consulted,
        4: bool(excluded),
        5: representative,
        6: after is not None and not before.passed and after.passed,
    }
    return AdjustmentPreview(excluded, unknown, before, after, conditions)
