"""Writing an exported report and recording its export as one step (issue 13, finding 10).

The signed PDF is written to an anonymous (or hidden, private) file and flushed to the disk first. Then,
inside the one write transaction that records the ``report_exported`` event, it is renamed to its name;
the event commits right after. A failure before the rename leaves neither file nor event; a failed commit
removes the renamed file again. So a signed PDF without its export event, or a ``.partial`` with personal
data, is no longer left behind by a kill or a full disk.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

from examdesk.core.text import QT_TRANSLATE_NOOP, message
from examdesk.services import chain
from examdesk.services.errors import InvalidInput
from examdesk.services.events import Event
from examdesk.services.station import Station
from examdesk.store import eventlog, files

_CANNOT_WRITE = QT_TRANSLATE_NOOP("Reports", "The report cannot be written to {path}: {reason}.")


def write_and_record(
    station: Station, out: Path, data: bytes, record: Callable[[eventlog.Driver], Event]
) -> Event:
    """Write ``data`` to ``out`` durably and record its event (``record``) in the same step."""
    try:
        staged = files.Staged(out, data)
    except OSError as exc:
        raise InvalidInput(message(_CANNOT_WRITE, path=str(out), reason=exc.strerror or str(exc))) from exc
    renamed = False
    try:
        with eventlog.write_transaction(station.engine) as driver:
            event = record(driver)
            try:
                staged.commit()
            except OSError as exc:
                raise InvalidInput(
                    message(_CANNOT_WRITE, path=str(out), reason=exc.strerror or str(exc))
                ) from exc
            renamed = True
    except BaseException:
        staged.discard()
        if renamed:  # the event did not commit: the file must not stay without it
            with suppress(OSError):
                out.unlink()
        raise
    chain.anchor_now(station)  # a head that leaves the station is anchored (R-PV-3)
    return event
