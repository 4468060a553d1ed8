"""The proces-verbaal's sentences: what each event of the session says, in the reader's language.

Split from :mod:`examdesk.services.proces_verbaal` (which gathers the data); every kind of event is
described here, and kinds outside the session's own flow in :mod:`examdesk.services.pv_kinds`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from examdesk import i18n
from examdesk.core.durations import MINUTES as _MINUTES
from examdesk.core.durations import duration_message as duration_message  # re-exported
from examdesk.core.eventkinds import EventKind
from examdesk.core.localtime import AMSTERDAM
from examdesk.core.text import QT_TRANSLATE_NOOP, LongDate, Message, Text, message
from examdesk.services import override_text, pv_kinds
from examdesk.services.events import Event

if TYPE_CHECKING:
    from examdesk.services.proces_verbaal import CandidateRecord, Person

KIND_LABELS: dict[str, Text] = {
    EventKind.SESSION_PLANNED: QT_TRANSLATE_NOOP("ProcesVerbaal", "Session planned"),
    EventKind.SESSION_STARTED: QT_TRANSLATE_NOOP("ProcesVerbaal", "Session opened"),
    EventKind.SESSION_CLOSED: QT_TRANSLATE_NOOP("ProcesVerbaal", "Session closed"),
    EventKind.BSN_CHECKED: QT_TRANSLATE_NOOP("ProcesVerbaal", "BSN check"),
    EventKind.ROSTER_CORRECTED: QT_TRANSLATE_NOOP("ProcesVerbaal", "Roster corrected"),
    EventKind.CANDIDATE_STARTED: QT_TRANSLATE_NOOP("ProcesVerbaal", "Start"),
    EventKind.PAUSE_STARTED: QT_TRANSLATE_NOOP("ProcesVerbaal", "Pause begins"),
    EventKind.PAUSE_ENDED: QT_TRANSLATE_NOOP("ProcesVerbaal", "Pause ends"),
    EventKind.EXTENSION_APPLIED: QT_TRANSLATE_NOOP("ProcesVerbaal", "Extra time"),
    EventKind.RULE_OVERRIDDEN: override_text.KIND_LABEL,
    EventKind.STORING_STARTED: QT_TRANSLATE_NOOP("ProcesVerbaal", "Storing begins"),
    EventKind.STORING_ENDED: QT_TRANSLATE_NOOP("ProcesVerbaal", "Storing ends"),
    EventKind.COMPENSATION_GRANTED: QT_TRANSLATE_NOOP("ProcesVerbaal", "Compensation"),
    EventKind.HANDED_IN: QT_TRANSLATE_NOOP("ProcesVerbaal", "Handed in"),
    EventKind.LEFT_EARLY: QT_TRANSLATE_NOOP("ProcesVerbaal", "Left early"),
    EventKind.TIME_UP: QT_TRANSLATE_NOOP("ProcesVerbaal", "Time up"),
    EventKind.ABSENT: QT_TRANSLATE_NOOP("ProcesVerbaal", "Absent"),
    EventKind.MELDING: QT_TRANSLATE_NOOP("ProcesVerbaal", "Melding (VOV)"),
    EventKind.IRREGULARITY: QT_TRANSLATE_NOOP("ProcesVerbaal", "Irregularity"),
    EventKind.REMARK: QT_TRANSLATE_NOOP("ProcesVerbaal", "Remark"),
    EventKind.CORRECTION: QT_TRANSLATE_NOOP("ProcesVerbaal", "Correction"),
    EventKind.ADDENDUM: QT_TRANSLATE_NOOP("ProcesVerbaal", "Addendum"),
    EventKind.CLOCK_ANOMALY: QT_TRANSLATE_NOOP("ProcesVerbaal", "Clock warning"),
}
"""The name of each kind of event in the proces-verbaal, in the order a list of kinds shows them."""


def kind_label(kind: str) -> Text | str:
    """The name of an event kind in the reader's words (its code only for a kind from a newer version)."""
    if kind in KIND_LABELS:
        return KIND_LABELS[kind]
    return pv_kinds.OTHER_KIND_LABELS.get(kind, kind)


LOCATION_LABELS: dict[str, Text] = {
    "school": QT_TRANSLATE_NOOP("ProcesVerbaal", "school"),
    "home": QT_TRANSLATE_NOOP("ProcesVerbaal", "at home"),
    "hospital": QT_TRANSLATE_NOOP("ProcesVerbaal", "hospital"),
    "exam_centre": QT_TRANSLATE_NOOP("ProcesVerbaal", "exam centre"),
}

ID_DOCUMENT_LABELS: dict[str, Text] = {
    "passport": QT_TRANSLATE_NOOP("ProcesVerbaal", "passport"),
    "identity_card": QT_TRANSLATE_NOOP("ProcesVerbaal", "identity card"),
    "driving_licence": QT_TRANSLATE_NOOP("ProcesVerbaal", "driving licence"),
    "residence_permit": QT_TRANSLATE_NOOP("ProcesVerbaal", "residence permit"),
    "other": QT_TRANSLATE_NOOP("ProcesVerbaal", "another document"),
}

MELDING_LABELS: dict[str, Text] = {
    "examenomstandigheden": QT_TRANSLATE_NOOP("ProcesVerbaal", "exam conditions"),
    "examenvraag": QT_TRANSLATE_NOOP("ProcesVerbaal", "an exam question"),
    "werking_examenbank": QT_TRANSLATE_NOOP("ProcesVerbaal", "the exam application"),
}

IRREGULARITY_LABELS: dict[str, Text] = {
    "a": QT_TRANSLATE_NOOP("ProcesVerbaal", "a) aids or information that are not allowed"),
    "b": QT_TRANSLATE_NOOP("ProcesVerbaal", "b) questions or answers available beforehand"),
    "c": QT_TRANSLATE_NOOP("ProcesVerbaal", "c) supervision that fell short"),
    "d": QT_TRANSLATE_NOOP("ProcesVerbaal", "d) more exam time than allowed"),
    "e": QT_TRANSLATE_NOOP("ProcesVerbaal", "e) handed-in work changed by someone else"),
    "f": QT_TRANSLATE_NOOP("ProcesVerbaal", "f) a grade or result set against the rules"),
    "other": QT_TRANSLATE_NOOP("ProcesVerbaal", "other"),
}


# What each kind of event says (the parts of one sentence; see Entry.text).
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
    return ", ".join(people[u].name() if u in people else u for u in usernames)


def describe(
    e: Event,
    by_id: Mapping[int, Event],
    record: CandidateRecord | None,
    people: Mapping[str, Person],
    pause_pairs: Mapping[int, Event],
) -> tuple[Message | str, ...]:
    """What ``e`` recorded, as parts of one sentence in the reader's language."""
    p = e.payload
    kind = e.kind
    parts: list[Message | str] = []

    def add(template: Text, /, **params: object) -> None:
        parts.append(message(template, **params))

    if kind == EventKind.SESSION_PLANNED:
        day = dt.date.fromisoformat(str(p.get("date"))) if p.get("date") else None
        location = str(p.get("location", ""))
        add(
            _PLANNED,
            date=date_message(day) if day else "",
            time=p.get("start", ""),
            location=LOCATION_LABELS.get(location, location),
            room=p.get("room", ""),
        )
        add(_PLANNED_SURVEILLANTS, names=names(people, p.get("surveillants", [])))
        if p.get("quarantine"):
            add(_PLANNED_QUARANTINE)
    elif kind == EventKind.SESSION_STARTED:
        add(_OPENED)
    elif kind == EventKind.SESSION_CLOSED:
        add(_CLOSED, names=names(people, p.get("confirmed_by", [])))
    elif kind == EventKind.BSN_CHECKED:
        document = str(p.get("id_document", ""))
        add(
            _BSN_MATCH if p.get("match") else _BSN_MISMATCH,
            bsn=record.masked_bsn if record else "",
            document=ID_DOCUMENT_LABELS.get(document, document),
        )
        if p.get("note"):
            add(_NOTE, text=p["note"])
    elif kind == EventKind.ROSTER_CORRECTED:
        add(_ROSTER, before=p.get("before", ""), after=p.get("after", ""), reason=p.get("reason", ""))
    elif kind == EventKind.CANDIDATE_STARTED:
        if p.get("late_arrival") and record is not None and record.late_by > timedelta(0):
            planned = record.timeline.planned_start
            add(_STARTED_LATE, late=duration_message(record.late_by), planned=local_time(planned))
        else:
            add(_STARTED)
    elif kind == EventKind.PAUSE_STARTED:
        add(_PAUSE_BEGINS)
        if e.id in pause_pairs:
            add(_PAUSE_UNTIL, end=local_time(pause_pairs[e.id].wall_utc))
    elif kind == EventKind.PAUSE_ENDED:
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
    elif kind == EventKind.RULE_OVERRIDDEN:
        parts.append(override_text.describe(p, names(people, [e.actor])))
    elif kind == EventKind.EXTENSION_APPLIED and isinstance(p.get("override"), int):
        add(override_text.EXTENSION_BEYOND, minutes=p.get("minutes", 0), granted=p.get("granted", 0))
    elif kind == EventKind.EXTENSION_APPLIED:
        basis = ", ".join(i18n.render(b) for b in record.extension_basis) if record is not None else ""
        if basis:
            add(_EXTENSION, minutes=p.get("minutes", 0), basis=basis, granted=p.get("granted", 0))
        else:
            add(_EXTENSION_NO_BASIS, minutes=p.get("minutes", 0), granted=p.get("granted", 0))
        if p.get("override"):
            add(_EXTENSION_OVERRIDE, reason=p["override"])
    elif kind == EventKind.STORING_STARTED:
        if p.get("question"):
            add(_STORING_AT, question=p["question"])
        else:
            add(_STORING)
        if p.get("pc_old") and p.get("pc_new"):
            add(_PC_CHANGED, old=p["pc_old"], new=p["pc_new"])
        elif p.get("pc_old") or p.get("pc_new"):
            add(_PC, pc=p.get("pc_old") or p.get("pc_new"))
        if p.get("meldingsnummer"):
            add(_FACET, number=p["meldingsnummer"])
    elif kind == EventKind.STORING_ENDED:
        begun_storing = by_id.get(int(p.get("storing", 0)))
        start = begun_storing.wall_utc if begun_storing is not None else e.wall_utc
        add(
            _STORING_SPAN,
            start=local_time(start),
            end=local_time(e.wall_utc),
            duration=duration_message(max(timedelta(0), e.wall_utc - start)),
        )
        if p.get("meldingsnummer"):
            add(_FACET, number=p["meldingsnummer"])
    elif kind == EventKind.COMPENSATION_GRANTED:
        storing = next(
            (s for s in (record.storingen if record else ()) if s.id == int(p.get("storing", 0))), None
        )
        duration = duration_message(timedelta(seconds=int(p.get("seconds", 0))))
        if storing is not None and storing.end is not None:
            add(
                _COMPENSATION, duration=duration, start=local_time(storing.start), end=local_time(storing.end)
            )
        elif storing is not None:
            add(_COMPENSATION_OPEN, duration=duration, start=local_time(storing.start))
        else:
            add(_COMPENSATION_OPEN, duration=duration, start="?")
    elif kind == EventKind.HANDED_IN:
        worked = record.timeline.working_time if record is not None else timedelta(0)
        add(_HANDED_IN, worked=message(_MINUTES, minutes=int(worked.total_seconds()) // 60))
    elif kind == EventKind.LEFT_EARLY:
        add(_LEFT, reason=p.get("reason", ""))
        if p.get("ill"):
            add(_ILL)
    elif kind == EventKind.TIME_UP:
        deadline = datetime.fromisoformat(str(p["deadline"])) if p.get("deadline") else e.wall_utc
        add(_TIME_UP, deadline=local_time(deadline))
    elif kind == EventKind.ABSENT:
        add(_ABSENT)
    elif kind == EventKind.MELDING:
        about = str(p.get("kind", ""))
        add(_MELDING, about=MELDING_LABELS.get(about, about))
        numbers = [str(q) for q in p.get("questions") or ()]
        if len(numbers) == 1:  # issue 16 #12: "vraag 4", not "vragen 4"
            add(_MELDING_QUESTION, question=numbers[0])
        elif numbers:
            add(_MELDING_QUESTIONS, questions=", ".join(numbers))
        if p.get("collective"):
            add(_MELDING_COLLECTIVE)
        if p.get("candidate_text"):
            add(_MELDING_CANDIDATE, text=p["candidate_text"])
        if p.get("surveillant_text"):
            add(_MELDING_SURVEILLANT, text=p["surveillant_text"])
        if p.get("resolved"):
            if p.get("resolution"):
                add(_RESOLVED, how=p["resolution"])
            else:
                add(_RESOLVED_PLAIN)
        else:
            add(_NOT_RESOLVED)
        if p.get("duo_consulted"):
            add(_DUO)
        if p.get("meldingsnummer"):
            add(_MELDINGSNUMMER, number=p["meldingsnummer"])
    elif kind == EventKind.IRREGULARITY:
        category = str(p.get("category", ""))
        add(
            _IRREGULARITY,
            category=IRREGULARITY_LABELS.get(category, category),
            description=p.get("description", ""),
        )
    elif kind == EventKind.REMARK:
        parts.append(str(p.get("text", "")))
    elif kind == EventKind.CORRECTION:
        corrected = by_id.get(e.corrects_id) if e.corrects_id is not None else None
        if corrected is not None:
            add(
                _CORRECTION,
                id=corrected.id,
                what=kind_label(corrected.kind),
                time=local_time(corrected.wall_utc),
                text=p.get("text", ""),
            )
        else:
            add(_CORRECTION_UNKNOWN, id=e.corrects_id, text=p.get("text", ""))
        if p.get("void"):
            add(_VOIDED)
    elif kind == EventKind.ADDENDUM:
        add(_ADDENDUM, text=p.get("text", ""))
        referred = by_id.get(int(p["refers_to"])) if p.get("refers_to") is not None else None
        if referred is not None:
            add(
                _ADDENDUM_ABOUT,
                id=referred.id,
                what=kind_label(referred.kind),
                time=local_time(referred.wall_utc),
            )
    elif kind == EventKind.CLOCK_ANOMALY:
        add(_ANOMALY, seconds=round(float(p.get("jump_back_seconds", 0))))
    elif kind in pv_kinds.OTHER_KIND_LABELS:  # issue 16 #12: every known kind in words, never its code
        who = f"{record.number} {record.name}" if record is not None else ""
        parts.append(pv_kinds.describe_other(kind, p, who, names(people, [e.actor])))
    else:  # a kind from a newer version of examdesk
        add(_UNKNOWN_KIND, kind=kind)
    return tuple(parts)
