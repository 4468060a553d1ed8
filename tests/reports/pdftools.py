"""Independent PDF tools for the report tests: poppler's pdfsig and pdftotext, and qpdf."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

needs_poppler = pytest.mark.skipif(
    not (shutil.which("pdfsig") and shutil.which("pdftotext") and shutil.which("qpdf")),
    reason="poppler-utils and qpdf are needed (.ci/run installs them)",
)

VALID = "Signature is Valid."
MISMATCH = "Digest Mismatch."


def pdfsig(path: Path) -> str:
    """pdfsig's report. It exits 0 even on a mismatch, so callers read its words."""
    done = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True, timeout=60)
    return done.stdout + done.stderr


def pdftotext(path: Path, *, layout: bool = True) -> str:
    """The text; ``layout`` keeps columns side by side, else each table cell comes whole, in reading order."""
    done = subprocess.run(
        ["pdftotext", *(["-layout"] if layout else []), str(path), "-"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return done.stdout


def qpdf_check(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True, timeout=60)


def signed_ranges(data: bytes) -> list[tuple[int, int]]:
    """The /ByteRange of the (first) signature as (start, length) pairs."""
    found = re.search(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]", data)
    assert found is not None, "no /ByteRange in the file"
    a, b, c, d = (int(x) for x in found.groups())
    return [(a, b), (c, d)]


def change_one_signed_byte(data: bytes) -> bytes:
    """Flip the case of one letter of the document's producer string, which lies inside the signed range."""
    position = data.index(b"ReportLab") + 1
    (start, length), _ = signed_ranges(data)
    assert start <= position < start + length, "the producer string lies outside the first signed range"
    changed = bytearray(data)
    changed[position] ^= 0x20
    return bytes(changed)


def bsn_like_numbers(text: str) -> list[str]:
    """Nine-digit numbers in ``text`` (R-BSN-6), spaces ignored; the event chain's hex hashes are left out,
    since a SHA-256 in hex may hold nine digits in a row, and so are clock times."""
    without_hashes = re.sub(r"\b[0-9a-f]{32,}\b", " ", text)
    # A clock time ("19:05:21") beside a candidate number ("1001006") is not a BSN once spaces go.
    without_times = re.sub(r"\b\d{1,2}:\d{2}(:\d{2})?\b", " / ", without_hashes)
    return re.findall(r"(?<!\d)\d{9}(?!\d)", re.sub(r"\s+", "", without_times))
