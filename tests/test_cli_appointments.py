"""``appointment add|cancel``, ``appointments``, ``inzage-status`` version 2 (R-INZ-3, R-INZ-6) and the listings
``vovs``, ``inzages``, ``cases`` (spec/cli.md)."""

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


def test_r_inz_6_appointment_add_prints_its_id_and_inzage_status_v2_allows_the_later_inzage(
    demo_template: Path, tmp_path: Path
) -> None:
    folder = _folder(demo_template, tmp_path)
    args = ("--data-dir", folder, "--lang", "en")
    booked = run(
        "appointment",
        "add",
        PE_GROUP,
        "2003",
        "--requested",
        "2026-06-20",
        "--on",
        "2026-07-03",
        "--at",
        "10:30",
        *args,
    )
    assert booked.returncode == 0, booked.stderr
    appointment_id = int(booked.stdout.strip())
    listed = json.loads(run("appointments", "--json", *args).stdout)
    # The demo's own: Kim de Graaf's, held on 14 June, and the demo's day's three: Eva Jacobs's held that
    # morning, Bas Kuipers's lapsed (he passed since), Noor Hendriks's booked.
    assert [(a["candidate"], a["on"], a["state"]) for a in listed["appointments"][:4]] == [
        ("2002", "2026-06-14", "held"),
        ("5001", "2026-06-16", "held"),
        ("4004", "2026-06-16", "lapsed"),
        ("2003", "2026-06-16", "booked"),
    ]
    assert listed["appointments"][4:] == [
        {
            "id": appointment_id,
            "group": PE_GROUP,
            "candidate": "2003",
            "requested_on": "2026-06-20",
            "on": "2026-07-03",
            "at": "10:30",
            "state": "booked",
        }
    ]
    status = json.loads(run("inzage-status", PE_GROUP, "--date", "2026-07-03", "--json", *args).stdout)
    rows = {row["candidate"]: row for row in status["candidates"]}
    # R-INZ-3 version 2: requested within 14 days of the result of 13 June; the inzage itself may be later.
    assert rows["2003"] == {
        "candidate": "2003",
        "grade": 4,
        "allowed": True,
        "reason": None,
        "until": "2026-06-27",
        "appointment": "2026-07-03",
    }
    assert rows["2001"]["appointment"] is None
    assert (
        run("appointments", "--date", "2026-07-04", "--json", *args).stdout.strip()
        == '{\n  "appointments": []\n}'
    )
    cancelled = run("appointment", "cancel", str(appointment_id), *args)
    assert cancelled.returncode == 0, cancelled.stderr
    assert json.loads(run("appointments", "--json", *args).stdout)["appointments"][4]["state"] == "cancelled"


def test_r_inz_3_appointment_add_refused_after_the_request_period_exit_2_writes_nothing(
    demo_template: Path, tmp_path: Path
) -> None:
    folder = _folder(demo_template, tmp_path)
    args = ("--data-dir", folder, "--lang", "en")
    refused = run(
        "appointment", "add", PE_GROUP, "2003", "--requested", "2026-06-28", "--on", "2026-07-03", *args
    )
    assert refused.returncode == 2 and refused.stdout == ""
    assert "had to be requested within 14 days" in refused.stderr and "Traceback" not in refused.stderr
    assert len(json.loads(run("appointments", "--json", *args).stdout)["appointments"]) == 4  # the demo's
    for bad in (
        ("appointment", "add", PE_GROUP, "2003", "--requested", "20-06-2026", "--on", "2026-07-03"),
        ("appointment", "add", PE_GROUP, "9999", "--requested", "2026-06-20", "--on", "2026-07-03"),
        (
            "appointment",
            "add",
            PE_GROUP,
            "2003",
            "--requested",
            "2026-06-20",
            "--on",
            "2026-07-03",
            "--at",
            "9u",
        ),
        ("appointment", "cancel", "x"),
        ("appointment", "cancel", "424242"),
        ("appointment", "add", PE_GROUP),
    ):
        done = run(*bad, *args)
        assert done.returncode == 2, (bad, done.stderr)
        assert done.stderr.count("\n") >= 1 and "Traceback" not in done.stderr


def test_listings_give_the_ids_the_report_commands_take(demo_template: Path, tmp_path: Path) -> None:
    folder = _folder(demo_template, tmp_path)
    args = ("--data-dir", folder, "--lang", "en")
    sessions = json.loads(run("sessions", "--json", *args).stdout)["sessions"]
    closed = next(s["id"] for s in sessions if s["group"] == CE_GROUP)
    vovs = json.loads(run("vovs", closed, "--json", *args).stdout)["vovs"]
    assert vovs and {"id", "candidate", "time", "kind"} <= set(vovs[0])
    inzages = json.loads(run("inzages", PE_GROUP, "--json", *args).stdout)["inzages"]
    assert [(i["candidate"], i["kind"]) for i in inzages] == [("2002", "pe")]
    cases = json.loads(run("cases", "--json", *args).stdout)["cases"]
    assert cases and {"id", "candidate", "time", "kind"} <= set(cases[0])
    # The ids are what the report commands take.
    out = tmp_path / "inzage.pdf"
    done = run("report", "inzage", str(inzages[0]["id"]), "--out", str(out), *args)
    assert done.returncode == 0, done.stderr
    text = run("inzages", PE_GROUP, *args).stdout.splitlines()
    assert text[0].split("\t")[:3] == [str(inzages[0]["id"]), "2002", "Kim de Graaf"]
    assert run("inzages", "NO-SUCH-GROUP", *args).returncode == 2
