"""R-PV-3, issue 13 finding 5: the chain head a report was made at is in the signed PDF and compared on verify."""

from __future__ import annotations

import io

from examdesk import i18n
from examdesk.core.eventkinds import EventKind
from examdesk.core.facts.session import Remark
from examdesk.reports import signing
from examdesk.services import certificates, events, report_head, reports
from examdesk.services.actors import SignedIn
from examdesk.services.station import Station
from tests import raw_db


def _signed_report(station: Station, beheerder: SignedIn) -> bytes:
    from reportlab.pdfgen import canvas

    certificates.create_certificate(station, beheerder)
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(72, 720, "proces-verbaal")
    page.save()
    stamped = report_head.stamp(buffer.getvalue(), station)
    return signing.sign(stamped, certificates.signing_key(station), reason="test", location="lokaal")


def test_a_report_carries_the_head_it_was_made_at_and_verifies_against_it_R_PV_3(
    station: Station, beheerder: SignedIn
) -> None:
    pdf = _signed_report(station, beheerder)
    head = events.list_events(station)[-1]
    assert report_head.read(pdf) == (station.station_id, head.seq, head.hash)
    events.record(station, None, EventKind.REMARK, facts=Remark("later"))  # the log may grow
    result = reports.verify_bytes(pdf, "pv.pdf", station)
    assert result.valid and result.chain_problem is None


def test_a_log_cut_back_after_the_report_is_named_on_verify_R_PV_3(
    station: Station, beheerder: SignedIn
) -> None:
    pdf = _signed_report(station, beheerder)
    head = report_head.read(pdf)
    assert head is not None
    _, seq, _ = head
    with raw_db.connect(station) as connection:
        connection.execute("DROP TRIGGER event_no_delete")
        connection.execute("DELETE FROM event WHERE seq > ?", (seq - 2,))
    result = reports.verify_bytes(pdf, "pv.pdf", station)
    assert result.valid and result.chain_problem is not None
    assert f"went up to event {seq}; the log now ends at event {seq - 2}" in i18n.render(result.chain_problem)
