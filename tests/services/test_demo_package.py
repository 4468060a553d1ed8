"""The demo package (examdesk/resources/demo/demo_package.json) is valid, varied and not stale."""

from __future__ import annotations

import json
from importlib.resources import files

import pytest

from examdesk.core import bsn
from examdesk.core.package_format import PackageModel, parse_package
from tools import make_demo_package

ITEM_TYPES = {"multiple_choice", "multiple_select", "numeric", "multiple_dropdown", "ordering", "open"}


def _text() -> str:
    return files("examdesk.resources.demo").joinpath("demo_package.json").read_text("utf-8")


@pytest.fixture(scope="module")
def package() -> PackageModel:
    parsed, problems = parse_package(json.loads(_text()))
    assert problems == []
    assert parsed is not None
    return parsed


def test_the_shipped_package_has_no_problems(package: PackageModel) -> None:
    assert package.format == "examdesk-package"


def test_the_pe_exam_has_25_items_of_every_type(package: PackageModel) -> None:
    (pe,) = [exam for exam in package.exams if exam.kind == "pe"]
    assert len(pe.items) == 25
    counts = {kind: sum(1 for item in pe.items if item.type == kind) for kind in ITEM_TYPES}
    assert min(counts.values()) >= 2
    assert max(counts, key=lambda kind: counts[kind]) == "multiple_choice"
    # As the real exam (002 §1.3, §1.6): 16 kennis en begrip of 1 point, 9 others of 2; 34 in all.
    knowledge = [item for item in pe.items if item.section == "kennis_begrip"]
    assert len(knowledge) == 16
    assert all(item.points == 1 for item in knowledge)
    assert all(item.points == 2 for item in pe.items if item.section != "kennis_begrip")
    assert sum(item.points for item in pe.items) == 34


def test_the_ce_variants_share_no_item(package: PackageModel) -> None:
    # R-IRR-3: a tweede zitting needs a variant without any item of the first.
    (ce,) = [exam for exam in package.exams if exam.kind == "ce"]
    assert ce.variants is not None and len(ce.variants) == 2
    first, second = (set(variant.items) for variant in ce.variants)
    assert first and second and not first & second
    assert first | second == {item.id for item in ce.items}


def test_three_groups_with_valid_unique_bsns(package: PackageModel) -> None:
    assert len(package.groups) == 3
    numbers = [candidate.bsn for group in package.groups for candidate in group.candidates]
    assert all(bsn.is_valid(number) for number in numbers)  # R-BSN-2, R-BSN-5
    assert len(set(numbers)) == len(numbers)


def test_accommodations_include_an_expired_vsv_and_the_double_extension(package: PackageModel) -> None:
    candidates = [c for g in package.groups for c in g.candidates]
    kinds = {a.kind for c in candidates for a in c.accommodations}
    assert {"extra_time", "large_print", "separate_room", "reading_aloud"} <= kinds  # R-ACC-1
    pe_groups = [g for g in package.groups if g.exam == make_demo_package.PE_CODE]
    dates = [
        (group.date - a.statement.date).days
        for group in pe_groups
        for c in group.candidates
        for a in c.accommodations
        if a.statement is not None
    ]
    assert any(days > 5 * 365 for days in dates)  # R-ACC-2: one VSV has expired
    assert any(days < 5 * 365 for days in dates)
    # R-TIME-3: dyslexia together with NT2, both grounds recorded as codes.
    assert any(sum(1 for a in c.accommodations if a.kind == "extra_time") == 2 for c in candidates)
    # R-ACC-1: every accommodation is structured (package version 2): grounds as codes, no free-text basis.
    assert package.version == 2
    assert all(a.basis is None for c in candidates for a in c.accommodations)
    assert all(a.ground is not None for c in candidates for a in c.accommodations if a.kind == "extra_time")


def test_pe_results_include_inzage_grades_fails_and_passes(package: PackageModel) -> None:
    graded = [g for g in make_demo_package.graded_results(package) if g.exam == make_demo_package.PE_CODE]
    grades = {int(g.grade.rounded) for g in graded}
    assert {4, 5} <= grades  # R-INZ-3: eligible for inzage
    assert any(g.grade.rounded < 4 for g in graded)
    assert any(g.grade.passed for g in graded)  # R-GRD-1
    assert all(g.grade.passed == (g.grade.rounded >= 6) for g in graded)  # R-GRD-3: PE whole grades
    assert all(g.score.max_points == 34 for g in graded)


def test_some_candidates_have_no_result(package: PackageModel) -> None:
    sat = {(r.group, r.candidate) for r in package.results}
    for group in package.groups:
        absent = [c.number for c in group.candidates if (group.code, c.number) not in sat]
        assert 1 <= len(absent) <= 2


def test_responses_show_the_tricky_cases(package: PackageModel) -> None:
    graded = make_demo_package.graded_results(package)
    statuses = {score.status for g in graded for score in g.score.items}
    # R-NUM-1 (an invalid spelling), R-SCO-5 (an unchanged order), R-SCO-4/6 (partial points).
    assert {"invalid", "unanswered", "partial", "wrong", "correct"} <= {str(s) for s in statuses}


def test_the_generator_reproduces_the_committed_file() -> None:
    assert make_demo_package.render(make_demo_package.build()) == _text()
    assert make_demo_package.render(make_demo_package.build()) == make_demo_package.render(
        make_demo_package.build()
    )
