"""``examdesk inzage-status GROUP [--date] [--json]`` (spec/cli.md; R-INZ-2, R-INZ-3, R-INZ-5)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.cli_runner import run
from tests.demo_station import CE_GROUP, PE_GROUP


def _folder(demo_template: Path, tmp_path: Path) -> str:
    folder = tmp_path / "demo"
    shutil.copytree(demo_template, folder)
    return str(folder)


def test_inzage_status_json_has_exactly_the_documented_shape(demo_template: Path, tmp_path: Path) -> None:
    folder = _folder(demo_template, tmp_path)
    done = run(
        "inzage-status", PE_GROUP, "--date", "2026-06-16", "--json", "--data-dir", folder, "--lang", "en"
    )
    assert done.returncode == 0, done.stderr
    listed = json.loads(done.stdout)
    assert list(listed) == ["candidates"]
    assert [list(row) for row in listed["candidates"]] == [
        ["candidate", "grade", "allowed", "reason", "until", "appointment"]
    ] * 7
    rows = {row["candidate"]: row for row in listed["candidates"]}
    # R-INZ-3: grade 4, result of 13 June: allowed through 27 June.
    assert rows["2003"] == {
        "candidate": "2003",
        "grade": 4,
        "allowed": True,
        "reason": None,
        "until": "2026-06-27",
        "appointment": "2026-06-16",  # R-INZ-6: the demo's appointment of that day
    }
    assert rows["2001"]["allowed"] is False and rows["2001"]["until"] is None
    assert rows["2001"]["reason"] == "Inzage of this exam is only for a grade 4 or 5; the grade is 6."
    assert rows["2002"]["reason"].startswith("The candidate already had inzage of this exam on 14 Jun 2026")
    assert rows["2006"]["grade"] is None and rows["2006"]["allowed"] is False  # absent: no result


def test_inzage_status_on_the_last_day_and_after_it_r_inz_2_r_inz_5(
    demo_template: Path, tmp_path: Path
) -> None:
    folder = _folder(demo_template, tmp_path)
    last = json.loads(
        run("inzage-status", CE_GROUP, "--date", "2026-07-03", "--json", "--data-dir", folder).stdout
    )
    assert {row["candidate"]: row["allowed"] for row in last["candidates"]}["3004"] is True
    assert {row["candidate"]: row["grade"] for row in last["candidates"]}["3007"] == 4.7
    after = run(
        "inzage-status", CE_GROUP, "--date", "2026-07-04", "--json", "--data-dir", folder, "--lang", "nl"
    )
    reason = {row["candidate"]: row["reason"] for row in json.loads(after.stdout)["candidates"]}["3004"]
    assert reason == (
        "De inzageperiode is verstreken op 03-07-2026: inzage is niet meer toegestaan. De kandidaat kan alleen "
        "nog inzage aanvragen bij het College voor Toetsen en Examens (CvTE)."
    )


def test_inzage_status_lines_in_dutch_by_default_today(demo_template: Path, tmp_path: Path) -> None:
    # Without --date the day is today in Amsterdam: long after the demo's 27 June, so the window is closed.
    done = run("inzage-status", PE_GROUP, "--data-dir", _folder(demo_template, tmp_path))
    assert done.returncode == 0, done.stderr
    lines = dict(line.split("\t", 1) for line in done.stdout.splitlines())
    assert lines["2003"].startswith("Noor Hendriks\t4\t")
    assert "uiterlijk op 27-06-2026" in lines["2003"]
    assert lines["2006"] == "Erik Jacobs\t-\tEr is nog geen uitslag bekendgemaakt."


def test_inzage_status_refuses_a_bad_date_and_an_unknown_group(demo_template: Path, tmp_path: Path) -> None:
    folder = _folder(demo_template, tmp_path)
    bad = run("inzage-status", PE_GROUP, "--date", "27-06-2026", "--data-dir", folder, "--lang", "en")
    assert bad.returncode == 2 and "'27-06-2026' is not a date: write it as YYYY-MM-DD" in bad.stderr
    unknown = run("inzage-status", "NOPE", "--data-dir", folder, "--lang", "en")
    assert unknown.returncode == 2 and "There is no afnamegroep NOPE on this station." in unknown.stderr
    assert "Traceback" not in bad.stderr + unknown.stderr
