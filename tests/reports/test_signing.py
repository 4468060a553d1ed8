"""PAdES signing and verification (R-SIG-1), checked with an independent verifier (poppler's pdfsig)."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest

from examdesk.core.text import message
from examdesk.reports import document, signing
from examdesk.reports.signing import SigningKey
from tests.reports.conftest import make_key
from tests.reports.pdftools import (
    MISMATCH,
    VALID,
    change_one_signed_byte,
    needs_poppler,
    pdfsig,
    qpdf_check,
)

LETTERHEAD = document.Letterhead(
    "Testschool", "Station 1", dt.datetime(2026, 6, 12, 9, 0, tzinfo=dt.UTC), "en"
)


def _pdf(text: str = "Proces-verbaal") -> bytes:
    styles = document.Styles()
    story = [
        document.paragraph(text, styles.title),
        document.paragraph("<b>not markup</b> & more", styles.body),
    ]
    return document.build(story, title=text, subject="test", letterhead=LETTERHEAD, tr=lambda v: str(v))


def _signed(key: SigningKey, tmp_path: Path, name: str = "signed.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(signing.sign(_pdf(), key, reason="test", location="Testschool"))
    return path


# R-SIG-1
@needs_poppler
@pytest.mark.parametrize("algorithm", ["ec", "rsa"])
def test_a_signed_report_is_valid_for_pdfsig_and_for_examdesk_R_SIG_1(algorithm: str, tmp_path: Path) -> None:
    key = make_key(algorithm)
    path = _signed(key, tmp_path)
    report = pdfsig(path)
    assert VALID in report
    assert "ETSI.CAdES.detached" in report  # PAdES, not the older adbe.pkcs7.detached
    assert qpdf_check(path).returncode == 0
    (facts,) = signing.inspect(path.read_bytes())
    assert facts.valid and facts.intact and facts.covers_whole_document
    assert facts.signer == "CN=examdesk test signer"
    assert facts.signer_fingerprint == signing.fingerprint(key.certificates[0])
    assert facts.signed_at is not None and abs(facts.signed_at - dt.datetime.now(dt.UTC)) < dt.timedelta(
        minutes=5
    )


# R-SIG-1
@needs_poppler
def test_one_changed_byte_is_a_digest_mismatch_for_pdfsig_and_examdesk_R_SIG_1(
    ec_key: SigningKey, tmp_path: Path
) -> None:
    path = _signed(ec_key, tmp_path)
    changed = tmp_path / "changed.pdf"
    changed.write_bytes(change_one_signed_byte(path.read_bytes()))
    report = pdfsig(changed)
    assert MISMATCH in report and VALID not in report
    (facts,) = signing.inspect(changed.read_bytes())
    assert not facts.intact and not facts.valid


# R-SIG-1
def test_an_update_appended_after_signing_is_not_the_signed_document_R_SIG_1(
    ec_key: SigningKey, tmp_path: Path
) -> None:
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    signed = _signed(ec_key, tmp_path).read_bytes()
    writer = IncrementalPdfFileWriter(io.BytesIO(signed))
    info = writer.trailer["/Info"].get_object()
    info[generic.NameObject("/Title")] = generic.TextStringObject("Changed afterwards")
    writer.update_container(info)
    out = io.BytesIO()
    writer.write(out)
    (facts,) = signing.inspect(out.getvalue())
    assert facts.intact and not facts.covers_whole_document and not facts.valid


def test_damaged_and_foreign_files_are_verdicts_not_crashes(ec_key: SigningKey, tmp_path: Path) -> None:
    signed = _signed(ec_key, tmp_path).read_bytes()
    with pytest.raises(signing.UnreadablePdf) as not_pdf:
        signing.inspect(b"PK\x03\x04 a zip file")
    assert not_pdf.value.reason == signing.NOT_A_PDF
    start = signed.index(b"/Contents <") + len(b"/Contents <")
    for damaged in (
        signed[: len(signed) // 3],  # cut off
        signed[:start] + b"0" * 40 + signed[start + 40 :],  # the signature itself overwritten
        signed.replace(b"/ByteRange", b"/ByteRangX", 1),  # the signed range no longer named
    ):
        try:
            found = signing.inspect(damaged)
        except signing.UnreadablePdf as exc:
            assert exc.reason == signing.DAMAGED
        else:
            assert all(not facts.valid for facts in found)


def test_an_unsigned_pdf_has_no_signatures() -> None:
    assert signing.inspect(_pdf()) == ()


def test_the_footer_numbers_pages_in_the_reports_language(tmp_path: Path) -> None:
    from examdesk import i18n
    from tests.reports.pdftools import pdftotext

    styles = document.Styles()
    story = [document.paragraph(f"line {n}", styles.body) for n in range(150)]
    dutch = document.Letterhead(
        "Testschool", "Station 1", dt.datetime(2026, 6, 12, 9, 5, tzinfo=dt.UTC), "nl"
    )
    path = tmp_path / "pages.pdf"
    path.write_bytes(
        document.build(story, title="t", subject="s", letterhead=dutch, tr=lambda v: i18n.render(v, "nl"))
    )
    text = pdftotext(path)
    assert "pagina 1 van 3" in text and "pagina 3 van 3" in text
    assert "Testschool · Station 1" in text and "12-06-2026 om 11:05" in text  # Amsterdam time, summer
    assert i18n.render(message(document._PAGE, page=2, pages=3), "en") == "page 2 of 3"


# R-SIG-1
def test_the_self_test_signs_verifies_and_catches_a_change_R_SIG_1() -> None:
    from examdesk.services import selftest

    ok, detail = selftest.check_signing()
    assert ok, detail
    assert "ECDSA P-256" in str(detail)
