"""The Review workspace's table models (R-INZ-1..4), without a window."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from examdesk.services import inspection, inzage_sessions
from examdesk.ui import i18n_qt
from examdesk.ui.models.inzage import InzageGroupModel, InzageLogModel, LogColumn, ResultColumn, ResultModel
from tests.demo_station import CE_GROUP, PE_GROUP, demo_actor


def test_result_model_cells_and_inzage_status(qtmodeltester: Any, demo_station: Any) -> None:
    secretaris = demo_actor(demo_station, "secretaris")
    model = ResultModel()
    model.set_rows(inspection.group_results(demo_station, secretaris, PE_GROUP).candidates)
    qtmodeltester.check(model)
    cells = {
        model.index(row, ResultColumn.NUMBER).data(): [model.index(row, c).data() for c in ResultColumn]
        for row in range(model.rowCount())
    }
    assert cells["2003"] == [
        "2003",
        "Noor Hendriks",
        "A",
        "15.83",
        "34",
        "46.5 %",  # R-GRD-4: 46,55… % rounded down
        "4",
        "failed",
        "allowed until 27 Jun 2026",
    ]
    assert cells["2001"][-1] == "not allowed: not for this grade"
    assert cells["2002"][-1] == "not allowed: had inzage; again from 14 Dec 2026"
    assert cells["2006"][2:] == ["—"] * 6 + ["not allowed: no result"]
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "2001")
    # The whole reason is the tooltip and what a screen reader says.
    assert model.index(row, ResultColumn.INZAGE).data(3) == (
        "Inzage of this exam is only for a grade 4 or 5; the grade is 6."
    )


def test_result_model_in_dutch_after_the_period_r_inz_2(qtmodeltester: Any, demo_station: Any) -> None:
    import datetime as dt

    i18n_qt.install("nl")
    secretaris = demo_actor(demo_station, "secretaris")
    model = ResultModel()
    results = inspection.group_results(demo_station, secretaris, CE_GROUP, on=dt.date(2026, 7, 4))
    model.set_rows(results.candidates)
    qtmodeltester.check(model)
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "3007")
    assert model.index(row, ResultColumn.GRADE).data() == "4,7"
    assert model.index(row, ResultColumn.PERCENT).data() == "45,4 %"  # R-GRD-4: rounded down
    assert model.index(row, ResultColumn.INZAGE).data() == "niet toegestaan: inzageperiode verstreken (CvTE)"
    assert model.headerData(ResultColumn.PASSED, Qt.Orientation.Horizontal) == "Uitslag"


def test_group_and_log_models(qtmodeltester: Any, demo_station: Any) -> None:
    secretaris = demo_actor(demo_station, "secretaris")
    groups = InzageGroupModel()
    groups.set_rows(inspection.groups(demo_station, secretaris))
    qtmodeltester.check(groups)
    assert groups.row_of(PE_GROUP) is not None
    log = InzageLogModel()
    log.set_rows(inzage_sessions.inzage_log(demo_station, secretaris, PE_GROUP))
    qtmodeltester.check(log)
    assert [log.index(0, c).data() for c in LogColumn] == [
        "14 Jun 2026",
        "10:01",
        "10:16",
        "2002 Kim de Graaf",
        "M. de Vries",
        # R-INZ-9: the numbers the candidate saw in variant B, each with its item id.
        "3 (K14), 6 (K11), 12 (K5), 14 (K3)",
        "3 (K14), 6 (K11), 12 (K5), 14 (K3)",
        "—",
    ]


# R-GRD-4
def test_the_screens_show_a_percentage_rounded_down_R_GRD_4() -> None:
    from fractions import Fraction

    from examdesk import i18n
    from examdesk.ui.models.inzage import percent_text

    i18n.set_language("nl")
    assert percent_text(Fraction(2311, 100) / 34 * 100) == "67,9 %"
