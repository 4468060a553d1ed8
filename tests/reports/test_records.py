"""Records that can be trusted line by line (issue 16 #2, issue 13 #2): every report type embeds the font
shipped with examdesk and prints every name exactly (R-SIG-3), and a free text of 20,000 characters wraps
and splits across pages in every report instead of blocking it for ever."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from examdesk.services import accounts, cases, demo, inzage_sessions, reports, sessions
from tests.reports.conftest import session_in_state
from tests.reports.pdftools import needs_poppler, pdftotext

NAMES = ("Fatma Yıldız", "Łukasz Wójcik", "Nguyễn Thị Mai")
_PROSE = (
    "De kandidaat meldde dat het scherm bij de vraag over consumptief krediet enige tijd niet reageerde, "
    "waarna de surveillant de computer heeft herstart en de kandidaat verder kon werken. "
)
LONG = (", ".join(NAMES) + ". " + _PROSE * 200)[:20_000]

needs_pdffonts = pytest.mark.skipif(not shutil.which("pdffonts"), reason="poppler-utils is needed")


def _secretaris(station: Any) -> Any:
    return accounts.sign_in(station, "secretaris", demo.DEMO_PASSWORD)


def _every_report(station: Any, folder: Path, language: str) -> dict[str, Path]:
    """One report of every type, each carrying the three names and (where people type text) 20,000
    characters of prose."""
    secretaris = _secretaris(station)
    running = session_in_state(station, "running")
    closed = session_in_state(station, "closed")
    melding = sessions.record_melding(
        station,
        secretaris,
        running,
        kind="examenomstandigheden",
        candidate_text=LONG,
        surveillant_text=LONG,
        resolution=LONG,
    )
    sessions.record_remark(station, secretaris, running, LONG)
    first = sessions.dashboard(station, secretaris, closed)[0].candidate_id
    case_id = cases.open_case(
        station, secretaris, closed, candidates=[first], category="other", technical=False, description=LONG
    )
    # Kim de Graaf's, two days before the demo's day: the oldest (the other is of that morning).
    entry = inzage_sessions.inzage_log(station, secretaris)[0]
    paths = {kind: folder / f"{kind}-{language}.pdf" for kind in ("pv", "vov", "case", "inzage")}
    reports.export_proces_verbaal(station, secretaris, running, paths["pv"], language=language)
    reports.export_vov(station, secretaris, melding.id, paths["vov"], language=language)
    reports.export_case(station, secretaris, case_id, paths["case"], language=language)
    reports.export_inzage(station, secretaris, entry.inzage_id, paths["inzage"], language=language)
    return paths


@dataclasses.dataclass(frozen=True)
class Made:
    """Every report of one language (``_every_report``) and the closed session's proces-verbaal, with the
    text pdftotext reads from each (each cell whole, in reading order)."""

    paths: dict[str, Path]
    texts: dict[str, str]
    running: str
    closed: str


@pytest.fixture(scope="session")
def made(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Made]:
    """The reports in a language, made once for the tests here that only read them (a report with these
    texts takes a second or more to lay out): the running session first gets an irregularity and a
    melding, in that order, then ``_every_report``'s texts; the closed session's proces-verbaal comes last.
    Kept for the run, not the module: pytest may run other modules' tests between this module's."""
    from examdesk.services.station import open_station

    found: dict[str, Made] = {}

    def make(language: str) -> Made:
        if language in found:
            return found[language]
        folder = tmp_path_factory.mktemp(f"reports-{language}")
        shutil.copytree(demo_template, folder / "demo")
        station = open_station(folder / "demo")
        try:
            secretaris = _secretaris(station)
            running, closed = session_in_state(station, "running"), session_in_state(station, "closed")
            sessions.record_irregularity(
                station, secretaris, running, category="a", description="Spiekbriefje X1."
            )
            sessions.record_melding(
                station, secretaris, running, kind="examenomstandigheden", surveillant_text="Lawaai Y2."
            )
            paths = _every_report(station, folder, language)
            paths["closed"] = folder / f"closed-{language}.pdf"
            reports.export_proces_verbaal(station, secretaris, closed, paths["closed"], language=language)
        finally:
            station.close()
        texts = {kind: pdftotext(path, layout=False) for kind, path in paths.items()}
        found[language] = Made(paths, texts, running, closed)
        return found[language]

    return make


def _fonts(path: Path) -> list[tuple[str, str]]:
    """(name, embedded) for every font pdffonts lists."""
    done = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, timeout=60, check=True)
    rows = done.stdout.splitlines()[2:]
    return [(row.split()[0], row.split()[-5]) for row in rows if row.strip()]


# R-SIG-3, issue 13 #2
@pytest.mark.slow
@needs_poppler
@needs_pdffonts
@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_report_type_embeds_its_font_and_prints_names_and_long_texts_R_SIG_3(
    made: Callable[[str], Made], language: str
) -> None:
    reports_made = made(language)
    for kind in ("pv", "vov", "case", "inzage"):
        fonts = _fonts(reports_made.paths[kind])
        assert fonts, kind
        assert all(embedded == "yes" for _, embedded in fonts), (kind, fonts)
        assert not any("Helvetica" in name for name, _ in fonts), (kind, fonts)
    for kind in ("pv", "vov", "case"):
        text = " ".join(reports_made.texts[kind].split())
        for name in NAMES:
            assert name in text, (kind, name)
        # The whole text is there: the prose's last words too, not cut off at a page's end.
        assert text.count("verder kon werken") >= LONG.count("verder kon werken"), kind


# R-SIG-3
@needs_poppler
def test_the_inzage_report_prints_a_vietnamese_name_exactly_R_SIG_3(tmp_path: Path) -> None:
    from tests.reports.test_inzage_report import REPORT, _render

    for name in NAMES:
        path = tmp_path / "inzage.pdf"
        path.write_bytes(_render("nl", dataclasses.replace(REPORT, candidate_name=name)))
        assert name in pdftotext(path, layout=False)


# issue 13 #2
def test_a_20000_character_vov_text_splits_across_pages(tmp_path: Path) -> None:
    import datetime as dt

    from examdesk import i18n
    from examdesk.reports import document, vov

    at = dt.datetime(2026, 6, 12, 9, 30, tzinfo=dt.UTC)
    report = vov.VovReport(
        melding_id=7,
        exam_code="WFT-CK",
        exam_title="Consumptief krediet",
        group_code="G1",
        group_name="Ochtend",
        session_date=at.date(),
        start_time="09:00",
        room="2.14",
        recorded_at=at,
        collective=False,
        candidate_number="1005",
        candidate_name=NAMES[2],
        masked_bsn="*****1234",
        kind="examenvraag",
        questions=("4",),
        candidate_text=LONG,
        surveillant_text=LONG,
        resolved=True,
        resolution=LONG,
        duo_consulted=True,
        meldingsnummer="FH-1",
        surveillant="A. Jansen",
    )
    head = document.Letterhead("School", "Station", at, "nl")
    pdf = vov.render(report, head, lambda value: i18n.render(value, "nl"))
    assert pdf.count(b"/Type /Page\n") + pdf.count(b"/Type /Page ") > 3 or len(pdf) > 20_000


# R-PV-6
@needs_poppler
@pytest.mark.parametrize(("language", "word"), [("nl", "VOORLOPIG"), ("en", "PROVISIONAL")])
def test_a_running_sessions_proces_verbaal_is_provisional_in_its_title_and_on_every_page_R_PV_6(
    made: Callable[[str], Made], language: str, word: str
) -> None:
    reports_made = made(language)  # the running session's with 20,000 characters of prose: several pages
    pages = [page for page in reports_made.texts["pv"].split("\f") if page.strip()]
    assert len(pages) > 2
    assert f"Proces-verbaal ({word})" in pages[0]
    assert all(word in page for page in pages)
    assert word not in reports_made.texts["closed"]


# issue 16 #12: the reports read as the Inspectie reads them
@pytest.mark.slow
@needs_poppler
def test_reports_print_no_rule_ids_no_session_id_and_read_right(made: Callable[[str], Made]) -> None:
    dutch = made("nl")  # the irregularity "Spiekbriefje X1." recorded before the melding "Lawaai Y2."
    texts = {kind: " ".join(text.split()) for kind, text in dutch.texts.items()}
    for kind, text in texts.items():
        assert "(R-" not in text, kind  # no internal rule ids
        assert ".;" not in text, kind  # "werkte de vraag; DUO", not "werkte de vraag.; DUO"
    for session_id in (dutch.running, dutch.closed):
        assert session_id not in texts["case"]
    assert "Verleend door" in texts["inzage"] and "Afgenomen door" not in texts["inzage"]
    assert "vraag 4;" in texts["closed"] and "vragen 4" not in texts["closed"]
    assert "vragen 1, 2" in texts["closed"]
    # Meldingen and irregularities in the order they happened.
    meldingen = texts["pv"].split("Meldingen en onregelmatigheden")[1].split("Opmerkingen en correcties")[0]
    assert meldingen.index("Spiekbriefje X1") < meldingen.index("Lawaai Y2")
    # No word split across lines in a narrow column ("Onregelmatighei d").
    assert "Onregelmatigheid" in meldingen and "Onregelmatighe " not in meldingen
