"""The station's signing certificate (R-SIG-2): created on the station or imported from the school's PKCS#12.

The private key lies in the data folder as encrypted PKCS#8; the passphrase that opens it is a random
secret kept by the secrets interface (the system keyring, or the passphrase-protected key file), stored
under the certificate's fingerprint so that a new key and its passphrase can never be mismatched. A
replaced certificate is kept (public part only) so that reports signed with it are still recognised as
this station's.
"""

from __future__ import annotations

import base64
import datetime as dt
import secrets as pysecrets
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from examdesk.core.eventkinds import EventKind
from examdesk.core.facts.station import CertificateAdded
from examdesk.core.roles import Role
from examdesk.core.text import QT_TRANSLATE_NOOP, message
from examdesk.reports import signing
from examdesk.services import events
from examdesk.services.actors import SignedIn, require
from examdesk.services.errors import InvalidInput, NotFound, SecretsUnavailable
from examdesk.services.station import Station
from examdesk.store import files

SIGNING_FOLDER = "signing"
CERTIFICATE_FILE = "station-certificate.pem"
KEY_FILE = "station-key.pem"
RETIRED_FILE = "earlier-certificates.pem"
_SECRET_PREFIX = "signing-key-passphrase:"
VALID_YEARS = 5

_NO_CERTIFICATE = QT_TRANSLATE_NOOP(
    "Certificates",
    "This station has no signing certificate yet. A beheerder creates or imports one under Administration, "
    "Signing certificate.",
)
_KEY_LOST = QT_TRANSLATE_NOOP(
    "Certificates",
    "The passphrase of the station's signing key is missing from the keyring, so reports cannot be signed. "
    "A beheerder creates or imports a new certificate.",
)
_KEY_DAMAGED = QT_TRANSLATE_NOOP(
    "Certificates", "The station's signing key in {path} cannot be opened: it is damaged."
)
_NOT_PKCS12 = QT_TRANSLATE_NOOP(
    "Certificates",
    "{file} cannot be opened as a PKCS#12 file (.p12/.pfx): the password is wrong or the file is damaged.",
)
_NO_KEY_IN_FILE = QT_TRANSLATE_NOOP(
    "Certificates", "{file} holds no private key with its certificate; the school must export both."
)
_UNSUPPORTED_KEY = QT_TRANSLATE_NOOP(
    "Certificates",
    "The key in {file} is of a kind examdesk cannot sign with; use RSA (2048 bits or more) or ECDSA.",
)
_EXPIRED = QT_TRANSLATE_NOOP(
    "Certificates", "The certificate in {file} is valid only from {start} until {end}."
)
_NOT_FOR_SIGNING = QT_TRANSLATE_NOOP(
    "Certificates", "The certificate in {file} may not be used for signing documents (its key usage)."
)
_CANNOT_READ = QT_TRANSLATE_NOOP("Certificates", "{file} cannot be read: {reason}.")
_BAD_ALGORITHM = QT_TRANSLATE_NOOP("Certificates", "Unknown key type '{value}': use {allowed}.")


class KeyAlgorithm(StrEnum):
    ECDSA_P256 = "ecdsa-p256"
    RSA_3072 = "rsa-3072"


class Origin(StrEnum):
    CREATED = "created"
    IMPORTED = "imported"


@dataclass(frozen=True)
class CertificateInfo:
    """The public facts of a certificate, as the settings screen shows them."""

    subject: str
    issuer: str
    fingerprint: str  # SHA-256, lower-case hex
    not_before: dt.datetime
    not_after: dt.datetime
    algorithm: str  # "ECDSA P-256", "RSA 3072"
    self_signed: bool

    @property
    def fingerprint_text(self) -> str:
        """The fingerprint as people compare it: upper-case pairs separated by colons."""
        return ":".join(self.fingerprint[i : i + 2] for i in range(0, len(self.fingerprint), 2)).upper()

    def valid_at(self, moment: dt.datetime) -> bool:
        return self.not_before <= moment <= self.not_after


def _folder(station: Station) -> Path:
    return station.data_dir / SIGNING_FOLDER


def _certificate_path(station: Station) -> Path:
    return _folder(station) / CERTIFICATE_FILE


def _key_path(station: Station) -> Path:
    return _folder(station) / KEY_FILE


def _retired_path(station: Station) -> Path:
    return _folder(station) / RETIRED_FILE


def describe(certificate_der: bytes) -> CertificateInfo:
    """The facts of one DER certificate."""
    from cryptography import x509
    from cryptography.hazmat.primitives.asymmetric import ec, rsa

    certificate = x509.load_der_x509_certificate(certificate_der)
    key = certificate.public_key()
    if isinstance(key, ec.EllipticCurvePublicKey):
        names = {"secp256r1": "P-256", "secp384r1": "P-384", "secp521r1": "P-521"}
        algorithm = f"ECDSA {names.get(key.curve.name, key.curve.name)}"
    elif isinstance(key, rsa.RSAPublicKey):
        algorithm = f"RSA {key.key_size}"
    else:
        algorithm = type(key).__name__
    return CertificateInfo(
        subject=certificate.subject.rfc4514_string(),
        issuer=certificate.issuer.rfc4514_string(),
        fingerprint=signing.fingerprint(certificate_der),
        not_before=certificate.not_valid_before_utc,
        not_after=certificate.not_valid_after_utc,
        algorithm=algorithm,
        self_signed=certificate.subject == certificate.issuer,
    )


def current(station: Station) -> CertificateInfo | None:
    """This station's signing certificate, or ``None`` when it has none yet."""
    chain = _chain(station)
    return describe(chain[0]) if chain else None


def _chain(station: Station) -> tuple[bytes, ...]:
    path = _certificate_path(station)
    if not path.exists():
        return ()
    return signing.certificate_chain_der(path.read_bytes())


def station_fingerprints(station: Station) -> frozenset[str]:
    """Fingerprints of every certificate this station has signed with: the current one and earlier ones."""
    found = set()
    chain = _chain(station)
    if chain:
        found.add(signing.fingerprint(chain[0]))
    retired = _retired_path(station)
    if retired.exists():
        found.update(signing.fingerprint(der) for der in signing.certificate_chain_der(retired.read_bytes()))
    return frozenset(found)


def signing_key(station: Station) -> signing.SigningKey:
    """The key and chain to sign with; a clear refusal when there is none or its passphrase is gone."""
    chain = _chain(station)
    if not chain or not _key_path(station).exists():
        raise NotFound(message(_NO_CERTIFICATE))
    passphrase = station.secrets().get(_SECRET_PREFIX + signing.fingerprint(chain[0]))
    if passphrase is None:
        raise SecretsUnavailable(message(_KEY_LOST))
    return signing.SigningKey(_key_path(station).read_bytes(), passphrase.encode("ascii"), chain)


def check_signing_key(station: Station) -> None:
    """Open the signing key once, so that a damaged key file is found before a report is made."""
    from cryptography.hazmat.primitives.serialization import load_pem_private_key

    key = signing_key(station)
    try:
        load_pem_private_key(key.encrypted_key_pem, password=key.passphrase)
    except (ValueError, TypeError) as exc:
        raise SecretsUnavailable(message(_KEY_DAMAGED, path=str(_key_path(station)))) from exc


def create_certificate(
    station: Station, actor: SignedIn, algorithm: KeyAlgorithm | str = KeyAlgorithm.ECDSA_P256
) -> CertificateInfo:
    """R-SIG-2: a new self-signed certificate whose subject names the school and the station (beheerder)."""
    require(actor, Role.BEHEERDER)
    try:
        chosen = KeyAlgorithm(algorithm)
    except ValueError:
        allowed = ", ".join(a.value for a in KeyAlgorithm)
        raise InvalidInput(message(_BAD_ALGORITHM, value=algorithm, allowed=allowed)) from None
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec, rsa
    from cryptography.hazmat.primitives.serialization import Encoding
    from cryptography.x509.oid import NameOID

    key: Any
    if chosen is KeyAlgorithm.ECDSA_P256:
        key = ec.generate_private_key(ec.SECP256R1())
    else:
        key = rsa.generate_private_key(public_exponent=65537, key_size=3072)
    # Most general first: RFC 4514 writes the name in reverse, so it reads "CN=examdesk station …,O=school,C=NL".
    attributes = [x509.NameAttribute(NameOID.COUNTRY_NAME, "NL")]
    if station.school:
        attributes.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, station.school[:64]))
    attributes.append(x509.NameAttribute(NameOID.COMMON_NAME, f"examdesk station {station.name}"[:64]))
    name = x509.Name(attributes)
    # The station's clock says when; a day's margin keeps a slightly slow clock elsewhere from rejecting it.
    now = station.clock.read().wall.astimezone(dt.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365 * VALID_YEARS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    der = certificate.public_bytes(Encoding.DER)
    return _install(station, actor, key, (der,), Origin.CREATED)


def import_pkcs12(station: Station, actor: SignedIn, path: Path, password: str) -> CertificateInfo:
    """R-SIG-2: the school's certificate and key from a PKCS#12 file (beheerder); checked before it replaces
    the current one: a private key, a kind of key examdesk signs with, valid now, usable for signing."""
    require(actor, Role.BEHEERDER)
    from cryptography import x509
    from cryptography.hazmat.primitives.asymmetric import ec, rsa
    from cryptography.hazmat.primitives.serialization import Encoding, pkcs12

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(message(_CANNOT_READ, file=path.name, reason=exc.strerror or str(exc))) from exc
    try:
        key, certificate, extra = pkcs12.load_key_and_certificates(data, password.encode("utf-8") or None)
    except (ValueError, TypeError) as exc:
        raise InvalidInput(message(_NOT_PKCS12, file=path.name)) from exc
    if key is None or certificate is None:
        raise InvalidInput(message(_NO_KEY_IN_FILE, file=path.name))
    if not (
        (isinstance(key, rsa.RSAPrivateKey) and key.key_size >= 2048)
        or (isinstance(key, ec.EllipticCurvePrivateKey) and key.curve.name in ("secp256r1", "secp384r1"))
    ):
        raise InvalidInput(message(_UNSUPPORTED_KEY, file=path.name))
    now = station.clock.read().wall.astimezone(dt.UTC)
    if not (certificate.not_valid_before_utc <= now <= certificate.not_valid_after_utc):
        raise InvalidInput(
            message(
                _EXPIRED,
                file=path.name,
                start=certificate.not_valid_before_utc.date().isoformat(),
                end=certificate.not_valid_after_utc.date().isoformat(),
            )
        )
    try:
        usage = certificate.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        usage = None
    if usage is not None and not (usage.digital_signature or usage.content_commitment):
        raise InvalidInput(message(_NOT_FOR_SIGNING, file=path.name))
    chain = (certificate.public_bytes(Encoding.DER), *(c.public_bytes(Encoding.DER) for c in extra or ()))
    return _install(station, actor, key, chain, Origin.IMPORTED)


def _install(
    station: Station, actor: SignedIn, key: Any, chain: tuple[bytes, ...], origin: Origin
) -> CertificateInfo:
    """Store the key (encrypted under a fresh passphrase kept as a secret) and the chain; keep the old one."""
    from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, Encoding, PrivateFormat

    store = station.secrets()
    info = describe(chain[0])
    passphrase = base64.b64encode(pysecrets.token_bytes(32)).decode("ascii")
    store.set(_SECRET_PREFIX + info.fingerprint, passphrase)
    encrypted = key.private_bytes(
        Encoding.PEM, PrivateFormat.PKCS8, BestAvailableEncryption(passphrase.encode("ascii"))
    )
    files.private_folder(_folder(station))
    previous = _chain(station)
    if previous:
        retired = _retired_path(station)
        earlier = retired.read_bytes() if retired.exists() else b""
        _write(retired, earlier + signing.pem_bundle(previous[:1]))
    _write(_key_path(station), encrypted)
    _write(_certificate_path(station), signing.pem_bundle(chain))
    if previous:
        old = signing.fingerprint(previous[0])
        if old != info.fingerprint:
            store.delete(_SECRET_PREFIX + old)
    events.record(
        station,
        actor,
        EventKind.CERTIFICATE_CREATED if origin is Origin.CREATED else EventKind.CERTIFICATE_IMPORTED,
        facts=CertificateAdded(
            info.subject,
            info.issuer,
            info.fingerprint,
            info.algorithm,
            info.not_before,
            info.not_after,
            signing.fingerprint(previous[0]) if previous else None,
        ),
    )
    return info


def _write(path: Path, data: bytes) -> None:
    """Replace ``path`` durably and atomically, readable by its owner only (issue 13, finding 8)."""
    files.write_atomically(path, data)
