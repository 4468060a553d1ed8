"""Installation checks for ``examdesk self-test`` that need no window.

They run on a throwaway folder: a self-test never touches the station's real data.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from examdesk import i18n
from examdesk.core.eventkinds import EventKind
from examdesk.core.text import QT_TRANSLATE_NOOP, Message, Text, message

_NO_CATALOGUE = QT_TRANSLATE_NOOP("SelfTest", "the Dutch message catalogue is missing or empty")
_CHAIN_BROKEN = QT_TRANSLATE_NOOP("SelfTest", "the event chain did not verify: {reason}")
_SAMPLE = QT_TRANSLATE_NOOP("SelfTest", "ok")
_DATABASE_OK = QT_TRANSLATE_NOOP("SelfTest", "schema {schema}, {count} events")


def check_catalogues() -> tuple[bool, Text | str]:
    """The JSON catalogues that let the CLI speak Dutch are present and translate."""
    if i18n.translate(_SAMPLE.context, _SAMPLE, "nl") == _SAMPLE:
        return False, _NO_CATALOGUE
    return True, ""


def check_database() -> tuple[bool, Message | str]:
    """A new database opens, migrates to the newest schema, records an event and verifies its chain."""
    from examdesk.services import events
    from examdesk.services.secrets import MemoryStore
    from examdesk.services.station import open_station

    with tempfile.TemporaryDirectory(prefix="examdesk-self-test-") as folder:
        station = open_station(Path(folder), secret_store=MemoryStore())
        try:
            events.record(station, None, EventKind.REMARK, payload={"text": "self-test"})
            verification = events.verify(station)
            schema = station.migration.to_revision
        finally:
            station.close()
    if not verification.ok:
        assert verification.broken is not None
        return False, message(_CHAIN_BROKEN, reason=i18n.render(verification.broken.reason))
    return True, message(_DATABASE_OK, schema=schema, count=verification.count)
