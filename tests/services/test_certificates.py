"""The station's signing certificate (R-SIG-2): created or imported, the key encrypted, its passphrase a secret."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from examdesk.core.eventkinds import EventKind
from examdesk.core.roles import Role
from examdesk.reports import signing
from examdesk.services import accounts, certificates, events
from examdesk.services.errors import InvalidInput, NotFound, PermissionDenied, SecretsUnavailable

PASSWORD = "correct horse battery"


def _pkcs12(
    path: Path,
    password: str,
    *,
    valid_from: dt.datetime,
    days: int = 365,
    signing_usage: bool = True,
    with_key: bool = True,
) -> Path:
    """A school certificate issued by a school CA, exported with its key and chain."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12
    from cryptography.x509.oid import NameOID

    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Testschool CA")])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(1)
        .not_valid_before(valid_from)
        .not_valid_after(valid_from + dt.timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    usage = x509.KeyUsage(
        digital_signature=signing_usage,
        content_commitment=signing_usage,
        key_encipherment=not signing_usage,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=False,
        crl_sign=False,
        encipher_only=False,
        decipher_only=False,
    )
    certificate = (
        x509.CertificateBuilder()
        .subject_name(
            x509.Name(
                [
                    x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Testschool"),
                    x509.NameAttribute(NameOID.COMMON_NAME, "Testschool examenstation"),
                ]
            )
        )
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(2)
        .not_valid_before(valid_from)
        .not_valid_after(valid_from + dt.timedelta(days=days))
        .add_extension(usage, critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    data = pkcs12.serialize_key_and_certificates(
        b"school",
        key if with_key else None,
        certificate,
        [ca],
        BestAvailableEncryption(password.encode()),
    )
    path.write_bytes(data)
    return path


@pytest.fixture
def surveillant(station: Any, beheerder: Any) -> Any:
    accounts.create_account(
        station, beheerder, "jansen", "A. Jansen", PASSWORD, frozenset({Role.SURVEILLANT})
    )
    return accounts.sign_in(station, "jansen", PASSWORD)


# R-SIG-2
@pytest.mark.parametrize("algorithm", ["ecdsa-p256", "rsa-3072"])
def test_a_created_certificate_names_school_and_station_R_SIG_2(
    station: Any, beheerder: Any, algorithm: str
) -> None:
    info = certificates.create_certificate(station, beheerder, algorithm)
    assert info.subject.startswith(f"CN=examdesk station {station.name}")
    assert info.algorithm == {"ecdsa-p256": "ECDSA P-256", "rsa-3072": "RSA 3072"}[algorithm]
    assert info.self_signed and info.valid_at(station.clock.read().wall)
    assert certificates.current(station) == info
    assert len(info.fingerprint_text.split(":")) == 32


# R-SIG-2
def test_the_private_key_is_encrypted_on_disk_and_its_passphrase_is_a_secret_R_SIG_2(
    station: Any, beheerder: Any
) -> None:
    info = certificates.create_certificate(station, beheerder)
    key_file = station.data_dir / certificates.SIGNING_FOLDER / certificates.KEY_FILE
    text = key_file.read_text("ascii")
    assert text.startswith("-----BEGIN ENCRYPTED PRIVATE KEY-----")
    key = certificates.signing_key(station)
    assert key.passphrase.decode() == station.secrets().get("signing-key-passphrase:" + info.fingerprint)
    assert key.passphrase.decode() not in text
    certificates.check_signing_key(station)


def test_only_the_beheerder_manages_the_certificate(station: Any, surveillant: Any, tmp_path: Path) -> None:
    with pytest.raises(PermissionDenied):
        certificates.create_certificate(station, surveillant)
    with pytest.raises(PermissionDenied):
        certificates.import_pkcs12(station, surveillant, tmp_path / "x.p12", "x")


def test_creating_and_importing_are_events(station: Any, beheerder: Any, clock: Any, tmp_path: Path) -> None:
    first = certificates.create_certificate(station, beheerder)
    second = certificates.import_pkcs12(
        station,
        beheerder,
        _pkcs12(tmp_path / "s.p12", "pw", valid_from=clock.read().wall - dt.timedelta(days=1)),
        "pw",
    )
    created, imported = (
        events.list_events(station, kinds=(EventKind.CERTIFICATE_CREATED,))[-1],
        events.list_events(station, kinds=(EventKind.CERTIFICATE_IMPORTED,))[-1],
    )
    assert created.actor == "beheer" and created.payload["fingerprint"] == first.fingerprint
    assert (
        imported.payload["fingerprint"] == second.fingerprint
        and imported.payload["replaces"] == first.fingerprint
    )


# R-SIG-2
def test_an_imported_school_certificate_signs_with_its_chain_R_SIG_2(
    station: Any, beheerder: Any, clock: Any, tmp_path: Path
) -> None:
    path = _pkcs12(tmp_path / "school.p12", "geheim", valid_from=clock.read().wall - dt.timedelta(days=1))
    info = certificates.import_pkcs12(station, beheerder, path, "geheim")
    assert info.subject == "CN=Testschool examenstation,O=Testschool" and info.issuer == "CN=Testschool CA"
    assert not info.self_signed
    key = certificates.signing_key(station)
    assert len(key.certificates) == 2  # the school CA travels along


def test_a_replaced_certificate_still_counts_as_this_stations(station: Any, beheerder: Any) -> None:
    first = certificates.create_certificate(station, beheerder)
    second = certificates.create_certificate(station, beheerder, "rsa-3072")
    assert certificates.station_fingerprints(station) == {first.fingerprint, second.fingerprint}
    assert station.secrets().get("signing-key-passphrase:" + first.fingerprint) is None
    assert certificates.signing_key(station).certificates[0] != b""


@pytest.mark.parametrize(
    ("options", "password", "fragment"),
    [
        ({}, "wrong", "password is wrong"),
        ({"with_key": False}, "pw", "no private key"),
        ({"signing_usage": False}, "pw", "may not be used for signing"),
        ({"days": 10, "shift": -100}, "pw", "is valid only from"),
    ],
)
def test_an_unusable_pkcs12_is_refused_with_the_reason(
    station: Any,
    beheerder: Any,
    clock: Any,
    tmp_path: Path,
    options: dict[str, Any],
    password: str,
    fragment: str,
) -> None:
    shift = options.pop("shift", -1)
    path = _pkcs12(
        tmp_path / "bad.p12", "pw", valid_from=clock.read().wall + dt.timedelta(days=shift), **options
    )
    with pytest.raises(InvalidInput) as refused:
        certificates.import_pkcs12(station, beheerder, path, password)
    assert fragment in str(refused.value) and "bad.p12" in str(refused.value)
    assert certificates.current(station) is None


def test_signing_without_a_certificate_says_what_to_do(station: Any) -> None:
    with pytest.raises(NotFound) as refused:
        certificates.signing_key(station)
    assert "Administration" in str(refused.value)


def test_a_lost_passphrase_is_a_clear_refusal(station: Any, beheerder: Any) -> None:
    info = certificates.create_certificate(station, beheerder)
    station.secrets().delete("signing-key-passphrase:" + info.fingerprint)
    with pytest.raises(SecretsUnavailable):
        certificates.signing_key(station)


def test_describe_reads_a_certificate_made_elsewhere() -> None:
    from tests.reports.conftest import make_key

    key = make_key("rsa", subject="elsewhere")
    info = certificates.describe(key.certificates[0])
    assert info.subject == "CN=elsewhere" and info.algorithm == "RSA 2048"
    assert info.fingerprint == signing.fingerprint(key.certificates[0])
