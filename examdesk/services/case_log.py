"""Reading irregularity cases from the event log: every case's records folded by :mod:`examdesk.core.cases`.

Planning (R-IRR-2: a tweede zitting needs an invalidation decision) and the case screens both read cases;
this module is the one place that does, so neither imports the other.
"""

from __future__ import annotations

from sqlmodel import Session

from examdesk.core import cases as rules
from examdesk.core.case_facts import Opened
from examdesk.core.cases import Case, Record
from examdesk.core.eventkinds import EventKind
from examdesk.core.facts import registry as facts_registry
from examdesk.core.facts.cases import CaseCorrected, CaseStep
from examdesk.core.text import QT_TRANSLATE_NOOP, message
from examdesk.services import events
from examdesk.services.errors import NotFound
from examdesk.services.events import Event
from examdesk.services.station import Station

STEP_KINDS = facts_registry.STEP_KINDS
CASE_KINDS: tuple[str, ...] = (*(kind.value for kind in STEP_KINDS.values()), EventKind.CASE_CORRECTED.value)

NO_CASE = QT_TRANSLATE_NOOP("Cases", "There is no case {id} on this station.")


def _record(event: Event) -> Record:
    facts = event.facts
    if isinstance(facts, CaseCorrected):
        return Record(event.id, event.wall_utc, event.actor, facts.step, event.corrects_id, facts.reason)
    if isinstance(facts, CaseStep):
        return Record(event.id, event.wall_utc, event.actor, facts.step)
    return Record(event.id, event.wall_utc, event.actor, event.facts_as(Opened))


def _case_id(event: Event) -> int:
    facts = event.facts
    return facts.case if isinstance(facts, CaseStep | CaseCorrected) else event.id


def all_cases(session: Session, station: Station) -> dict[int, Case]:
    """Every case on the station, by id."""
    by_case: dict[int, list[Record]] = {}
    for event in events.list_events(station, kinds=CASE_KINDS, within=session):
        by_case.setdefault(_case_id(event), []).append(_record(event))
    return {case_id: rules.fold(case_id, records) for case_id, records in by_case.items()}


def find_case(session: Session, station: Station, case_id: int) -> Case:
    found = all_cases(session, station).get(case_id)
    if found is None:
        raise NotFound(message(NO_CASE, id=case_id))
    return found
