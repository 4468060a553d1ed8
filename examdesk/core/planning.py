"""The rules of planning and starting a session (R-SES-2..5): pure functions on facts the services gather.

Off-site sittings need the Inspectie's consultation, two surveillants (one a qualified teacher of the
school), and either the school's own time or the Inspectie's permission with a quarantine reported
beforehand; a candidate sits at most two exams a day; a PE qualification at most once per four calendar
months. Each rule answers with what is missing or wrong, in sentences that name the place.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from examdesk.core.text import QT_TRANSLATE_NOOP, Message, message

# R-SES-2: the sittings outside the school that need the Inspectie ("na overleg met de onderwijsinspectie").
OFF_SITE = frozenset({"home", "hospital", "elsewhere"})
LOCATION_KINDS = ("school", "home", "hospital", "exam_centre", "elsewhere")  # R-SES-1

SES_2 = "R-SES-2"
SES_3 = "R-SES-3"
SES_4 = "R-SES-4"
SES_5 = "R-SES-5"

_NO_CONSULTATION = QT_TRANSLATE_NOOP(
    "Planning", "the date of the consultation with the Inspectie (an off-site sitting is arranged with it)"
)
_TWO_SURVEILLANTS = QT_TRANSLATE_NOOP("Planning", "at least two surveillants (there is {count})")
_QUALIFIED_TEACHER = QT_TRANSLATE_NOOP(
    "Planning", "a surveillant flagged as a qualified teacher employed by the school"
)
_PERMISSION = QT_TRANSLATE_NOOP(
    "Planning",
    "the Inspectie's permission reference: the sitting is not at the time of the school's sitting ({school})",
)
_PERMISSION_NO_SCHOOL = QT_TRANSLATE_NOOP(
    "Planning",
    "the Inspectie's permission reference: no school sitting of this exam at the same date and time is known",
)
_QUARANTINE = QT_TRANSLATE_NOOP(
    "Planning",
    "quarantine: the sitting is at another time than the school's, so the candidates are kept apart",
)
_QUARANTINE_REPORTED = QT_TRANSLATE_NOOP(
    "Planning", "the date on which the quarantine was reported to the Inspectie"
)
CANNOT_START = QT_TRANSLATE_NOOP("Planning", "The session cannot start yet; still missing: {missing}.")
_THIRD_SITTING = QT_TRANSLATE_NOOP(
    "Planning",
    "{name} ({number}) already sits two exams on {date}: {first} and {second}; a third is not allowed.",
)
_FOUR_MONTHS = QT_TRANSLATE_NOOP(
    "Planning",
    "{name} ({number}) sat {qualification} on {earlier} ({group}); the next sitting of that qualification "
    "is allowed from {allowed}.",
)
_OTHER_DAY = QT_TRANSLATE_NOOP(
    "Planning",
    "This session is planned for {planned}, not today ({today}); starting it needs a confirmation with a reason.",
)


@dataclass(frozen=True)
class Sitting:
    """A sitting as the rules see it: when, which exam, and how people know it (group code and name)."""

    date: dt.date
    start_time: str
    label: str


@dataclass(frozen=True)
class OffSiteFacts:
    """What R-SES-2 and R-SES-3 read of a session."""

    location_kind: str
    qualified: Sequence[bool]  # one flag per surveillant planned
    simultaneous: bool  # computed by :func:`is_simultaneous`
    school_sitting: Sitting | None  # the school's sitting it was compared with, if one is known
    consulted_on: dt.date | None
    permission_reference: str
    quarantine: bool
    quarantine_reported_on: dt.date | None


def is_simultaneous(date: dt.date, start_time: str, school_sittings: Iterable[Sitting]) -> Sitting | None:
    """R-SES-2: the school sitting with the same date and start time, if any (computed, never declared)."""
    return next((s for s in school_sittings if (s.date, s.start_time) == (date, start_time)), None)


def off_site_missing(facts: OffSiteFacts) -> tuple[Message, ...]:
    """R-SES-2, R-SES-3: everything an off-site session still lacks before it may start (empty: nothing)."""
    if facts.location_kind not in OFF_SITE:
        return ()
    missing: list[Message] = []
    if facts.consulted_on is None:
        missing.append(message(_NO_CONSULTATION))
    if len(facts.qualified) < 2:
        missing.append(message(_TWO_SURVEILLANTS, count=len(facts.qualified)))
    if not any(facts.qualified):
        missing.append(message(_QUALIFIED_TEACHER))
    if not facts.simultaneous:
        if not facts.permission_reference.strip():
            if facts.school_sitting is not None:
                when = f"{facts.school_sitting.date.isoformat()} {facts.school_sitting.start_time}"
                missing.append(message(_PERMISSION, school=when))
            else:
                missing.append(message(_PERMISSION_NO_SCHOOL))
        if not facts.quarantine:  # R-SES-3
            missing.append(message(_QUARANTINE))
        if facts.quarantine_reported_on is None:
            missing.append(message(_QUARANTINE_REPORTED))
    return tuple(missing)


def third_sitting_refusal(name: str, number: str, day: dt.date, others: Sequence[str]) -> Message | None:
    """R-SES-3 (004 §4.2.3): at most two exams a day; ``others`` are the sittings already that day."""
    if len(others) < 2:
        return None
    return message(
        _THIRD_SITTING, name=name, number=number, date=day.isoformat(), first=others[0], second=others[1]
    )


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day of the month ``months`` calendar months later, or the month's last day when it has none
    (31 October + 4 → 28 February, 29 in a leap year)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def four_month_refusal(
    name: str, number: str, qualification: str, day: dt.date, sittings: Iterable[Sitting]
) -> Message | None:
    """R-SES-4 (002 §1.1): a PE qualification at most once per four months. ``sittings`` are the candidate's
    counted sittings of the same qualification; the refusal names the one in the way."""
    for sitting in sorted(sittings, key=lambda s: s.date):
        earlier, later = sorted((sitting.date, day))
        if later < add_months(earlier, 4):
            return message(
                _FOUR_MONTHS,
                name=name,
                number=number,
                qualification=qualification,
                earlier=sitting.date.isoformat(),
                group=sitting.label,
                allowed=add_months(sitting.date, 4).isoformat(),
            )
    return None


def other_day_refusal(planned: dt.date, today: dt.date) -> Message | None:
    """R-SES-5: a session planned for another day starts only after a confirmation with a reason."""
    if planned == today:
        return None
    return message(_OTHER_DAY, planned=planned.isoformat(), today=today.isoformat())
