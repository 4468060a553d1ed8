"""A version 1 package's free-text ``basis`` of extra time and the ground it was read as, line by line for the
import summary (exam-package.md)."""

from __future__ import annotations

from collections.abc import Iterable

from examdesk.core.accommodations import Ground, ground_from_basis
from examdesk.core.package_format import CandidateModel, PackageModel
from examdesk.core.text import QT_TRANSLATE_NOOP, Message, message

_MAPPED = QT_TRANSLATE_NOOP("Package", "{number}: '{basis}' read as ground {ground}")
_MAPPED_YEARS = QT_TRANSLATE_NOOP(
    "Package", "{number}: '{basis}' read as ground nt2 with {years} school years in the Netherlands"
)
_MAPPED_NO_YEARS = QT_TRANSLATE_NOOP(
    "Package",
    "{number}: '{basis}' read as ground nt2; the school years are not stated, so the 60-minute exception "
    "does not apply",
)
_UNMAPPED = QT_TRANSLATE_NOOP(
    "Package", "{number}: '{basis}' matches no keyword: ground other, with the text as its note"
)


def ground_mappings(candidates: Iterable[CandidateModel]) -> list[Message]:
    """Every version 1 ``basis`` of extra time and the ground it was read as, line by line (exam-package.md)."""
    found: list[Message] = []
    for candidate in candidates:
        for accommodation in candidate.accommodations:
            if accommodation.kind != "extra_time" or accommodation.ground is not None:
                continue
            basis = accommodation.basis or ""
            read = ground_from_basis(basis)
            if read.keyword is None:
                found.append(message(_UNMAPPED, number=candidate.number, basis=basis))
            elif read.ground is Ground.NT2 and read.nt2_school_years is not None:
                found.append(
                    message(_MAPPED_YEARS, number=candidate.number, basis=basis, years=read.nt2_school_years)
                )
            elif read.ground is Ground.NT2:
                found.append(message(_MAPPED_NO_YEARS, number=candidate.number, basis=basis))
            else:
                found.append(message(_MAPPED, number=candidate.number, basis=basis, ground=read.ground.value))
    return found


def package_ground_mappings(package: PackageModel) -> list[Message]:
    """:func:`ground_mappings` of every group's roster in a version 1 package (none for version 2)."""
    if package.version != 1:
        return []
    return ground_mappings(c for group in package.groups for c in group.candidates)
