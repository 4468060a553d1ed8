"""The proces-verbaal's sentences: what each event of the session says, in the reader's language.

Split from :mod:`examdesk.services.proces_verbaal` (which gathers the data); every kind of event is
described here, and kinds outside the session's own flow in :mod:`examdesk.services.pv_kinds`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta

from examdesk import i18n
from examdesk.core.case_facts import CATEGORY_SHORT_LABELS
from examdesk.core.durations import MINUTES as _MINUTES
from examdesk.core.durations import duration_message as duration_message  # re-exported
from examdesk.core.eventkinds import EventKind
from examdesk.core.facts import (
    BsnChecked,
    CandidateStarted,
    CompensationGranted,
    Correction,
    ExtensionApplied,
    LeftEarly,
    PauseStartedFacts,
    RuleOverridden,
    StoringEnded,
    StoringStarted,
    TimeUp,
)
from examdesk.core.facts.session import (
    Addendum,
    Irregularity,
    Melding,
    NoFacts,
    Remark,
    RosterCorrected,
    SessionClosed,
    SessionPlanned,
)
from examdesk.core.facts.station import ClockAnomaly
from examdesk.core.localtime import AMSTERDAM
from examdesk.core.proces_verbaal import CandidateRecord, Person
from examdesk.core.text import QT_TRANSLATE_NOOP, LongDate, Message, Text, message
from examdesk.core.words import ID_DOCUMENT_LABELS, MELDING_KIND_LABELS, label_of
from examdesk.services import override_text, pv_kinds
from examdesk.services.events import Event
from examdesk.services.pv_kinds import LOCATION_LABELS, kind_label

# What each kind of event says (the parts of one sentence; see proces_verbaal.text).
_PLANNED = QT_TRANSLATE_NOOP("ProcesVerbaal", "Planned for {date} at {time}, {location}, {room}")
_PLANNED_SURVEILLANTS = QT_TRANSLATE_NOOP("ProcesVerbaal", "surveillants: {names}")
_PLANNED_QUARANTINE = QT_TRANSLATE_NOOP("ProcesVerbaal", "with quarantine")
_OPENED = QT_TRANSLATE_NOOP("ProcesVerbaal", "The session was opened")
_CLOSED = QT_TRANSLATE_NOOP("ProcesVerbaal", "Closed; confirmed with their own passwords by {names}")
_BSN_MATCH = QT_TRANSLATE_NOOP("ProcesVerbaal", "BSN {bsn} matches the {document}")
_BSN_MISMATCH = QT_TRANSLATE_NOOP("ProcesVerbaal", "BSN {bsn} does NOT match the {document}")
_NOTE = QT_TRANSLATE_NOOP("ProcesVerbaal", "note: {text}")
_ROSTER = QT_TRANSLATE_NOOP("ProcesVerbaal", "BSN on the roster corrected from {before} to {after}: {reason}")
_STARTED = QT_TRANSLATE_NOOP("ProcesVerbaal", "Started")
_STARTED_LATE = QT_TRANSLATE_NOOP(
    "ProcesVerbaal",
    "Started as a late arrival, {late} after the planned start; their time ends as if they had started at {planned}",
)
_PAUSE_BEGINS = QT_TRANSLATE_NOOP("ProcesVerbaal", "Pause begins: the clock stands still")
_PAUSE_UNTIL = QT_TRANSLATE_NOOP("ProcesVerbaal", "until {end}")
_PAUSE = QT_TRANSLATE_NOOP("ProcesVerbaal", "Pause {start}–{end} ({duration})")
_EXTENSION = QT_TRANSLATE_NOOP("ProcesVerbaal", "Extension +{minutes} min ({basis}, grant {granted})")
_EXTENSION_NO_BASIS = QT_TRANSLATE_NOOP("ProcesVerbaal", "Extension +{minutes} min (grant {granted})")
_EXTENSION_OVERRIDE = QT_TRANSLATE_NOOP(
    "ProcesVerbaal", "beyond the grant, by the examensecretaris: {reason}"
)
_STORING = QT_TRANSLATE_NOOP("ProcesVerbaal", "Storing")
_STORING_AT = QT_TRANSLATE_NOOP("ProcesVerbaal", "Storing at question {question}")
_PC_CHANGED = QT_TRANSLATE_NOOP("ProcesVerbaal", "PC changed from {old} to {new}")
_PC = QT_TRANSLATE_NOOP("ProcesVerbaal", "PC {pc}")
_FACET = QT_TRANSLATE_NOOP("ProcesVerbaal", "Facet melding {number}")
_STORING_SPAN = QT_TRANSLATE_NOOP("ProcesVerbaal", "Storing {start}–{end} ({duration})")
_COMPENSATION = QT_TRANSLATE_NOOP("ProcesVerbaal", "Compensation {duration} for the storing of {start}–{end}")
_COMPENSATION_OPEN = QT_TRANSLATE_NOOP(
    "ProcesVerbaal", "Compensation {duration} for the storing from {start}"
)
_HANDED_IN = QT_TRANSLATE_NOOP("ProcesVerbaal", "Handed in after {worked} of working time")
_LEFT = QT_TRANSLATE_NOOP("ProcesVerbaal", "Left early: {reason}")
_ILL = QT_TRANSLATE_NOOP("ProcesVerbaal", "too ill to go on")
_TIME_UP = QT_TRANSLATE_NOOP("ProcesVerbaal", "Time up at {deadline}")
_ABSENT = QT_TRANSLATE_NOOP("ProcesVerbaal", "Did not come")
_MELDING = QT_TRANSLATE_NOOP("ProcesVerbaal", "Melding about {about}")
_MELDING_QUESTIONS = QT_TRANSLATE_NOOP("ProcesVerbaal", "questions {questions}")
_MELDING_QUESTION = QT_TRANSLATE_NOOP("ProcesVerbaal", "question {question}")
_MELDING_COLLECTIVE = QT_TRANSLATE_NOOP("ProcesVerbaal", "for the whole group")
_MELDING_CANDIDATE = QT_TRANSLATE_NOOP("ProcesVerbaal", "the candidate says: “{text}”")
_MELDING_SURVEILLANT = QT_TRANSLATE_NOOP("ProcesVerbaal", "the surveillant saw: “{text}”")
_RESOLVED = QT_TRANSLATE_NOOP("ProcesVerbaal", "resolved: {how}")
_RESOLVED_PLAIN = QT_TRANSLATE_NOOP("ProcesVerbaal", "resolved")
_NOT_RESOLVED = QT_TRANSLATE_NOOP("ProcesVerbaal", "not resolved")
_DUO = QT_TRANSLATE_NOOP("ProcesVerbaal", "DUO or the Facet helpdesk consulted")
_MELDINGSNUMMER = QT_TRANSLATE_NOOP("ProcesVerbaal", "meldingsnummer {number}")
_IRREGULARITY = QT_TRANSLATE_NOOP("ProcesVerbaal", "Category {category}: {description}")
_CORRECTION = QT_TRANSLATE_NOOP("ProcesVerbaal", "Correction of event #{id} ({what} at {time}): {text}")
_CORRECTION_UNKNOWN = QT_TRANSLATE_NOOP("ProcesVerbaal", "Correction of event #{id}: {text}")
_VOIDED = QT_TRANSLATE_NOOP("ProcesVerbaal", "the corrected event no longer counts for the clock")
_ADDENDUM = QT_TRANSLATE_NOOP("ProcesVerbaal", "Addendum: {text}")
_ADDENDUM_ABOUT = QT_TRANSLATE_NOOP("ProcesVerbaal", "about event #{id} ({what} at {time})")
_ANOMALY = QT_TRANSLATE_NOOP("ProcesVerbaal", "The computer's clock went back {seconds} seconds")
_UNKNOWN_KIND = QT_TRANSLATE_NOOP("ProcesVerbaal", "Recorded: {kind}")


def date_message(day: dt.date) -> LongDate:
    """``20 May 2026`` / ``20 mei 2026``: a date nobody misreads, written in the reader's language."""
    return LongDate(day)


def local_time(moment: datetime) -> str:
    """A moment as Amsterdam's wall clock reads it, ``10:02``."""
    return moment.astimezone(AMSTERDAM).strftime("%H:%M")


def names(people: Mapping[str, Person], usernames: Iterable[str]) -> str:
    """The people named by ``usernames``, as the proces-verbaal names them (an unknown one by username)."""
    return ", ".join(i18n.render(people[u].words) if u in people else u for u in usernames)


def describe(
    e: Event,
    by_id: Mapping[int, Event],
    record: CandidateRecord | None,
    people: Mapping[str, Person],
    pause_pairs: Mapping[int, Event],
) -> tuple[Message | str, ...]:
    """What ``e`` recorded, as parts of one sentence in the reader's language."""
    kind = e.kind
    parts: list[Message | str] = []

    def add(template: Text, /, **params: object) -> None:
        parts.append(message(template, **params))

    match e.facts:
        case SessionPlanned() as planned:
            add(
                _PLANNED,
                date=date_message(planned.date) if planned.date else "",
                time=planned.start,
                location=LOCATION_LABELS.get(planned.location, planned.location),
                room=planned.room,
            )
            add(_PLANNED_SURVEILLANTS, names=names(people, planned.surveillants))
            if planned.quarantine:
                add(_PLANNED_QUARANTINE)
        case NoFacts() if kind == EventKind.SESSION_STARTED:
            add(_OPENED)
        case SessionClosed() as closed:
            add(_CLOSED, names=names(people, closed.confirmed_by))
        case BsnChecked() as check:
            add(
                _BSN_MATCH if check.match else _BSN_MISMATCH,
                bsn=record.masked_bsn if record else "",
                document=label_of(ID_DOCUMENT_LABELS, check.id_document),
            )
            if check.note:
                add(_NOTE, text=check.note)
        case RosterCorrected() as corrected:
            add(_ROSTER, before=corrected.before, after=corrected.after, reason=corrected.reason)
        case CandidateStarted() as started:
            if started.late_arrival and record is not None and record.late_by > timedelta(0):
                planned_start = record.timeline.planned_start
                add(_STARTED_LATE, late=duration_message(record.late_by), planned=local_time(planned_start))
            else:
                add(_STARTED)
        case PauseStartedFacts():
            add(_PAUSE_BEGINS)
            if e.id in pause_pairs:
                add(_PAUSE_UNTIL, end=local_time(pause_pairs[e.id].wall_utc))
        case NoFacts() if kind == EventKind.PAUSE_ENDED:
            begun = pause_pairs.get(e.id)
            if begun is not None:
                add(
                    _PAUSE,
                    start=local_time(begun.wall_utc),
                    end=local_time(e.wall_utc),
                    duration=duration_message(max(timedelta(0), e.wall_utc - begun.wall_utc)),
                )
            else:
                add(_PAUSE_UNTIL, end=local_time(e.wall_utc))
        case RuleOverridden() as decided:
            parts.append(override_text.describe(decided, names(people, [e.actor])))
        case ExtensionApplied() as extension if extension.override_event is not None:
            add(override_text.EXTENSION_BEYOND, minutes=extension.minutes, granted=extension.granted)
        case ExtensionApplied() as extension:
            basis = ", ".join(i18n.render(b) for b in record.extension_basis) if record is not None else ""
            if basis:
                add(_EXTENSION, minutes=extension.minutes, basis=basis, granted=extension.granted)
            else:
                add(_EXTENSION_NO_BASIS, minutes=extension.minutes, granted=extension.granted)
            if extension.v1_override_reason:
                add(_EXTENSION_OVERRIDE, reason=extension.v1_override_reason)
        case StoringStarted() as storing:
            if storing.question:
                add(_STORING_AT, question=storing.question)
            else:
                add(_STORING)
            if storing.pc_old and storing.pc_new:
                add(_PC_CHANGED, old=storing.pc_old, new=storing.pc_new)
            elif storing.pc_old or storing.pc_new:
                add(_PC, pc=storing.pc_old or storing.pc_new)
            if storing.meldingsnummer:
                add(_FACET, number=storing.meldingsnummer)
        case StoringEnded() as storing_end:
            begun_storing = by_id.get(storing_end.storing)
            start = begun_storing.wall_utc if begun_storing is not None else e.wall_utc
            add(
                _STORING_SPAN,
                start=local_time(start),
                end=local_time(e.wall_utc),
                duration=duration_message(max(timedelta(0), e.wall_utc - start)),
            )
            if storing_end.meldingsnummer:
                add(_FACET, number=storing_end.meldingsnummer)
        case CompensationGranted() as given:
            span = next((s for s in (record.storingen if record else ()) if s.id == given.storing), None)
            duration = duration_message(timedelta(seconds=given.seconds))
            if span is not None and span.end is not None:
                add(_COMPENSATION, duration=duration, start=local_time(span.start), end=local_time(span.end))
            elif span is not None:
                add(_COMPENSATION_OPEN, duration=duration, start=local_time(span.start))
            else:
                add(_COMPENSATION_OPEN, duration=duration, start="?")
        case NoFacts() if kind == EventKind.HANDED_IN:
            worked = record.timeline.working_time if record is not None else timedelta(0)
            add(_HANDED_IN, worked=message(_MINUTES, minutes=int(worked.total_seconds()) // 60))
        case LeftEarly() as left:
            add(_LEFT, reason=left.reason)
            if left.ill:
                add(_ILL)
        case TimeUp() as time_up:
            add(_TIME_UP, deadline=local_time(time_up.deadline or e.wall_utc))
        case NoFacts() if kind == EventKind.ABSENT:
            add(_ABSENT)
        case Melding() as melding:
            parts.extend(_melding_parts(melding))
        case Irregularity() as irregularity:
            add(
                _IRREGULARITY,
                category=label_of(CATEGORY_SHORT_LABELS, irregularity.category),
                description=irregularity.description,
            )
        case Remark() as remark:
            parts.append(remark.text)
        case Correction() as correction:
            corrected_event = by_id.get(e.corrects_id) if e.corrects_id is not None else None
            if corrected_event is not None:
                add(
                    _CORRECTION,
                    id=corrected_event.id,
                    what=kind_label(corrected_event.kind),
                    time=local_time(corrected_event.wall_utc),
                    text=correction.text,
                )
            else:
                add(_CORRECTION_UNKNOWN, id=e.corrects_id, text=correction.text)
            if correction.void:
                add(_VOIDED)
        case Addendum() as addendum:
            add(_ADDENDUM, text=addendum.text)
            referred = by_id.get(addendum.refers_to) if addendum.refers_to is not None else None
            if referred is not None:
                add(
                    _ADDENDUM_ABOUT,
                    id=referred.id,
                    what=kind_label(referred.kind),
                    time=local_time(referred.wall_utc),
                )
        case ClockAnomaly() as anomaly:
            add(_ANOMALY, seconds=round(anomaly.jump_back_seconds))
        case other if kind in pv_kinds.OTHER_KIND_LABELS:  # issue 16 #12: every known kind in words
            who = f"{record.number} {record.name}" if record is not None else ""
            parts.append(pv_kinds.describe_other(kind, other, who, names(people, [e.actor])))
        case _:  # a kind from a newer version of examdesk
            add(_UNKNOWN_KIND, kind=kind)
    return tuple(parts)


def _melding_parts(melding: Melding) -> list[Message]:
    """R-VOV-1: a melding's kind, questions, texts and how it was resolved."""
    found = [message(_MELDING, about=label_of(MELDING_KIND_LABELS, melding.kind))]
    numbers = melding.questions
    if len(numbers) == 1:  # issue 16 #12: "vraag 4", not "vragen 4"
        found.append(message(_MELDING_QUESTION, question=numbers[0]))
    elif numbers:
        found.append(message(_MELDING_QUESTIONS, questions=", ".join(numbers)))
    if melding.collective:
        found.append(message(_MELDING_COLLECTIVE))
    if melding.candidate_text:
        found.append(message(_MELDING_CANDIDATE, text=melding.candidate_text))
    if melding.surveillant_text:
        found.append(message(_MELDING_SURVEILLANT, text=melding.surveillant_text))
    if melding.resolved:
        found.append(
            message(_RESOLVED, how=melding.resolution) if melding.resolution else message(_RESOLVED_PLAIN)
        )
    else:
        found.append(message(_NOT_RESOLVED))
    if melding.duo_consulted:
        found.append(message(_DUO))
    if melding.meldingsnummer:
        found.append(message(_MELDINGSNUMMER, number=melding.meldingsnummer))
    return found
