"""The irregularity case's events as facts: the step's own facts (``core.case_facts``) and the case they
belong to (R-IRR-2, R-IRR-5). The step facts keep their own codec; these wrap it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from examdesk.core import case_facts
from examdesk.core.case_facts import Step


@dataclass(frozen=True)
class CaseStep:
    """A step of the case ``case`` (the id of its case_opened event)."""

    case: int
    step: case_facts.Facts


@dataclass(frozen=True)
class CaseCorrected:
    """R-PV-2 for cases: a step's facts given again, with the reason (the event names what it corrects)."""

    case: int
    reason: str
    step: case_facts.Facts


def encode_opened(facts: case_facts.Opened) -> dict[str, Any]:
    return case_facts.to_payload(facts)


def decode_opened(payload: Mapping[str, Any]) -> case_facts.Opened:
    opened = case_facts.from_payload(Step.OPENED, payload)
    assert isinstance(opened, case_facts.Opened)
    return opened


def encode_step(facts: CaseStep) -> dict[str, Any]:
    return {"case": facts.case, **case_facts.to_payload(facts.step)}


def step_decoder(step: Step) -> Any:
    def decode(payload: Mapping[str, Any]) -> CaseStep:
        body = {k: v for k, v in payload.items() if k != "case"}
        return CaseStep(int(payload["case"]), case_facts.from_payload(step, body))

    return decode


def encode_corrected(facts: CaseCorrected) -> dict[str, Any]:
    return {
        "case": facts.case,
        "step": case_facts.step_of(facts.step).value,
        "reason": facts.reason,
        "facts": case_facts.to_payload(facts.step),
    }


def decode_corrected(payload: Mapping[str, Any]) -> CaseCorrected:
    step = Step(payload["step"])
    return CaseCorrected(
        int(payload["case"]), str(payload.get("reason", "")), case_facts.from_payload(step, payload["facts"])
    )
