"""Intact is not trusted (R-SIG-4): ``verify`` of another station's report, ``trust add|list``; and no
``report`` overwrites an existing file without ``--force`` (issue 16 #11)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from examdesk.reports import document, signing
from tests.cli_runner import run
from tests.reports.conftest import make_key, storing_melding


def _foreign_report(tmp_path: Path) -> tuple[Path, signing.SigningKey]:
    """A PDF signed by another station with the same name as the demo's."""
    key = make_key(subject="examdesk station Demostation lokaal 1.14")
    styles = document.Styles()
    head = document.Letterhead("Elders", "Demostation lokaal 1.14", dt.datetime.now(dt.UTC), "en")
    pdf = document.build(
        [document.paragraph("x", styles.body)], title="x", subject="x", letterhead=head, tr=str
    )
    path = tmp_path / "foreign.pdf"
    path.write_bytes(signing.sign(pdf, key, reason="r", location="l"))
    return path, key


# R-SIG-4
@pytest.mark.parametrize("form", ["pem", "der"])
def test_another_stations_report_is_intact_but_not_trusted_until_trust_add_R_SIG_4(
    demo_dir: Path, tmp_path: Path, form: str
) -> None:
    path, key = _foreign_report(tmp_path)
    fingerprint = signing.fingerprint(key.certificates[0])
    done = run("verify", str(path), "--data-dir", str(demo_dir), "--lang", "en")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "intact, signer not trusted" in done.stdout
    assert fingerprint[:2].upper() + ":" in done.stdout.upper()
    assert ":".join(fingerprint[i : i + 2] for i in range(0, 64, 2)).upper() in done.stdout
    as_json = json.loads(run("verify", str(path), "--json", "--data-dir", str(demo_dir)).stdout)
    assert as_json["valid"] is True and as_json["trusted"] is False
    (signature,) = as_json["signatures"]
    assert signature["intact"] and signature["this_station"] is False and signature["trusted"] is False
    assert signature["fingerprint"] == fingerprint

    certificate = tmp_path / f"other.{form}"
    certificate.write_bytes(signing.pem_bundle(key.certificates) if form == "pem" else key.certificates[0])
    added = run("trust", "add", str(certificate), "--data-dir", str(demo_dir), "--lang", "en")
    assert added.returncode == 0, added.stderr
    done = run("verify", str(path), "--data-dir", str(demo_dir), "--lang", "en")
    assert done.returncode == 0, done.stdout
    assert "trusted signer: yes" in done.stdout
    listed = json.loads(run("trust", "list", "--json", "--data-dir", str(demo_dir)).stdout)["trusted"]
    assert [s["this_station"] for s in listed] == [True, False]
    assert listed[1]["fingerprint"] == fingerprint
    human = run("trust", "list", "--data-dir", str(demo_dir), "--lang", "en")
    assert human.returncode == 0 and "added by the beheerder" in human.stdout


# R-SIG-4
def test_own_reports_verify_trusted_and_without_a_station_nothing_is_trusted_R_SIG_4(
    demo_dir: Path, tmp_path: Path
) -> None:
    from examdesk.services.station import open_station

    station = open_station(demo_dir)
    try:
        melding = storing_melding(station)
    finally:
        station.close()
    out = tmp_path / "vov.pdf"
    assert run("report", "vov", str(melding), "--out", str(out), "--data-dir", str(demo_dir)).returncode == 0
    assert run("verify", str(out), "--data-dir", str(demo_dir)).returncode == 0
    elsewhere = run("verify", str(out), "--data-dir", str(tmp_path / "nothing"), "--lang", "en")
    assert elsewhere.returncode in (1, 2) and "Traceback" not in elsewhere.stderr


def test_trust_add_refuses_a_file_without_a_certificate(demo_dir: Path, tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.pem"
    bogus.write_text("not a certificate")
    done = run("trust", "add", str(bogus), "--data-dir", str(demo_dir), "--lang", "en")
    assert done.returncode == 2 and "holds no certificate" in done.stderr and "Traceback" not in done.stderr


# issue 16 #11
def test_report_refuses_to_overwrite_without_force(demo_dir: Path, tmp_path: Path) -> None:
    from examdesk.services.station import open_station

    station = open_station(demo_dir)
    try:
        melding = storing_melding(station)
    finally:
        station.close()
    out = tmp_path / "vov.pdf"
    out.write_bytes(b"an earlier signed report")
    done = run("report", "vov", str(melding), "--out", str(out), "--data-dir", str(demo_dir), "--lang", "en")
    assert done.returncode == 2 and "already exists" in done.stderr and "Traceback" not in done.stderr
    assert out.read_bytes() == b"an earlier signed report"
    forced = run("report", "vov", str(melding), "--out", str(out), "--force", "--data-dir", str(demo_dir))
    assert forced.returncode == 0, forced.stderr
    assert out.read_bytes().startswith(b"%PDF-")
