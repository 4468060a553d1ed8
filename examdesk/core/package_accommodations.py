"""Accommodations in the exam package (R-ACC-1..4, exam-package.md version 2), and how version 1's free-text
``basis`` is read as a ground code, reported line by line in the import summary."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Annotated, Any, Literal, Self

from pydantic import BaseModel, ConfigDict, ValidationInfo, model_validator
from pydantic_core import PydanticCustomError

from examdesk.core.accommodations import (
    Accommodation,
    AccommodationKind,
    Ground,
    ground_from_basis,
    subject_refusal,
)
from examdesk.core.eventchain import canonical_json
from examdesk.core.package_fields import Bounded, FreeText, Line, SafeDate, Whole
from examdesk.core.text import QT_TRANSLATE_NOOP, Message, message

if TYPE_CHECKING:
    from examdesk.core.package_format import CandidateModel, PackageModel

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


# --- version 1: the free-text basis read as a ground -----------------------------------------------------

_MAPPED = QT_TRANSLATE_NOOP("Package", "{number}: '{basis}' read as ground {ground}")
_MAPPED_YEARS = QT_TRANSLATE_NOOP(
    "Package", "{number}: '{basis}' read as ground nt2 with {years} school years in the Netherlands"
)
_MAPPED_NO_YEARS = QT_TRANSLATE_NOOP(
    "Package",
    "{number}: '{basis}' read as ground nt2; the school years are not stated, so the 60-minute exception "
    "does not apply",
)
_UNMAPPED = QT_TRANSLATE_NOOP(
    "Package", "{number}: '{basis}' matches no keyword: ground other, with the text as its note"
)


def ground_mappings(candidates: Iterable[CandidateModel]) -> list[Message]:
    """Every version 1 ``basis`` of extra time and the ground it was read as, line by line (exam-package.md)."""
    found: list[Message] = []
    for candidate in candidates:
        for accommodation in candidate.accommodations:
            if accommodation.kind != "extra_time" or accommodation.ground is not None:
                continue
            basis = accommodation.basis or ""
            read = ground_from_basis(basis)
            if read.keyword is None:
                found.append(message(_UNMAPPED, number=candidate.number, basis=basis))
            elif read.ground is Ground.NT2 and read.nt2_school_years is not None:
                found.append(
                    message(_MAPPED_YEARS, number=candidate.number, basis=basis, years=read.nt2_school_years)
                )
            elif read.ground is Ground.NT2:
                found.append(message(_MAPPED_NO_YEARS, number=candidate.number, basis=basis))
            else:
                found.append(message(_MAPPED, number=candidate.number, basis=basis, ground=read.ground.value))
    return found


def package_ground_mappings(package: PackageModel) -> list[Message]:
    """:func:`ground_mappings` of every group's roster in a version 1 package (none for version 2)."""
    if package.version != 1:
        return []
    return ground_mappings(c for group in package.groups for c in group.candidates)


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


def subject_problems(package: PackageModel) -> Located:
    """R-ACC-3: ``spelling_check`` is refused for a candidate of an exam whose subject is Nederlands."""
    subjects = {exam.code: exam.subject or "" for exam in package.exams}
    found: Located = []
    for g, group in enumerate(package.groups):
        for c, candidate in enumerate(group.candidates):
            for a, accommodation in enumerate(candidate.accommodations):
                kind = (
                    AccommodationKind.LARGE_PRINT
                    if accommodation.kind == "magnifier"
                    else AccommodationKind(accommodation.kind)
                )
                refusal = subject_refusal(kind, subjects.get(group.exam, ""))
                if refusal is not None:
                    found.append((("groups", g, "candidates", c, "accommodations", a, "kind"), refusal))
    return found
