"""The Exams workspace: who sees it, what its three tables say, and the rules they show."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from examdesk.core.roles import Role
from examdesk.services import accounts, packages
from examdesk.services.actors import SignedIn
from examdesk.services.station import Station
from examdesk.ui import i18n_qt
from examdesk.ui.dialogs.import_package import ImportPackageDialog
from examdesk.ui.exams.workspace import ExamsWorkspace
from examdesk.ui.main_window import MainWindow
from examdesk.ui.models.exams import ExamColumn
from examdesk.ui.models.groups import GroupColumn
from examdesk.ui.models.roster import RosterColumn
from examdesk.ui.workspaces import WorkspaceKey
from tests.services.sample_package import valid_package

PASSWORD = "correct horse battery"
GROUP = "2026-06-12-CK-A"
SECOND = "2026-06-26-CK-A2"
FULL_BSNS = ("999993653", "999993847", "999992077", "999990482")


def exam_day_package() -> dict[str, Any]:
    """The sample package with sections, an expired VSV, a candidate without any VSV need, and a
    second sitting at home."""
    data = valid_package()
    for item in data["exams"][0]["items"]:
        item["section"] = "kennis_begrip" if item["id"].startswith("K") else "vaardigheden"
    group = data["groups"][0]
    # Dated 10 January 2019: valid for five years, so until 9 January 2024; expired on the exam day.
    group["candidates"][0]["accommodations"][0]["statement_date"] = "2019-01-10"
    group["candidates"].append(
        {
            "number": "1003",
            "name": "Lotte Bakker",
            "bsn": "999992077",
            "accommodations": [{"kind": "large_print"}],
        }
    )
    data["groups"].append(
        {
            "code": SECOND,
            "exam": "WFT-CK-2026-1",
            "name": "Herkansing thuis",
            "date": "2026-06-26",
            "start_time": "13:30",
            "location": {"kind": "home", "room": "Bij de kandidaat thuis"},
            "second_sitting_of": GROUP,
            "candidates": [
                {
                    "number": "1004",
                    "name": "Daan Smit",
                    "bsn": "999990482",
                    "accommodations": [
                        {"kind": "pauses", "basis": "ziekte", "statement_date": "2025-02-01"},
                        {"kind": "reading_aloud", "statement_date": "2025-02-01"},
                    ],
                }
            ],
        }
    )
    return data


@pytest.fixture
def workspace(station: Station, secretaris: SignedIn, qtbot: QtBot) -> ExamsWorkspace:
    shown = ExamsWorkspace(station, secretaris)
    qtbot.addWidget(shown)
    shown.resize(1100, 760)
    shown.show()
    return shown


@pytest.fixture
def loaded(
    station: Station, secretaris: SignedIn, write_package: Callable[..., Path], qtbot: QtBot
) -> ExamsWorkspace:
    """The workspace with the exam-day package imported and the first group's roster shown."""
    packages.import_package(station, secretaris, write_package(exam_day_package()))
    shown = ExamsWorkspace(station, secretaris)
    qtbot.addWidget(shown)
    shown.resize(1100, 760)
    shown.show()
    qtbot.waitUntil(lambda: shown.roster_model.rowCount() == 3, timeout=10_000)
    return shown


def _cells(model) -> list[str]:
    return [
        str(model.index(row, column).data(role) or "")
        for row in range(model.rowCount())
        for column in range(model.columnCount())
        for role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        )
    ]


def test_an_empty_station_says_so_and_offers_the_import(workspace, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: workspace.pages.currentWidget() is workspace.empty, timeout=10_000)
    assert workspace.exam_model.rowCount() == 0
    assert "No exams on this station yet" in workspace.empty.now_text.text()
    assert "Import an exam package" in workspace.empty.now_text.text()
    assert workspace.empty_import_button.isVisible()
    assert workspace.empty_import_button.text() == "Import package…"


def test_the_empty_state_button_opens_the_import_dialog(workspace, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: workspace.pages.currentWidget() is workspace.empty, timeout=10_000)
    qtbot.mouseClick(workspace.empty_import_button, Qt.MouseButton.LeftButton)
    dialog = workspace.findChild(ImportPackageDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.drop_area.label.text() == "Drag a package here or choose a file"


def test_exams_table_says_kind_duration_points_and_sections(loaded) -> None:
    model = loaded.exam_model
    assert loaded.pages.currentWidget() is loaded.content
    assert model.rowCount() == 1

    def cell(column: ExamColumn) -> str:
        return str(model.index(0, column).data())

    assert cell(ExamColumn.CODE) == "WFT-CK-2026-1"
    assert cell(ExamColumn.KIND) == "PE"
    assert cell(ExamColumn.DURATION) == "90 min"
    assert cell(ExamColumn.ITEMS) == "6"
    assert cell(ExamColumn.VARIANTS) == "A"
    assert cell(ExamColumn.MAX_POINTS) == "12"
    assert cell(ExamColumn.SECTIONS) == "knowledge 1 · skills 11"
    assert "1 open" in model.index(0, ExamColumn.ITEMS).data(Qt.ItemDataRole.ToolTipRole)


def test_groups_table_says_date_place_counts_and_second_sitting(loaded) -> None:
    model = loaded.group_model
    assert model.rowCount() == 2
    first, second = model.row_of(GROUP), model.row_of(SECOND)
    assert model.index(first, GroupColumn.DATE).data() == "12 Jun 2026"
    assert model.index(first, GroupColumn.TIME).data() == "09:00"
    assert model.index(first, GroupColumn.LOCATION).data() == "school, Lokaal 2.14"
    assert model.index(first, GroupColumn.CANDIDATES).data() == "3"
    assert model.index(first, GroupColumn.SECOND_SITTING_OF).data() == ""
    assert model.index(second, GroupColumn.LOCATION).data() == "at home, Bij de kandidaat thuis"
    assert model.index(second, GroupColumn.SECOND_SITTING_OF).data() == GROUP
    assert model.headerData(GroupColumn.SECOND_SITTING_OF, Qt.Orientation.Horizontal) == "Second sitting of"
    assert (
        model.index(second, GroupColumn.SECOND_SITTING_OF).data(Qt.ItemDataRole.AccessibleTextRole)
        == f"second sitting of {GROUP}"
    )
    assert loaded.counts_label.text() == "On this station: 1 exam, 2 afnamegroepen, 4 candidates"


# R-ACC-3
def test_groups_count_and_roster_flags_the_isd_meldingen_R_ACC_3(loaded, qtbot: QtBot) -> None:
    groups = loaded.group_model
    assert groups.index(groups.row_of(GROUP), GroupColumn.ISD_MELDINGEN).data() == "1"
    assert groups.index(groups.row_of(SECOND), GroupColumn.ISD_MELDINGEN).data() == "1"
    roster = loaded.roster_model
    assert roster.index(roster.row_of("1001"), RosterColumn.ISD_MELDING).data() == "yes"
    assert roster.index(roster.row_of("1002"), RosterColumn.ISD_MELDING).data() == "—"
    assert roster.index(roster.row_of("1003"), RosterColumn.ISD_MELDING).data() == "—"
    assert (
        roster.index(roster.row_of("1002"), RosterColumn.ISD_MELDING).data(Qt.ItemDataRole.AccessibleTextRole)
        == "no ISD melding needed"
    )
    assert "ISD melding needed: 1" in loaded.roster_facts.text()


# R-ACC-2
def test_roster_says_an_expired_vsv_in_words_and_shows_the_others_R_ACC_2(loaded) -> None:
    roster = loaded.roster_model
    expired = roster.index(roster.row_of("1001"), RosterColumn.VSV)
    assert expired.data() == "EXPIRED (valid until 9 Jan 2024)"
    assert expired.data(Qt.ItemDataRole.ForegroundRole) is not None  # colour adds to the words
    assert "Verklaring Speciale Voorzieningen" in expired.data(Qt.ItemDataRole.ToolTipRole)
    assert (
        roster.index(roster.row_of("1001"), RosterColumn.ACCOMMODATIONS).data()
        == "extra time 30 min (dyslexia)"  # the ground is a code, shown in words (R-ACC-1)
    )
    assert roster.index(roster.row_of("1002"), RosterColumn.VSV).data() == "—"
    assert roster.index(roster.row_of("1003"), RosterColumn.VSV).data() == "not needed"
    assert (
        roster.index(roster.row_of("1003"), RosterColumn.ACCOMMODATIONS).data() == "large print or magnifier"
    )
    assert "VSV expired or missing: 1" in loaded.roster_facts.text()


# R-ACC-2
def test_a_valid_vsv_shows_its_last_day_R_ACC_2(loaded, qtbot: QtBot) -> None:
    assert loaded.select_group(SECOND)
    qtbot.waitUntil(
        lambda: loaded.roster_model.rowCount() == 1 and loaded.roster_model.row(0).number == "1004"
    )
    roster = loaded.roster_model
    assert roster.index(0, RosterColumn.VSV).data() == "valid until 31 Jan 2030"
    assert roster.index(0, RosterColumn.ACCOMMODATIONS).data() == "pauses (ziekte); reading-aloud exam"
    assert roster.index(0, RosterColumn.ISD_MELDING).data() == "yes"
    assert loaded.roster_title.text() == f"Candidates of Herkansing thuis ({SECOND})"


# R-BSN-6
def test_no_table_shows_a_full_bsn_only_masked_ones_R_BSN_6(loaded, qtbot: QtBot) -> None:
    roster = loaded.roster_model
    assert roster.index(roster.row_of("1001"), RosterColumn.BSN).data() == "*****3653"
    texts = _cells(loaded.exam_model) + _cells(loaded.group_model) + _cells(roster)
    loaded.select_group(SECOND)
    qtbot.waitUntil(lambda: roster.rowCount() == 1)
    texts += _cells(roster)
    assert texts
    assert not [text for text in texts if re.search(r"\d{9}", text) or any(b in text for b in FULL_BSNS)]


def test_import_roster_waits_for_a_selected_group(loaded) -> None:
    assert loaded.selected_group() is not None and loaded.selected_group().code == GROUP
    assert loaded.roster_button.isEnabled()
    loaded.group_table.clearSelection()
    assert not loaded.roster_button.isEnabled()
    assert loaded.open_roster_dialog() is None
    assert loaded.roster_model.rowCount() == 0
    assert loaded.roster_facts.text() == "Choose an afnamegroep above to see its candidates."


def test_the_workspace_speaks_dutch_after_a_language_switch(loaded, qtbot: QtBot) -> None:
    i18n_qt.install("nl")
    qtbot.waitUntil(lambda: loaded.import_button.text() == "Pakket importeren…")
    roster, groups = loaded.roster_model, loaded.group_model
    assert groups.index(groups.row_of(GROUP), GroupColumn.DATE).data() == "12-06-2026"
    assert groups.headerData(GroupColumn.SECOND_SITTING_OF, Qt.Orientation.Horizontal) == "Tweede zitting van"
    assert (
        groups.index(groups.row_of(SECOND), GroupColumn.SECOND_SITTING_OF).data(Qt.ItemDataRole.ToolTipRole)
        == f"tweede zitting van {GROUP}"
    )
    assert (
        roster.index(roster.row_of("1001"), RosterColumn.ACCOMMODATIONS).data()
        == "verlenging examentijd 30 min (dyslexie)"
    )
    assert roster.index(roster.row_of("1001"), RosterColumn.VSV).data() == "VERLOPEN (geldig t/m 09-01-2024)"
    assert roster.index(roster.row_of("1001"), RosterColumn.ISD_MELDING).data() == "ja"
    assert roster.index(roster.row_of("1003"), RosterColumn.VSV).data() == "niet nodig"
    assert loaded.exam_model.index(0, ExamColumn.SECTIONS).data() == "kennis/begrip 1 · vaardigheden 11"
    assert loaded.exam_model.headerData(ExamColumn.KIND, Qt.Orientation.Horizontal) == "Soort"


# R-ROLE-1, R-ROLE-2
def test_exams_tab_is_absent_for_a_surveillant_R_ROLE_1_R_ROLE_2(
    station: Station,
    beheerder: SignedIn,
    open_window: Callable[..., MainWindow],
    wait_page: Callable[[MainWindow, str], None],
) -> None:
    accounts.create_account(
        station, beheerder, "ajansen", "A. Jansen", PASSWORD, frozenset({Role.SURVEILLANT})
    )
    window = open_window(lambda: station, auto_sign_in=lambda s: accounts.sign_in(s, "ajansen", PASSWORD))
    wait_page(window, "workspaces")
    assert WorkspaceKey.EXAMS not in window.workspaces_page.keys()
    assert window.workspaces_page.workspace(WorkspaceKey.EXAMS) is None
    assert window.findChildren(ExamsWorkspace) == []


# R-ROLE-1, R-ROLE-2
def test_exams_tab_is_present_for_an_examensecretaris_R_ROLE_1_R_ROLE_2(
    station: Station,
    secretaris: SignedIn,
    open_window: Callable[..., MainWindow],
    wait_page: Callable[[MainWindow, str], None],
    qtbot: QtBot,
) -> None:
    window = open_window(lambda: station, auto_sign_in=lambda s: accounts.sign_in(s, "mdevries", PASSWORD))
    wait_page(window, "workspaces")
    page = window.workspaces_page
    assert WorkspaceKey.EXAMS in page.keys()
    index = page.keys().index(WorkspaceKey.EXAMS)
    assert page.tabs.tabText(index) == "Exams"
    assert page.tabs.tabToolTip(index) == f"Exams (Ctrl+{index + 1})"
    assert isinstance(page.workspace(WorkspaceKey.EXAMS), ExamsWorkspace)
