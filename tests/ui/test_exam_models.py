"""The table models of the Exams workspace and the import dialog, tested without a window."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from fractions import Fraction
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from examdesk import i18n
from examdesk.core.accommodations import AccommodationKind, VsvCheck, VsvStatus
from examdesk.core.package_format import Problem
from examdesk.core.text import QT_TRANSLATE_NOOP, message
from examdesk.services.catalogue import Accommodation, ExamSummary, GroupSummary, RosterEntry
from examdesk.ui.formats import count_text, date_text, points_text
from examdesk.ui.models.base import RowTableModel
from examdesk.ui.models.exams import EXAM_ROLE, ExamColumn, ExamTableModel
from examdesk.ui.models.groups import GROUP_ROLE, GroupColumn, GroupTableModel
from examdesk.ui.models.problems import PROBLEM_ROLE, ProblemColumn, ProblemTableModel
from examdesk.ui.models.roster import ROSTER_ROLE, RosterColumn, RosterTableModel

EXAMS = [
    ExamSummary(
        code="WFT-CK-2026-1",
        title="Bijzonder Examen Adviseur Consumptief krediet",
        kind="pe",
        duration_minutes=90,
        item_count=40,
        variants=("A", "B"),
        max_points=Fraction(81, 2),
        points_per_section={"kennis_begrip": Fraction(10), "vaardigheden": Fraction(61, 2)},
        items_per_type={"multiple_choice": 30, "open": 10},
    ),
    ExamSummary(
        code="FACET-REK-BB",
        title="Rekenen BB",
        kind="ce",
        duration_minutes=120,
        item_count=12,
        variants=("A",),
        max_points=Fraction(12),
        points_per_section={"": Fraction(12)},
        items_per_type={"numeric": 12},
    ),
]

GROUPS = [
    GroupSummary(
        code="2026-06-12-CK-A",
        exam_code="WFT-CK-2026-1",
        exam_kind="pe",
        name="Ochtend",
        date=dt.date(2026, 6, 12),
        start_time="09:00",
        location_kind="exam_centre",
        room="Zaal 3",
        second_sitting_of=None,
        candidate_count=24,
        isd_melding_count=3,
    ),
    GroupSummary(
        code="2026-06-26-CK-B",
        exam_code="WFT-CK-2026-1",
        exam_kind="pe",
        name="Ziekenhuis",
        date=dt.date(2026, 6, 26),
        start_time="10:15",
        location_kind="hospital",
        room="",
        second_sitting_of="2026-06-12-CK-A",
        candidate_count=1,
        isd_melding_count=0,
    ),
]


def _accommodation(
    kind: AccommodationKind, status: VsvStatus, until: dt.date | None, **fields
) -> Accommodation:
    return Accommodation(
        kind=kind,
        minutes=fields.get("minutes"),
        factor=fields.get("factor"),
        basis=fields.get("basis"),
        statement_date=fields.get("statement_date"),
        text=fields.get("text"),
        vsv=VsvCheck(status, until),
        isd_melding=kind in (AccommodationKind.EXTRA_TIME, AccommodationKind.EXTENDED_DURATION),
    )


ROSTER = [
    RosterEntry(
        1,
        "1001",
        "Sanne de Vries",
        "*****3653",
        (
            _accommodation(
                AccommodationKind.EXTRA_TIME,
                VsvStatus.VALID,
                dt.date(2026, 6, 12),
                minutes=30,
                basis="dyslexie",
                statement_date=dt.date(2021, 6, 13),
            ),
        ),
    ),
    RosterEntry(
        2,
        "1002",
        "Ahmed Yilmaz",
        "*****3847",
        (
            _accommodation(AccommodationKind.EXTENDED_DURATION, VsvStatus.MISSING, None, factor="1.25"),
            _accommodation(
                AccommodationKind.OTHER, VsvStatus.EXPIRED, dt.date(2024, 1, 9), text="eigen stoel"
            ),
        ),
    ),
    RosterEntry(3, "1003", "Lotte Bakker", "*****2077", ()),
]

PROBLEMS = [
    Problem("exams[0].items[0].answer_key", message(QT_TRANSLATE_NOOP("Package", "is missing"))),
    Problem("row 3, column bsn", message(QT_TRANSLATE_NOOP("Package", "is missing"))),
]


@pytest.mark.parametrize(
    ("model_type", "rows"),
    [
        (ExamTableModel, EXAMS),
        (GroupTableModel, GROUPS),
        (RosterTableModel, ROSTER),
        (ProblemTableModel, PROBLEMS),
    ],
)
def test_models_pass_the_qt_model_tester(qtmodeltester: ModelTester, model_type, rows) -> None:
    model = model_type()
    model.set_rows(rows)
    qtmodeltester.check(model)
    model.set_rows([])
    qtmodeltester.check(model)


def test_each_model_returns_its_row_object_and_resets_on_set_rows(qtbot: QtBot) -> None:
    cases: list[tuple[Callable[[], RowTableModel[Any]], Sequence[Any], int]] = [
        (ExamTableModel, EXAMS, EXAM_ROLE),
        (GroupTableModel, GROUPS, GROUP_ROLE),
        (RosterTableModel, ROSTER, ROSTER_ROLE),
        (ProblemTableModel, PROBLEMS, PROBLEM_ROLE),
    ]
    for model_type, rows, role in cases:
        model = model_type()
        with qtbot.waitSignals([model.modelAboutToBeReset, model.modelReset]):
            model.set_rows(rows)
        assert model.rowCount() == len(rows)
        assert model.index(len(rows) - 1, 0).data(role) is rows[-1]


def test_exam_model_says_kind_duration_points_and_sections_in_words() -> None:
    model = ExamTableModel()
    model.set_rows(EXAMS)
    assert [model.index(0, c).data() for c in ExamColumn] == [
        "WFT-CK-2026-1",
        "Bijzonder Examen Adviseur Consumptief krediet",
        "PE",
        "90 min",
        "40",
        "A, B",
        "40.5",
        "knowledge 10 · skills 30.5",
    ]
    assert model.index(1, ExamColumn.KIND).data() == "CE"
    assert model.index(1, ExamColumn.SECTIONS).data() == "—"
    assert model.index(0, ExamColumn.ITEMS).data(Qt.ItemDataRole.ToolTipRole) == "30 multiple choice, 10 open"
    assert model.index(0, ExamColumn.ITEMS).data(Qt.ItemDataRole.TextAlignmentRole) == int(
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    )
    assert model.row_of("FACET-REK-BB") == 1 and model.row_of("nothing") is None


def test_points_and_dates_are_written_the_dutch_way_in_dutch() -> None:
    i18n.set_language("nl")
    assert points_text(Fraction(3, 2)) == "1,5"
    assert date_text(dt.date(2026, 6, 12)) == "12-06-2026"
    model = ExamTableModel()
    model.set_rows(EXAMS)
    assert model.index(0, ExamColumn.MAX_POINTS).data() == "40,5"
    i18n.set_language("en")
    assert date_text(dt.date(2026, 6, 12)) == "12 Jun 2026"
    assert date_text(dt.date(2024, 1, 9), "nl") == "09-01-2024"


def test_group_model_says_place_in_words_second_sitting_and_isd_count_R_ACC_3() -> None:
    model = GroupTableModel()
    model.set_rows(GROUPS)
    assert [model.index(0, c).data() for c in GroupColumn] == [
        "12 Jun 2026",
        "09:00",
        "2026-06-12-CK-A",
        "Ochtend",
        "WFT-CK-2026-1",
        "exam centre, Zaal 3",
        "24",
        "3",
        "",
    ]
    assert model.index(1, GroupColumn.LOCATION).data() == "hospital"
    assert model.index(1, GroupColumn.SECOND_SITTING_OF).data() == "2026-06-12-CK-A"
    assert (
        model.index(1, GroupColumn.SECOND_SITTING_OF).data(Qt.ItemDataRole.ToolTipRole)
        == "second sitting of 2026-06-12-CK-A"
    )
    assert model.index(0, GroupColumn.SECOND_SITTING_OF).data(Qt.ItemDataRole.ToolTipRole) is None
    assert model.index(0, GroupColumn.ISD_MELDINGEN).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(1, GroupColumn.ISD_MELDINGEN).data(Qt.ItemDataRole.FontRole) is None
    assert (
        model.index(0, GroupColumn.ISD_MELDINGEN).data(Qt.ItemDataRole.ToolTipRole)
        == "3 of 24 candidates have an accommodation that must be reported to the Inspectie (ISD melding)."
    )


# R-ACC-2, R-BSN-6
def test_roster_model_says_accommodations_and_vsv_states_in_words_R_ACC_2() -> None:
    model = RosterTableModel()
    model.set_rows(ROSTER)
    assert model.index(0, RosterColumn.BSN).data() == "*****3653"
    assert model.index(0, RosterColumn.ACCOMMODATIONS).data() == "extra time 30 min (dyslexie)"
    assert model.index(0, RosterColumn.VSV).data() == "valid until 12 Jun 2026"
    assert model.index(0, RosterColumn.VSV).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(0, RosterColumn.VSV).data(Qt.ItemDataRole.ToolTipRole) == "VSV dated 13 Jun 2021"
    assert model.index(1, RosterColumn.ACCOMMODATIONS).data() == "extended duration ×1.25; other: eigen stoel"
    # The one needing action first; both said in words, and red besides.
    assert model.index(1, RosterColumn.VSV).data() == "EXPIRED (valid until 9 Jan 2024); missing"
    assert model.index(1, RosterColumn.VSV).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(2, RosterColumn.ACCOMMODATIONS).data() == "—"
    assert model.index(2, RosterColumn.VSV).data(Qt.ItemDataRole.AccessibleTextRole) == "no accommodations"


# R-ACC-3
def test_roster_model_says_which_candidates_need_an_isd_melding_R_ACC_3() -> None:
    model = RosterTableModel()
    model.set_rows(ROSTER)
    assert [model.index(row, RosterColumn.ISD_MELDING).data() for row in range(3)] == ["yes", "yes", "—"]
    assert (
        model.index(1, RosterColumn.ISD_MELDING).data(Qt.ItemDataRole.ToolTipRole)
        == "To be reported to the Inspectie (ISD melding): extended duration ×1.25"
    )


def test_problem_model_shows_place_and_message_and_copies_lines() -> None:
    model = ProblemTableModel()
    model.set_rows(PROBLEMS)
    assert model.index(1, ProblemColumn.PLACE).data() == "row 3, column bsn"
    assert model.index(1, ProblemColumn.MESSAGE).data() == "is missing"
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in ProblemColumn] == ["Place", "Problem"]
    assert model.text() == "exams[0].items[0].answer_key: is missing\nrow 3, column bsn: is missing"


def test_counts_use_the_singular_for_one() -> None:
    assert count_text("exams", 1) == "1 exam"
    assert count_text("groups", 3) == "3 afnamegroepen"
    assert count_text("already", 0) == "0 were already there"


def test_headers_are_translatable_texts() -> None:
    for model_type, expected in (
        (
            ExamTableModel,
            ["Code", "Title", "Kind", "Duration", "Items", "Variants", "Max. points", "Points per section"],
        ),
        (RosterTableModel, ["Number", "Name", "BSN", "Accommodations", "VSV", "ISD melding"]),
    ):
        model = model_type()
        assert [
            model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())
        ] == expected
        assert model.headerData(0, Qt.Orientation.Vertical) is None
