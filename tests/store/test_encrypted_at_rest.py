"""Issue 13: nothing readable at rest. ``strings`` over the database, its WAL and its backups of a demo
station must find no candidate name and no answer key.

The station's database is encrypted with SQLCipher (store/cipher.py), its WAL and every copy with it.
"""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path
from typing import Any

from examdesk import paths


def _secrets_of_the_package() -> set[str]:
    package = json.loads(
        resources.files("examdesk.resources.demo").joinpath("demo_package.json").read_text("utf-8")
    )
    found = {c["name"] for g in package["groups"] for c in g["candidates"]}

    def walk(value: Any, key: str = "") -> None:
        if isinstance(value, dict):
            for name, item in value.items():
                walk(item, name)
        elif isinstance(value, list):
            for item in value:
                walk(item, key)
        elif (
            isinstance(value, str)
            and len(value) >= 12
            and ("key" in key or "scheme" in key or "model" in key)
        ):
            found.add(value)

    walk(package["exams"])
    return found


def _strings(data: bytes) -> str:
    """What ``strings`` prints: every run of four or more printable characters (UTF-8 text included)."""
    return "\n".join(m.decode("utf-8", "ignore") for m in re.findall(rb"[\x20-\x7e\x80-\xff]{4,}", data))


def test_strings_over_the_database_wal_and_backups_find_no_name_and_no_answer_key(
    demo_template: Path,
) -> None:
    demo_dir = demo_template
    files = [p for p in demo_dir.rglob("*") if p.is_file() and p.name.startswith(paths.DATABASE_NAME)]
    files += [p for p in paths.backup_dir(demo_dir).glob("*")] if paths.backup_dir(demo_dir).exists() else []
    assert files
    text = "\n".join(_strings(p.read_bytes()) for p in files)
    leaked = sorted(secret for secret in _secrets_of_the_package() if secret in text)
    assert leaked == []
