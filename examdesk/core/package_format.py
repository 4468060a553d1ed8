"""The exam package format, version 2 (spec/exam-package.md; version 1 still read), as strict pydantic models.

The models forbid unknown fields and check every limit; :func:`validate_package` adds the
cross-references (answer keys against options, variants against items, results against candidates,
groups and items, dropdown placeholders against dropdown ids) and reports every problem at once with
its JSON path. The JSON Schema (``examdesk schema``) is generated from these models.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Annotated, Any, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from examdesk.core import bsn
from examdesk.core.accommodations import AccommodationKind, subject_refusal
from examdesk.core.package_accommodations import AccommodationModel
from examdesk.core.package_fields import (
    Bounded,
    Flag,
    FreeText,
    Line,
    SafeDate,
    Timestamp,
    Whole,
    package_context,
)
from examdesk.core.package_problems import (
    CODE_PATTERN,
    KEY_PATTERN,
    TIME_PATTERN,
    TOO_LONG,
    raise_problems,
    short_value,
)
from examdesk.core.package_problems import Problem as Problem  # re-exported
from examdesk.core.package_problems import json_path as json_path  # re-exported
from examdesk.core.package_problems import pydantic_problems as pydantic_problems  # re-exported
from examdesk.core.text import QT_TRANSLATE_NOOP, Message, message

MAX_PACKAGE_BYTES = 50 * 1024 * 1024
MAX_ITEMS = 10_000
MAX_CANDIDATES = 100_000
MAX_TEXT = 20_000

# Hardened types (package_fields): text without control characters or bidi marks, strict numbers.
Code = Annotated[str, Line(64, pattern=CODE_PATTERN)]
Key = Annotated[str, Line(20, pattern=KEY_PATTERN)]
ShortText = Annotated[str, Line(200)]
LongText = Annotated[str, FreeText(MAX_TEXT)]
Points = Annotated[Decimal, Bounded(gt=0, le=1000, places=3)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=False)


class OptionModel(_Strict):
    key: Key
    text: LongText


class GradingModel(_Strict):
    cesuur_percent: Annotated[Decimal, Bounded(gt=0, le=100)] = Decimal(68)
    floor: Annotated[Decimal, Bounded(ge=0, le="5.5")] = Decimal(1)
    decimals: Annotated[int, Whole(0, 3)] = 1


class InspectionModel(_Strict):
    allowed: Flag = True
    until: SafeDate | None = None
    request_days: Annotated[int, Whole(1, 365)] | None = None
    eligible_grades: list[Annotated[int, Whole(1, 10)]] | None = None
    max_per_half_year: Annotated[int, Whole(1, 100)] | None = None
    session_minutes: Annotated[int, Whole(1, 600)] | None = None
    wrong_only: Flag = False


class _ItemModel(_Strict):
    id: Key
    points: Points
    section: Literal["kennis_begrip", "vaardigheden", "generiek"] | None = None
    case_text: LongText = ""
    stem: LongText

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        raise_problems(_item_problems(self))
        return self


class MultipleChoiceModel(_ItemModel):
    type: Literal["multiple_choice"]
    options: Annotated[list[OptionModel], Field(min_length=2, max_length=26)]
    answer_key: Key


class MultipleSelectModel(_ItemModel):
    type: Literal["multiple_select"]
    options: Annotated[list[OptionModel], Field(min_length=2, max_length=26)]
    answer_key: Annotated[list[Key], Field(min_length=1, max_length=26)]
    correct_count_shown: Flag = True
    penalty_per_error: Annotated[Decimal, Bounded(ge=0, le=1000)] = Decimal(1)


class NumericModel(_ItemModel):
    type: Literal["numeric"]
    answer_key: Annotated[Decimal, Bounded()]
    tolerance: Annotated[Decimal, Bounded(ge=0)] = Decimal(0)
    decimals: Annotated[int, Whole(0, 10)] | None = None
    unit: Annotated[str, Line(20, min_length=0)] = ""
    unit_position: Literal["prefix", "suffix"] = "suffix"


class DropdownModel(_Strict):
    id: Key
    options: Annotated[list[Annotated[str, Line(500)]], Field(min_length=2, max_length=50)]
    answer_key: Annotated[str, Line(500)]


class MultipleDropdownModel(_ItemModel):
    type: Literal["multiple_dropdown"]
    dropdowns: Annotated[list[DropdownModel], Field(min_length=1, max_length=50)]


class OrderingModel(_ItemModel):
    type: Literal["ordering"]
    options: Annotated[list[OptionModel], Field(min_length=2, max_length=26)]
    initial_order: Annotated[list[Key], Field(min_length=2, max_length=26)]
    answer_key: Annotated[list[Key], Field(min_length=2, max_length=26)]
    partial: Literal["position", "none"] = "position"


class OpenModel(_ItemModel):
    type: Literal["open"]
    marking_scheme: LongText


ItemModel = Annotated[
    MultipleChoiceModel
    | MultipleSelectModel
    | NumericModel
    | MultipleDropdownModel
    | OrderingModel
    | OpenModel,
    Field(discriminator="type"),
]


class VariantModel(_Strict):
    code: Key
    items: Annotated[list[Key], Field(min_length=1, max_length=MAX_ITEMS)]


class ExamModel(_Strict):
    code: Code
    title: ShortText
    kind: Literal["pe", "ce", "other"]
    # Package v2 (R-SES-4, R-INZ-3): the beroepskwalificatie; a version 1 PE exam's title stands in for it.
    qualification: ShortText | None = None
    # Package v2 (R-ACC-3): the subject; an exam of Nederlands refuses the spelling_check accommodation.
    subject: ShortText | None = None
    duration_minutes: Annotated[int, Whole(1, 600)]
    grading: GradingModel = GradingModel()
    inspection: InspectionModel = InspectionModel()
    items: Annotated[list[ItemModel], Field(min_length=1, max_length=MAX_ITEMS)]
    variants: Annotated[list[VariantModel], Field(min_length=1, max_length=100)] | None = None

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        raise_problems(_exam_problems(self))
        return self


class LocationModel(_Strict):
    kind: Literal["school", "home", "hospital", "exam_centre", "elsewhere"]
    room: ShortText


class SchoolSittingModel(_Strict):
    """R-SES-2: the school's own sitting of the exam, when that session is not on this station."""

    date: SafeDate
    start_time: Annotated[str, Line(5, pattern=TIME_PATTERN)]


class InspectieModel(_Strict):
    """R-SES-2: the consultation with the Inspectie and, for a sitting at another time, its permission."""

    consulted_on: SafeDate
    permission_reference: Annotated[str, Line(200, min_length=0)] | None = None


class QuarantineModel(_Strict):
    """R-SES-3: quarantine, reported to the Inspectie beforehand."""

    reported_on: SafeDate


class CandidateModel(_Strict):
    number: Code
    name: ShortText
    bsn: Annotated[str, Line(20)]
    accommodations: Annotated[list[AccommodationModel], Field(max_length=20)] = []

    @model_validator(mode="after")
    def _valid_bsn(self) -> Self:
        check = bsn.check(
            self.bsn
        )  # R-BSN-5: a roster BSN that fails the 11-proef is rejected, naming the candidate
        if check.problem is not None:
            raise_problems(
                [(("bsn",), message(_BAD_BSN, value=self.bsn, candidate=self.number, reason=check.problem))]
            )
        return self


class GroupModel(_Strict):
    code: Code
    exam: Code
    name: ShortText
    date: SafeDate
    start_time: Annotated[str, Line(5, pattern=TIME_PATTERN)]
    location: LocationModel
    school_sitting: SchoolSittingModel | None = None
    inspectie: InspectieModel | None = None
    quarantine: QuarantineModel | None = None
    second_sitting_of: Code | None = None
    candidates: Annotated[list[CandidateModel], Field(max_length=MAX_CANDIDATES)] = []

    @model_validator(mode="after")
    def _unique_numbers(self) -> Self:
        raise_problems(
            _duplicates([c.number for c in self.candidates], lambda i: ("candidates", i, "number"))
        )
        return self


def off_site_columns(group: GroupModel) -> dict[str, Any]:
    """The group's off-site facts as the station keeps them (R-SES-2, R-SES-3)."""
    return {
        "school_sitting_date": group.school_sitting.date if group.school_sitting else None,
        "school_sitting_start": group.school_sitting.start_time if group.school_sitting else None,
        "consulted_on": group.inspectie.consulted_on if group.inspectie else None,
        "permission_reference": (group.inspectie.permission_reference or "") if group.inspectie else "",
        "quarantine_reported_on": group.quarantine.reported_on if group.quarantine else None,
    }


class OpenAnswerModel(_Strict):
    text: LongText
    awarded: Annotated[Decimal, Bounded(ge=0, le=1000)]


# Response texts are checked for control characters when the package is read (package_input), their
# lengths and an open answer's own fields in the cross-check (no Python call per answer here: speed).
ResponseModel = str | list[str] | dict[str, str] | OpenAnswerModel | None


class ResultModel(_Strict):
    candidate: Code
    group: Code
    exam: Code
    variant: Key = "A"
    submitted_at: Timestamp | None = None
    published_at: Timestamp | None = None
    responses: dict[Key, ResponseModel] = {}


class PackageModel(_Strict):
    format: Literal["examdesk-package"]
    version: Literal[1, 2]
    exams: Annotated[list[ExamModel], Field(max_length=1000)] = []
    groups: Annotated[list[GroupModel], Field(max_length=10_000)] = []
    results: Annotated[list[ResultModel], Field(max_length=MAX_CANDIDATES * 10)] = []


def json_schema() -> dict[str, Any]:
    """The package format's JSON Schema, generated from the models (the normative reference)."""
    schema = PackageModel.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "examdesk package, version 2"
    return schema


# --- problems found across the package (pydantic's own are in package_problems) ----------------

_BAD_BSN = QT_TRANSLATE_NOOP("Package", "{value} is not a valid BSN of candidate {candidate} ({reason})")
_DUPLICATE = QT_TRANSLATE_NOOP("Package", "'{value}' occurs more than once")
_KEY_NOT_OPTION = QT_TRANSLATE_NOOP("Package", "'{value}' is not one of this item's options")
_ORDER_NOT_PERMUTATION = QT_TRANSLATE_NOOP("Package", "must list every option exactly once")
_PLACEHOLDER_UNKNOWN = QT_TRANSLATE_NOOP(
    "Package", "the stem has a place '{{{value}}}' but there is no dropdown '{value}'"
)
_PLACEHOLDER_MISSING = QT_TRANSLATE_NOOP(
    "Package", "dropdown '{value}' has no place '{{{value}}}' in the stem"
)
_UNKNOWN_ITEM = QT_TRANSLATE_NOOP("Package", "there is no item '{value}' in exam {exam}")
_UNKNOWN_EXAM = QT_TRANSLATE_NOOP("Package", "there is no exam '{value}' in the package or on this station")
_UNKNOWN_GROUP = QT_TRANSLATE_NOOP(
    "Package", "there is no afnamegroep '{value}' in the package or on this station"
)
_UNKNOWN_CANDIDATE = QT_TRANSLATE_NOOP("Package", "there is no candidate '{value}' in afnamegroep {group}")
_UNKNOWN_VARIANT = QT_TRANSLATE_NOOP("Package", "exam {exam} has no variant '{value}'")
_GROUP_EXAM = QT_TRANSLATE_NOOP("Package", "afnamegroep {group} sits exam {expected}, not '{value}'")
_RESPONSE_SHAPE = QT_TRANSLATE_NOOP("Package", "a {kind} answer should be {expected}")
_RESPONSE_VALUE = QT_TRANSLATE_NOOP("Package", "'{value}' is not an option of this item")
_AWARDED_RANGE = QT_TRANSLATE_NOOP("Package", "awarded {value} points but the item has {points}")
_NOT_JSON = QT_TRANSLATE_NOOP("Package", "is not valid JSON: {detail} (line {line}, column {column})")


# --- cross-references --------------------------------------------------------------------------------


@dataclass(frozen=True)
class KnownExam:
    """What the station already holds of an exam, for results that refer to it."""

    kind: str
    items: Mapping[str, str]  # item id -> type
    variants: Mapping[str, tuple[str, ...]]
    points: Mapping[str, Decimal] = field(default_factory=dict)
    option_keys: Mapping[str, frozenset[str]] = field(default_factory=dict)


@dataclass(frozen=True)
class KnownGroup:
    exam: str
    candidates: frozenset[str]


@dataclass(frozen=True)
class Known:
    """The station's exams and groups that a package may refer to without carrying them."""

    exams: Mapping[str, KnownExam]
    groups: Mapping[str, KnownGroup]


NOTHING_KNOWN = Known({}, {})


def parse_package(data: object, known: Known = NOTHING_KNOWN) -> tuple[PackageModel | None, list[Problem]]:
    """Validate ``data`` (parsed JSON) completely: the model, then every cross-reference.

    Returns the package only when there is no problem at all.
    """
    version = data.get("version") if isinstance(data, Mapping) else None
    try:
        package = PackageModel.model_validate(data, context=package_context(version if version == 1 else 2))
    except ValidationError as error:
        return None, [p for e in error.errors(include_url=False) for p in pydantic_problems(e)]
    problems = _cross_check(package, known)
    return (package if not problems else None), problems


Located = list[tuple[tuple[str | int, ...], Message]]


def _duplicates(values: list[str], where: Callable[[int], tuple[str | int, ...]]) -> Located:
    seen: set[str] = set()
    found: Located = []
    for index, value in enumerate(values):
        if value in seen:
            found.append((where(index), message(_DUPLICATE, value=short_value(value))))
        seen.add(value)
    return found


def _cross_check(package: PackageModel, known: Known) -> list[Problem]:
    """What only the whole package (and the station) can tell: references between its parts."""
    found: Located = _duplicates([e.code for e in package.exams], lambda i: ("exams", i, "code"))
    found += _duplicates([g.code for g in package.groups], lambda i: ("groups", i, "code"))
    exams: dict[str, KnownExam] = {**known.exams, **{exam.code: known_exam(exam) for exam in package.exams}}
    groups: dict[str, KnownGroup] = dict(known.groups)
    package_groups = {group.code for group in package.groups}
    found += _subject_problems(package)  # R-ACC-3
    for index, group in enumerate(package.groups):
        if group.exam not in exams:
            found.append((("groups", index, "exam"), message(_UNKNOWN_EXAM, value=group.exam)))
        first = group.second_sitting_of
        if first is not None and first not in groups and first not in package_groups:
            found.append((("groups", index, "second_sitting_of"), message(_UNKNOWN_GROUP, value=first)))
        previous = groups.get(group.code)
        numbers = frozenset(c.number for c in group.candidates)
        groups[group.code] = KnownGroup(
            group.exam, numbers | (previous.candidates if previous else frozenset())
        )
    found += _sitting_cycles(package.groups)
    seen_results: set[tuple[str, str, str]] = set()
    for index, result in enumerate(package.results):
        found += [
            (("results", index, *sub), text)
            for sub, text in _result_problems(result, exams, groups, seen_results)
        ]
    return [Problem(json_path(location), text) for location, text in found]


_SITTING_CYCLE = QT_TRANSLATE_NOOP(
    "Package", "afnamegroep {group} cannot be a second sitting of itself, not even through {first}"
)


def _sitting_cycles(groups: list[GroupModel]) -> Located:
    """A group that is (through others) its own second sitting: refused, so the writes can be ordered."""
    first_of = {group.code: group.second_sitting_of for group in groups}
    found: Located = []
    for index, group in enumerate(groups):
        seen, first = {group.code}, group.second_sitting_of
        while first is not None and first not in seen:
            seen.add(first)
            first = first_of.get(first)
        if first == group.code:
            where = ("groups", index, "second_sitting_of")
            found.append((where, message(_SITTING_CYCLE, group=group.code, first=group.second_sitting_of)))
    return found


def known_exam(exam: ExamModel) -> KnownExam:
    """What results need to know of an exam to be checked against it."""
    items = {item.id: item.type for item in exam.items}
    variants = {v.code: tuple(v.items) for v in exam.variants} if exam.variants else {"A": tuple(items)}
    points = {item.id: item.points for item in exam.items}
    option_keys = {
        item.id: frozenset(o.key for o in item.options)
        for item in exam.items
        if isinstance(item, MultipleChoiceModel | MultipleSelectModel | OrderingModel)
    }
    return KnownExam(exam.kind, items, variants, points, option_keys)


_PLACE = re.compile(r"\{([A-Za-z0-9._-]+)\}")


def _exam_problems(exam: ExamModel) -> Located:
    found = _duplicates([item.id for item in exam.items], lambda i: ("items", i, "id"))
    ids = {item.id for item in exam.items}
    for index, variant in enumerate(exam.variants or []):
        for k_index, item_id in enumerate(variant.items):
            if item_id not in ids:
                found.append(
                    (
                        ("variants", index, "items", k_index),
                        message(_UNKNOWN_ITEM, value=item_id, exam=exam.code),
                    )
                )
        found += _duplicates(list(variant.items), lambda i, index=index: ("variants", index, "items", i))  # type: ignore[misc]
    found += _duplicates([v.code for v in exam.variants or []], lambda i: ("variants", i, "code"))
    return found


def _item_problems(item: _ItemModel) -> Located:
    found: Located = []
    if isinstance(item, MultipleChoiceModel | MultipleSelectModel | OrderingModel):
        keys = [option.key for option in item.options]
        found += _duplicates(keys, lambda i: ("options", i, "key"))
        if isinstance(item, MultipleChoiceModel):
            if item.answer_key not in keys:
                found.append((("answer_key",), message(_KEY_NOT_OPTION, value=item.answer_key)))
        else:
            for index, key in enumerate(item.answer_key):
                if key not in keys:
                    found.append((("answer_key", index), message(_KEY_NOT_OPTION, value=key)))
        if isinstance(item, MultipleSelectModel):
            found += _duplicates(list(item.answer_key), lambda i: ("answer_key", i))
        if isinstance(item, OrderingModel):
            for field in ("initial_order", "answer_key"):
                if sorted(getattr(item, field)) != sorted(keys):
                    found.append(((field,), message(_ORDER_NOT_PERMUTATION)))
    if isinstance(item, MultipleDropdownModel):
        ids = [dropdown.id for dropdown in item.dropdowns]
        places = _PLACE.findall(item.stem)
        found += _duplicates(ids, lambda i: ("dropdowns", i, "id"))
        for index, dropdown in enumerate(item.dropdowns):
            if dropdown.answer_key not in dropdown.options:
                found.append(
                    (("dropdowns", index, "answer_key"), message(_KEY_NOT_OPTION, value=dropdown.answer_key))
                )
            if dropdown.id not in places:
                found.append((("dropdowns", index, "id"), message(_PLACEHOLDER_MISSING, value=dropdown.id)))
        for place in places:
            if place not in ids:
                found.append((("stem",), message(_PLACEHOLDER_UNKNOWN, value=place)))
    return found


_SHAPES = {
    "multiple_choice": (str, QT_TRANSLATE_NOOP("Package", 'one option key, e.g. "B"')),
    "numeric": (str, QT_TRANSLATE_NOOP("Package", 'the text as typed, e.g. "10.000,00"')),
    "multiple_select": (list, QT_TRANSLATE_NOOP("Package", 'a list of option keys, e.g. ["A", "C"]')),
    "ordering": (list, QT_TRANSLATE_NOOP("Package", "the final order as a list of option keys")),
    "multiple_dropdown": (dict, QT_TRANSLATE_NOOP("Package", "an object of dropdown id to chosen text")),
    "open": (OpenAnswerModel, QT_TRANSLATE_NOOP("Package", "an object with text and awarded")),
}


def _open_answer_problems(response: dict[str, str]) -> Located:
    """An open answer that validated as a plain object: its own fields' problems, at their paths."""
    try:
        OpenAnswerModel.model_validate(response, context=package_context(2))
    except ValidationError as error:
        return [
            (tuple(e["loc"]), p.message)
            for e in error.errors(include_url=False)
            for p in pydantic_problems(e)
        ]
    return [((), message(_RESPONSE_SHAPE, kind="open", expected=_SHAPES["open"][1]))]


def _too_long(response: object) -> bool:
    """A response longer than any answer (spec: text fields at most 20,000 characters)."""
    if isinstance(response, str):
        return len(response) > MAX_TEXT
    if isinstance(response, dict):
        response = list(response.values())
    return isinstance(response, list) and (len(response) > 50 or sum(map(len, response)) > MAX_TEXT)


def _result_problems(
    result: ResultModel,
    exams: Mapping[str, KnownExam],
    groups: Mapping[str, KnownGroup],
    seen: set[tuple[str, str, str]],
) -> Located:
    found: Located = []
    identity = (result.group, result.candidate, result.exam)
    if identity in seen:
        found.append((("candidate",), message(_DUPLICATE, value=result.candidate)))
    seen.add(identity)
    group = groups.get(result.group)
    if group is None:
        found.append((("group",), message(_UNKNOWN_GROUP, value=result.group)))
    else:
        if result.candidate not in group.candidates:
            found.append(
                (("candidate",), message(_UNKNOWN_CANDIDATE, value=result.candidate, group=result.group))
            )
        if group.exam != result.exam:
            found.append(
                (("exam",), message(_GROUP_EXAM, value=result.exam, group=result.group, expected=group.exam))
            )
    exam = exams.get(result.exam)
    if exam is None:
        found.append((("exam",), message(_UNKNOWN_EXAM, value=result.exam)))
        return found
    if result.variant not in exam.variants:
        found.append((("variant",), message(_UNKNOWN_VARIANT, value=result.variant, exam=result.exam)))
        return found
    in_variant = set(exam.variants[result.variant])
    for item_id, response in result.responses.items():
        where = ("responses", item_id)
        if item_id not in in_variant:
            found.append((where, message(_UNKNOWN_ITEM, value=item_id, exam=result.exam)))
        elif response is not None:
            kind = exam.items[item_id]
            shape, expected = _SHAPES[kind]
            if kind == "open" and isinstance(response, dict):  # e.g. "awarded": "1E-999999999"
                found += [((*where, *sub), text) for sub, text in _open_answer_problems(response)]
                continue
            if _too_long(response):
                found.append((where, message(TOO_LONG, limit=MAX_TEXT)))
                continue
            if not isinstance(response, shape):
                found.append((where, message(_RESPONSE_SHAPE, kind=kind, expected=expected)))
                continue
            keys = exam.option_keys.get(item_id)
            chosen = (
                [response] if isinstance(response, str) else response if isinstance(response, list) else []
            )
            for value in chosen if keys is not None else []:
                if value not in keys:
                    found.append((where, message(_RESPONSE_VALUE, value=short_value(value))))
            points = exam.points.get(item_id)
            if isinstance(response, OpenAnswerModel) and points is not None and response.awarded > points:
                found.append((where, message(_AWARDED_RANGE, value=response.awarded, points=points)))
    return found


def _subject_problems(package: PackageModel) -> Located:
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
