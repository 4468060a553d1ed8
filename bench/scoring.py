"""Scoring and import benchmark (issue 3). Run on demand: ``python bench/scoring.py``.

In one run:
- score 10,000 candidates x 50 items with ``core.scoring.Scorer`` (what scoring a cohort uses), beside a baseline that only
  compares each response with its key in a bare loop; budget: at most 5x the baseline;
- import a package with 5,000 candidates (and their results) into a fresh station, beside a baseline
  of ``json.load`` of the same file; budget: under 3 s.
Exit 1 when a budget is exceeded.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from fractions import Fraction
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from examdesk.core import bsn  # noqa: E402
from examdesk.core.items import MultipleChoiceItem, Option  # noqa: E402
from examdesk.core.scoring import Scorer  # noqa: E402

SCORING_BUDGET = 5.0
IMPORT_BUDGET_SECONDS = 3.0


def valid_bsns(count: int) -> list[str]:
    found: list[str] = []
    number = 100_000_000
    while len(found) < count:
        number += 1
        text = f"{number:09d}"
        if bsn.is_valid(text):
            found.append(text)
    return found


def build_package(candidates: int, items: int) -> dict[str, Any]:
    keys = "ABCD"
    item_list = [
        {
            "id": f"K{n}",
            "type": "multiple_choice",
            "points": 1,
            "stem": f"Vraag {n}",
            "options": [{"key": k, "text": f"Antwoord {k}"} for k in keys],
            "answer_key": keys[n % 4],
        }
        for n in range(items)
    ]
    numbers = [str(10_000 + n) for n in range(candidates)]
    return {
        "format": "examdesk-package",
        "version": 1,
        "exams": [
            {
                "code": "BENCH-1",
                "title": "Benchmark",
                "kind": "pe",
                "duration_minutes": 90,
                "items": item_list,
            }
        ],
        "groups": [
            {
                "code": "BENCH-G",
                "exam": "BENCH-1",
                "name": "Benchmark",
                "date": "2026-06-12",
                "start_time": "09:00",
                "location": {"kind": "school", "room": "Aula"},
                "candidates": [
                    {"number": num, "name": f"Kandidaat {num}", "bsn": b}
                    for num, b in zip(numbers, valid_bsns(candidates), strict=True)
                ],
            }
        ],
        "results": [
            {
                "candidate": num,
                "group": "BENCH-G",
                "exam": "BENCH-1",
                "variant": "A",
                "responses": {f"K{n}": keys[(n * 7 + i) % 4] for n in range(items)},
            }
            for i, num in enumerate(numbers)
        ],
    }


def bench_scoring(candidates: int, items: int, repeats: int) -> tuple[float, float]:
    keys = "ABCD"
    exam_items = [
        MultipleChoiceItem(
            id=f"K{n}", points=Fraction(1), options=tuple(Option(k, k) for k in keys), answer_key=keys[n % 4]
        )
        for n in range(items)
    ]
    responses = [{f"K{n}": keys[(n * 7 + i) % 4] for n in range(items)} for i in range(candidates)]
    answer_keys = [(item.id, item.answer_key) for item in exam_items]

    def baseline() -> int:
        total = 0
        for response in responses:
            total += sum(1 for item_id, key in answer_keys if response.get(item_id) == key)
        return total

    def real() -> Fraction:
        scorer = Scorer(exam_items)
        total = Fraction(0)
        for response in responses:
            total += scorer.score(response).points
        return total

    assert baseline() == real()
    base, ours = [], []
    for _ in range(repeats):
        started = time.perf_counter()
        baseline()
        base.append(time.perf_counter() - started)
        started = time.perf_counter()
        real()
        ours.append(time.perf_counter() - started)
    return statistics.median(base), statistics.median(ours)


def bench_import(candidates: int, items: int) -> tuple[float, float, dict[str, int]]:
    from examdesk.services import packages
    from examdesk.services.actors import command_line_operator
    from examdesk.services.clock import ManualClock
    from examdesk.services.secrets import MemoryStore
    from examdesk.services.station import open_station

    with tempfile.TemporaryDirectory(prefix="examdesk-bench-") as folder:
        path = Path(folder) / "bench.examdesk.json"
        path.write_text(json.dumps(build_package(candidates, items)), "utf-8")
        started = time.perf_counter()
        with path.open("rb") as handle:
            json.load(handle)
        baseline = time.perf_counter() - started
        station = open_station(
            Path(folder) / "station",
            secret_store=MemoryStore(),
            clock=ManualClock(datetime(2026, 6, 12, tzinfo=UTC)),
        )
        try:
            started = time.perf_counter()
            report = packages.import_package(station, command_line_operator(), path)
            elapsed = time.perf_counter() - started
        finally:
            station.close()
    return baseline, elapsed, report.added


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--candidates", type=int, default=10_000)
    parser.add_argument("--items", type=int, default=50)
    parser.add_argument("--import-candidates", type=int, default=5_000)
    parser.add_argument("--repeats", type=int, default=3)
    options = parser.parse_args(argv)

    base, ours = bench_scoring(options.candidates, options.items, options.repeats)
    scoring_ratio = ours / base
    print(f"scoring {options.candidates} x {options.items}: baseline {base:.3f} s, Scorer {ours:.3f} s")
    print(f"budget: scoring ratio at most {SCORING_BUDGET:.1f}")
    print(f"scoring ratio (Scorer / bare comparison loop): {scoring_ratio:.2f}")

    json_load, imported, added = bench_import(options.import_candidates, options.items)
    print(
        f"import of {options.import_candidates} candidates with results: json.load {json_load:.3f} s, import {imported:.3f} s ({added})"
    )
    print(f"budget: import under {IMPORT_BUDGET_SECONDS:.1f} s")
    print(f"import seconds: {imported:.2f}")
    return 0 if scoring_ratio <= SCORING_BUDGET and imported < IMPORT_BUDGET_SECONDS else 1


if __name__ == "__main__":
    raise SystemExit(main())
