"""The inzage log (R-INZ-4) read from the chained inzage events, and what follows from it: which inzages
count against the half year (R-INZ-3, R-INZ-7), which are still open after a crash, the question numbers
the candidate saw (R-INZ-9).

Below ``services.inspection`` and ``services.inzage_sessions``: it reads events and rows, decides nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlmodel import Session

from examdesk.core.eventkinds import EventKind
from examdesk.core.facts import Facts
from examdesk.core.facts.inzage import (
    END_CLOSED,
    END_INTERRUPTED,
    END_TIME_UP,
    InzageAnswerShown,
    InzageEnded,
    InzageItemOpened,
    InzageProcesVerbaalShown,
    InzageResumed,
    InzageStarted,
)
from examdesk.core.facts.session import InzageBsnChecked, Melding
from examdesk.services import events
from examdesk.services.events import Event
from examdesk.services.exams import core_exam
from examdesk.services.station import Station
from examdesk.store import accounts as account_store
from examdesk.store.models import CandidateRow, ExamRow

INZAGE_KINDS = (
    EventKind.INZAGE_BSN_CHECKED,
    EventKind.INZAGE_STARTED,
    EventKind.INZAGE_ITEM_OPENED,
    EventKind.INZAGE_ANSWER_SHOWN,
    EventKind.INZAGE_PROCES_VERBAAL_SHOWN,
    EventKind.INZAGE_RESUMED,
    EventKind.INZAGE_ENDED,
    EventKind.MELDING,  # R-VOV-4: a VOV made during an inzage names it
)
KEY, MARKING_SCHEME = "key", "marking_scheme"
__all__ = ["END_CLOSED", "END_INTERRUPTED", "END_TIME_UP"]
NORMAL_ENDS = frozenset({END_CLOSED, END_TIME_UP})


@dataclass(frozen=True)
class InzageLogEntry:
    """R-INZ-4: one inzage as the log (and the signed inzage report) records it.

    Everything here comes from the chained events of the inzage; ``event_ids`` and ``last_hash`` let a
    report point at them. ``numbers`` gives each item the number the candidate saw in their variant
    (R-INZ-9).
    """

    inzage_id: int
    station_id: str
    group_code: str
    exam_code: str
    exam_title: str
    exam_kind: str
    variant: str
    candidate_id: int
    candidate_number: str
    candidate_name: str
    conducted_by: str
    conducted_by_name: str
    started_at: datetime
    ended_at: datetime | None
    end_reason: str | None  # "closed", "time_up", "interrupted", or None while it runs (or after a crash)
    time_limit_minutes: int | None
    wrong_only: bool
    supervisor_present: bool
    id_check: str | None  # "match" (PE), or None when not required
    id_document: str | None
    items_shown: tuple[str, ...]
    items_opened: tuple[str, ...]
    keys_shown: tuple[str, ...]
    marking_schemes_shown: tuple[str, ...]
    proces_verbaal_shown: bool
    event_ids: tuple[int, ...]
    last_hash: str
    numbers: Mapping[str, int] = field(default_factory=dict)
    # R-INZ-7: an interrupted inzage counts against the half year only when the examensecretaris says so.
    counts: bool = False
    count_reason: str = ""
    resumed_at: tuple[datetime, ...] = ()
    # R-PV-5: the session whose proces-verbaal stood beside the work ("" when no sitting was known).
    sitting: str = ""
    vovs: tuple[int, ...] = ()  # R-VOV-4: meldingen made during this inzage
    appointment: int | None = None  # R-INZ-6: the appointment it was held at (PE)
    used: timedelta = timedelta(0)  # R-INZ-7: the time it ran, as far as its events show

    @property
    def key_shown(self) -> bool:
        return bool(self.keys_shown)

    @property
    def marking_scheme_shown(self) -> bool:
        return bool(self.marking_schemes_shown)

    @property
    def duration(self) -> timedelta | None:
        return None if self.ended_at is None else self.ended_at - self.started_at

    @property
    def is_open(self) -> bool:
        """R-INZ-7: started and never ended (the station stopped during it)."""
        return self.ended_at is None

    def number_of(self, item_id: str) -> int | None:
        """R-INZ-9: the question number the candidate saw for ``item_id``."""
        return self.numbers.get(item_id)

    def question(self, item_id: str) -> str:
        """``3 (K14)``: the number the candidate saw with the item id beside it (R-INZ-9)."""
        number = self.number_of(item_id)
        return item_id if number is None else f"{number} ({item_id})"


def question_numbers(exam_row: ExamRow | None, variant: str) -> dict[str, int]:
    """R-INZ-9: item id → the number the candidate saw in ``variant``."""
    if exam_row is None:
        return {}
    exam = core_exam(exam_row.definition)
    try:
        items = exam.variant_items(variant)
    except (KeyError, ValueError):
        return {}
    return {item.id: number for number, item in enumerate(items, start=1)}


def used_time(start: Event, after: Iterable[Event]) -> timedelta:
    """R-INZ-7: the time an inzage ran: from its start (or each resumption) to the last event recorded in
    that stretch. After a crash nothing later is known, so the candidate keeps every minute not seen used."""
    stretches: list[tuple[datetime, datetime]] = [(start.wall_utc, start.wall_utc)]
    for event in after:
        if event.kind == EventKind.INZAGE_RESUMED:
            stretches.append((event.wall_utc, event.wall_utc))
        else:
            begun, _ = stretches[-1]
            stretches[-1] = (begun, max(event.wall_utc, begun))
    return sum((end - begun for begun, end in stretches), timedelta(0))


def _inzage_of(facts: Facts) -> int | None:
    """The inzage an event that follows its start belongs to (R-VOV-4: a melding made during one, too)."""
    if isinstance(facts, Melding):
        return facts.inzage
    if isinstance(
        facts, InzageItemOpened | InzageAnswerShown | InzageProcesVerbaalShown | InzageEnded | InzageResumed
    ):
        return facts.inzage
    return None


def entries(session: Session, station: Station, inzage_events: Iterable[Event]) -> list[InzageLogEntry]:
    """Every inzage in ``inzage_events`` (the INZAGE_KINDS of the station), oldest first."""
    starts: dict[int, Event] = {}
    followers: dict[int, list[Event]] = {}
    checks: dict[int, Event] = {}
    for event in inzage_events:
        if event.kind == EventKind.INZAGE_STARTED:
            starts[event.id] = event
        elif event.kind == EventKind.INZAGE_BSN_CHECKED:
            checks[event.id] = event
        elif (inzage := _inzage_of(event.facts)) is not None:
            followers.setdefault(inzage, []).append(event)
    names = {row.username: row.display_name for row in account_store.all_accounts(session)}
    exams: dict[str, ExamRow | None] = {}
    found = []
    for inzage_id, start in starts.items():
        after = followers.get(inzage_id, [])
        candidate = session.get(CandidateRow, start.candidate_id or 0)
        began = start.facts_as(InzageStarted)
        exam_code = began.exam
        if exam_code not in exams:
            exams[exam_code] = session.get(ExamRow, exam_code)
        exam = exams[exam_code]
        ended_event = next((e for e in after if e.kind == EventKind.INZAGE_ENDED), None)
        ended = ended_event.facts_as(InzageEnded) if ended_event is not None else None
        check_event = checks.get(began.id_check) if began.id_check else None
        check = check_event.facts_as(InzageBsnChecked) if check_event is not None else None
        variant = began.variant or ""

        def items(kind: EventKind, what: str | None = None, among: list[Event] = after) -> tuple[str, ...]:
            shown: list[str] = []
            for e in among:
                if e.kind != kind:
                    continue
                facts = e.facts
                if isinstance(facts, InzageAnswerShown) and (what is None or facts.what == what):
                    shown.append(facts.item)
                elif isinstance(facts, InzageItemOpened):
                    shown.append(facts.item)
            return tuple(dict.fromkeys(shown))

        chain = [start, *after]
        reason = ended.reason if ended else None
        found.append(
            InzageLogEntry(
                inzage_id=inzage_id,
                station_id=start.station_id,
                group_code=began.group,
                exam_code=exam_code,
                exam_title=exam.title if exam else exam_code,
                exam_kind=exam.kind if exam else "other",
                variant=variant,
                candidate_id=start.candidate_id or 0,
                candidate_number=candidate.number if candidate else "",
                candidate_name=candidate.name if candidate else "",
                conducted_by=start.actor,
                conducted_by_name=names.get(start.actor, start.actor),
                started_at=start.wall_utc,
                ended_at=ended_event.wall_utc if ended_event else None,
                end_reason=reason,
                time_limit_minutes=began.minutes,
                wrong_only=began.wrong_only,
                supervisor_present=began.supervisor_present,
                id_check="match" if check is not None and check.match else None,
                id_document=str(check.id_document) if check is not None else None,
                items_shown=began.items,
                items_opened=items(EventKind.INZAGE_ITEM_OPENED),
                keys_shown=items(EventKind.INZAGE_ANSWER_SHOWN, KEY),
                marking_schemes_shown=items(EventKind.INZAGE_ANSWER_SHOWN, MARKING_SCHEME),
                proces_verbaal_shown=any(e.kind == EventKind.INZAGE_PROCES_VERBAAL_SHOWN for e in after),
                event_ids=tuple(e.id for e in chain),
                last_hash=chain[-1].hash,
                numbers=question_numbers(exam, variant),
                counts=reason in NORMAL_ENDS or bool(ended and ended.counts),
                count_reason=ended.count_reason if ended else "",
                resumed_at=tuple(e.wall_utc for e in after if e.kind == EventKind.INZAGE_RESUMED),
                sitting=began.sitting or "",
                vovs=tuple(e.id for e in after if e.kind == EventKind.MELDING),
                appointment=began.appointment,
                used=used_time(start, (e for e in after if e.kind != EventKind.INZAGE_ENDED)),
            )
        )
    found.sort(key=lambda entry: (entry.started_at, entry.inzage_id))
    return found


def all_entries(session: Session, station: Station) -> list[InzageLogEntry]:
    return entries(session, station, events.list_events(station, kinds=INZAGE_KINDS, within=session))


def open_entries(session: Session, station: Station) -> list[InzageLogEntry]:
    """R-INZ-7: the inzages that started and never ended on this station."""
    return [entry for entry in all_entries(session, station) if entry.is_open]
