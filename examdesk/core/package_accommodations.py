"""Accommodations in the exam package (R-ACC-1..4, exam-package.md version 2), and how version 1's free-text
``basis`` is read as a ground code, reported line by line in the import summary."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Annotated, Any, Literal, Self

from pydantic import BaseModel, ConfigDict, ValidationInfo, model_validator
from pydantic_core import PydanticCustomError

from examdesk.core.accommodations import (
    Accommodation,
)
from examdesk.core.eventchain import canonical_json
from examdesk.core.package_fields import Bounded, FreeText, Line, SafeDate, Whole
from examdesk.core.text import QT_TRANSLATE_NOOP, Message, message

ShortText = Annotated[str, Line(200)]
Located = list[tuple[tuple[str | int, ...], Message]]

_MISSING = QT_TRANSLATE_NOOP("Package", "is missing")
_V1_ONLY = QT_TRANSLATE_NOOP(
    "Package", "is a field of package version 1; version 2 uses ground, note and statement"
)
_V2_ONLY = QT_TRANSLATE_NOOP("Package", "is a field of package version 2; this package says version 1")
_MAGNIFIER = QT_TRANSLATE_NOOP("Package", "'magnifier' is large_print in package version 2")
_NEEDS_CONSULT = QT_TRANSLATE_NOOP(
    "Package", "more than 30 minutes of extra time needs the CvTE consult (date, reference, minutes)"
)
_ONLY_EXTRA_TIME = QT_TRANSLATE_NOOP("Package", "only extra_time has a ground")
_NT2_YEARS = QT_TRANSLATE_NOOP(
    "Package", "the ground nt2 needs nt2_school_years (years of school in the Netherlands)"
)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=False)


def _found(problems: Located) -> None:
    """Raise the problems for ``package_format.pydantic_problems`` to unpack with their paths."""
    if problems:
        raise PydanticCustomError("examdesk", "examdesk problems", {"problems": problems})


class StatementModel(_Strict):
    """The VSV (PE) or deskundigenverklaring, with its own end date when it states one (R-ACC-2)."""

    date: SafeDate
    valid_until: SafeDate | None = None


class CvteConsultModel(_Strict):
    """R-ACC-4: the CvTE consult; its minutes are the grant (R-TIME-6)."""

    date: SafeDate
    reference: ShortText
    minutes: Annotated[int, Whole(1, 600)] | None = None


AccommodationKindCode = Literal[
    "adapted_workplace",
    "computer",
    "sign_language_interpreter",
    "reading_writing_help",
    "motor_help",
    "pauses",
    "separate_room",
    "arithmetic_card",
    "braille",
    "accessible_exam",
    "spelling_check",
    "speech_synthesis",
    "spread_over_periods",
    "large_print",
    "extended_duration",
    "extra_time",
    "structure",
    "ear_defenders",
    "other",
    "interrupted_exam",
    "exam_assistant",
    "reading_aloud",
    "magnifier",  # version 1 only: read as large_print
]
GroundCode = Literal["dyslexia", "nt2", "adhd", "autism", "mental_health", "chronic_illness", "other"]
_V1_FIELDS = ("basis", "statement_date", "text")
_V2_FIELDS = ("ground", "nt2_school_years", "note", "statement", "cvte_consult", "isd_reported_on")


class AccommodationModel(_Strict):
    """R-ACC-1: one accommodation. Version 2 is structured; version 1's free-text ``basis`` is still read
    (mapped to a ground by the keyword table of ``core.accommodations``), each version with its own fields."""

    kind: AccommodationKindCode
    minutes: Annotated[int, Whole(1, 600)] | None = None
    factor: Annotated[Decimal, Bounded(gt=1, le=2)] | None = None
    ground: GroundCode | None = None
    nt2_school_years: Annotated[int, Whole(0, 30)] | None = None
    note: Annotated[str, FreeText(2000)] | None = None
    statement: StatementModel | None = None
    cvte_consult: CvteConsultModel | None = None
    isd_reported_on: SafeDate | None = None
    # version 1
    basis: Annotated[str, Line(200, min_length=0)] | None = None
    statement_date: SafeDate | None = None
    text: Annotated[str, FreeText(2000)] | None = None

    @model_validator(mode="after")
    def _by_version(self, info: ValidationInfo) -> Self:
        version = (info.context or {}).get("version", 2)
        _found(_accommodation_problems(self, version))
        return self


def _accommodation_problems(model: AccommodationModel, version: int) -> Located:
    """What a version allows of an accommodation (R-ACC-1, R-TIME-6)."""
    if version == 1:
        return [((name,), message(_V2_ONLY)) for name in _V2_FIELDS if getattr(model, name) is not None]
    found: Located = [((name,), message(_V1_ONLY)) for name in _V1_FIELDS if getattr(model, name) is not None]
    if model.kind == "magnifier":
        found.append((("kind",), message(_MAGNIFIER)))
    if model.kind == "extra_time":
        found += [
            ((name,), message(_MISSING)) for name in ("minutes", "ground") if getattr(model, name) is None
        ]
        if (model.minutes or 0) > 30 and model.cvte_consult is None:
            found.append((("cvte_consult",), message(_NEEDS_CONSULT)))  # R-TIME-6
    elif model.ground is not None:
        found.append((("ground",), message(_ONLY_EXTRA_TIME)))
    if model.ground == "nt2" and model.nt2_school_years is None:
        found.append((("nt2_school_years",), message(_NT2_YEARS)))  # R-TIME-3
    if (model.ground == "other" or model.kind == "other") and not (model.note or "").strip():
        found.append((("note",), message(_MISSING)))
    if model.kind == "extended_duration" and model.factor is None:
        found.append((("factor",), message(_MISSING)))
    return found


_MINUTES = re.compile(r"[0-9]{1,4}")
_FACTOR = re.compile(r"[0-9]{1,2}(?:[.,][0-9]{1,6})?")


def csv_accommodations(cell: str) -> tuple[list[dict[str, Any]], str | None]:
    """``extra_time:30:dyslexie:2023-09-01|large_print`` → accommodation objects (None when fine)."""
    found: list[dict[str, Any]] = []
    for part in (p.strip() for p in cell.split("|") if p.strip()):
        fields = [f.strip() for f in part.split(":")]
        entry: dict[str, Any] = {"kind": fields[0]}
        if len(fields) > 1 and fields[1]:
            # Digits only (issue 13 #6): int() would also take "3_0" or Arabic-Indic digits, and a
            # factor is a number here, never the text "1E-999999999".
            if fields[0] == "extended_duration" and _FACTOR.fullmatch(fields[1]):
                entry["factor"] = Decimal(fields[1].replace(",", "."))
            elif fields[0] != "extended_duration" and _MINUTES.fullmatch(fields[1]):
                entry["minutes"] = int(fields[1])
            else:
                return [], part
        if len(fields) > 2 and fields[2]:
            entry["basis"] = fields[2]
        if len(fields) > 3 and fields[3]:
            entry["statement_date"] = fields[3]
        if len(fields) > 4:
            return [], part
        found.append(entry)
    return found, None


def stored_form(entries: Iterable[Mapping[str, Any]]) -> str:
    """The roster's stored JSON of accommodations: always version 2's structured form (R-ACC-1)."""
    return canonical_json([Accommodation.from_json(entry).to_json() for entry in entries])
