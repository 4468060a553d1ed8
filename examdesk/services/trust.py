"""The station's trusted signers (R-SIG-4): whose signed reports this station accepts as trusted.

A report is *intact* when nothing changed since signing; it is *trusted* when its signer is this station's
certificate (the current one or an earlier one) or a certificate the beheerder added to the trusted list,
e.g. the school's other stations. The list is a PEM bundle in the data folder beside the station's own
certificate; adding to it is an event.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from examdesk.core.eventkinds import EventKind
from examdesk.core.facts.station import CertificateTrusted
from examdesk.core.roles import Role
from examdesk.core.text import QT_TRANSLATE_NOOP, message
from examdesk.reports import signing
from examdesk.services import certificates, events
from examdesk.services.actors import SignedIn, require
from examdesk.services.errors import InvalidInput
from examdesk.services.station import Station

TRUSTED_FILE = "trusted-certificates.pem"

_CANNOT_READ = QT_TRANSLATE_NOOP("Trust", "{file} cannot be read: {reason}.")
_NOT_A_CERTIFICATE = QT_TRANSLATE_NOOP(
    "Trust", "{file} holds no certificate: give a certificate file in PEM or DER form (.pem, .crt, .cer)."
)


@dataclass(frozen=True)
class TrustedSigner:
    """A certificate in the trusted list, as ``trust list`` shows it."""

    info: certificates.CertificateInfo
    own: bool  # this station's own certificate (current or earlier), trusted without being listed


def _path(station: Station) -> Path:
    return station.data_dir / certificates.SIGNING_FOLDER / TRUSTED_FILE


def _listed(station: Station) -> tuple[bytes, ...]:
    path = _path(station)
    if not path.exists():
        return ()
    return signing.certificate_chain_der(path.read_bytes())


def trusted_fingerprints(station: Station) -> frozenset[str]:
    """R-SIG-4: the SHA-256 fingerprints of every signer this station trusts: its own and the listed ones."""
    return certificates.station_fingerprints(station) | {signing.fingerprint(der) for der in _listed(station)}


def trusted_signers(station: Station) -> list[TrustedSigner]:
    """The station's own certificate first, then the listed ones in the order they were added."""
    found: list[TrustedSigner] = []
    own = certificates.current(station)
    if own is not None:
        found.append(TrustedSigner(own, True))
    seen = {s.info.fingerprint for s in found}
    for der in _listed(station):
        info = certificates.describe(der)
        if info.fingerprint not in seen:
            seen.add(info.fingerprint)
            found.append(TrustedSigner(info, False))
    return found


def _certificate_der(data: bytes, name: str) -> bytes:
    """The first certificate in ``data``, PEM or DER, as DER; a sentence when it holds none."""
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    try:
        if b"-----BEGIN CERTIFICATE-----" in data:
            return x509.load_pem_x509_certificates(data)[0].public_bytes(Encoding.DER)
        return x509.load_der_x509_certificate(data).public_bytes(Encoding.DER)
    except (ValueError, IndexError, TypeError) as exc:
        raise InvalidInput(message(_NOT_A_CERTIFICATE, file=name)) from exc


def add_trusted(station: Station, actor: SignedIn, path: Path) -> certificates.CertificateInfo:
    """R-SIG-4: add the certificate in ``path`` (PEM or DER) to the trusted signers (beheerder). Adding one
    that is already trusted changes nothing and records nothing."""
    require(actor, Role.BEHEERDER)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(message(_CANNOT_READ, file=path.name, reason=exc.strerror or str(exc))) from exc
    der = _certificate_der(data, path.name)
    info = certificates.describe(der)
    if info.fingerprint in trusted_fingerprints(station):
        return info
    target = _path(station)
    target.parent.mkdir(exist_ok=True)
    earlier = target.read_bytes() if target.exists() else b""
    temporary = target.with_suffix(".tmp")
    with open(temporary, "wb") as file:
        file.write(earlier + signing.pem_bundle((der,)))
        file.flush()
        os.fsync(file.fileno())
    os.replace(temporary, target)
    events.record(
        station,
        actor,
        EventKind.CERTIFICATE_TRUSTED,
        facts=CertificateTrusted(
            info.subject, info.issuer, info.fingerprint, info.not_before, info.not_after
        ),
    )
    return info
