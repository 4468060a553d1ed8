"""The proces-verbaal of a session as data (R-PV-1..5): the typed, frozen read model that
``services.proces_verbaal.load`` builds and that the station's screens and the signed PDF both read.

* :class:`Header`: exam and variants, date, location and room, surveillants, planned start and duration,
  quarantine, the session's :class:`~examdesk.core.words.SessionState`, when it was opened and closed and who
  signed it off (R-PV-1, R-PV-4);
* one :class:`CandidateRecord` per candidate, with its :class:`~examdesk.core.timeline.Timeline`;
* every :class:`Entry` (one per event, in recorded order), in its :class:`Section`;
* :class:`ChainCheck`: the station's chain as verified, with its head (R-PV-3).

Words are translatable values (:class:`~examdesk.core.text.Message`, ``Text``) or free text as written,
never rendered here: whoever shows them says them in the reader's language. :func:`header_facts` is the head
of the proces-verbaal as ordered (label, value) facts, the one list that the screen and the PDF both lay out.
Pure: no I/O, no Qt, no services.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from examdesk.core.clock import ClockState
from examdesk.core.eventchain import BrokenLink
from examdesk.core.eventkinds import EventKind
from examdesk.core.localtime import AMSTERDAM
from examdesk.core.text import QT_TRANSLATE_NOOP, Message, Text, message
from examdesk.core.timeline import Timeline
from examdesk.core.words import ID_DOCUMENT_LABELS, SessionState, label_of

Words = Message | Text | str
"""A word, a sentence or free text as written: what a renderer (``i18n.render``, a report's ``tr``) says."""

LOCATION_LABELS: dict[str, Text] = {
    "school": QT_TRANSLATE_NOOP("ProcesVerbaal", "school"),
    "home": QT_TRANSLATE_NOOP("ProcesVerbaal", "at home"),
    "hospital": QT_TRANSLATE_NOOP("ProcesVerbaal", "hospital"),
    "exam_centre": QT_TRANSLATE_NOOP("ProcesVerbaal", "exam centre"),
}
"""Where a session is held, in words."""

GROUP = QT_TRANSLATE_NOOP("ProcesVerbaal", "group")
STATION = QT_TRANSLATE_NOOP("ProcesVerbaal", "station")

STATE_LABELS: dict[ClockState, Text] = {
    ClockState.NOT_STARTED: QT_TRANSLATE_NOOP("ProcesVerbaal", "not started"),
    ClockState.RUNNING: QT_TRANSLATE_NOOP("ProcesVerbaal", "working"),
    ClockState.PAUSED: QT_TRANSLATE_NOOP("ProcesVerbaal", "pause"),
    ClockState.FINISHED: QT_TRANSLATE_NOOP("ProcesVerbaal", "handed in"),
    ClockState.TIME_UP: QT_TRANSLATE_NOOP("ProcesVerbaal", "time up"),
    ClockState.LEFT_EARLY: QT_TRANSLATE_NOOP("ProcesVerbaal", "left early"),
    ClockState.ABSENT: QT_TRANSLATE_NOOP("ProcesVerbaal", "absent"),
}


_CHAIN_INTACT = QT_TRANSLATE_NOOP("ProcesVerbaal", "Event chain verified: {count} events, intact")
_CHAIN_BROKEN = QT_TRANSLATE_NOOP("ProcesVerbaal", "Event chain broken: {reason}")


class Section(StrEnum):
    """Where an entry belongs in the printed proces-verbaal."""

    SESSION = "session"  # planned, opened, closed
    CANDIDATE = "candidate"  # one candidate's BSN check, start, pauses, extension, storingen, end
    MELDING = "melding"
    IRREGULARITY = "irregularity"
    REMARK = "remark"
    CORRECTION = "correction"
    ADDENDUM = "addendum"
    STATION = "station"  # the station's clock warnings (R-TIME-10)


SECTIONS: dict[str, Section] = {
    EventKind.SESSION_PLANNED: Section.SESSION,
    EventKind.SESSION_STARTED: Section.SESSION,
    EventKind.SESSION_CLOSED: Section.SESSION,
    EventKind.MELDING: Section.MELDING,
    EventKind.IRREGULARITY: Section.IRREGULARITY,
    EventKind.REMARK: Section.REMARK,
    EventKind.CORRECTION: Section.CORRECTION,
    EventKind.ADDENDUM: Section.ADDENDUM,
    EventKind.CLOCK_ANOMALY: Section.STATION,
}


# --- the data ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    """Someone who acted, as the proces-verbaal names them."""

    username: str
    display_name: str  # the account's full name; for the station or the command line, words in ``label``
    label: Message | Text | None = None

    @property
    def words(self) -> Words:
        """How the proces-verbaal names them: the station or the command line in words, else the full name."""
        return self.label if self.label is not None else self.display_name


@dataclass(frozen=True)
class Surveillant:
    person: Person
    qualified_teacher: bool


@dataclass(frozen=True)
class Header:
    """The head of the proces-verbaal (R-PV-1)."""

    session_id: str
    school: str
    station_name: str
    exam_code: str
    exam_title: str
    exam_kind: str
    exam_variants: tuple[str, ...]  # the variants the exam has
    variants_sat: tuple[str, ...]  # the variants the candidates' results name (empty before results)
    duration_minutes: int
    group_code: str
    group_name: str
    date: dt.date
    start_time: str  # "09:00", Amsterdam's
    planned_start: datetime  # the same moment, UTC
    location_kind: str
    room: str
    quarantine: bool
    simultaneous: bool
    permission_reference: str
    surveillants: tuple[Surveillant, ...]
    state: SessionState
    opened_at: datetime | None
    closed_at: datetime | None
    closed_by: Person | None  # who closed it
    signed_off_by: tuple[Person, ...]  # every surveillant who confirmed with their password (R-PV-4)
    consulted_on: dt.date | None = None  # R-SES-2: the consultation with the Inspectie (off-site)
    quarantine_reported_on: dt.date | None = None  # R-SES-3: reported to the Inspectie beforehand

    @property
    def location(self) -> Text | str:
        return LOCATION_LABELS.get(self.location_kind, self.location_kind)

    @property
    def variants(self) -> tuple[str, ...]:
        """The variants sat when results name them, otherwise the exam's."""
        return self.variants_sat or self.exam_variants


@dataclass(frozen=True)
class BsnCheck:
    """The last BSN check on the start screen (R-BSN-4); only the masked BSN is ever kept here (R-BSN-6)."""

    matched: bool
    id_document: str
    at: datetime
    by: Person
    note: str

    @property
    def document(self) -> Text | str:
        return label_of(ID_DOCUMENT_LABELS, self.id_document)


@dataclass(frozen=True)
class Pause:
    start: datetime
    end: datetime
    ongoing: bool  # still going on at the moment the proces-verbaal was made

    @property
    def duration(self) -> timedelta:
        return self.end - self.start


@dataclass(frozen=True)
class StoringRecord:
    """A storing with what was recorded about it and the compensation given for it (R-TIME-7)."""

    id: int
    start: datetime
    end: datetime | None
    question: str
    pc_old: str
    pc_new: str
    meldingsnummers: tuple[str, ...]
    compensation: timedelta


@dataclass(frozen=True)
class CandidateRecord:
    """One candidate's section of the proces-verbaal (R-PV-1)."""

    candidate_id: int
    number: str
    name: str
    masked_bsn: str
    variant: str | None
    bsn_check: BsnCheck | None
    roster_corrected: bool
    state: ClockState
    started_at: datetime | None
    deadline: datetime | None
    ended_at: datetime | None
    late_arrival: bool
    late_by: timedelta
    granted_extension: int  # minutes the roster grants (R-TIME-3), on the clock from the start (R-TIME-4)
    extension: timedelta  # the grant and any override's time, as far as reached (R-PV-7)
    extension_basis: tuple[Message | Text | str, ...]  # the grounds of extra time, in words (R-ACC-1)
    extension_overrides: tuple[str, ...]  # reasons for going beyond the grant (R-TIME-4)
    pauses: tuple[Pause, ...]
    total_pause: timedelta
    storingen: tuple[StoringRecord, ...]
    compensation: timedelta
    left_early_reason: str | None
    left_early_ill: bool
    absent: bool
    timeline: Timeline
    grant_used: timedelta = timedelta(0)  # R-TIME-4: working time past the base end, at most the grant
    overridden: bool = False  # an examensecretaris decided past a rule for this candidate

    @property
    def label(self) -> str:
        return f"{self.number} {self.name}"

    @property
    def state_label(self) -> Text:
        return STATE_LABELS[self.state]


@dataclass(frozen=True)
class CandidateRef:
    candidate_id: int
    number: str
    name: str

    @property
    def label(self) -> str:
        return f"{self.number} {self.name}"


@dataclass(frozen=True)
class Entry:
    """One event of the session as a line of the proces-verbaal."""

    event_id: int
    seq: int
    at: datetime  # UTC, as recorded
    local_at: datetime  # the same moment on Amsterdam's clock (the station's local time)
    kind: str
    kind_label: Text | str
    section: Section
    candidate: CandidateRef | None  # None: the whole group (or the station, for a clock warning)
    parts: tuple[Message | str, ...]  # what was recorded, as parts of one sentence (free text as written)
    actor: Person
    corrects_id: int | None  # for a correction: the event it corrects (R-PV-2)
    refers_to: int | None  # for an addendum: the earlier event it is about, if any
    corrected_by: tuple[int, ...]  # corrections of this event
    voided: bool  # a correction took this event out of the clock
    hash: str

    @property
    def is_addendum(self) -> bool:
        return self.kind == EventKind.ADDENDUM

    @property
    def time_text(self) -> str:
        return self.local_at.strftime("%H:%M:%S")

    @property
    def subject(self) -> Text | str:
        """Who the entry is about: ``3001 Daan Peters``, or "group" (or "station")."""
        if self.candidate is not None:
            return self.candidate.label
        return STATION if self.section is Section.STATION else GROUP

    def said(self, say: Callable[[Words], str]) -> str:
        """What was recorded as one sentence, each part said by ``say`` (in the reader's language)."""
        return "; ".join(say(part) for part in self.parts)


@dataclass(frozen=True)
class ChainCheck:
    """The station's event chain as verified when the proces-verbaal was made (R-PV-3)."""

    verified: bool
    events_checked: int
    head_hash: str | None  # the station's chain head
    broken: BrokenLink | None
    session_events: int
    last_seq: int | None  # this session's last event in the chain
    last_hash: str | None

    @property
    def summary(self) -> Message:
        if self.broken is None:
            return message(_CHAIN_INTACT, count=self.events_checked)
        return message(_CHAIN_BROKEN, reason=self.broken.reason)


@dataclass(frozen=True)
class ProcesVerbaal:
    """Everything the proces-verbaal of one session shows, as it stood at ``made_at``."""

    header: Header
    candidates: tuple[CandidateRecord, ...]
    entries: tuple[Entry, ...]
    chain: ChainCheck
    made_at: datetime

    def _of(self, section: Section) -> tuple[Entry, ...]:
        return tuple(e for e in self.entries if e.section is section)

    @property
    def meldingen(self) -> tuple[Entry, ...]:
        return self._of(Section.MELDING)

    @property
    def irregularities(self) -> tuple[Entry, ...]:
        return self._of(Section.IRREGULARITY)

    @property
    def remarks(self) -> tuple[Entry, ...]:
        return self._of(Section.REMARK)

    @property
    def corrections(self) -> tuple[Entry, ...]:
        return self._of(Section.CORRECTION)

    @property
    def addenda(self) -> tuple[Entry, ...]:
        return self._of(Section.ADDENDUM)

    def candidate(self, candidate_id: int) -> CandidateRecord | None:
        return next((c for c in self.candidates if c.candidate_id == candidate_id), None)

    def kinds(self, order: Iterable[str] = ()) -> list[str]:
        """The kinds of event this proces-verbaal holds: those in ``order`` first, in that order."""
        present = {e.kind for e in self.entries}
        known = [kind for kind in order if kind in present]
        return known + sorted(present - set(known))

    def select(
        self,
        *,
        candidate_id: int | None = None,
        group_only: bool = False,
        with_group: bool = False,
        kinds: Collection[str] = (),
    ) -> tuple[Entry, ...]:
        """The entries about ``candidate_id`` (with the group's own when ``with_group``: what concerns the
        candidate's work, R-PV-5), or only the group's (``group_only``), of ``kinds`` (all when empty)."""
        return select(
            self.entries, candidate_id=candidate_id, group_only=group_only, with_group=with_group, kinds=kinds
        )


def select(
    entries: Iterable[Entry],
    *,
    candidate_id: int | None = None,
    group_only: bool = False,
    with_group: bool = False,
    kinds: Collection[str] = (),
) -> tuple[Entry, ...]:
    """See :meth:`ProcesVerbaal.select`."""
    wanted = set(kinds)
    found = []
    for entry in entries:
        if wanted and entry.kind not in wanted:
            continue
        about = entry.candidate.candidate_id if entry.candidate is not None else None
        if group_only and about is not None:
            continue
        if candidate_id is not None and about != candidate_id and not (with_group and about is None):
            continue
        found.append(entry)
    return tuple(found)


# --- the head of the proces-verbaal as facts (issue 12 #3) -------------------------------------------------


@dataclass(frozen=True)
class Moment:
    """A moment as a fact shows it: its date as the reader's language writes it and Amsterdam's time,
    ``20-05-2026 08:40`` (with ``seconds``: ``08:40:05``)."""

    at: datetime
    seconds: bool = False

    def text(self, day: Callable[[dt.date], str]) -> str:
        moment = self.at if self.at.tzinfo is not None else self.at.replace(tzinfo=dt.UTC)
        local = moment.astimezone(AMSTERDAM)
        return f"{day(local.date())} {local.strftime('%H:%M:%S' if self.seconds else '%H:%M')}"


Part = Words | Moment | dt.date
"""A piece of a fact's value: words, a moment, or a date (as the reader's language writes dates)."""


@dataclass(frozen=True)
class Fact:
    """One line of the head of the proces-verbaal: what it is (``key``, for the screen), its name and value."""

    key: str
    label: Text
    value: tuple[Part, ...]


_EXAM = QT_TRANSLATE_NOOP("Report", "Exam")
_EXAM_VALUE = QT_TRANSLATE_NOOP("Report", "{code} · {title} ({kind}), {minutes} minutes")
_VARIANTS = QT_TRANSLATE_NOOP("Report", "Variant")
_GROUP = QT_TRANSLATE_NOOP("Report", "Afnamegroep")
_DATE = QT_TRANSLATE_NOOP("Report", "Date")
_PLANNED = QT_TRANSLATE_NOOP("Report", "Planned start and duration")
_PLANNED_VALUE = QT_TRANSLATE_NOOP("Report", "{start}, {minutes} minutes")
_LOCATION = QT_TRANSLATE_NOOP("Report", "Location and room")
_PERMISSION = QT_TRANSLATE_NOOP("Report", "Inspectie's permission")
_QUARANTINE = QT_TRANSLATE_NOOP("Report", "Quarantine")
_QUARANTINE_REPORTED = QT_TRANSLATE_NOOP("Report", "{answer}, reported to the Inspectie on {date}")
_CONSULTED = QT_TRANSLATE_NOOP("Report", "Inspectie consulted on")
_SURVEILLANTS = QT_TRANSLATE_NOOP("Report", "Surveillants")
_QUALIFIED = QT_TRANSLATE_NOOP("Report", "{name} (qualified teacher)")
_OPENED = QT_TRANSLATE_NOOP("Report", "Opened")
_NOT_YET = QT_TRANSLATE_NOOP("Report", "not yet")
_YES = QT_TRANSLATE_NOOP("Report", "yes")
_NO = QT_TRANSLATE_NOOP("Report", "no")
_NONE_GIVEN = QT_TRANSLATE_NOOP("Report", "none")

HEADER_KEYS = (
    "exam",
    "variant",
    "group",
    "date",
    "planned",
    "place",
    "consulted",
    "permission",
    "quarantine",
    "surveillants",
    "opened",
)
"""Every fact :func:`header_facts` may give, in its order (``consulted`` and ``permission`` only when known)."""


def header_facts(header: Header) -> tuple[Fact, ...]:
    """The head of the proces-verbaal (R-PV-1) as the screen and the PDF both show it, in order."""
    surveillants: list[Part] = []
    for surveillant in header.surveillants:
        name = surveillant.person.words
        surveillants += [", "] if surveillants else []
        surveillants.append(message(_QUALIFIED, name=name) if surveillant.qualified_teacher else name)
    exam = message(
        _EXAM_VALUE,
        code=header.exam_code,
        title=header.exam_title,
        kind=header.exam_kind.upper(),
        minutes=header.duration_minutes,
    )
    facts = [
        Fact("exam", _EXAM, (exam,)),
        Fact("variant", _VARIANTS, (", ".join(header.variants) or "–",)),
        Fact("group", _GROUP, (f"{header.group_code} · {header.group_name}",)),
        Fact("date", _DATE, (header.date,)),
        Fact(
            "planned",
            _PLANNED,
            (message(_PLANNED_VALUE, start=header.start_time, minutes=header.duration_minutes),),
        ),
        Fact("place", _LOCATION, (header.location, ", ", header.room)),
    ]
    if header.consulted_on is not None:  # R-SES-2
        facts.append(Fact("consulted", _CONSULTED, (header.consulted_on,)))
    if header.permission_reference:
        facts.append(Fact("permission", _PERMISSION, (header.permission_reference,)))
    quarantine: Part = _YES if header.quarantine else _NO
    if header.quarantine_reported_on is not None:  # R-SES-3: stated, with when it was reported
        quarantine = message(_QUARANTINE_REPORTED, answer=quarantine, date=header.quarantine_reported_on)
    facts += [
        Fact("quarantine", _QUARANTINE, (quarantine,)),
        Fact("surveillants", _SURVEILLANTS, tuple(surveillants) or (_NONE_GIVEN,)),
        Fact("opened", _OPENED, (Moment(header.opened_at),) if header.opened_at else (_NOT_YET,)),
    ]
    return tuple(facts)


def fact_text(value: Sequence[Part], say: Callable[[Words], str], day: Callable[[dt.date], str]) -> str:
    """A fact's value as one string: words said by ``say`` (in the reader's language), dates by ``day``."""
    texts = []
    for part in value:
        if isinstance(part, Moment):
            texts.append(part.text(day))
        elif isinstance(part, dt.date):
            texts.append(day(part))
        else:
            texts.append(say(part))
    return "".join(texts)
