"""The package format (spec/exam-package.md): strict models, cross-references, all problems at once."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from examdesk import i18n
from examdesk.core.package_format import (
    Known,
    KnownExam,
    KnownGroup,
    json_path,
    json_schema,
    parse_package,
)
from tests.services.sample_package import valid_package as _valid


def _problems(data: Any, known: Known | None = None) -> dict[str, str]:
    package, problems = parse_package(data, known) if known else parse_package(data)
    assert package is None
    return {p.path: i18n.render(p.message) for p in problems}


def test_the_example_package_is_valid() -> None:
    package, problems = parse_package(_valid())
    assert problems == [] and package is not None
    assert len(package.exams[0].items) == 6


def test_unknown_fields_are_errors_with_their_path() -> None:
    data = _valid()
    data["exams"][0]["colour"] = "red"
    data["groups"][0]["candidates"][0]["bsnn"] = "1"
    problems = _problems(data)
    assert "exams[0].colour" in problems and "typo" in problems["exams[0].colour"]
    assert "groups[0].candidates[0].bsnn" in problems


def test_all_problems_are_reported_at_once() -> None:
    data = _valid()
    data["exams"][0]["items"][0]["answer_key"] = "E"
    data["exams"][0]["items"][3]["stem"] = "De rente is {a} en {c}."
    data["groups"][0]["candidates"][1]["bsn"] = "123456789"
    data["groups"][0]["start_time"] = "9:00"
    problems = _problems(data)
    assert set(problems) >= {
        "exams[0].items[0].answer_key",
        "exams[0].items[3].stem",
        "exams[0].items[3].dropdowns[1].id",
        "groups[0].candidates[1].bsn",
        "groups[0].start_time",
    }
    assert "HH:MM" in problems["groups[0].start_time"]


# R-BSN-5
def test_invalid_roster_bsn_names_the_candidate_R_BSN_5() -> None:
    data = _valid()
    data["groups"][0]["candidates"][1]["bsn"] = "123456789"
    problem = _problems(data)["groups[0].candidates[1].bsn"]
    assert "123456789" in problem and "candidate 1002" in problem and "11-proef" in problem


def test_duplicate_candidate_numbers_are_refused() -> None:
    data = _valid()
    data["groups"][0]["candidates"][1]["number"] = "1001"
    assert "more than once" in _problems(data)["groups[0].candidates[1].number"]


@pytest.mark.parametrize(
    ("change", "path"),
    [
        (
            lambda d: d["exams"][0]["items"][1].update(answer_key=["A", "Z"]),
            "exams[0].items[1].answer_key[1]",
        ),
        (lambda d: d["exams"][0]["items"][4].update(answer_key=["A", "B"]), "exams[0].items[4].answer_key"),
        (
            lambda d: d["exams"][0]["items"][3]["dropdowns"][0].update(answer_key="gelijk"),
            "exams[0].items[3].dropdowns[0].answer_key",
        ),
        (lambda d: d["exams"][0]["items"][2].update(id="K1"), "exams[0].items[2].id"),
        (
            lambda d: d["exams"][0].update(variants=[{"code": "A", "items": ["K1", "K9"]}]),
            "exams[0].variants[0].items[1]",
        ),
        (lambda d: d["exams"][0]["items"][0].update(type="essay"), "exams[0].items[0].type"),
        (lambda d: d["exams"][0]["items"][0].update(points=0), "exams[0].items[0].points"),
        (lambda d: d["exams"][0]["items"][5].update(stem="x" * 20_001), "exams[0].items[5].stem"),
        (lambda d: d["groups"][0].update(exam="ONBEKEND"), "groups[0].exam"),
        (lambda d: d["groups"][0]["location"].update(kind="garden"), "groups[0].location.kind"),
        (lambda d: d["results"][0].update(candidate="9999"), "results[0].candidate"),
        (lambda d: d["results"][0]["responses"].update(K9="A"), "results[0].responses.K9"),
        (lambda d: d["results"][0]["responses"].update(V1="A"), "results[0].responses.V1"),
        (lambda d: d["results"][0].update(variant="B"), "results[0].variant"),
        (lambda d: d.update(version=3), "version"),
    ],
)
def test_each_broken_reference_or_limit_is_named(change, path: str) -> None:
    data = copy.deepcopy(_valid())
    change(data)
    problems = _problems(data)
    assert path in problems, problems


def test_results_may_refer_to_what_the_station_already_holds() -> None:
    data = _valid()
    results_only = {"format": "examdesk-package", "version": 1, "results": data["results"]}
    assert "results[0].group" in _problems(results_only)
    known = Known(
        exams={
            "WFT-CK-2026-1": KnownExam(
                "pe",
                {
                    "K1": "multiple_choice",
                    "V1": "multiple_select",
                    "V2": "numeric",
                    "V3": "multiple_dropdown",
                    "V4": "ordering",
                    "O1": "open",
                },
                {"A": ("K1", "V1", "V2", "V3", "V4", "O1")},
            )
        },
        groups={"2026-06-12-CK-A": KnownGroup("WFT-CK-2026-1", frozenset({"1001", "1002"}))},
    )
    package, problems = parse_package(results_only, known)
    assert problems == [] and package is not None


def test_problems_speak_dutch_too() -> None:
    data = _valid()
    data["exams"][0]["colour"] = "red"
    _, problems = parse_package(data)
    assert i18n.render(problems[0].message, "nl") != i18n.render(problems[0].message, "en")


def test_json_path_spelling() -> None:
    assert json_path(("groups", 0, "candidates", 3, "bsn")) == "groups[0].candidates[3].bsn"
    assert json_path(()) == "(package)"


def test_the_json_schema_is_generated_from_the_models() -> None:
    schema = json_schema()
    text = json.dumps(schema)
    assert schema["properties"]["format"]["const"] == "examdesk-package"
    assert "multiple_dropdown" in text and "additionalProperties" in text


def test_an_empty_required_name_says_enter_a_name_not_too_short() -> None:
    """Issue 15, finding 14: an empty name read "is te kort: minstens 1"."""
    data = _valid()
    data["groups"][0]["candidates"][0]["name"] = ""
    data["groups"][0]["candidates"][0]["bsn"] = ""
    _, problems = parse_package(data)
    by_path = {p.path: p.message for p in problems}
    name = by_path["groups[0].candidates[0].name"]
    assert i18n.render(name, "en") == "is empty: enter a name"
    assert i18n.render(name, "nl") == "is leeg: vul een naam in"
    assert "1" not in i18n.render(by_path["groups[0].candidates[0].bsn"], "en")
