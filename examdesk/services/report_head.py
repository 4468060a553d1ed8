"""The chain head a signed report was made at, kept in the PDF and compared on verification (R-PV-3).

Issue 13, finding 5: the head printed in a report was never compared with anything. Every exported report
now carries the station's chain head at the moment of export (station, number and hash) in its document
information, before it is signed, so the signature covers it. Verifying the report on its station then
checks that the station's event log still holds that event with that hash, and that the chain verifies:
a log cut back, replaced or re-hashed after the report was made is named.
"""

from __future__ import annotations

import io

from examdesk.core.text import QT_TRANSLATE_NOOP, Message, message
from examdesk.services import chain
from examdesk.services.station import Station
from examdesk.store import eventlog
from examdesk.store.db import read_transaction, transaction

_FIELD = "/ExamdeskChainHead"
_CUT = QT_TRANSLATE_NOOP(
    "ReportHead",
    "This report was made when the station's event log went up to event {seq}; the log now ends at event "
    "{last}: events were removed after the report was made (or an older copy of the database was put back).",
)
_REPLACED = QT_TRANSLATE_NOOP(
    "ReportHead",
    "This report was made at event {seq} of the station's event log, but the log now holds another event "
    "with that number: the log was replaced after the report was made.",
)
_BROKEN = QT_TRANSLATE_NOOP(
    "ReportHead", "The station's event log, which this report was made from, is no longer intact: {reason}."
)


def stamp(pdf: bytes, station: Station) -> bytes:
    """``pdf`` with the station's current chain head in its document information (before signing)."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    with eventlog.write_transaction(station.engine) as driver:
        head = eventlog.last_link(driver, station.station_id)
    if head is None:
        return pdf
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    existing = writer.trailer.raw_get("/Info") if "/Info" in writer.trailer else None
    info = generic.DictionaryObject(  # type: ignore[no-untyped-call]
        dict(existing.get_object()) if existing is not None else {}
    )
    info[generic.NameObject(_FIELD)] = generic.TextStringObject(
        f"{station.station_id}:{head.seq}:{head.hash}"
    )
    writer.set_info(writer.add_object(info))
    out = io.BytesIO()
    writer.write(out)  # type: ignore[no-untyped-call]
    return out.getvalue()


def read(pdf: bytes) -> tuple[str, int, str] | None:
    """The (station, number, hash) a report was made at, or ``None`` for a report without one."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        info = PdfFileReader(io.BytesIO(pdf), strict=False).trailer_view.get("/Info")
        value = str(info.get_object().get(_FIELD)) if info is not None else ""
        station_id, seq, digest = value.split(":")
        return station_id, int(seq), digest
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def compare(pdf: bytes, station: Station) -> Message | None:
    """Why the station's log no longer matches the head ``pdf`` was made at; ``None`` when it does (or n/a)."""
    head = read(pdf)
    if head is None or head[0] != station.station_id:
        return None
    _station_id, seq, digest = head
    # A read (never the write lock): verifying a report also works from a read-only window (issue 13).
    with read_transaction(station.engine) as session:
        last = eventlog.last_link(session.connection(), station.station_id)
    if last is None or last.seq < seq:
        return message(_CUT, seq=seq, last=last.seq if last else 0)
    with transaction(station.engine) as session:
        found = next(
            (row for row in eventlog.chain_rows(session, station.station_id) if row.record.seq == seq), None
        )
    if found is None or found.hash != digest:
        return message(_REPLACED, seq=seq)
    verification = chain.verify(station)
    if verification.broken is not None:
        from examdesk import i18n

        return message(_BROKEN, reason=i18n.render(verification.broken.reason))
    return None
