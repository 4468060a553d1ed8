"""Reading irregularity cases from the event log: every case's records folded by :mod:`examdesk.core.cases`.

Planning (R-IRR-2: a tweede zitting needs an invalidation decision) and the case screens both read cases;
this module is the one place that does, so neither imports the other.
"""

from __future__ import annotations

from typing import Any

from examdesk.core import cases as rules
from examdesk.core.cases import Case, Record, Step
from examdesk.core.eventkinds import EventKind
from examdesk.core.text import QT_TRANSLATE_NOOP, message
from examdesk.services import events
from examdesk.services.errors import NotFound
from examdesk.services.events import Event
from examdesk.services.station import Station

STEP_KINDS: dict[Step, EventKind] = {
    Step.OPENED: EventKind.CASE_OPENED,
    Step.REPORTED: EventKind.CASE_REPORTED,
    Step.DISCUSSED: EventKind.CASE_DISCUSSED,
    Step.FORM_COMPLETED: EventKind.CASE_FORM_COMPLETED,
    Step.DECISION_RECEIVED: EventKind.CASE_DECISION_RECEIVED,
    Step.RESIT_PLANNED: EventKind.CASE_RESIT_PLANNED,
    Step.DUO_REPORTED: EventKind.CASE_DUO_REPORTED,  # R-IRR-5
    Step.AANGIFTE: EventKind.CASE_AANGIFTE,
    Step.DUO_DECISION: EventKind.CASE_DUO_DECISION,
}
_KIND_STEPS = {kind.value: step for step, kind in STEP_KINDS.items()}
CASE_KINDS: tuple[str, ...] = (*(kind.value for kind in STEP_KINDS.values()), EventKind.CASE_CORRECTED.value)

NO_CASE = QT_TRANSLATE_NOOP("Cases", "There is no case {id} on this station.")


def _record(event: Event) -> Record:
    if event.kind == EventKind.CASE_CORRECTED:
        step = Step(event.payload["step"])
        return Record(
            event.id,
            event.wall_utc,
            event.actor,
            rules.from_payload(step, event.payload["facts"]),
            event.corrects_id,
            str(event.payload.get("reason", "")),
        )
    step = _KIND_STEPS[event.kind]
    return Record(event.id, event.wall_utc, event.actor, rules.from_payload(step, event.payload))


def _case_id(event: Event) -> int:
    return event.id if event.kind == EventKind.CASE_OPENED else int(event.payload["case"])


def all_cases(session: Any, station: Station) -> dict[int, Case]:
    """Every case on the station, by id."""
    by_case: dict[int, list[Record]] = {}
    for event in events.list_events_in(session, station, kinds=CASE_KINDS):
        by_case.setdefault(_case_id(event), []).append(_record(event))
    return {case_id: rules.fold(case_id, records) for case_id, records in by_case.items()}


def find_case(session: Any, station: Station, case_id: int) -> Case:
    found = all_cases(session, station).get(case_id)
    if found is None:
        raise NotFound(message(NO_CASE, id=case_id))
    return found
