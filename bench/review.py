"""Inzage viewer benchmark (issue 5). Run on demand: ``python bench/review.py``.

Opens a 60-item exam of mixed item types (the demo package's questions, with case texts, repeated
to 60) in the read-only inzage viewer, shown offscreen, and steps through every question with the
answer key shown, timing each step from the key press to the painted question: the first pass builds
each question's view, the second shows the kept views again.
Each step is timed twice: wall time, and the CPU time of this process. On a busy machine the wall time
of a step also holds the moments another process had the CPU; the CPU time is what the step itself
costs, and what a person waits for on a station that does nothing else.
A third pass opens a new viewer and waits half a second on each question before the next key press,
as a person reading does: the viewer builds the next question meanwhile (not counted as opened), so
the step only shows it. It is reported beside the budget, which is on the first pass.
Budget: every step of the first pass under 50 ms of CPU time, and the median step under 50 ms of wall
time. Exit 1 when the budget is exceeded.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from dataclasses import replace
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

STEP_BUDGET_MS = 50.0
READ_SECONDS = 0.5  # a new viewer stepped through as a person does: each question looked at first


def exam_entries(count: int) -> list:  # type: ignore[type-arg]
    """``count`` questions with a candidate's responses and scores, from the demo package's exams."""
    from examdesk.core.package_format import parse_package
    from examdesk.core.scoring import score_item
    from examdesk.services.exams import core_exam, core_responses
    from examdesk.ui.review.viewer import ViewerEntry

    data = json.loads(
        resources.files("examdesk.resources.demo").joinpath("demo_package.json").read_text("utf-8")
    )
    package, problems = parse_package(data)
    assert package is not None, problems
    pool = []
    for model in package.exams:
        exam = core_exam(model)
        result = next(r for r in data["results"] if r["exam"] == model.code)
        responses = core_responses(exam, result["responses"])
        pool += [(item, responses.get(item.id)) for item in exam.variant_items(result["variant"])]
    entries = []
    for number in range(1, count + 1):
        item, response = pool[(number - 1) % len(pool)]
        item = replace(item, id=f"Q{number}")
        entries.append(ViewerEntry(number, item, response, score_item(item, response)))
    return entries


Timings = list[list[tuple[float, float]]]  # per pass, per step: (wall, cpu) seconds


def step_through(entries: list, passes: int, read_seconds: float = 0.0) -> Timings:  # type: ignore[type-arg]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt, qInstallMessageHandler
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from examdesk.ui import style
    from examdesk.ui.review.viewer import InspectionViewer

    # The offscreen platform cannot size windows to their hints and says so; real platforms can.
    qInstallMessageHandler(
        lambda kind, context, text: None if "propagateSizeHints" in text else print(text, file=sys.stderr)
    )
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    style.apply(app)
    viewer = InspectionViewer(entries)
    viewer.resize(1280, 860)
    viewer.show()
    QTest.qWaitForWindowExposed(viewer)
    viewer.activateWindow()
    if not QTest.qWaitForWindowActive(viewer):  # shortcuts reach an active window only
        raise SystemExit("the viewer's window did not become active")
    timings: Timings = []
    for _ in range(passes):
        QTest.keyClick(viewer.question_list, Qt.Key.Key_Home)
        app.processEvents()
        steps = []
        for index in range(len(entries)):
            if read_seconds:  # the question is read before the next key press; the viewer reads ahead
                QTest.qWait(int(read_seconds * 1000))
            started, started_cpu = time.perf_counter(), time.process_time()
            if index:
                QTest.keyClick(viewer.question_list, Qt.Key.Key_PageDown)
            if not viewer.key_button.isChecked():
                QTest.keyClick(viewer.question_list, Qt.Key.Key_K)
            app.processEvents()  # layout and paint of the question shown
            steps.append((time.perf_counter() - started, time.process_time() - started_cpu))
            assert viewer.current_index() == index and viewer.key_visible(), (
                index,
                viewer.current_index(),
                viewer.key_visible(),
                viewer.isActiveWindow(),
                app.focusWidget(),
            )
        timings.append(steps)
    viewer.close()
    viewer.deleteLater()
    app.processEvents()
    return timings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=60)
    options = parser.parse_args()

    entries = exam_entries(options.items)
    kinds = sorted({entry.item.type.value for entry in entries})
    print(f"{len(entries)} questions of {len(kinds)} types: {', '.join(kinds)}")
    if hasattr(os, "getloadavg"):  # other work on the machine slows every step alike
        print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    first, again = step_through(entries, passes=2)
    (reading,) = step_through(entries, passes=1, read_seconds=READ_SECONDS)

    def line(name: str, values: list[float]) -> str:
        ms = sorted(value * 1000 for value in values)
        p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
        return f"{name}: median {statistics.median(ms):5.1f} ms, p95 {p95:5.1f} ms, max {ms[-1]:5.1f} ms"

    for name, steps in (
        ("first pass (each view built)", first),
        ("second pass (views kept)    ", again),
        (f"reading pace ({READ_SECONDS:.1f} s a question)", reading),
    ):
        print(line(f"{name}, wall", [wall for wall, _ in steps]))
        print(line(f"{name}, CPU ", [cpu for _, cpu in steps]))
    slowest = max(range(len(first)), key=lambda n: first[n][1])
    print(f"slowest first-pass step: question {entries[slowest].number} ({entries[slowest].item.type.value})")
    worst_cpu = first[slowest][1] * 1000
    median_wall = statistics.median(wall for wall, _ in first) * 1000
    print(
        f"budget: every first-pass step under {STEP_BUDGET_MS:.0f} ms CPU, median step under {STEP_BUDGET_MS:.0f} ms wall"
    )
    print(f"slowest step CPU ms: {worst_cpu:.1f}; median step wall ms: {median_wall:.1f}")
    return 0 if worst_cpu < STEP_BUDGET_MS and median_wall < STEP_BUDGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
