"""Column types that behave the same on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, Generic, TypeVar

from pydantic import BaseModel
from sqlalchemy import DateTime, Text
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from examdesk.core.eventchain import canonical_json

M = TypeVar("M", bound=BaseModel)


class UtcDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC datetime, stored as naive UTC (SQLite keeps no time zone)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where a UTC time is required")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        moment: datetime = value
        return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


class ModelJson(TypeDecorator[M], Generic[M]):
    """A pydantic model, stored as its canonical JSON text and loaded (validated again) as the model.

    ``model`` returns the model's class: called when a value is first loaded, so that the tables can be
    declared without building the model's validators at import.
    """

    impl = Text
    cache_ok = True

    def __init__(self, model: Callable[[], type[M]]) -> None:
        super().__init__()
        self.model = model

    def dumps(self, value: M) -> str:
        """The text stored for ``value``: the same for the same content (sorted keys, no spaces)."""
        return canonical_json(value.model_dump(mode="json"))

    def loads(self, text: str) -> M:
        return self.model().model_validate(json.loads(text))

    def process_bind_param(self, value: M | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if not isinstance(value, BaseModel):
            raise TypeError(f"a {type(value).__name__} given where a pydantic model is stored")
        return self.dumps(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> M | None:
        return None if value is None else self.loads(value)
