"""An exam's definition is one column type: stored as canonical JSON, loaded as the model (issue 12 #6)."""

from __future__ import annotations

import json
import pathlib
from typing import Any

import pytest
from sqlalchemy import select, text

from examdesk.core.eventchain import canonical_json
from examdesk.core.package_format import ExamModel
from examdesk.services import packages
from examdesk.store.db import transaction
from examdesk.store.models import ExamRow
from examdesk.store.types import ModelJson
from tests.services.sample_package import valid_package
from tests.services.test_packages import secretaris as secretaris  # noqa: F401 - the fixture

ROOT = pathlib.Path(__file__).resolve().parents[2]


def _import(station: Any, actor: Any, tmp_path: pathlib.Path) -> dict[str, Any]:
    data = valid_package()
    path = tmp_path / "package.examdesk.json"
    path.write_text(json.dumps(data), "utf-8")
    packages.import_package(station, actor, path)
    exam: dict[str, Any] = data["exams"][0]
    return exam


def test_a_loaded_exam_row_carries_the_validated_model(station, secretaris, tmp_path) -> None:
    exam = _import(station, secretaris, tmp_path)
    with transaction(station.engine) as session:
        row = session.execute(select(ExamRow)).scalars().one()
        assert isinstance(row.definition, ExamModel)
        assert row.definition.code == exam["code"] == row.code
        assert [item.id for item in row.definition.items] == [item["id"] for item in exam["items"]]


def test_the_column_holds_canonical_json_text(station, secretaris, tmp_path) -> None:
    _import(station, secretaris, tmp_path)
    with transaction(station.engine) as session:
        model = session.execute(select(ExamRow)).scalars().one().definition
        stored = session.execute(text("SELECT definition FROM exam")).scalar_one()
    assert stored == canonical_json(model.model_dump(mode="json"))
    assert ExamModel.model_validate(json.loads(stored)) == model


def test_the_column_type_refuses_what_is_not_a_model() -> None:
    column = ModelJson(lambda: ExamModel)
    with pytest.raises(TypeError, match="pydantic model"):
        column.process_bind_param('{"code": "X"}', None)  # type: ignore[arg-type]
    assert column.process_bind_param(None, None) is None  # type: ignore[arg-type]
    assert column.process_result_value(None, None) is None  # type: ignore[arg-type]


def test_no_service_decodes_an_exam_definition_by_hand() -> None:
    for path in (ROOT / "examdesk").rglob("*.py"):
        if path == ROOT / "examdesk" / "store" / "types.py":
            continue  # the one place
        text = path.read_text("utf-8")
        assert "model_validate(json.loads" not in text, path
        assert "json.loads(exam.definition)" not in text, path
