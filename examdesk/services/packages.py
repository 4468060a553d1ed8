"""Importing exam packages and rosters (spec/exam-package.md); scoring is in ``package_scoring``.

Every import validates the whole input first and then writes everything in one transaction, or
nothing. Importing the same package again changes nothing.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlmodel import Session

from examdesk.core import bsn
from examdesk.core.errors import ExamdeskError
from examdesk.core.eventchain import canonical_json
from examdesk.core.eventkinds import EventKind
from examdesk.core.facts.station import PackageImported, RosterImported
from examdesk.core.package_accommodations import csv_accommodations, stored_form
from examdesk.core.package_fields import package_context, printable
from examdesk.core.package_format import (
    MAX_CANDIDATES,
    MAX_PACKAGE_BYTES,
    CandidateModel,
    ExamModel,
    GroupModel,
    Known,
    KnownExam,
    KnownGroup,
    PackageModel,
    Problem,
    ResultModel,
    known_exam,
    off_site_columns,
    parse_package,
)
from examdesk.core.package_grounds import ground_mappings, package_ground_mappings
from examdesk.core.roles import Role
from examdesk.core.text import QT_TRANSLATE_NOOP, Message, message
from examdesk.services import events, keys
from examdesk.services.actors import SignedIn, require
from examdesk.services.exams import Exam, core_exam
from examdesk.services.package_file import refusal_headline
from examdesk.services.package_input import (
    FILE,
    InputRefused,
    Loaded,
    csv_rows,
    decode_csv,
    later_problems,
    read_limited,
    read_package,
)
from examdesk.services.personal_data import bsn_lookup_hash, seal_bsn
from examdesk.services.sessions import sittings
from examdesk.services.station import Station
from examdesk.store import packages as package_store
from examdesk.store.db import transaction
from examdesk.store.models import CandidateRow, ExamGroupRow, ExamRow, ResultRow

_FILE = FILE
_EXAM_CHANGED = QT_TRANSLATE_NOOP(
    "Import", "exam {code} is already on this station with different content; a changed exam needs a new code"
)
_GROUP_CHANGED = QT_TRANSLATE_NOOP(
    "Import", "afnamegroep {code} is already on this station with other details"
)
_CANDIDATE_CHANGED = QT_TRANSLATE_NOOP(
    "Import",
    "candidate {number} is already on the roster of {group} with other details; the examensecretaris corrects a roster on the station",
)
_RESULT_CHANGED = QT_TRANSLATE_NOOP(
    "Import", "the result of candidate {number} for exam {exam} is already on this station with other answers"
)
_CSV_HEADER = QT_TRANSLATE_NOOP(
    "Import", "the first row must name the columns {columns}, separated by semicolons"
)
_CSV_COLUMNS = QT_TRANSLATE_NOOP(
    "Import", "this row has {count} cells; it needs 3 or 4 (number;name;bsn;accommodations)"
)
_ROW = QT_TRANSLATE_NOOP("Import", "row {row}")
_ROW_COLUMN = QT_TRANSLATE_NOOP("Import", "row {row}, column {column}")
_CSV_EMPTY = QT_TRANSLATE_NOOP("Import", "the file has no candidates")
_CSV_ACCOMMODATION = QT_TRANSLATE_NOOP(
    "Import",
    "'{value}' is not an accommodation; write kind, kind:minutes, kind:minutes:basis or kind:minutes:basis:YYYY-MM-DD, separated by |",
)
_NO_GROUP = QT_TRANSLATE_NOOP("Import", "there is no afnamegroep '{code}' on this station")

ROSTER_COLUMNS = ("number", "name", "bsn", "accommodations")


class PackageRefused(ExamdeskError):
    """The input has problems; nothing was written. ``problems`` lists every one with where it is."""

    def __init__(self, path: Path, problems: Sequence[Problem], scoring: bool = False) -> None:
        headline = refusal_headline(path, problems, scoring)
        single_file_problem = scoring and len(problems) == 1 and problems[0].path == _FILE
        details = (
            ()
            if single_file_problem
            else tuple(
                message(QT_TRANSLATE_NOOP("Import", "{path}: {problem}"), path=p.path, problem=p.message)
                for p in problems
            )
        )
        super().__init__(headline, *details)
        self.problems = list(problems)


@dataclass(frozen=True)
class ImportReport:
    """What an import added and what it found already there."""

    sha256: str
    added: dict[str, int]
    unchanged: dict[str, int]
    ground_mappings: tuple[Message, ...] = ()  # version 1: each basis and the ground it was read as

    @property
    def changed_anything(self) -> bool:
        return any(self.added.values())


Progress = Callable[[int, int], None]


def _no_progress(done: int, total: int) -> None:
    pass


# --- reading --------------------------------------------------------------------------------------


def read_package_file(path: Path) -> tuple[Loaded, str]:
    """The parsed JSON of a package file (``.json`` or a zip with ``package.json``) and its SHA-256.

    Raises :class:`PackageRefused` naming what is wrong with the file itself: its size, zip members,
    encoding, nesting or JSON (package_input). What is wrong inside it (duplicate keys, control
    characters, numbers of too many digits) comes with the data, to be reported with the model's
    problems by :func:`parse_loaded`.
    """
    try:
        loaded, raw = read_package(path, MAX_PACKAGE_BYTES)
    except InputRefused as refused:
        raise PackageRefused(path, refused.problems) from None
    return loaded, hashlib.sha256(raw).hexdigest()


def parse_loaded(loaded: Loaded, known: Known) -> tuple[PackageModel | None, list[Problem]]:
    """:func:`parse_package` of what was read, with the reader's own problems first (all at once)."""
    package, problems = parse_package(loaded.data, known)
    if loaded.problems:
        return None, later_problems(loaded.problems, problems)
    return package, problems


# --- what the station holds -----------------------------------------------------------------------


def known_on_station(session: Session) -> tuple[Known, dict[str, ExamRow]]:
    exam_rows = {row.code: row for row in package_store.all_exams(session)}
    exams: dict[str, KnownExam] = {code: known_exam(row.definition) for code, row in exam_rows.items()}
    numbers = package_store.candidate_numbers(session)
    groups = {
        row.code: KnownGroup(row.exam_code, frozenset(numbers.get(row.code, set())))
        for row in package_store.all_groups(session)
    }
    return Known(exams, groups), exam_rows


def station_exam(station: Station, code: str) -> Exam | None:
    """An exam on the station, ready for scoring."""
    with transaction(station.engine) as session:
        row = session.get(ExamRow, code)
        return core_exam(row.definition) if row else None


def _stored(exam: ExamModel) -> str:
    """The exam as the station stores it: the same text for the same content, whatever the package's order."""
    return canonical_json(exam.model_dump(mode="json"))


# --- importing --------------------------------------------------------------------------------------


def import_package(
    station: Station, actor: SignedIn, path: Path, progress: Progress = _no_progress
) -> ImportReport:
    """Validate a package completely, then write all of it in one transaction, or nothing."""
    require(actor, Role.EXAMENSECRETARIS)
    progress(0, 4)
    loaded, digest = read_package_file(path)
    progress(1, 4)
    now = station.clock.read().wall
    if not station.database_open:
        # A passphrase station's database opens with its passphrase (issue 13): the package's own problems
        # are listed all the same, before the refusal that asks for the passphrase.
        package, problems = parse_loaded(loaded, Known({}, {}))
        if package is None:
            raise PackageRefused(path, problems)
    with transaction(station.engine) as session:
        known, _ = known_on_station(session)
        package, problems = parse_loaded(loaded, known)
        progress(2, 4)
        if package is None:
            raise PackageRefused(path, problems)
        # The data key is asked for only now, so that a package's problems are listed even on a locked station.
        writer = _Writer(session, lambda: keys.data_key(station), now)
        writer.write(package)
        writer.sittings(station)
        if writer.conflicts:
            raise PackageRefused(path, writer.conflicts)
        progress(3, 4)
        report = ImportReport(digest, writer.added, writer.unchanged, tuple(package_ground_mappings(package)))
        if report.changed_anything:
            events.record(
                station,
                actor,
                EventKind.PACKAGE_IMPORTED,
                facts=PackageImported(path.name, digest, writer.added, writer.unchanged),
                within=session,
            )
    progress(4, 4)
    return report


class _Writer:
    """Writes a validated package, comparing with what the station holds (same → unchanged; other → conflict).

    What the station holds of the package's groups is read once up front and the rows are flushed
    once per stage: a 5,000-candidate roster is a handful of statements, not tens of thousands.
    """

    def __init__(self, session: Session, data_key: Callable[[], bytes], now: datetime) -> None:
        self.session, self.now = session, now
        self._data_key_source = data_key
        self._data_key: bytes | None = None
        self.added = {"exams": 0, "groups": 0, "candidates": 0, "results": 0}
        self.unchanged = dict(self.added)
        self.conflicts: list[Problem] = []
        self._candidates: dict[tuple[str, str], CandidateRow] = {}
        self._new: dict[tuple[str, str], str] = {}  # (group, number) → where in the package
        self._new_groups: set[str] = set()

    @property
    def data_key(self) -> bytes:
        if self._data_key is None:
            self._data_key = self._data_key_source()
        return self._data_key

    def write(self, package: PackageModel) -> None:
        with self.session.no_autoflush:
            for index, exam in enumerate(package.exams):
                self._exam(exam, f"exams[{index}]")
            self.session.flush()
            # A second sitting refers to its first (a foreign key): the first is written before it,
            # wherever it stands in the package (parse_package refuses cycles).
            for index, group in _first_sittings_first(package.groups):
                self._group(group, f"groups[{index}]")
            self.session.flush()
            if package.results:
                self._results(package.results)

    def sittings(self, station: Station) -> None:
        """R-SES-3, R-SES-4: the rosters this package adds may not give a candidate a third sitting on one day
        or a PE qualification twice within four months; each refusal is a problem at the candidate's path."""
        added: dict[str, set[str]] = {}
        for group_code, number in self._new:
            added.setdefault(group_code, set()).add(number)
        for key, refusal in sittings.added_refusals(self.session, station, added, self._new_groups):
            self.conflicts.append(Problem(self._new[key], refusal))

    def _count(self, kind: str, added: bool) -> None:
        (self.added if added else self.unchanged)[kind] += 1

    def _exam(self, exam: ExamModel, where: str) -> None:
        existing = self.session.get(ExamRow, exam.code)
        if existing is not None:
            if _stored(existing.definition) != _stored(exam):
                self.conflicts.append(Problem(where, message(_EXAM_CHANGED, code=exam.code)))
            self._count("exams", False)
            return
        self.session.add(
            ExamRow(
                code=exam.code,
                title=exam.title,
                kind=exam.kind,
                duration_minutes=exam.duration_minutes,
                definition=exam,
                imported_at=self.now,
            )
        )
        self._count("exams", True)

    def load_roster(self, group_code: str) -> None:
        """Read a group's candidates once, before comparing or adding any."""
        for row in package_store.candidates_of(self.session, group_code):
            self._candidates[(group_code, row.number)] = row

    def _group(self, group: GroupModel, where: str) -> None:
        details = (
            group.exam,
            group.name,
            group.date,
            group.start_time,
            group.location.kind,
            group.location.room,
            group.second_sitting_of,
        )
        existing = self.session.get(ExamGroupRow, group.code)
        if existing is not None:
            held = (
                existing.exam_code,
                existing.name,
                existing.date,
                existing.start_time,
                existing.location_kind,
                existing.room,
                existing.second_sitting_of,
            )
            if held != details:
                self.conflicts.append(Problem(where, message(_GROUP_CHANGED, code=group.code)))
            self._count("groups", False)
            self.load_roster(group.code)
        else:
            self.session.add(
                ExamGroupRow(
                    code=group.code,
                    exam_code=group.exam,
                    name=group.name,
                    date=group.date,
                    start_time=group.start_time,
                    location_kind=group.location.kind,
                    room=group.location.room,
                    second_sitting_of=group.second_sitting_of,
                    **off_site_columns(group),
                    imported_at=self.now,
                )
            )
            self.session.flush()
            self._new_groups.add(group.code)
            self._count("groups", True)
        for index, candidate in enumerate(group.candidates):
            self.candidate(group.code, candidate, f"{where}.candidates[{index}]")

    def candidate(self, group_code: str, candidate: CandidateModel, where: str) -> None:
        normalised = bsn.normalise(candidate.bsn)
        lookup = bsn_lookup_hash(self.data_key, normalised)
        accommodations = stored_form(
            a.model_dump(mode="json", exclude_none=True) for a in candidate.accommodations
        )
        existing = self._candidates.get((group_code, candidate.number))
        if existing is not None:
            if (existing.name, existing.bsn_hash, stored_form(json.loads(existing.accommodations))) != (
                candidate.name,
                lookup,
                accommodations,
            ):
                self.conflicts.append(
                    Problem(where, message(_CANDIDATE_CHANGED, number=candidate.number, group=group_code))
                )
            self._count("candidates", False)
            return
        row = CandidateRow(
            group_code=group_code,
            number=candidate.number,
            name=candidate.name,
            bsn_sealed=seal_bsn(self.data_key, normalised),
            bsn_hash=lookup,
            bsn_last4=normalised[-4:],
            accommodations=accommodations,
        )
        self.session.add(row)
        self._candidates[(group_code, candidate.number)] = row
        self._new[(group_code, candidate.number)] = where
        self._count("candidates", True)

    def _results(self, results: list[ResultModel]) -> None:
        for group_code in {result.group for result in results}:
            if not any(key[0] == group_code for key in self._candidates):
                self.load_roster(group_code)
        existing_results = package_store.results_of_groups(self.session, sorted({r.group for r in results}))
        for index, result in enumerate(results):
            candidate = self._candidates[(result.group, result.candidate)]  # checked by parse_package
            assert candidate.id is not None
            responses = canonical_json(result.model_dump(mode="json")["responses"])
            existing = existing_results.get((candidate.id, result.exam))
            if existing is not None:
                same = (
                    existing.variant,
                    existing.submitted_at,
                    existing.published_at,
                    existing.responses,
                ) == (
                    result.variant,
                    result.submitted_at,
                    result.published_at,
                    responses,
                )
                if not same:
                    problem = message(_RESULT_CHANGED, number=result.candidate, exam=result.exam)
                    self.conflicts.append(Problem(f"results[{index}]", problem))
                self._count("results", False)
                continue
            self.session.add(
                ResultRow(
                    candidate_id=candidate.id,
                    exam_code=result.exam,
                    variant=result.variant,
                    submitted_at=result.submitted_at,
                    published_at=result.published_at,
                    responses=responses,
                    imported_at=self.now,
                )
            )
            self._count("results", True)


def _first_sittings_first(groups: Sequence[GroupModel]) -> list[tuple[int, GroupModel]]:
    """The groups in package order, except that each comes after the group it is a second sitting of."""
    by_code = {group.code: index for index, group in enumerate(groups)}
    placed: set[int] = set()
    ordered: list[tuple[int, GroupModel]] = []

    def place(index: int, seen: frozenset[int]) -> None:
        if index in placed or index in seen:
            return
        first = groups[index].second_sitting_of
        if first is not None and first in by_code:
            place(by_code[first], seen | {index})
        placed.add(index)
        ordered.append((index, groups[index]))

    for index in range(len(groups)):
        place(index, frozenset())
    return ordered


# --- rosters ----------------------------------------------------------------------------------------


def read_roster(path: Path) -> list[CandidateModel] | list[Problem]:
    """Candidates from a semicolon-separated CSV, or every problem by row and column.

    UTF-8 with or without BOM, or UTF-16 with BOM; any line ending; limits checked before parsing
    (package_input).
    """
    try:
        numbered = csv_rows(decode_csv(read_limited(path, MAX_PACKAGE_BYTES)), MAX_CANDIDATES + 1)
    except InputRefused as refused:
        return refused.problems
    rows = [row for _, row in numbered]
    if not rows or [cell.strip().lower() for cell in rows[0]][: len(ROSTER_COLUMNS)] != list(ROSTER_COLUMNS):
        return [Problem(_row_place(1), message(_CSV_HEADER, columns=";".join(ROSTER_COLUMNS)))]
    if len(rows) == 1:
        return [Problem(_FILE, message(_CSV_EMPTY))]
    from pydantic import ValidationError

    from examdesk.core.package_format import pydantic_problems

    candidates: list[CandidateModel] = []
    problems: list[Problem] = []
    numbers: set[str] = set()
    for line, row in numbered[1:]:
        if len(row) not in (3, 4):
            problems.append(Problem(_row_place(line), message(_CSV_COLUMNS, count=len(row))))
            continue
        cells = [cell.strip() for cell in row] + [""] * (4 - len(row))
        accommodations, bad = csv_accommodations(cells[3])
        if bad is not None:
            problems.append(
                Problem(_row_place(line, "accommodations"), message(_CSV_ACCOMMODATION, value=printable(bad)))
            )
            continue
        try:
            candidate = CandidateModel.model_validate(
                {"number": cells[0], "name": cells[1], "bsn": cells[2], "accommodations": accommodations},
                context=package_context(1),  # the CSV's accommodation cells are version 1's form
            )
        except ValidationError as error:
            for found in (p for e in error.errors(include_url=False) for p in pydantic_problems(e)):
                column = found.path.split(".")[0].split("[")[0]
                problems.append(Problem(_row_place(line, column), found.message))
            continue
        if candidate.number in numbers:
            problems.append(
                Problem(
                    _row_place(line, "number"),
                    message(
                        QT_TRANSLATE_NOOP("Package", "'{value}' occurs more than once"),
                        value=candidate.number,
                    ),
                )
            )
        numbers.add(candidate.number)
        candidates.append(candidate)
    return problems or candidates


def _row_place(row: int, column: str | None = None) -> str:
    """Where in a CSV file, in the user's language (column names are the file's own)."""
    from examdesk import i18n

    return i18n.render(message(_ROW_COLUMN, row=row, column=column) if column else message(_ROW, row=row))


def import_roster(station: Station, actor: SignedIn, group_code: str, path: Path) -> ImportReport:
    """Add a CSV roster's candidates to an existing afnamegroep: all of them, or none."""
    require(actor, Role.EXAMENSECRETARIS)
    read = read_roster(path)
    if read and isinstance(read[0], Problem):
        raise PackageRefused(path, [p for p in read if isinstance(p, Problem)])
    candidates = [c for c in read if isinstance(c, CandidateModel)]
    try:
        digest = hashlib.sha256(read_limited(path, MAX_PACKAGE_BYTES)).hexdigest()
    except InputRefused as refused:  # changed since it was read
        raise PackageRefused(path, refused.problems) from None
    with transaction(station.engine) as session:
        if session.get(ExamGroupRow, group_code) is None:
            raise PackageRefused(path, [Problem(_FILE, message(_NO_GROUP, code=group_code))])
        writer = _Writer(session, lambda: keys.data_key(station), station.clock.read().wall)
        writer.load_roster(group_code)
        held = {c.number for c in package_store.candidates_of(session, group_code)}
        with session.no_autoflush:
            for line, candidate in enumerate(candidates, start=2):
                writer.candidate(group_code, candidate, _row_place(line))
        lines = {c.number: line for line, c in enumerate(candidates, start=2)}
        for number, refusal in sittings.roster_refusals(session, station, group_code, held):  # R-SES-3, 4
            writer.conflicts.append(Problem(_row_place(lines[number]), refusal))
        if writer.conflicts:
            raise PackageRefused(path, writer.conflicts)
        report = ImportReport(digest, writer.added, writer.unchanged, tuple(ground_mappings(candidates)))
        if report.changed_anything:
            events.record(
                station,
                actor,
                EventKind.ROSTER_IMPORTED,
                facts=RosterImported(path.name, digest, group_code, writer.added["candidates"]),
                within=session,
            )
    return report
