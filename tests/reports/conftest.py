"""Fixtures for the report tests: the demo station (written once per run, copied per test) and keys."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from examdesk.reports.signing import SigningKey
from tests.run_once import made_once


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo data folder as ``examdesk demo`` writes it today, written once per run for every worker
    (tests/run_once.py): a closed session with pauses, storing, extension and a VOV."""
    from examdesk.services import demo

    def write(folder: Path) -> None:
        demo.write_demo(folder / "data")

    return made_once(tmp_path_factory, "reports-demo-template", write) / "data"


@pytest.fixture
def demo_dir(demo_template: Path, tmp_path: Path) -> Path:
    """A private copy of the demo folder for one test."""
    target = tmp_path / "demo"
    shutil.copytree(demo_template, target)
    return target


@pytest.fixture
def demo_station(demo_dir: Path) -> Iterator[Any]:
    from examdesk.services.station import open_station

    station = open_station(demo_dir)
    yield station
    station.close()


def make_key(algorithm: str = "ec", *, subject: str = "examdesk test signer") -> SigningKey:
    """A self-signed signing key made with cryptography alone (no examdesk service)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec, rsa
    from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, Encoding, PrivateFormat
    from cryptography.x509.oid import NameOID

    # RSA at 2048 bits, the least a school's certificate may have (certificates.import_pkcs12): it signs and
    # verifies as a station's 3072-bit key does, and is made in a fraction of the time.
    key: Any = (
        ec.generate_private_key(ec.SECP256R1())
        if algorithm == "ec"
        else rsa.generate_private_key(public_exponent=65537, key_size=2048)
    )
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)])
    now = dt.datetime.now(dt.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .sign(key, hashes.SHA256())
    )
    passphrase = b"test passphrase"
    return SigningKey(
        key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, BestAvailableEncryption(passphrase)),
        passphrase,
        (certificate.public_bytes(Encoding.DER),),
    )


@pytest.fixture(scope="session")
def ec_key() -> SigningKey:
    return make_key("ec")


def session_in_state(station: Any, state: str) -> str:
    """The demo's closed or running session (its group codes move with today's date)."""
    from examdesk.services import sessions

    (found,) = [s.id for s in sessions.list_sessions(station) if s.state.value == state]
    return found


def storing_melding(station: Any) -> int:
    """The closed session's VOV about the storing at question 4 (meldingsnummer FH-2026-0519)."""
    from examdesk.core.eventkinds import EventKind
    from examdesk.services import events

    session_id = session_in_state(station, "closed")
    found = events.list_events(station, session_id=session_id, kinds=(EventKind.MELDING,))
    return next(e.id for e in found if e.payload.get("meldingsnummer") == "FH-2026-0519")
