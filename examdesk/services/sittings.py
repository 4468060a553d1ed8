"""A candidate's sittings across groups, matched by the BSN's keyed hash: at most two a day (R-SES-3) and a
PE qualification at most once per four months (R-SES-4). Planning and the roster import both ask here."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Collection, Iterable, Sequence
from typing import Any

from examdesk.core import planning as rules
from examdesk.core.eventkinds import EventKind
from examdesk.core.localtime import AMSTERDAM
from examdesk.core.planning import Sitting
from examdesk.core.text import Message
from examdesk.services import events
from examdesk.services.station import Station
from examdesk.store import packages as package_store
from examdesk.store import sessions as session_store
from examdesk.store.models import CandidateRow, ExamGroupRow, ExamRow, ExamSessionRow


def qualification(exam: ExamRow) -> str:
    """The exam's beroepskwalificatie (package v2 ``qualification``); a v1 exam's title stands in for it."""
    found = json.loads(exam.definition).get("qualification")
    return str(found) if found else exam.title


def _label(group: ExamGroupRow, start_time: str) -> str:
    return f"{group.name} ({group.code}, {start_time})"


def sittings_on(
    session: Any, day: dt.date, *, besides: Collection[str], unplanned: bool = False
) -> dict[str, list[str]]:
    """R-SES-3: per BSN hash, the other groups sitting on ``day``: planned there, and with ``unplanned`` (at
    roster import) also those dated there and not planned yet. ``besides`` do not count."""
    planned: dict[str, list[ExamSessionRow]] = {}
    for row in session_store.all_sessions(session):
        planned.setdefault(row.group_code, []).append(row)
    found: dict[str, list[str]] = {}
    for group in package_store.all_groups(session):
        if group.code in besides:
            continue
        rows = planned.get(group.code, [])
        starts = [r.start_time for r in rows if r.date == day]
        if unplanned and not rows and group.date == day:
            starts = [group.start_time]
        if not starts:
            continue
        for candidate in package_store.candidates_of(session, group.code):
            found.setdefault(candidate.bsn_hash, []).append(_label(group, starts[0]))
    return found


def qualification_sittings(
    session: Any, station: Station, wanted: str, *, besides: Collection[str]
) -> dict[str, list[Sitting]]:
    """R-SES-4: per BSN hash, the counted sittings of PE qualification ``wanted`` in other groups: a session
    the candidate started in, or a result (dated by its hand-in, else the group's date)."""
    exams = {exam.code: exam for exam in package_store.all_exams(session)}
    groups = {
        group.code: group
        for group in package_store.all_groups(session)
        if group.code not in besides
        and exams[group.exam_code].kind == "pe"
        and qualification(exams[group.exam_code]) == wanted
    }
    found: dict[str, list[Sitting]] = {}
    if not groups:
        return found
    rows = {row.id: row for row in session_store.all_sessions(session) if row.group_code in groups}
    for event in events.list_events_in(session, station, kinds=(EventKind.CANDIDATE_STARTED,)):
        row = rows.get(event.session_id or "")
        if row is None or event.candidate_id is None:
            continue
        candidate = session.get(CandidateRow, int(event.candidate_id))
        if candidate is not None:
            found.setdefault(candidate.bsn_hash, []).append(
                Sitting(row.date, row.start_time, _label(groups[row.group_code], row.start_time))
            )
    for code, group in groups.items():
        for candidate, result in package_store.results_of_group(session, code):
            when = result.submitted_at.astimezone(AMSTERDAM).date() if result.submitted_at else group.date
            found.setdefault(candidate.bsn_hash, []).append(
                Sitting(when, group.start_time, _label(group, group.start_time))
            )
    return found


def sitting_refusals(
    session: Any,
    station: Station,
    group: ExamGroupRow,
    day: dt.date,
    candidates: Iterable[CandidateRow],
    replaces: str | None = None,
    unplanned: bool = False,
) -> list[tuple[str, CandidateRow, Message]]:
    """Every R-SES-3 and R-SES-4 refusal for ``candidates`` sitting ``group``'s exam on ``day``, with its rule
    and its candidate.

    ``replaces`` is the group of the sitting a tweede zitting replaces (its work declared invalid): it does
    not count against the tweede zitting."""
    besides = {group.code} | ({replaces} if replaces else set())
    exam = session.get(ExamRow, group.exam_code)
    chosen: Sequence[CandidateRow] = list(candidates)
    found: list[tuple[str, CandidateRow, Message]] = []
    that_day = sittings_on(session, day, besides=besides, unplanned=unplanned)
    for candidate in chosen:
        refusal = rules.third_sitting_refusal(
            candidate.name, candidate.number, day, that_day.get(candidate.bsn_hash, [])
        )
        if refusal is not None:
            found.append((rules.SES_3, candidate, refusal))
    if exam.kind == "pe":
        wanted = qualification(exam)
        earlier = qualification_sittings(session, station, wanted, besides=besides)
        for candidate in chosen:
            refusal = rules.four_month_refusal(
                candidate.name, candidate.number, wanted, day, earlier.get(candidate.bsn_hash, [])
            )
            if refusal is not None:
                found.append((rules.SES_4, candidate, refusal))
    return found


def roster_refusals(
    session: Any, station: Station, group_code: str, held: Collection[str]
) -> list[tuple[str, Message]]:
    """R-SES-3, R-SES-4 at roster import: the refusals for the candidates added to ``group_code`` (those whose
    number is not in ``held``), on each day the group is planned, or on its own date, by candidate number."""
    session.flush()
    group = session.get(ExamGroupRow, group_code)
    added = [c for c in package_store.candidates_of(session, group_code) if c.number not in held]
    days = sorted({row.date for row in session_store.all_sessions(session) if row.group_code == group_code})
    found: list[tuple[str, Message]] = []
    for day in days or [group.date]:
        for _, candidate, refusal in sitting_refusals(session, station, group, day, added, unplanned=True):
            found.append((candidate.number, refusal))
    return found
