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
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from examdesk.core.case_facts import (
    CATEGORY_LABELS,
    CERTIFICATE_LABELS,
    CHANNEL_LABELS,
    FACT_TYPES,
    OPTIONAL_STEPS,
    ORIGIN_LABELS,
    PE_STEPS,
    STEP_LABELS,
    STEPS,
    Aangifte,
    CasePath,
    Category,
    Certificate,
    Channel,
    DecisionReceived,
    Discussed,
    DuoDecision,
    DuoReported,
    Facts,
    FormCompleted,
    Opened,
    Origin,
    Reported,
    ResitPlanned,
    Step,
    describe,
    from_payload,
    step_of,
    steps_of,
    to_payload,
)
from examdesk.core.text import QT_TRANSLATE_NOOP, Message, message
from examdesk.core.variants import UNKNOWN_VARIANT, shared_items, variant_refusal, variants_without_overlap

# The facts live in case_facts; they are part of this module's interface too.
__all__ = [
    "UNKNOWN_VARIANT",
    "shared_items",
    "variant_refusal",
    "variants_without_overlap",
    "CATEGORY_LABELS",
    "CHANNEL_LABELS",
    "ORIGIN_LABELS",
    "STEP_LABELS",
    "CERTIFICATE_LABELS",
    "FACT_TYPES",
    "PE_STEPS",
    "OPTIONAL_STEPS",
    "STEPS",
    "Aangifte",
    "CasePath",
    "Category",
    "Certificate",
    "Channel",
    "DecisionReceived",
    "Discussed",
    "DuoDecision",
    "DuoReported",
    "Facts",
    "FormCompleted",
    "Opened",
    "Origin",
    "Reported",
    "ResitPlanned",
    "Step",
    "describe",
    "from_payload",
    "step_of",
    "steps_of",
    "to_payload",
]

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
    def path(self) -> CasePath:
        """R-IRR-5: the Inspectie's path, or DUO's for a PE exam."""
        return self.opened.path

    @property
    def current(self) -> Step:
        """The last step done."""
        return [step for step in steps_of(self.path) if step in self.steps][-1]

    @property
    def invalid_candidates(self) -> tuple[int, ...]:
        """Candidates whose work the decision declared invalid: the Inspectie's letter (R-IRR-2) or DUO's
        decision (R-IRR-5)."""
        decision = self.steps.get(Step.DUO_DECISION if self.path is CasePath.DUO else Step.DECISION_RECEIVED)
        return _invalid_of(self.opened, decision)

    @property
    def closed(self) -> bool:
        """Nothing more to do: a tweede zitting is planned, the letter declared no work invalid, or DUO decided."""
        if self.path is CasePath.DUO:
            return Step.DUO_DECISION in self.steps
        if Step.RESIT_PLANNED in self.steps:
            return True
        return Step.DECISION_RECEIVED in self.steps and not self.invalid_candidates

    @property
    def next_step(self) -> Step | None:
        """The next step that must come (an optional one, the aangifte, may come before it)."""
        if self.closed:
            return None
        allowed = allowed_next(self.path, self.steps)
        return next(step for step in allowed if step not in OPTIONAL_STEPS)

    def last_date(self) -> dt.date:
        """The date of the latest step (the session's date for a case only opened)."""
        for step in reversed(steps_of(self.path)):
            facts = self.steps.get(step)
            if facts is not None and not isinstance(facts, Opened):
                return facts.on
        return self.opened.session_date

    def corrections_of(self, event_id: int) -> tuple[Record, ...]:
        return tuple(r for r in self.history if r.corrects == event_id)


def allowed_next(path: CasePath, done: Mapping[Step, Facts]) -> tuple[Step, ...]:
    """The steps that may be recorded next on ``path``: the next one, and any optional one before it."""
    found: list[Step] = []
    order = steps_of(path)
    done_index = max((order.index(s) for s in done if s in order), default=-1)
    for step in order[done_index + 1 :]:
        found.append(step)
        if step not in OPTIONAL_STEPS:
            break
    return tuple(found)


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
            opened = steps.get(Step.OPENED)
            path = opened.path if isinstance(opened, Opened) else CasePath.INSPECTIE
            if (steps or step is not Step.OPENED) and step not in allowed_next(path, steps):
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
_AANGIFTE_WITH = QT_TRANSLATE_NOOP("Cases", "Say with whom the aangifte was discussed: the CDFD or DUO.")
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
    opened = steps.get(Step.OPENED)
    order = steps_of(opened.path if isinstance(opened, Opened) else CasePath.INSPECTIE)
    index = order.index(step)
    for earlier in reversed(order[1:index]):
        facts = steps.get(earlier)
        if facts is not None and not isinstance(facts, Opened | ResitPlanned):
            return earlier, facts.on
    return None


def facts_problem(
    facts: Facts, before: Mapping[Step, Facts], today: dt.date, names: Mapping[int, str] | None = None
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
            return message(_RESIT_CANDIDATES, names=_labels(invalid, names))
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
    if isinstance(facts, DecisionReceived | DuoDecision) and set(facts.invalid) != set(opened.candidates):
        return message(_DECISION_CANDIDATES)
    if isinstance(facts, Aangifte) and not facts.consulted.strip():
        return message(_AANGIFTE_WITH)  # R-IRR-5: "in overleg met de CDFD of DUO"
    return None


def _invalid_of(opened: Opened, decision: Facts | None) -> tuple[int, ...]:
    """The case's candidates whose work the Inspectie's letter (R-IRR-2) or DUO's decision (R-IRR-5) declared
    invalid, in the case's order."""
    if not isinstance(decision, DecisionReceived | DuoDecision):
        return ()
    return tuple(c for c in opened.candidates if decision.invalid.get(c))


def _labels(ids: Iterable[int], names: Mapping[int, str]) -> str:
    """The candidates by their labels; one without a label by its id."""
    return ", ".join(names.get(c, str(c)) for c in ids)


def step_refusal(
    case: Case, facts: Facts, today: dt.date, names: Mapping[int, str] | None = None
) -> Message | None:
    """Why ``facts`` cannot be recorded as the case's next step now (R-IRR-2: no step is skipped)."""
    step = step_of(facts)
    if case.next_step is None:
        if step is Step.RESIT_PLANNED and case.current is Step.DECISION_RECEIVED:
            return message(_NOTHING_INVALID)  # R-IRR-2: closed because no work was declared invalid
        return message(_CLOSED, step=STEP_LABELS[case.current])
    if step not in allowed_next(case.path, case.steps):  # R-IRR-5: DUO's path for a PE case
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
    names: Mapping[int, str] | None = None,
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
    order = steps_of(case.path)
    for each in order:
        if each not in corrected:
            continue  # an optional step not taken
        if order.index(each) >= order.index(step):
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


def checklist(case: Case, names: Mapping[int, str] | None = None) -> tuple[Message, ...]:
    """What the examensecretaris does next, in plain sentences (000 steps 1–6)."""
    names = names or {}
    opened = case.opened
    step = case.next_step
    if case.path is CasePath.DUO:
        return _duo_checklist(case, names)
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
    return (message(_DO_RESIT, names=_labels(case.invalid_candidates, names)),)


def still_needed(case: Case) -> tuple[Message, ...]:
    """The steps still to come with the facts each needs; empty when the case is closed."""
    if case.next_step is None:
        return ()
    found: list[Message] = []
    order = steps_of(case.path)
    for step in order[order.index(case.next_step) :]:
        if step is Step.DUO_DECISION:
            found.append(message(_NEED_DUO_DECISION))
        elif step is Step.DUO_REPORTED:
            found.append(message(_NEED_DUO_REPORTED))
        elif step is Step.REPORTED:
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


# R-IRR-5 (002 §3.4.3, §3.5): a PE case goes to DUO; a technical fault is answered within eight weeks.
DUO_ANSWER_WEEKS = 8
_DO_DUO_REPORT = QT_TRANSLATE_NOOP(
    "Cases",
    "This is a PE exam: report the irregularity to DUO, which decides on it. Record the date you reported it.",
)
_DO_DUO_AANGIFTE = QT_TRANSLATE_NOOP(
    "Cases",
    "If there is reason for an aangifte, make it in consultation with the CDFD or DUO and record it "
    "(optional).",
)
_DO_DUO_DECISION = QT_TRANSLATE_NOOP(
    "Cases",
    "Wait for DUO's decision: for each candidate valid or invalid, and whether the certificate is withheld or "
    "revoked. Record it here.",
)
_DUO_DUE = QT_TRANSLATE_NOOP(
    "Cases", "DUO's answer on a result adjustment for this technical fault is due by {date} (eight weeks)."
)
_DUO_OVERDUE = QT_TRANSLATE_NOOP(
    "Cases", "DUO's answer was due by {date} and has not been recorded: ask DUO about it."
)
_DONE_DUO = QT_TRANSLATE_NOOP("Cases", "Nothing more to do here: DUO decided on {date}.")
_NEED_DUO_REPORTED = QT_TRANSLATE_NOOP("Cases", "Reported to DUO: date")
_NEED_DUO_DECISION = QT_TRANSLATE_NOOP(
    "Cases", "DUO's decision: its date, per candidate valid or invalid, and the certificate"
)


def duo_answer_due(case: Case) -> dt.date | None:
    """R-IRR-5: for a technical fault on a PE exam, the day by which DUO's answer is due (eight weeks after
    the exam, where the melding was made); None for any other case."""
    if case.path is not CasePath.DUO or not case.opened.technical:
        return None
    return case.opened.session_date + dt.timedelta(weeks=DUO_ANSWER_WEEKS)


def duo_answer_overdue(case: Case, today: dt.date) -> bool:
    """R-IRR-5: the due date has passed and DUO's decision is not recorded."""
    due = duo_answer_due(case)
    return due is not None and Step.DUO_DECISION not in case.steps and today > due


def _duo_checklist(case: Case, names: Mapping[int, str]) -> tuple[Message, ...]:
    decision = case.steps.get(Step.DUO_DECISION)
    if isinstance(decision, DuoDecision):
        return (message(_DONE_DUO, date=decision.on),)
    found: list[Message] = []
    if case.next_step is Step.DUO_REPORTED:
        found.append(message(_DO_DUO_REPORT))
    else:
        if Step.AANGIFTE not in case.steps:
            found.append(message(_DO_DUO_AANGIFTE))
        found.append(message(_DO_DUO_DECISION))
    due = duo_answer_due(case)
    if due is not None:
        found.append(message(_DUO_DUE, date=due))
    return tuple(found)


def duo_due_warning(case: Case, today: dt.date) -> Message | None:
    """R-IRR-5: the flag the case screen shows when DUO's answer is overdue."""
    if not duo_answer_overdue(case, today):
        return None
    due = duo_answer_due(case)
    return message(_DUO_OVERDUE, date=due)


def age_days(opened_on: dt.date, today: dt.date) -> int:
    """Days since the case was opened, so that an old open case stands out."""
    return max(0, (today - opened_on).days)


def exam_period(day: dt.date) -> tuple[int, int]:
    """The exam period a session belongs to, for the overview: its year and month."""
    return day.year, day.month
