"""R-ACC-3: the ISD melding date per ISD accommodation, as a table model and as the panel under the roster
in the Exams workspace (issue 14)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from examdesk.core.accommodations import AccommodationKind, VsvCheck, VsvStatus
from examdesk.services import packages
from examdesk.services.actors import SignedIn
from examdesk.services.catalogue import Accommodation
from examdesk.services.isd_meldingen import IsdMelding
from examdesk.services.station import Station
from examdesk.ui import i18n_qt
from examdesk.ui.exams.workspace import ExamsWorkspace
from examdesk.ui.models.base import PROBLEM_COLOUR
from examdesk.ui.models.isd_meldingen import IsdColumn, IsdMeldingTableModel
from tests.services.test_isd_meldingen import isd_package


def _melding(number: str, reported_on: dt.date | None) -> IsdMelding:
    accommodation = Accommodation(
        kind=AccommodationKind.EXTRA_TIME,
        minutes=30,
        factor=None,
        basis=None,
        statement_date=None,
        text=None,
        vsv=VsvCheck(VsvStatus.NOT_NEEDED, None),
        isd_melding=True,
    )
    return IsdMelding(1, number, f"Kandidaat {number}", accommodation, reported_on)


def test_the_model_says_the_date_or_not_reported_in_words_and_colour_R_ACC_3(qapp) -> None:
    model = IsdMeldingTableModel()
    model.set_rows([_melding("1001", dt.date(2026, 3, 2)), _melding("1002", None)])
    reported, missing = model.index(0, IsdColumn.REPORTED), model.index(1, IsdColumn.REPORTED)
    assert model.data(reported) == "reported on 2 Mar 2026"
    assert model.data(missing) == "NOT REPORTED"
    assert model.data(model.index(1, IsdColumn.ACCOMMODATION)) == "extra time 30 min"
    assert model.data(reported, Qt.ItemDataRole.ForegroundRole) is None
    assert model.data(missing, Qt.ItemDataRole.ForegroundRole) == QColor(PROBLEM_COLOUR)
    assert model.data(missing, Qt.ItemDataRole.FontRole).bold()
    assert "isd_reported_on" in model.data(missing, Qt.ItemDataRole.ToolTipRole)
    assert model.headerData(IsdColumn.REPORTED, Qt.Orientation.Horizontal) == "ISD melding"


def test_the_roster_panel_shows_the_isd_meldingen_in_both_languages_R_ACC_3(
    station: Station, secretaris: SignedIn, write_package: Callable[..., Path], qtbot: QtBot
) -> None:
    packages.import_package(station, secretaris, write_package(isd_package()))
    workspace = ExamsWorkspace(station, secretaris)
    qtbot.addWidget(workspace)
    workspace.resize(1100, 760)
    workspace.show()
    panel = workspace.isd_panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=10_000)
    assert panel.isVisible() and panel.table.isVisible()
    model = panel.model
    assert [model.index(row, IsdColumn.NUMBER).data() for row in range(2)] == ["1001", "1002"]
    assert model.index(0, IsdColumn.REPORTED).data() == "reported on 2 Mar 2026"
    assert model.index(1, IsdColumn.REPORTED).data() == "NOT REPORTED"
    assert panel.facts.text() == "1 of 2 ISD meldingen NOT REPORTED: report them to the Inspectie."
    assert PROBLEM_COLOUR in panel.facts.styleSheet()
    assert panel.title.text() == "ISD meldingen"

    i18n_qt.install("nl")
    qtbot.waitUntil(lambda: model.index(1, IsdColumn.REPORTED).data() == "NIET GEMELD")
    assert model.index(0, IsdColumn.REPORTED).data() == "gemeld op 02-03-2026"
    assert model.headerData(IsdColumn.REPORTED, Qt.Orientation.Horizontal) == "ISD-melding"
    qtbot.waitUntil(lambda: panel.facts.text().startswith("1 van 2 ISD-meldingen NIET GEMELD"))
    assert panel.title.text() == "ISD-meldingen"
