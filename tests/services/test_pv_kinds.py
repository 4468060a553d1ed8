"""Issue 16 #12: the proces-verbaal's words — every event kind described, no rule IDs, grounds in words."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from examdesk import i18n
from examdesk.core import facts
from examdesk.core.accommodations import Accommodation
from examdesk.core.eventkinds import EventKind
from examdesk.services import override_text, pv_describe
from examdesk.services import proces_verbaal as pv
from examdesk.services.events import Event


def _event(kind: str, payload: dict[str, object] | None = None) -> Event:
    return Event(
        id=1,
        station_id="s",
        seq=1,
        wall_utc=datetime(2026, 12, 4, 9, 0, tzinfo=UTC),
        actor="secretaris",
        kind=kind,
        session_id=None,
        candidate_id=None,
        payload=payload or {},
        corrects_id=None,
        hash="",
    )


# R-PV-1
@pytest.mark.parametrize("kind", list(EventKind))
def test_no_event_kind_falls_through_to_recorded_kind(kind: EventKind) -> None:
    if kind in (EventKind.RULE_OVERRIDDEN, EventKind.TIME_UP):
        return  # described from their required facts; covered by the report tests
    parts = pv_describe.describe(_event(kind), {}, None, {}, {})
    for language in ("en", "nl"):
        text = " ".join(i18n.render(p, language) for p in parts)
        assert not text.startswith(("Recorded:", "Vastgelegd:")), text
        assert kind.value not in text or "_" not in kind.value, text
    assert i18n.render(pv.kind_label(kind), "nl") != kind.value


# R-PV-1
def test_a_full_bsn_read_says_whose_and_by_whom() -> None:
    people = {"secretaris": pv.Person("secretaris", "M. de Vries")}
    parts = pv_describe.describe(_event(EventKind.BSN_READ), {}, None, people, {})
    assert "Volledig BSN van" in i18n.render(parts[0], "nl")
    assert "ingezien door M. de Vries" in i18n.render(parts[0], "nl")
    assert "viewed by M. de Vries" in i18n.render(parts[0], "en")


# R-TIME-4, R-TIME-5, R-TIME-8, R-ACC-2, R-SES-2, R-SES-3, R-SES-4
@pytest.mark.parametrize("rule", list(facts.OverriddenRule))
def test_every_overridable_rule_reads_in_words_without_its_id(rule: facts.OverriddenRule) -> None:
    decided = facts.RuleOverridden(
        rule=rule, reason="stroomstoring", examensecretaris="secretaris", minutes=10
    )
    for language in ("en", "nl"):
        text = i18n.render(override_text.describe(decided, "M. de Vries"), language)
        assert not re.search(r"R-[A-Z]+-\d", text), text
        assert "stroomstoring" in text and "M. de Vries" in text


# R-ACC-1
@pytest.mark.parametrize(
    ("basis", "dutch"),
    [("dyslexie", "dyslexie"), ("NT2, 3 jaar in Nederland", "3 jaar onderwijs in Nederland")],
)
def test_a_version_1_basis_renders_its_ground_in_dutch(basis: str, dutch: str) -> None:
    model = Accommodation.from_json({"kind": "extra_time", "minutes": 30, "basis": basis})
    text = i18n.render(override_text.ground_words(model), "nl")
    assert dutch in text
    assert "dyslexia" not in text and "nt2 (" not in text
