"""Irregularity cases and the Inspectie's ongeldigverklaring procedure (R-IRR-1..4; seeds 000 and 001).

A case is opened by the examensecretaris for one or more candidates of a session. It then goes through the
steps of the DUO procedure in order (R-IRR-2): reported to the Inspectie, discussed with the Inspectie,
ISD form completed, decision letter received, tweede zitting planned. Every step is one recorded fact; a
wrong entry is corrected by a later correction that refers to it, never changed. This module is the pure
state machine: what each step needs, which step may come next, the case as it stands after its records,
what the examensecretaris should do now, and the variant check for a tweede zitting (R-IRR-3).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from examdesk.core.text import QT_TRANSLATE_NOOP, Message, Text, message


class Category(StrEnum):
    """R-IRR-1: the categories of the Beleidsregel (001 art. 2 lid 1 a–f) and ``other`` (lid 2)."""

    A = "a"
    B = "b"
    C = "c"
    D = "d"
    E = "e"
    F = "f"
    OTHER = "other"


CATEGORY_LABELS: dict[Category, Text] = {
    Category.A: QT_TRANSLATE_NOOP("Cases", "a) Aids or information that are not allowed, during the exam"),
    Category.B: QT_TRANSLATE_NOOP(
        "Cases", "b) Questions or answers available to candidates before or during the exam"
    ),
    Category.C: QT_TRANSLATE_NOOP("Cases", "c) Supervision that fell short, so that a) or b) could happen"),
    Category.D: QT_TRANSLATE_NOOP("Cases", "d) More exam time than allowed"),
    Category.E: QT_TRANSLATE_NOOP("Cases", "e) Handed-in work changed by someone else"),
    Category.F: QT_TRANSLATE_NOOP("Cases", "f) A grade or result set against the rules"),
    Category.OTHER: QT_TRANSLATE_NOOP("Cases", "Other (the Inspectie decides whether it is an irregularity)"),
}


class Origin(StrEnum):
    """What the case was opened from."""

    IRREGULARITY = "irregularity"
    STORING = "storing"
    ILLNESS = "illness"  # R-IRR-4: left early, ill
    MELDING = "melding"
    MANUAL = "manual"


ORIGIN_LABELS: dict[Origin, Text] = {
    Origin.IRREGULARITY: QT_TRANSLATE_NOOP("Cases", "an irregularity recorded in the session"),
    Origin.STORING: QT_TRANSLATE_NOOP("Cases", "a storing in the session"),
    Origin.ILLNESS: QT_TRANSLATE_NOOP("Cases", "a candidate who left early, ill"),
    Origin.MELDING: QT_TRANSLATE_NOOP("Cases", "a melding (VOV) in the session"),
    Origin.MANUAL: QT_TRANSLATE_NOOP("Cases", "opened by hand"),
}


class Step(StrEnum):
    """The steps of R-IRR-2, in their order. ``OPENED`` is the case as the examensecretaris opens it."""

    OPENED = "opened"
    REPORTED = "reported"
    DISCUSSED = "discussed"
    FORM_COMPLETED = "form_completed"
    DECISION_RECEIVED = "decision_received"
    RESIT_PLANNED = "resit_planned"


STEPS: tuple[Step, ...] = tuple(Step)

STEP_LABELS: dict[Step, Text] = {
    Step.OPENED: QT_TRANSLATE_NOOP("Cases", "Opened"),
    Step.REPORTED: QT_TRANSLATE_NOOP("Cases", "Reported to the Inspectie"),
    Step.DISCUSSED: QT_TRANSLATE_NOOP("Cases", "Discussed with the Inspectie"),
    Step.FORM_COMPLETED: QT_TRANSLATE_NOOP("Cases", "ISD form completed"),
    Step.DECISION_RECEIVED: QT_TRANSLATE_NOOP("Cases", "Decision letter received"),
    Step.RESIT_PLANNED: QT_TRANSLATE_NOOP("Cases", "Tweede zitting planned"),
}


class Channel(StrEnum):
    """How the examensecretaris reached the Inspectie (000 step 1): the Examenloket by phone or e-mail."""

    PHONE = "phone"
    EMAIL = "email"


CHANNEL_LABELS: dict[Channel, Text] = {
    Channel.PHONE: QT_TRANSLATE_NOOP("Cases", "Examenloket by phone"),
    Channel.EMAIL: QT_TRANSLATE_NOOP("Cases", "Examenloket by e-mail"),
}


# --- the facts of each step ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Opened:
    """The case as opened: the session, its candidates (by id), the category and whether it is technical."""

    session_id: str
    session_date: dt.date
    candidates: tuple[str, ...]
    category: Category
    technical: bool
    origin: Origin
    description: str
    source_event: int | None = None
    meldingsnummer: str = ""  # known from a storing or melding, offered again at the form step


@dataclass(frozen=True)
class Reported:
    on: dt.date
    channel: Channel
    note: str = ""


@dataclass(frozen=True)
class Discussed:
    on: dt.date
    decision: str  # what the Inspectie decided in its call (000 step 2)


@dataclass(frozen=True)
class FormCompleted:
    on: dt.date
    meldingsnummer: str = ""  # the Facet helpdesk's number; required for a technical irregularity
    note: str = ""


@dataclass(frozen=True)
class DecisionReceived:
    on: dt.date  # the decision letter's date
    invalid: Mapping[str, bool]  # candidate id -> work declared invalid
    reference: str = ""


@dataclass(frozen=True)
class ResitPlanned:
    session_id: str
    group: str
    variant: str
    on: dt.date
    candidates: tuple[str, ...]


Facts = Opened | Reported | Discussed | FormCompleted | DecisionReceived | ResitPlanned

FACT_TYPES: dict[Step, type] = {
    Step.OPENED: Opened,
    Step.REPORTED: Reported,
    Step.DISCUSSED: Discussed,
    Step.FORM_COMPLETED: FormCompleted,
    Step.DECISION_RECEIVED: DecisionReceived,
    Step.RESIT_PLANNED: ResitPlanned,
}


def step_of(facts: Facts) -> Step:
    """The step whose facts these are."""
    return next(step for step, kind in FACT_TYPES.items() if isinstance(facts, kind))


def to_payload(facts: Facts) -> dict[str, Any]:
    """The facts as plain JSON values (dates as ISO text), for the event log."""
    found: dict[str, Any] = {}
    for name, value in vars(facts).items():
        if isinstance(value, dt.date):
            found[name] = value.isoformat()
        elif isinstance(value, tuple):
            found[name] = list(value)
        elif isinstance(value, Mapping):
            found[name] = dict(value)
        elif isinstance(value, StrEnum):
            found[name] = value.value
        else:
            found[name] = value
    return found


def from_payload(step: Step, payload: Mapping[str, Any]) -> Facts:
    """The facts of ``step`` from what :func:`to_payload` wrote."""
    if step is Step.OPENED:
        return Opened(
            session_id=str(payload["session_id"]),
            session_date=dt.date.fromisoformat(payload["session_date"]),
            candidates=tuple(str(c) for c in payload["candidates"]),
            category=Category(payload["category"]),
            technical=bool(payload["technical"]),
            origin=Origin(payload["origin"]),
            description=str(payload["description"]),
            source_event=payload.get("source_event"),
            meldingsnummer=str(payload.get("meldingsnummer", "")),
        )
    if step is Step.REPORTED:
        return Reported(
            dt.date.fromisoformat(payload["on"]), Channel(payload["channel"]), str(payload.get("note", ""))
        )
    if step is Step.DISCUSSED:
        return Discussed(dt.date.fromisoformat(payload["on"]), str(payload["decision"]))
    if step is Step.FORM_COMPLETED:
        return FormCompleted(
            dt.date.fromisoformat(payload["on"]),
            str(payload.get("meldingsnummer", "")),
            str(payload.get("note", "")),
        )
    if step is Step.DECISION_RECEIVED:
        return DecisionReceived(
            dt.date.fromisoformat(payload["on"]),
            {str(k): bool(v) for k, v in payload["invalid"].items()},
            str(payload.get("reference", "")),
        )
    return ResitPlanned(
        session_id=str(payload["session_id"]),
        group=str(payload["group"]),
        variant=str(payload["variant"]),
        on=dt.date.fromisoformat(payload["on"]),
        candidates=tuple(str(c) for c in payload["candidates"]),
    )


# --- the case as its records make it -------------------------------------------------------------------


@dataclass(frozen=True)
class Record:
    """One recorded step or correction of a case, as the event log holds it."""

    event_id: int
    at: dt.datetime
    actor: str
    facts: Facts
    corrects: int | None = None  # the event id of the step this corrects
    reason: str = ""  # why a correction was made


@dataclass(frozen=True)
class Case:
    """A case after its records: the current facts of every step done, and the whole history."""

    id: int
    steps: Mapping[Step, Facts]
    step_events: Mapping[Step, int]  # the event that recorded each step
    history: tuple[Record, ...]

    @property
    def opened(self) -> Opened:
        facts = self.steps[Step.OPENED]
        assert isinstance(facts, Opened)
        return facts

    @property
    def current(self) -> Step:
        """The last step done."""
        return STEPS[len(self.steps) - 1]

    @property
    def invalid_candidates(self) -> tuple[str, ...]:
        """Candidates whose work the Inspectie's decision letter declared invalid (R-IRR-2)."""
        decision = self.steps.get(Step.DECISION_RECEIVED)
        if not isinstance(decision, DecisionReceived):
            return ()
        return tuple(c for c in self.opened.candidates if decision.invalid.get(c))

    @property
    def closed(self) -> bool:
        """Nothing more to do: a tweede zitting is planned, or the letter declared no work invalid."""
        if Step.RESIT_PLANNED in self.steps:
            return True
        return Step.DECISION_RECEIVED in self.steps and not self.invalid_candidates

    @property
    def next_step(self) -> Step | None:
        if self.closed:
            return None
        return STEPS[len(self.steps)]

    def last_date(self) -> dt.date:
        """The date of the latest step (the session's date for a case only opened)."""
        for step in reversed(STEPS):
            facts = self.steps.get(step)
            if facts is not None and not isinstance(facts, Opened):
                return facts.on
        return self.opened.session_date

    def corrections_of(self, event_id: int) -> tuple[Record, ...]:
        return tuple(r for r in self.history if r.corrects == event_id)


class BrokenCase(ValueError):
    """Records that no sequence of allowed steps produces (a log that was not written by the services)."""


def fold(case_id: int, records: Iterable[Record]) -> Case:
    """The case after its records, oldest first. Raises :class:`BrokenCase` when a step is skipped."""
    steps: dict[Step, Facts] = {}
    step_events: dict[Step, int] = {}
    history: list[Record] = []
    for record in records:
        step = step_of(record.facts)
        if record.corrects is None:
            if len(steps) >= len(STEPS) or STEPS[len(steps)] is not step:
                raise BrokenCase(f"case {case_id}: {step.value} recorded out of order")
            steps[step] = record.facts
            step_events[step] = record.event_id
        else:
            if step_events.get(step) != record.corrects:
                raise BrokenCase(f"case {case_id}: correction {record.event_id} of an unknown step")
            steps[step] = record.facts
        history.append(record)
    if Step.OPENED not in steps:
        raise BrokenCase(f"case {case_id}: not opened")
    return Case(case_id, steps, step_events, tuple(history))


# --- what each step needs -----------------------------------------------------------------------------

_OUT_OF_ORDER = QT_TRANSLATE_NOOP(
    "Cases", "The next step of this case is \u201c{next}\u201d; \u201c{step}\u201d cannot come before it."
)
_CLOSED = QT_TRANSLATE_NOOP("Cases", "This case is closed; no step follows \u201c{step}\u201d.")
_NO_CANDIDATES = QT_TRANSLATE_NOOP("Cases", "A case is about at least one candidate of the session.")
_NO_DESCRIPTION = QT_TRANSLATE_NOOP("Cases", "Describe what happened.")
_FUTURE = QT_TRANSLATE_NOOP("Cases", "The date {date} lies in the future.")
_BEFORE_SESSION = QT_TRANSLATE_NOOP(
    "Cases", "The date {date} lies before the session of {session} in which it happened."
)
_BEFORE_PREVIOUS = QT_TRANSLATE_NOOP(
    "Cases", "The date {date} lies before the date of the step before it ({previous}, {previous_date})."
)
_NO_DECISION_TEXT = QT_TRANSLATE_NOOP("Cases", "Write down what the Inspectie decided in its call.")
_NEEDS_MELDINGSNUMMER = QT_TRANSLATE_NOOP(
    "Cases",
    "A technical irregularity needs the Facet helpdesk's meldingsnummer on the ISD form; "
    "contact the helpdesk Facet first if you have none.",
)
_DECISION_CANDIDATES = QT_TRANSLATE_NOOP(
    "Cases", "The decision must say for every candidate of the case whether their work was declared invalid."
)
_NOTHING_INVALID = QT_TRANSLATE_NOOP(
    "Cases",
    "A tweede zitting can only be planned for a candidate whose work the Inspectie declared invalid; "
    "the decision letter of this case declares no work invalid.",
)
_RESIT_CANDIDATES = QT_TRANSLATE_NOOP(
    "Cases",
    "The tweede zitting is for exactly the candidates whose work was declared invalid: {names}.",
)
_RESIT_BEFORE_DECISION = QT_TRANSLATE_NOOP(
    "Cases", "The tweede zitting on {date} lies before the decision letter of {decision}."
)
_NO_REASON = QT_TRANSLATE_NOOP("Cases", "Say why the entry is corrected.")
_NOT_A_STEP = QT_TRANSLATE_NOOP("Cases", "Entry {id} is not a step of this case.")
_WRONG_KIND = QT_TRANSLATE_NOOP("Cases", "A correction of \u201c{step}\u201d must give that step's facts.")
_NO_RESIT_CORRECTION = QT_TRANSLATE_NOOP(
    "Cases", "A planned tweede zitting is not corrected here; it is a session of its own."
)
_DECISION_FIXED = QT_TRANSLATE_NOOP(
    "Cases",
    "The decision cannot be corrected once the tweede zitting is planned: the planning relies on it.",
)
_FIXED_OPENING = QT_TRANSLATE_NOOP(
    "Cases", "The session, the candidates and the origin of a case stay as opened; open a new case instead."
)


def _date_problem(on: dt.date, today: dt.date) -> Message | None:
    if on > today:
        return message(_FUTURE, date=on)
    return None


def _previous_date(steps: Mapping[Step, Facts], step: Step) -> tuple[Step, dt.date] | None:
    index = STEPS.index(step)
    for earlier in reversed(STEPS[1:index]):
        facts = steps.get(earlier)
        if facts is not None and not isinstance(facts, Opened | ResitPlanned):
            return earlier, facts.on
    return None


def facts_problem(
    facts: Facts, before: Mapping[Step, Facts], today: dt.date, names: Mapping[str, str] | None = None
) -> Message | None:
    """Why ``facts`` cannot stand after the steps ``before`` (None when they can). ``today`` is Amsterdam's."""
    names = names or {}
    if isinstance(facts, Opened):
        if not facts.candidates:
            return message(_NO_CANDIDATES)
        if not facts.description.strip():
            return message(_NO_DESCRIPTION)
        return None
    opened = before[Step.OPENED]
    assert isinstance(opened, Opened)
    step = step_of(facts)
    if isinstance(facts, ResitPlanned):
        invalid = _invalid_of(opened, before.get(Step.DECISION_RECEIVED))
        if not invalid:  # R-IRR-2
            return message(_NOTHING_INVALID)
        if set(facts.candidates) != set(invalid):
            return message(_RESIT_CANDIDATES, names=", ".join(names.get(c, c) for c in invalid))
        decision = before[Step.DECISION_RECEIVED]
        assert isinstance(decision, DecisionReceived)
        if facts.on < decision.on:
            return message(_RESIT_BEFORE_DECISION, date=facts.on, decision=decision.on)
        return None
    problem = _date_problem(facts.on, today)
    if problem is not None:
        return problem
    previous = _previous_date(before, step)
    if previous is None:
        if facts.on < opened.session_date:
            return message(_BEFORE_SESSION, date=facts.on, session=opened.session_date)
    elif facts.on < previous[1]:
        return message(
            _BEFORE_PREVIOUS, date=facts.on, previous=STEP_LABELS[previous[0]], previous_date=previous[1]
        )
    if isinstance(facts, Discussed) and not facts.decision.strip():
        return message(_NO_DECISION_TEXT)
    if isinstance(facts, FormCompleted) and opened.technical and not facts.meldingsnummer.strip():
        return message(_NEEDS_MELDINGSNUMMER)  # R-IRR-2 (000: "is een meldingsnummer ... nodig")
    if isinstance(facts, DecisionReceived) and set(facts.invalid) != set(opened.candidates):
        return message(_DECISION_CANDIDATES)
    return None


def _invalid_of(opened: Opened, decision: Facts | None) -> tuple[str, ...]:
    if not isinstance(decision, DecisionReceived):
        return ()
    return tuple(c for c in opened.candidates if decision.invalid.get(c))


def step_refusal(
    case: Case, facts: Facts, today: dt.date, names: Mapping[str, str] | None = None
) -> Message | None:
    """Why ``facts`` cannot be recorded as the case's next step now (R-IRR-2: no step is skipped)."""
    step = step_of(facts)
    if case.next_step is None:
        if step is Step.RESIT_PLANNED and case.current is Step.DECISION_RECEIVED:
            return message(_NOTHING_INVALID)  # R-IRR-2: closed because no work was declared invalid
        return message(_CLOSED, step=STEP_LABELS[case.current])
    if step is not case.next_step:
        return message(_OUT_OF_ORDER, next=STEP_LABELS[case.next_step], step=STEP_LABELS[step])
    return facts_problem(facts, case.steps, today, names)


def advance(case: Case, record: Record) -> Case:
    """The case with one more record (a step or a correction) appended; checks nothing (see the refusals)."""
    return fold(case.id, (*case.history, record))


def correction_refusal(
    case: Case,
    corrects: int,
    facts: Facts,
    reason: str,
    today: dt.date,
    names: Mapping[str, str] | None = None,
) -> Message | None:
    """Why the step recorded as event ``corrects`` cannot be corrected to ``facts`` (R-PV-2 for cases)."""
    if not reason.strip():
        return message(_NO_REASON)
    step = next((s for s, event_id in case.step_events.items() if event_id == corrects), None)
    if step is None:
        return message(_NOT_A_STEP, id=corrects)
    if step_of(facts) is not step:
        return message(_WRONG_KIND, step=STEP_LABELS[step])
    if step is Step.RESIT_PLANNED:
        return message(_NO_RESIT_CORRECTION)
    if step is Step.DECISION_RECEIVED and Step.RESIT_PLANNED in case.steps:
        return message(_DECISION_FIXED)
    if isinstance(facts, Opened):
        was = case.opened
        if (facts.session_id, facts.session_date, facts.candidates, facts.origin, facts.source_event) != (
            was.session_id,
            was.session_date,
            was.candidates,
            was.origin,
            was.source_event,
        ):
            return message(_FIXED_OPENING)
    corrected = {**case.steps, step: facts}
    # Every step after the corrected one must still stand on the corrected facts (dates in order,
    # the meldingsnummer of a case that becomes technical).
    before: dict[Step, Facts] = {}
    for each in STEPS:
        if each not in corrected:
            break
        if STEPS.index(each) >= STEPS.index(step):
            problem = facts_problem(corrected[each], before, today, names)
            if problem is not None:
                return problem
        before[each] = corrected[each]
    return None


# --- what to do now -------------------------------------------------------------------------------------

_DO_REPORT = QT_TRANSLATE_NOOP(
    "Cases",
    "Report the irregularity to the Inspectie: call the Examenloket or e-mail examenloket@duo.nl. "
    "Then record here the date and how you reported it.",
)
_DO_HELPDESK = QT_TRANSLATE_NOOP(
    "Cases",
    "This is a technical irregularity: make sure you have the meldingsnummer of the helpdesk Facet; "
    "the ISD form needs it.",
)
_HAVE_MELDINGSNUMMER = QT_TRANSLATE_NOOP(
    "Cases", "The meldingsnummer known from the session is {number}; check it with the helpdesk Facet."
)
_DO_DISCUSS = QT_TRANSLATE_NOOP(
    "Cases",
    "Wait for the Inspectie's call: it always calls the school to discuss the case and then decides "
    "whether the work is declared invalid. Record the date of the call and what was decided.",
)
_DO_FORM = QT_TRANSLATE_NOOP(
    "Cases",
    "The Inspectie e-mails when the form is ready in the ISD (Internet Schooldossier). Complete it in full "
    "and record the date here.",
)
_DO_FORM_TECHNICAL = QT_TRANSLATE_NOOP(
    "Cases", "Write the Facet helpdesk's meldingsnummer on the form: without it the form cannot be recorded."
)
_DO_DECISION = QT_TRANSLATE_NOOP(
    "Cases",
    "Wait for the Inspectie's decision letter (sent to the bevoegd gezag, with a copy to you). Record its "
    "date and, for each candidate, whether their work was declared invalid.",
)
_DO_RESIT = QT_TRANSLATE_NOOP(
    "Cases",
    "Plan a tweede zitting for {names}: a session of its own, marked as a second sitting, with a variant "
    "that shares no question with the one they sat.",
)
_DONE_VALID = QT_TRANSLATE_NOOP(
    "Cases", "Nothing more to do: the Inspectie declared no work invalid, so the results stand."
)
_DONE_RESIT = QT_TRANSLATE_NOOP(
    "Cases", "Nothing more to do here: the tweede zitting is planned for {date}, variant {variant}."
)

_NEED_REPORTED = QT_TRANSLATE_NOOP("Cases", "Reported to the Inspectie: date, by phone or e-mail")
_NEED_DISCUSSED = QT_TRANSLATE_NOOP("Cases", "The Inspectie's call: date and its decision")
_NEED_FORM = QT_TRANSLATE_NOOP("Cases", "ISD form completed: date")
_NEED_FORM_TECHNICAL = QT_TRANSLATE_NOOP(
    "Cases", "ISD form completed: date and the Facet helpdesk's meldingsnummer"
)
_NEED_DECISION = QT_TRANSLATE_NOOP(
    "Cases", "Decision letter: its date and, per candidate, whether the work was declared invalid"
)
_NEED_RESIT = QT_TRANSLATE_NOOP(
    "Cases",
    "Tweede zitting for the candidates whose work is declared invalid, with a variant without overlap",
)


def checklist(case: Case, names: Mapping[str, str] | None = None) -> tuple[Message, ...]:
    """What the examensecretaris does next, in plain sentences (000 steps 1–6)."""
    names = names or {}
    opened = case.opened
    step = case.next_step
    if step is None:
        resit = case.steps.get(Step.RESIT_PLANNED)
        if isinstance(resit, ResitPlanned):
            return (message(_DONE_RESIT, date=resit.on, variant=resit.variant),)
        return (message(_DONE_VALID),)
    if step is Step.REPORTED:
        found = [message(_DO_REPORT)]
        if opened.technical:
            found.append(message(_DO_HELPDESK))
            if opened.meldingsnummer:
                found.append(message(_HAVE_MELDINGSNUMMER, number=opened.meldingsnummer))
        return tuple(found)
    if step is Step.DISCUSSED:
        return (message(_DO_DISCUSS),)
    if step is Step.FORM_COMPLETED:
        if opened.technical:
            extra = [message(_DO_FORM_TECHNICAL)]
            if opened.meldingsnummer:
                extra.append(message(_HAVE_MELDINGSNUMMER, number=opened.meldingsnummer))
            return (message(_DO_FORM), *extra)
        return (message(_DO_FORM),)
    if step is Step.DECISION_RECEIVED:
        return (message(_DO_DECISION),)
    return (message(_DO_RESIT, names=", ".join(names.get(c, c) for c in case.invalid_candidates)),)


def still_needed(case: Case) -> tuple[Message, ...]:
    """The steps still to come with the facts each needs; empty when the case is closed."""
    if case.next_step is None:
        return ()
    found: list[Message] = []
    for step in STEPS[STEPS.index(case.next_step) :]:
        if step is Step.REPORTED:
            found.append(message(_NEED_REPORTED))
        elif step is Step.DISCUSSED:
            found.append(message(_NEED_DISCUSSED))
        elif step is Step.FORM_COMPLETED:
            found.append(message(_NEED_FORM_TECHNICAL if case.opened.technical else _NEED_FORM))
        elif step is Step.DECISION_RECEIVED:
            found.append(message(_NEED_DECISION))
        elif step is Step.RESIT_PLANNED:
            found.append(message(_NEED_RESIT))
    return tuple(found)


def age_days(opened_on: dt.date, today: dt.date) -> int:
    """Days since the case was opened, so that an old open case stands out."""
    return max(0, (today - opened_on).days)


# --- the tweede zitting's variant (R-IRR-3) -----------------------------------------------------------------

UNKNOWN_VARIANT = QT_TRANSLATE_NOOP("Cases", "The exam has no variant {variant}; it has {variants}.")
_OVERLAP = QT_TRANSLATE_NOOP(
    "Cases",
    "Variant {variant} shares {count} questions with variant {sat}, which {names} sat: {items}. "
    "A tweede zitting needs a variant without overlap.",
)


def shared_items(sat: Sequence[str], chosen: Sequence[str]) -> tuple[str, ...]:
    """The items of ``chosen`` that ``sat`` holds too, in ``chosen``'s order."""
    before = set(sat)
    return tuple(item for item in chosen if item in before)


def variant_refusal(
    variants: Mapping[str, Sequence[str]], sat_by: Mapping[str, str], chosen: str
) -> Message | None:
    """R-IRR-3: refuse ``chosen`` when it shares an item with the variant any candidate sat before.

    ``sat_by`` maps a candidate (as shown to people) to the variant they sat; the refusal names the shared
    items and the candidates, per variant sat.
    """
    if chosen not in variants:
        return message(UNKNOWN_VARIANT, variant=chosen, variants=", ".join(sorted(variants)))
    for sat in sorted(set(sat_by.values())):
        if sat not in variants:
            return message(UNKNOWN_VARIANT, variant=sat, variants=", ".join(sorted(variants)))
        shared = shared_items(variants[sat], variants[chosen])
        if shared:
            who = sorted(name for name, variant in sat_by.items() if variant == sat)
            return message(
                _OVERLAP,
                variant=chosen,
                count=len(shared),
                sat=sat,
                names=", ".join(who),
                items=", ".join(shared),
            )
    return None


def variants_without_overlap(variants: Mapping[str, Sequence[str]], sat: Iterable[str]) -> tuple[str, ...]:
    """The variants a tweede zitting may use after the variants ``sat`` (R-IRR-3)."""
    taken = set(sat)
    if taken - set(variants):
        return ()  # a variant sat that the exam does not know: nothing can be shown to be free of it
    return tuple(
        code for code in variants if all(not shared_items(variants[s], variants[code]) for s in taken)
    )


def exam_period(day: dt.date) -> tuple[int, int]:
    """The exam period a session belongs to, for the overview: its year and month."""
    return day.year, day.month


# --- the facts in words (the screen's history and the dossier) ------------------------------------------

_D_OPENED = QT_TRANSLATE_NOOP("Cases", "For {names}. {category}. {technical} What happened: {description}")
_D_TECHNICAL = QT_TRANSLATE_NOOP("Cases", "Technical irregularity.")
_D_TECHNICAL_NUMBER = QT_TRANSLATE_NOOP("Cases", "Technical irregularity (meldingsnummer {number}).")
_D_NOT_TECHNICAL = QT_TRANSLATE_NOOP("Cases", "Not technical.")
_D_REPORTED = QT_TRANSLATE_NOOP("Cases", "On {date}, {channel}.")
_D_DISCUSSED = QT_TRANSLATE_NOOP("Cases", "Call on {date}. The Inspectie decided: {decision}")
_D_FORM = QT_TRANSLATE_NOOP("Cases", "Completed on {date}, meldingsnummer {number}.")
_D_FORM_PLAIN = QT_TRANSLATE_NOOP("Cases", "Completed on {date}.")
_D_DECISION = QT_TRANSLATE_NOOP("Cases", "Letter of {date}. Declared invalid: {invalid}. Valid: {valid}.")
_D_RESIT = QT_TRANSLATE_NOOP("Cases", "On {date}, variant {variant}, afnamegroep {group}, for {names}.")
_D_NOTE = QT_TRANSLATE_NOOP("Cases", "{text} Note: {note}")
_D_REFERENCE = QT_TRANSLATE_NOOP("Cases", "{text} Reference: {reference}")
_D_NOBODY = QT_TRANSLATE_NOOP("Cases", "nobody")


def describe(facts: Facts, names: Mapping[str, str] | None = None) -> Message:
    """One step's facts as a sentence; dates stay ``date`` parameters for the caller to write its way."""
    names = names or {}

    def who(ids: Iterable[str]) -> str | Text:
        listed = [names.get(c, c) for c in ids]
        return ", ".join(listed) if listed else _D_NOBODY

    if isinstance(facts, Opened):
        technical = (
            message(_D_TECHNICAL_NUMBER, number=facts.meldingsnummer)
            if facts.technical and facts.meldingsnummer
            else message(_D_TECHNICAL if facts.technical else _D_NOT_TECHNICAL)
        )
        return message(
            _D_OPENED,
            names=who(facts.candidates),
            category=CATEGORY_LABELS[facts.category],
            technical=technical,
            description=facts.description,
        )
    if isinstance(facts, Reported):
        text = message(_D_REPORTED, date=facts.on, channel=CHANNEL_LABELS[facts.channel])
        return message(_D_NOTE, text=text, note=facts.note) if facts.note else text
    if isinstance(facts, Discussed):
        return message(_D_DISCUSSED, date=facts.on, decision=facts.decision)
    if isinstance(facts, FormCompleted):
        text = (
            message(_D_FORM, date=facts.on, number=facts.meldingsnummer)
            if facts.meldingsnummer
            else message(_D_FORM_PLAIN, date=facts.on)
        )
        return message(_D_NOTE, text=text, note=facts.note) if facts.note else text
    if isinstance(facts, DecisionReceived):
        invalid = [c for c, yes in facts.invalid.items() if yes]
        valid = [c for c, yes in facts.invalid.items() if not yes]
        text = message(_D_DECISION, date=facts.on, invalid=who(invalid), valid=who(valid))
        return message(_D_REFERENCE, text=text, reference=facts.reference) if facts.reference else text
    return message(
        _D_RESIT, date=facts.on, variant=facts.variant, group=facts.group, names=who(facts.candidates)
    )
