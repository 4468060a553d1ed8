"""A candidate's sittings across groups, matched by the BSN's keyed hash: at most two a day (R-SES-3) and a
PE qualification at most once per four months (R-SES-4). Planning and the roster import both ask here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Mapping, Sequence

from sqlmodel import Session

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
    return exam.definition.qualification or exam.title


def _label(group: ExamGroupRow, start_time: str) -> str:
    return f"{group.name} ({group.code}, {start_time})"


def sittings_on(
    session: Session, day: dt.date, *, besides: Collection[str], unplanned: bool = False
) -> dict[str, list[str]]:
    """R-SES-3: per BSN hash, the other groups sitting on ``day``: planned there, and with ``unplanned`` (at
    roster import) also those dated there and not planned yet. ``besides`` do not count."""
    return _without(_day_sittings(session, day, unplanned), besides)


def _without(found: dict[str, list[tuple[str, str]]], besides: Collection[str]) -> dict[str, list[str]]:
    return {key: [label for code, label in rows if code not in besides] for key, rows in found.items()}


def _day_sittings(session: Session, day: dt.date, unplanned: bool) -> dict[str, list[tuple[str, str]]]:
    """Per BSN hash, every group sitting on ``day`` (its code and label)."""
    planned: dict[str, list[ExamSessionRow]] = {}
    for row in session_store.all_sessions(session):
        planned.setdefault(row.group_code, []).append(row)
    found: dict[str, list[tuple[str, str]]] = {}
    for group in package_store.all_groups(session):
        rows = planned.get(group.code, [])
        starts = [r.start_time for r in rows if r.date == day]
        if unplanned and not rows and group.date == day:
            starts = [group.start_time]
        if not starts:
            continue
        for key in package_store.bsn_hashes_of(session, group.code):
            found.setdefault(key, []).append((group.code, _label(group, starts[0])))
    return found


def qualification_sittings(
    session: Session, station: Station, wanted: str, *, besides: Collection[str]
) -> dict[str, list[Sitting]]:
    """R-SES-4: per BSN hash, the counted sittings of PE qualification ``wanted`` in other groups: a session
    the candidate started in, or a result (dated by its hand-in, else the group's date)."""
    found = _qualification_sittings(session, station, wanted)
    return {key: [sitting for code, sitting in rows if code not in besides] for key, rows in found.items()}


def _qualification_sittings(
    session: Session, station: Station, wanted: str
) -> dict[str, list[tuple[str, Sitting]]]:
    exams = {exam.code: exam for exam in package_store.all_exams(session)}
    groups = {
        group.code: group
        for group in package_store.all_groups(session)
        if exams[group.exam_code].kind == "pe" and qualification(exams[group.exam_code]) == wanted
    }
    found: dict[str, list[tuple[str, Sitting]]] = {}
    if not groups:
        return found
    rows = {row.id: row for row in session_store.all_sessions(session) if row.group_code in groups}
    for event in events.list_events(station, kinds=(EventKind.CANDIDATE_STARTED,), within=session):
        row = rows.get(event.session_id or "")
        if row is None or event.candidate_id is None:
            continue
        candidate = session.get(CandidateRow, event.candidate_id)
        if candidate is not None:
            label = _label(groups[row.group_code], row.start_time)
            found.setdefault(candidate.bsn_hash, []).append(
                (row.group_code, Sitting(row.date, row.start_time, label))
            )
    for code, group in groups.items():
        for key, submitted in package_store.result_hand_ins_of_group(session, code):
            when = submitted.astimezone(AMSTERDAM).date() if submitted else group.date
            found.setdefault(key, []).append(
                (code, Sitting(when, group.start_time, _label(group, group.start_time)))
            )
    return found


class _Known:
    """What the rules read of the station, read once per day and per qualification (a package of many groups
    asks for each of them)."""

    def __init__(self, session: Session, station: Station, unplanned: bool) -> None:
        self.session, self.station, self.unplanned = session, station, unplanned
        self._days: dict[dt.date, dict[str, list[tuple[str, str]]]] = {}
        self._qualifications: dict[str, dict[str, list[tuple[str, Sitting]]]] = {}

    def on(self, day: dt.date, key: str, besides: Collection[str]) -> list[str]:
        """The labels of the groups ``key`` (a BSN hash) sits on ``day``, those in ``besides`` left out."""
        if day not in self._days:
            self._days[day] = _day_sittings(self.session, day, self.unplanned)
        return [label for code, label in self._days[day].get(key, ()) if code not in besides]

    def of(self, wanted: str, key: str, besides: Collection[str]) -> list[Sitting]:
        """The counted sittings of qualification ``wanted`` of ``key``, those in ``besides`` left out."""
        if wanted not in self._qualifications:
            self._qualifications[wanted] = _qualification_sittings(self.session, self.station, wanted)
        return [sitting for code, sitting in self._qualifications[wanted].get(key, ()) if code not in besides]


def sitting_refusals(
    session: Session,
    station: Station,
    group: ExamGroupRow,
    day: dt.date,
    candidates: Iterable[CandidateRow],
    replaces: str | None = None,
    unplanned: bool = False,
    known: _Known | None = None,
    later: Collection[str] = (),
) -> list[tuple[str, CandidateRow, Message]]:
    """Every R-SES-3 and R-SES-4 refusal for ``candidates`` sitting ``group``'s exam on ``day``, with its rule
    and its candidate.

    ``replaces`` is the group of the sitting a tweede zitting replaces (its work declared invalid): it does
    not count against the tweede zitting; nor do the ``later`` groups of the same import."""
    known = known or _Known(session, station, unplanned)
    besides = {group.code, *later} | ({replaces} if replaces else set())
    exam = package_store.exam_row(session, group.exam_code)
    chosen: Sequence[CandidateRow] = list(candidates)
    found: list[tuple[str, CandidateRow, Message]] = []
    for candidate in chosen:
        refusal = rules.third_sitting_refusal(
            candidate.name, candidate.number, day, known.on(day, candidate.bsn_hash, besides)
        )
        if refusal is not None:
            found.append((rules.SES_3, candidate, refusal))
    if exam.kind == "pe":
        wanted = qualification(exam)
        for candidate in chosen:
            refusal = rules.four_month_refusal(
                candidate.name, candidate.number, wanted, day, known.of(wanted, candidate.bsn_hash, besides)
            )
            if refusal is not None:
                found.append((rules.SES_4, candidate, refusal))
    return found


def roster_refusals(
    session: Session, station: Station, group_code: str, held: Collection[str]
) -> list[tuple[str, Message]]:
    """R-SES-3, R-SES-4 at roster import: the refusals for the candidates added to ``group_code`` (those whose
    number is not in ``held``), on each day the group is planned, or on its own date, by candidate number."""
    session.flush()
    added = {c.number for c in package_store.candidates_of(session, group_code) if c.number not in held}
    return [
        (number, refusal) for (_, number), refusal in added_refusals(session, station, {group_code: added})
    ]


def added_refusals(
    session: Session, station: Station, added: Mapping[str, Collection[str]], new_groups: Collection[str] = ()
) -> list[tuple[tuple[str, str], Message]]:
    """R-SES-3, R-SES-4 at roster and package import: for the candidates added to each group (group code →
    their numbers), the refusals on each day the group is planned, or on its own date, by (group, number).

    The groups an import adds count as sittings on their dates, but of those (``new_groups``) only the earlier
    ones count against each: three new groups on one day refuse the third, not all three. A tweede zitting's
    first sitting does not count against it (R-IRR-2)."""
    session.flush()
    known = _Known(session, station, unplanned=True)
    planned: dict[str, set[dt.date]] = {}
    for row in session_store.all_sessions(session):
        planned.setdefault(row.group_code, set()).add(row.date)
    rows = {code: package_store.group_row(session, code) for code in set(added) | set(new_groups)}
    order = {code: (row.date, row.start_time, code) for code, row in rows.items()}
    found: list[tuple[tuple[str, str], Message]] = []
    for group_code, numbers in added.items():
        if not numbers:
            continue
        group = rows[group_code]
        later = {code for code in new_groups if order[code] > order[group_code]}
        chosen = [c for c in package_store.candidates_of(session, group_code) if c.number in numbers]
        for day in sorted(planned.get(group_code, ())) or [group.date]:
            for _, candidate, refusal in sitting_refusals(
                session, station, group, day, chosen, group.second_sitting_of, known=known, later=later
            ):
                found.append(((group_code, candidate.number), refusal))
    return found
