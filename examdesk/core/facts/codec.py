"""The one codec between typed facts and the event log's JSON payloads (issue 12).

A fact type is a frozen dataclass. Each field is written under its name (or the ``key`` given with
:func:`fact_field`), as plain JSON values: dates as ISO text, enums as their value, tuples as lists. A field
marked ``omit_default`` is left out while it holds its default, and one with ``present_if`` only when the
predicate holds: so a fact writes exactly the keys the writer before it wrote, and the chain, which hashes
the payload's text (R-PV-3), sees the same bytes. Reading is lenient the other way: a key an older version
did not write takes the field's default, and a key this version does not know is ignored.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import types
import typing
from collections.abc import Callable, Mapping
from enum import Enum
from typing import Any, TypeVar, Union

T = TypeVar("T")

_KEY = "fact_key"
_OMIT_DEFAULT = "fact_omit_default"
_PRESENT_IF = "fact_present_if"
_MISSING: Any = dataclasses.MISSING


def fact_field(
    default: Any = _MISSING,
    *,
    key: str | None = None,
    omit_default: bool = False,
    present_if: Callable[[Any], bool] | None = None,
) -> Any:
    """A fact's field with its JSON key and when the writer leaves it out."""
    metadata: dict[str, Any] = {_OMIT_DEFAULT: omit_default}
    if key is not None:
        metadata[_KEY] = key
    if present_if is not None:
        metadata[_PRESENT_IF] = present_if
    if default is _MISSING:
        return dataclasses.field(metadata=metadata)
    return dataclasses.field(default=default, metadata=metadata)


@dataclasses.dataclass(frozen=True)
class _Field:
    name: str
    key: str
    hint: Any
    default: Any
    omit_default: bool
    present_if: Callable[[Any], bool] | None


_FIELDS: dict[type, tuple[_Field, ...]] = {}


def _fields_of(fact_type: type) -> tuple[_Field, ...]:
    known = _FIELDS.get(fact_type)
    if known is not None:
        return known
    hints = typing.get_type_hints(fact_type)
    found = _FIELDS[fact_type] = tuple(
        _Field(
            f.name,
            f.metadata.get(_KEY, f.name),
            hints[f.name],
            f.default,
            bool(f.metadata.get(_OMIT_DEFAULT)),
            f.metadata.get(_PRESENT_IF),
        )
        for f in dataclasses.fields(fact_type)
    )
    return found


def encode_value(value: Any) -> Any:
    """One value as plain JSON."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.date):  # datetime included
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [encode_value(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): encode_value(v) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return encode(value)
    return value


def encode(facts: Any) -> dict[str, Any]:
    """The facts as the payload the event log stores."""
    found: dict[str, Any] = {}
    for f in _fields_of(type(facts)):
        value = getattr(facts, f.name)
        if f.omit_default and value == f.default:
            continue
        if f.present_if is not None and not f.present_if(facts):
            continue
        found[f.key] = encode_value(value)
    return found


def _decode_value(value: Any, hint: Any) -> Any:
    origin = typing.get_origin(hint)
    if origin in (Union, types.UnionType):
        arguments = typing.get_args(hint)
        if value is None and type(None) in arguments:
            return None
        if type(value) in arguments:  # the JSON type says which (an id 5, or a version 1 text "5")
            return value
        for argument in arguments:
            if argument is type(None):
                continue
            try:
                return _decode_value(value, argument)
            except (TypeError, ValueError):
                continue
        raise ValueError(f"{value!r} is none of {hint}")
    if hint is Any:
        return value
    if origin is tuple:
        (item, *_) = typing.get_args(hint)
        return tuple(_decode_value(v, item) for v in value or ())
    if origin in (dict, Mapping, typing.get_origin(Mapping[str, Any])):
        key_hint, value_hint = typing.get_args(hint)
        return {_decode_value(k, key_hint): _decode_value(v, value_hint) for k, v in (value or {}).items()}
    if isinstance(hint, type):
        if issubclass(hint, Enum):
            return hint(value)
        if hint is bool:
            return bool(value)
        if hint is int:
            if isinstance(value, bool) or value is None:
                raise TypeError(f"{value!r} is no number")
            return int(value)
        if hint is float:
            return float(value)
        if hint is str:
            if value is None:
                raise TypeError("no text")
            return str(value)
        if hint is dt.datetime:
            return dt.datetime.fromisoformat(str(value))
        if hint is dt.date:
            return dt.date.fromisoformat(str(value))
        if dataclasses.is_dataclass(hint):
            return decode(hint, value)
    return value


def decode(fact_type: type[T], payload: Mapping[str, Any]) -> T:
    """The facts of ``fact_type`` from a payload this or an earlier version wrote."""
    values: dict[str, Any] = {}
    for f in _fields_of(fact_type):
        if f.key not in payload:
            continue  # written before the field existed: its default
        raw = payload[f.key]
        try:
            values[f.name] = _decode_value(raw, f.hint)
        except (TypeError, ValueError):
            if f.default is _MISSING:
                raise
    return fact_type(**values)
