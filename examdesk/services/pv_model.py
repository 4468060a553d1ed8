"""The proces-verbaal as data (R-PV-1..5): what ``services.proces_verbaal.load`` returns, and the words
its screens and its PDF share. Frozen dataclasses; ``proces_verbaal`` builds them (and re-exports them).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from examdesk import i18n
from examdesk.core.clock import ClockState
from examdesk.core.eventchain import BrokenLink
from examdesk.core.eventkinds import EventKind
from examdesk.core.text import QT_TRANSLATE_NOOP, Message, Text, message
from examdesk.core.timeline import Timeline
from examdesk.core.words import ID_DOCUMENT_LABELS, label_of
from examdesk.services.pv_kinds import KIND_LABELS, LOCATION_LABELS
from examdesk.services.sessions import SessionState

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

    def name(self, language: str | None = None) -> str:
        return i18n.render(self.label, language) if self.label is not None else self.display_name


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

    def text(self, language: str | None = None) -> str:
        """The sentence in ``language`` (default: the current one)."""
        return "; ".join(i18n.render(part, language) for part in self.parts)

    def subject_text(self, language: str | None = None) -> str:
        return i18n.render(self.subject, language)

    def kind_text(self, language: str | None = None) -> str:
        return i18n.render(self.kind_label, language)


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

    def kinds(self) -> list[str]:
        """The kinds of event this proces-verbaal holds, in the order of ``KIND_LABELS``."""
        present = {e.kind for e in self.entries}
        known = [kind for kind in KIND_LABELS if kind in present]
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
