"""Signed report benchmark (issue 6). Run on demand: ``python bench/reports.py``.

In one run, alternating so that both see the same machine state:
- examdesk: the proces-verbaal of a session with 200 candidates and about 2,000 events, loaded from the
  event log (``services.proces_verbaal.load``), rendered with reportlab (a section and a timeline drawing
  per candidate, every event in the log table) and signed with pyHanko (PAdES B-B) by
  ``services.reports.export_proces_verbaal``, written to a file;
- baseline: a bare reportlab table with one row per event (the same 2,000 rows, the same six columns of
  text) and one row per candidate, signed by bare pyHanko with the same key, written to a file.
Budget: examdesk's median at most 1.5 times the baseline's. Exit 1 when over budget.
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from examdesk.core import bsn  # noqa: E402

BUDGET = 1.5
PASSWORD = "bench password 2026"
START = datetime(2026, 6, 12, 7, 0, tzinfo=UTC)  # 09:00 in Amsterdam


def valid_bsns(count: int) -> list[str]:
    found: list[str] = []
    number = 100_000_000
    while len(found) < count:
        number += 1
        text = f"{number:09d}"
        if bsn.is_valid(text):
            found.append(text)
    return found


PAUSE_CONSULT = {"date": "2026-05-01", "reference": "CvTE-BENCH", "minutes": None}


def package(candidates: int) -> dict[str, Any]:
    return {
        "format": "examdesk-package",
        "version": 2,
        "exams": [
            {
                "code": "BENCH-PV",
                "title": "Benchmark proces-verbaal",
                "kind": "ce",
                "duration_minutes": 120,
                "items": [
                    {
                        "id": "K1",
                        "type": "multiple_choice",
                        "points": 1,
                        "stem": "Vraag 1",
                        "options": [{"key": k, "text": k} for k in "ABCD"],
                        "answer_key": "A",
                    }
                ],
            }
        ],
        "groups": [
            {
                "code": "BENCH-G",
                "exam": "BENCH-PV",
                "name": "Benchmark",
                "date": "2026-06-12",
                "start_time": "09:00",
                "location": {"kind": "school", "room": "Aula"},
                "candidates": [
                    {
                        "number": str(10_000 + n),
                        "name": f"Kandidaat {n:03d} van Dijk",
                        "bsn": b,
                        # R-TIME-5: pauses only with the accommodation; the consult lets them pass the hour.
                        "accommodations": [{"kind": "pauses", "cvte_consult": PAUSE_CONSULT}],
                    }
                    for n, b in enumerate(valid_bsns(candidates))
                ],
            }
        ],
    }


def build_station(folder: Path, candidates: int, events_wanted: int) -> tuple[Any, Any, str, int]:
    """A closed session: every candidate checked, started, paused a few times, some with storingen and
    extensions, handed in; a few remarks fill up to ``events_wanted`` events of the session."""
    from examdesk.core.roles import Role
    from examdesk.services import accounts, certificates, events, packages, sessions
    from examdesk.services.clock import ManualClock
    from examdesk.services.secrets import MemoryStore
    from examdesk.services.sessions import planning
    from examdesk.services.station import open_station

    clock = ManualClock(START - timedelta(hours=2))
    station = open_station(folder, secret_store=MemoryStore(), clock=clock)
    beheerder = accounts.create_first_beheerder(station, "beheer", "J. Visser", PASSWORD)
    certificates.create_certificate(station, beheerder)
    for name, roles in (("secretaris", {Role.EXAMENSECRETARIS}), ("jansen", {Role.SURVEILLANT})):
        accounts.create_account(station, beheerder, name, name.title(), PASSWORD, frozenset(roles))
    secretaris = accounts.sign_in(station, "secretaris", PASSWORD)
    jansen = accounts.sign_in(station, "jansen", PASSWORD)
    path = folder / "package.json"
    path.write_text(json.dumps(package(candidates)), "utf-8")
    packages.import_package(station, secretaris, path)
    session_id = planning.plan_session(
        station, secretaris, planning.PlanRequest("BENCH-G", surveillants=[("jansen", True)])
    )
    planning.start_session(station, jansen, session_id)
    ids = [row.candidate_id for row in sessions.dashboard(station, jansen, session_id)]
    clock.set_wall(START - timedelta(minutes=5))
    for candidate in ids:
        clock.advance(timedelta(seconds=1))
        sessions.record_bsn_check(station, jansen, session_id, candidate, match=True, id_document="passport")
        sessions.start_candidate(station, jansen, session_id, candidate)
    # The wall clock only goes forward: going back would be a clock anomaly (R-TIME-10). Most events of a
    # real session are candidates' own (checks, starts, pauses, storingen, hand-ins), so pauses make up the
    # bulk here; a few remarks top the count up.
    clock.set_wall(START + timedelta(minutes=10))
    budget_for_pauses = events_wanted - 3 * len(ids) - 3 * len(ids[::4]) - len(ids[::5]) - 3
    for _round in range(max(0, budget_for_pauses // (2 * len(ids)))):
        for candidate in ids:
            clock.advance(timedelta(seconds=1))
            sessions.pause_candidate(station, jansen, session_id, candidate)
        clock.advance(timedelta(minutes=2))
        for candidate in ids:
            clock.advance(timedelta(seconds=1))
            sessions.resume_candidate(station, jansen, session_id, candidate)
    disturbed: dict[int, int | None] = {candidate: None for candidate in ids[::4]}
    for candidate in disturbed:
        clock.advance(timedelta(seconds=1))
        disturbed[candidate] = sessions.start_storing(
            station,
            jansen,
            session_id,
            candidate,
            question="K1",  # the bench exam's one question
        ).id
    clock.advance(timedelta(minutes=4))
    for index, (candidate, storing) in enumerate(disturbed.items()):
        clock.advance(timedelta(seconds=1))
        assert storing is not None
        sessions.end_storing(station, jansen, session_id, candidate, storing, meldingsnummer=f"FH-{index}")
        sessions.grant_compensation(station, jansen, session_id, candidate, storing, 4)
    for candidate in ids[::5]:
        sessions.apply_extension(  # more time than granted: only by an override (R-TIME-4)
            station, jansen, session_id, candidate, 30, override=sessions.Override(secretaris, "benchmark")
        )
    session_events = len(events.list_events(station, session_id=session_id))
    remark = 0
    while session_events < events_wanted - len(ids) - 1:
        clock.advance(timedelta(seconds=2))
        sessions.record_remark(
            station,
            jansen,
            session_id,
            f"Opmerking {remark}: rustig verloop in de aula, geen bijzonderheden.",
        )
        remark += 1
        session_events += 1
    clock.set_wall(max(clock.read().wall, START + timedelta(minutes=100)))
    for candidate in ids:
        clock.advance(timedelta(seconds=3))
        sessions.hand_in(station, jansen, session_id, candidate)
    sessions.close_session(station, jansen, session_id, {"jansen": PASSWORD})
    count = len(events.list_events(station, session_id=session_id))
    return station, secretaris, session_id, count


def baseline(
    rows: Sequence[tuple[str, ...]], candidates: Sequence[tuple[str, ...]], key: Any, out: Path
) -> None:
    """A bare reportlab table of the same rows, signed by bare pyHanko, written to ``out``."""
    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives.serialization import load_pem_private_key
    from pyhanko.keys.internal import translate_pyca_cryptography_key_to_asn1
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate

    style = getSampleStyleSheet()["BodyText"]
    style.fontSize, style.leading = 8.5, 10.5
    buffer = io.BytesIO()
    document = SimpleDocTemplate(buffer, pagesize=A4)
    width = A4[0] - 144
    data = [[Paragraph(cell, style) for cell in row] for row in [*candidates, *rows]]
    table = LongTable(data, colWidths=[width * w for w in (0.09, 0.07, 0.16, 0.14, 0.38, 0.16)], repeatRows=1)
    document.build([table])
    signer = signers.SimpleSigner(
        signing_cert=asn1_x509.Certificate.load(key.certificates[0]),
        signing_key=translate_pyca_cryptography_key_to_asn1(
            load_pem_private_key(key.encrypted_key_pem, password=key.passphrase)
        ),
        cert_registry=SimpleCertificateStore(),  # type: ignore[no-untyped-call]  # pyHanko's own is untyped
    )
    writer = IncrementalPdfFileWriter(io.BytesIO(buffer.getvalue()))
    signed = signers.sign_pdf(
        writer,
        signers.PdfSignatureMetadata(field_name="Signature1", subfilter=fields.SigSeedSubFilter.PADES),
        signer=signer,
    )
    out.write_bytes(signed.getvalue())


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--candidates", type=int, default=200)
    parser.add_argument("--events", type=int, default=2_000)
    parser.add_argument("--runs", type=int, default=3)
    options = parser.parse_args(argv)

    from examdesk.services import certificates, proces_verbaal, reports

    with tempfile.TemporaryDirectory(prefix="examdesk-bench-") as folder:
        root = Path(folder)
        started = time.perf_counter()
        station, secretaris, session_id, count = build_station(
            root / "station", options.candidates, options.events
        )
        print(
            f"station with {options.candidates} candidates and {count} session events built in "
            f"{time.perf_counter() - started:.1f} s"
        )
        try:
            record = proces_verbaal.load(station, secretaris, session_id)
            rows = [
                (
                    e.time_text,
                    str(e.event_id),
                    proces_verbaal.subject_text(e, "nl"),
                    proces_verbaal.kind_text(e, "nl"),
                    proces_verbaal.text(e, "nl"),
                    e.actor.display_name,
                )
                for e in record.entries
            ]
            people = [
                (c.number, c.name, c.masked_bsn, c.state.value, str(c.started_at), str(c.ended_at))
                for c in record.candidates
            ]
            key = certificates.signing_key(station)
            # Warm both paths once (imports, font metrics), then alternate.
            reports.export_proces_verbaal(station, secretaris, session_id, root / "warm.pdf", language="nl")
            baseline(rows, people, key, root / "warm-baseline.pdf")
            ours, bare = [], []
            pages = 0
            for run in range(options.runs):
                out = root / f"pv-{run}.pdf"
                started = time.perf_counter()
                reports.export_proces_verbaal(station, secretaris, session_id, out, language="nl")
                ours.append(time.perf_counter() - started)
                pages = out.read_bytes().count(b"/Type /Page\n") or out.read_bytes().count(b"/Type /Page")
                started = time.perf_counter()
                baseline(rows, people, key, root / f"baseline-{run}.pdf")
                bare.append(time.perf_counter() - started)
            verdict = reports.verify_file(root / "pv-0.pdf", station)
        finally:
            station.close()
    mine, base = statistics.median(ours), statistics.median(bare)
    print(
        f"proces-verbaal ({len(rows)} log rows, {len(people)} candidates, ~{pages} pages), loaded, rendered, "
        f"signed and written: median {mine:.2f} s ({', '.join(f'{t:.2f}' for t in ours)})"
    )
    print(
        f"baseline: bare reportlab table of the same rows, signed by bare pyHanko: median {base:.2f} s "
        f"({', '.join(f'{t:.2f}' for t in bare)})"
    )
    print(f"signature of the benchmark's proces-verbaal verifies: {verdict.valid}")
    print(f"budget: at most {BUDGET:.1f} x the baseline")
    print(f"ratio: {mine / base:.2f}")
    return 0 if verdict.valid and mine <= BUDGET * base else 1


if __name__ == "__main__":
    raise SystemExit(main())
