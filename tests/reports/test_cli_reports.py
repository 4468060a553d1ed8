"""``examdesk report`` and ``examdesk verify`` (cli.md): exit 0 for an intact report, 1 for a changed one."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from examdesk.services.station import open_station
from tests.cli_runner import run
from tests.reports.conftest import make_key, storing_melding
from tests.reports.pdftools import MISMATCH, change_one_signed_byte, needs_poppler, pdfsig


def _melding_id(data_dir: Path) -> int:
    station = open_station(data_dir)
    try:
        return storing_melding(station)
    finally:
        station.close()


@pytest.fixture
def exported(demo_dir: Path, tmp_path: Path) -> Path:
    out = tmp_path / "vov.pdf"
    done = run("report", "vov", str(_melding_id(demo_dir)), "--out", str(out), "--data-dir", str(demo_dir))
    assert done.returncode == 0, done.stderr
    assert "vov.pdf" in done.stderr and "SHA-256" in done.stderr
    return out


# R-SIG-1
def test_report_then_verify_says_intact_and_this_station_R_SIG_1(exported: Path, demo_dir: Path) -> None:
    done = run("verify", str(exported), "--json", "--data-dir", str(demo_dir))
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["file"] == "vov.pdf" and result["valid"] is True
    (signature,) = result["signatures"]
    assert signature["field"] == "Signature1" and signature["intact"] and signature["covers_whole_document"]
    assert (
        signature["signer"].startswith("CN=examdesk station Demostation")
        and signature["this_station"] is True
    )
    assert signature["signed_at"][10] == "T" and signature["signed_at"][-6] in "+-"  # Amsterdam's offset
    human = run("verify", str(exported), "--data-dir", str(demo_dir))
    assert (
        human.returncode == 0
        and "ongeschonden" in human.stdout
        and "certificaat van dit station: ja" in human.stdout
    )


# R-SIG-1
@needs_poppler
def test_a_changed_byte_makes_verify_exit_1_and_pdfsig_see_a_mismatch_R_SIG_1(
    exported: Path, tmp_path: Path
) -> None:
    changed = tmp_path / "changed.pdf"
    changed.write_bytes(change_one_signed_byte(exported.read_bytes()))
    assert MISMATCH in pdfsig(changed)
    done = run("verify", str(changed), "--lang", "en")
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "NOT VALID" in done.stdout and "CHANGED after signing" in done.stdout
    as_json = run("verify", str(changed), "--json")
    assert as_json.returncode == 1 and json.loads(as_json.stdout)["signatures"][0]["intact"] is False


# R-SIG-4: version 1 exited 0 here; intact is not trusted (see test_trust.py for trust add).
def test_another_signers_report_is_intact_but_not_this_stations(demo_dir: Path, tmp_path: Path) -> None:
    from examdesk.reports import document, signing

    styles = document.Styles()
    head = document.Letterhead("Elders", "Ander station", __import__("datetime").datetime.now(), "en")
    pdf = document.build(
        [document.paragraph("x", styles.body)], title="x", subject="x", letterhead=head, tr=str
    )
    path = tmp_path / "foreign.pdf"
    path.write_bytes(signing.sign(pdf, make_key(), reason="r", location="l"))
    done = run("verify", str(path), "--json", "--data-dir", str(demo_dir))
    assert done.returncode == 1
    assert json.loads(done.stdout)["valid"] is True
    assert json.loads(done.stdout)["signatures"][0]["this_station"] is False


@pytest.mark.parametrize(
    ("content", "code", "fragment"),
    [
        (None, 2, "kan niet worden gelezen"),
        (b"%PDF-1.4\nnot really", 1, "NIET GELDIG"),
        (b"just text", 1, "geen pdf"),
    ],
)
def test_verify_judges_unusable_files_without_a_traceback(
    tmp_path: Path, content: Any, code: int, fragment: str
) -> None:
    path = tmp_path / "file.pdf"
    if content is not None:
        path.write_bytes(content)
    done = run("verify", str(path))
    assert done.returncode == code and "Traceback" not in done.stderr
    assert fragment in done.stdout + done.stderr


def test_report_needs_a_kind_a_number_and_an_out_file(demo_dir: Path) -> None:
    for args in (("report",), ("report", "vov", "3"), ("report", "vov", "x", "--out", "a.pdf")):
        done = run(*args, "--data-dir", str(demo_dir))
        assert done.returncode == 2 and "Traceback" not in done.stderr and "usage:" not in done.stderr


def test_report_of_an_unknown_melding_exits_2(demo_dir: Path, tmp_path: Path) -> None:
    done = run("report", "vov", "99999", "--out", str(tmp_path / "x.pdf"), "--data-dir", str(demo_dir))
    assert done.returncode == 2 and "99999" in done.stderr and not (tmp_path / "x.pdf").exists()
