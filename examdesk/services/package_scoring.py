"""Scoring a package's results without importing anything (R-SCO-8, R-SCO-9, R-GRD-1..3): ``examdesk score``."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

from examdesk.core.grading import Grade, grade
from examdesk.core.package_format import Known
from examdesk.core.scoring import ResultScore, Scorer
from examdesk.services.exams import Exam, core_exam, core_responses
from examdesk.services.packages import PackageRefused, known_on_station, parse_loaded, read_package_file
from examdesk.services.station import Station
from examdesk.store.db import transaction


@dataclass(frozen=True)
class ScoredResult:
    candidate: str
    exam: Exam
    variant: str
    score: ResultScore
    grade: Grade | None  # None when every item was excluded

    @property
    def percent(self) -> Fraction:
        """The exact percentage of the maximum (0 when every item was excluded)."""
        return self.score.points * 100 / self.score.max_points if self.score.max_points else Fraction(0)


def score_package(
    path: Path, excluded: Iterable[str] = (), station: Station | None = None
) -> list[ScoredResult]:
    """Score every result of a package without importing anything (R-SCO-8, R-SCO-9, R-GRD-1..3).

    Results may refer to exams on ``station``; the package's own exams come first.
    """
    try:
        loaded, _ = read_package_file(path)
    except PackageRefused as refused:
        # Scoring imports nothing: its refusal never speaks of importing (issue 17).
        raise PackageRefused(path, refused.problems, scoring=True) from None
    known, exam_models = Known({}, {}), {}
    if station is not None:
        with transaction(station.engine) as session:
            known, rows = known_on_station(session)
            exam_models = {code: row.definition for code, row in rows.items()}
    package, problems = parse_loaded(loaded, known)
    if package is None:
        raise PackageRefused(path, problems, scoring=True)
    exams = {code: core_exam(model) for code, model in exam_models.items()}
    exams.update({model.code: core_exam(model) for model in package.exams})
    dropped = frozenset(excluded)
    scorers: dict[tuple[str, str], Scorer] = {}
    scored = []
    for result in package.results:
        exam = exams[result.exam]
        scorer = scorers.get((exam.code, result.variant))
        if scorer is None:
            scorer = scorers[(exam.code, result.variant)] = Scorer(
                exam.variant_items(result.variant), dropped
            )
        score = scorer.score(core_responses(exam, result.responses))
        result_grade = grade(score.points, score.max_points, exam.grading) if score.max_points else None
        scored.append(ScoredResult(result.candidate, exam, result.variant, score, result_grade))
    return scored
