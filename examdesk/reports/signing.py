"""PAdES signatures on the station's reports, and checking them (R-SIG-1).

Signatures are PAdES baseline B-B: the station is offline, so there is no timestamp server; the signing
time is the one the signer states. pyHanko takes about half a second to import, so it is imported only
inside the functions that sign or verify, never when the program starts.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from examdesk.core.text import QT_TRANSLATE_NOOP, Text

SIGNATURE_FIELD = "Signature1"

DAMAGED = QT_TRANSLATE_NOOP(
    "Signing", "The file cannot be read as a PDF: it is damaged, or it was changed after it was made."
)
NOT_A_PDF = QT_TRANSLATE_NOOP("Signing", "The file is not a PDF.")
BAD_SIGNATURE = QT_TRANSLATE_NOOP("Signing", "The signature cannot be read: it is damaged.")


@dataclass(frozen=True)
class SigningKey:
    """A private key (PKCS#8, encrypted with ``passphrase``) and its certificate chain (DER, signer first)."""

    encrypted_key_pem: bytes
    passphrase: bytes
    certificates: tuple[bytes, ...]


@dataclass(frozen=True)
class SignatureFacts:
    """What a verifier finds about one signature in a PDF."""

    field: str
    intact: bool  # the signed bytes give the signed digest, and the signature matches the certificate
    covers_whole_document: bool  # nothing was added to the file after signing
    signer: str  # the signer certificate's subject, as an RFC 4514 name
    signer_fingerprint: str  # SHA-256 of the signer certificate (hex)
    signed_at: datetime | None
    problem: Text | None = None  # why the signature could not be read, when it could not

    @property
    def valid(self) -> bool:
        return self.intact and self.covers_whole_document and self.problem is None


class UnreadablePdf(Exception):
    """The bytes are not a PDF, or not one that can be read; ``reason`` says which."""

    def __init__(self, reason: Text) -> None:
        super().__init__(str(reason))
        self.reason = reason


def fingerprint(certificate_der: bytes) -> str:
    """The SHA-256 fingerprint of a certificate, lower-case hex without separators."""
    return hashlib.sha256(certificate_der).hexdigest()


def sign(pdf: bytes, key: SigningKey, *, reason: str, location: str, name: str = "") -> bytes:
    """``pdf`` with a PAdES B-B signature of ``key`` over the whole file (an invisible signature field)."""
    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives.serialization import load_pem_private_key
    from pyhanko.keys.internal import translate_pyca_cryptography_key_to_asn1
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    private_key = load_pem_private_key(key.encrypted_key_pem, password=key.passphrase)
    certificates = [asn1_x509.Certificate.load(der) for der in key.certificates]
    registry = SimpleCertificateStore()  # type: ignore[no-untyped-call]
    registry.register_multiple(certificates[1:])
    signer = signers.SimpleSigner(
        signing_cert=certificates[0],
        signing_key=translate_pyca_cryptography_key_to_asn1(private_key),
        cert_registry=registry,
    )
    metadata = signers.PdfSignatureMetadata(
        field_name=SIGNATURE_FIELD,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        reason=reason or None,
        location=location or None,
        name=name or None,
    )
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    output = io.BytesIO()
    signers.sign_pdf(writer, metadata, signer=signer, output=output)
    return output.getvalue()


def inspect(pdf: bytes) -> tuple[SignatureFacts, ...]:
    """Every signature in ``pdf``, checked: intact and covering the whole file. Trust is not judged here:
    the caller compares the signer's fingerprint with the certificates it knows.

    Raises :class:`UnreadablePdf` when the bytes cannot be read as a PDF at all.
    """
    if not pdf.lstrip()[:5] == b"%PDF-":
        raise UnreadablePdf(NOT_A_PDF)
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        embedded = list(reader.embedded_signatures)
    except (PdfError, ValueError, KeyError, TypeError, IndexError, AttributeError) as exc:
        raise UnreadablePdf(DAMAGED) from exc
    return tuple(_check(signature) for signature in embedded)


def _check(embedded: object) -> SignatureFacts:
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.settings import KeyUsageConstraints
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    field = str(getattr(embedded, "field_name", "") or "")
    try:
        certificate = embedded.signer_cert  # type: ignore[attr-defined]
        der = certificate.dump()
        signer = _subject(der)
    except Exception:  # noqa: BLE001 - a damaged CMS blob can fail anywhere inside asn1crypto
        return SignatureFacts(field, False, False, "", "", None, BAD_SIGNATURE)
    try:
        # Trust is decided by comparing fingerprints, so the signer is its own root here: no network, and
        # no verdict on the chain mixed into "intact".
        context = ValidationContext(trust_roots=[certificate], allow_fetching=False)
        status = validate_pdf_signature(
            embedded,  # type: ignore[arg-type]
            signer_validation_context=context,
            key_usage_settings=KeyUsageConstraints(key_usage=set(), extd_key_usage=set()),
        )
    except Exception:  # noqa: BLE001 - damaged input fails anywhere in pyHanko, asn1crypto or the reader
        return SignatureFacts(field, False, False, signer, fingerprint(der), None, BAD_SIGNATURE)
    return SignatureFacts(
        field=field,
        intact=bool(status.intact and status.valid),
        covers_whole_document=status.coverage == SignatureCoverageLevel.ENTIRE_FILE,
        signer=signer,
        signer_fingerprint=fingerprint(der),
        signed_at=status.signer_reported_dt,
    )


def _subject(certificate_der: bytes) -> str:
    from cryptography import x509

    return x509.load_der_x509_certificate(certificate_der).subject.rfc4514_string()


def certificate_chain_der(pem: bytes) -> tuple[bytes, ...]:
    """The certificates in a PEM bundle, as DER, in the order they appear."""
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    return tuple(c.public_bytes(Encoding.DER) for c in x509.load_pem_x509_certificates(pem))


def pem_bundle(certificates: Sequence[bytes]) -> bytes:
    """DER certificates as one PEM bundle."""
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    return b"".join(x509.load_der_x509_certificate(der).public_bytes(Encoding.PEM) for der in certificates)
