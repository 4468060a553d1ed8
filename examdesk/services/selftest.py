"""Installation checks for ``examdesk self-test`` that need no window.

They run on a throwaway folder: a self-test never touches the station's real data.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from examdesk import i18n
from examdesk.core.eventkinds import EventKind
from examdesk.core.facts.session import Remark
from examdesk.core.text import QT_TRANSLATE_NOOP, Message, Text, message
from examdesk.reports import signing

_NO_CATALOGUE = QT_TRANSLATE_NOOP("SelfTest", "the Dutch message catalogue is missing or empty")
_CHAIN_BROKEN = QT_TRANSLATE_NOOP("SelfTest", "the event chain did not verify: {reason}")
_SAMPLE = QT_TRANSLATE_NOOP("SelfTest", "ok")
_NO_CALENDAR = QT_TRANSLATE_NOOP(
    "SelfTest", "the calendar data that writes dates and plural forms is missing: {reason}"
)
_WRONG_DATE = QT_TRANSLATE_NOOP("SelfTest", "a date was written as {written} instead of {expected}")
# A day whose Dutch month name only the calendar data (Babel's copy of the Unicode CLDR) knows.
_SAMPLE_DAY = (2026, 6, 12)
_SAMPLE_DAY_NL = "12 juni 2026"
_DATABASE_OK = QT_TRANSLATE_NOOP("SelfTest", "schema {schema}, {count} events")
_SIGNED_OK = QT_TRANSLATE_NOOP("SelfTest", "{algorithm} signature verified; a changed byte was detected")
_NOT_VERIFIED = QT_TRANSLATE_NOOP("SelfTest", "the freshly signed PDF did not verify")
_CHANGE_MISSED = QT_TRANSLATE_NOOP("SelfTest", "a changed byte in a signed PDF was not detected")
_DRIVER_OK = QT_TRANSLATE_NOOP("SelfTest", "psycopg {version} ({implementation}), libpq {libpq}")
_DRIVER_MISSING = QT_TRANSLATE_NOOP("SelfTest", "the PostgreSQL driver cannot be loaded: {reason}")


def check_catalogues() -> tuple[bool, Message | Text | str]:
    """The JSON catalogues that let the CLI speak Dutch are present and translate, and Babel's calendar
    data (dates and plural forms without Qt) is in the installation."""
    import datetime as dt

    from babel.core import UnknownLocaleError

    if i18n.translate(_SAMPLE.context, _SAMPLE, "nl") == _SAMPLE:
        return False, _NO_CATALOGUE
    try:
        written = i18n.long_day_text(dt.date(*_SAMPLE_DAY), "nl")
        category = i18n.plural_category(1, "nl")
    except (OSError, UnknownLocaleError) as error:
        return False, message(_NO_CALENDAR, reason=str(error))
    if written != _SAMPLE_DAY_NL or category != "one":
        return False, message(_WRONG_DATE, written=written, expected=_SAMPLE_DAY_NL)
    return True, ""


def check_database() -> tuple[bool, Message | str]:
    """A new database opens, migrates to the newest schema, records an event and verifies its chain."""
    from examdesk.services import events
    from examdesk.services.secrets import MemoryStore
    from examdesk.services.station import open_station

    with tempfile.TemporaryDirectory(prefix="examdesk-self-test-") as folder:
        station = open_station(Path(folder), secret_store=MemoryStore())
        try:
            events.record(station, None, EventKind.REMARK, facts=Remark("self-test"))
            verification = events.verify(station)
            schema = station.migration.to_revision
        finally:
            station.close()
    if not verification.ok:
        assert verification.broken is not None
        return False, message(_CHAIN_BROKEN, reason=i18n.render(verification.broken.reason))
    return True, message(_DATABASE_OK, schema=schema, count=verification.count)


def check_signing() -> tuple[bool, Message | Text | str]:
    """R-SIG-1: on a throwaway station, a certificate is made, a PDF signed and verified, and a change found."""
    import secrets as pysecrets

    from examdesk.reports import document
    from examdesk.services import accounts, certificates, reports
    from examdesk.services.secrets import MemoryStore
    from examdesk.services.station import open_station

    with tempfile.TemporaryDirectory(prefix="examdesk-self-test-") as folder:
        station = open_station(Path(folder), secret_store=MemoryStore())
        try:
            beheerder = accounts.create_first_beheerder(
                station, "self-test", "self-test", pysecrets.token_urlsafe(24)
            )
            info = certificates.create_certificate(station, beheerder)
            language, tr = reports.translator(None)
            styles = document.Styles()
            pdf = document.build(
                [document.paragraph("examdesk self-test", styles.title)],
                title="examdesk self-test",
                subject="self-test",
                letterhead=reports.letterhead(station, language),
                tr=tr,
            )
            signed = signing.sign(pdf, certificates.signing_key(station), reason="self-test", location="")
            verified = reports.verify_bytes(signed, "self-test.pdf", station)
            position = signed.index(b"examdesk self-test")
            changed = signed[:position] + b"X" + signed[position + 1 :]
            tampered = reports.verify_bytes(changed, "self-test.pdf", station)
        finally:
            station.close()
    if not (verified.valid and all(s.this_station for s in verified.signatures)):
        return False, _NOT_VERIFIED
    if tampered.valid:
        return False, _CHANGE_MISSED
    return True, message(_SIGNED_OK, algorithm=info.algorithm)


def check_server_driver() -> tuple[bool, Message | str]:
    """Issue 18: the PostgreSQL driver for the school server loads and converts values, without a server."""
    from sqlalchemy.exc import SQLAlchemyError

    from examdesk.services import school_server

    try:
        facts = school_server.driver_facts()
    except (ImportError, OSError, RuntimeError, SQLAlchemyError) as exc:
        return False, message(_DRIVER_MISSING, reason=str(exc) or type(exc).__name__)
    return True, message(
        _DRIVER_OK, version=facts.version, implementation=facts.implementation, libpq=facts.libpq
    )
