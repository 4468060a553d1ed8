"""Issue 12 #3: the proces-verbaal's PDF text does not change when its read model moves to core.

The texts in ``fixtures/pv_*.txt`` were written by the code before the move (``python -m
tests.reports.test_pv_unchanged FOLDER`` writes them again). The demo station runs on a manual clock, so the
only things that differ between runs are the hashes and the station's id, which are replaced by words.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from examdesk.core.eventkinds import EventKind
from examdesk.reports import proces_verbaal as pv_report
from examdesk.reports.document import Letterhead
from examdesk.services import accounts, demo, proces_verbaal, sessions
from examdesk.services.station import Station
from tests.reports.pdftools import needs_poppler, pdftotext
from tests.services.demo_station import open_copy, write_template

FIXTURES = Path(__file__).parent / "fixtures"
CASES = [(state, language) for state in ("closed", "running", "planned") for language in ("en", "nl")]


def pdf_texts(station: Station, folder: Path) -> dict[str, str]:
    """The text of each demo session's proces-verbaal PDF, in English and Dutch, with hashes as words."""
    from examdesk import i18n

    secretaris = accounts.sign_in(station, "secretaris", demo.DEMO_PASSWORD)
    by_state = {s.state.value: s.id for s in sessions.list_sessions(station)}
    closed = by_state["closed"]
    if not any(e.is_addendum for e in proces_verbaal.load(station, secretaris, closed).entries):
        proces_verbaal.record_addendum(station, secretaris, closed, "Uitwerkbijlage 3004 nagekomen.")
    running = proces_verbaal.load(station, secretaris, by_state["running"])
    if not running.corrections:  # R-PV-2: a correction that takes a pause out of the clock
        jansen = accounts.sign_in(station, "surveillant1", demo.DEMO_PASSWORD)
        pause = next(e for e in running.entries if e.kind == EventKind.PAUSE_STARTED)
        assert pause.candidate is not None
        sessions.record_correction(
            station,
            jansen,
            by_state["running"],
            pause.event_id,
            "Pauze per ongeluk bij de verkeerde kandidaat gestart.",
            void=True,
            candidate_id=pause.candidate.candidate_id,
        )
    texts = {}
    for state, language in CASES:
        record = proces_verbaal.load(station, secretaris, by_state[state])
        head = Letterhead(
            "Het Nieuwe Lyceum", "Lokaal 1.05", dt.datetime(2026, 6, 16, 9, 41, tzinfo=dt.UTC), language
        )
        data = pv_report.render(record, head, functools.partial(i18n.render, language=language))
        out = folder / f"pv_{state}_{language}.pdf"
        out.write_bytes(data)
        # Each cell whole, in reading order, one line per line of the PDF: a hash's glyphs differ in width,
        # so where a long line wraps may differ between runs, and that is not the text.
        text = " ".join(pdftotext(out, layout=False).split())
        text = re.sub(r"\b[0-9a-f]{64}\b", "HASH", text)
        text = text.replace(station.station_id, "STATION")
        texts[f"pv_{state}_{language}"] = text
    return texts


@pytest.fixture
def station(tmp_path: Path, running_demo: Path) -> Iterator[Station]:
    opened, _clock = open_copy(running_demo, tmp_path / "demo")
    yield opened
    opened.close()


@needs_poppler
@pytest.mark.slow
def test_the_proces_verbaal_pdf_says_word_for_word_what_it_said_before_issue_12(
    station: Station, tmp_path: Path
) -> None:
    for name, text in pdf_texts(station, tmp_path).items():
        assert text == (FIXTURES / f"{name}.txt").read_text("utf-8"), name


if __name__ == "__main__":  # write the fixtures (and the PDFs, to look at) into FOLDER
    import tempfile

    target = Path(sys.argv[1])
    target.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as temporary:
        made, _ = open_copy(write_template(Path(temporary) / "template"), Path(temporary) / "demo")
        try:
            for name, text in pdf_texts(made, target).items():
                (target / f"{name}.txt").write_text(text, "utf-8")
        finally:
            made.close()
