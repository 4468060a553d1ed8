"""The layers point one way (style.md): ui -> services -> store, reports -> core."""

from __future__ import annotations

import contextlib
import io
import logging
import os
import re
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_import_linter_contracts_are_kept() -> None:
    from importlinter.cli import lint_imports

    output = io.StringIO()
    previous = Path.cwd()
    # import-linter disables every logger that exists when it runs: put them back as they were, or the
    # tests after this one lose examdesk's bug log.
    loggers = [logging.getLogger(name) for name in list(logging.root.manager.loggerDict)]
    disabled = [logger.disabled for logger in loggers]
    os.chdir(ROOT)
    try:
        with contextlib.redirect_stdout(output):
            code = lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True)
    finally:
        os.chdir(previous)
        for logger, was in zip(loggers, disabled, strict=True):
            logger.disabled = was
    assert code == 0, output.getvalue()


def _contract(name: str) -> dict[str, Any]:
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    return next(c for c in contracts if c["name"] == name)


def test_every_package_under_ui_is_a_feature_or_shared() -> None:
    """Issue 12: a new package under ui is either a feature (it has a workspace.py), kept independent of the
    other features, or a shared package that imports no feature; import-linter checks both contracts."""
    features = _contract("The features under ui do not import each other")
    shared = _contract("The shared packages of ui import no feature")
    packages = {
        f"examdesk.ui.{path.parent.name}": (path.parent / "workspace.py").exists()
        for path in (ROOT / "examdesk" / "ui").glob("*/__init__.py")
    }
    assert features["type"] == "independence"
    assert sorted(features["modules"]) == sorted(name for name, is_feature in packages.items() if is_feature)
    assert sorted(shared["source_modules"]) == sorted(
        name for name, is_feature in packages.items() if not is_feature
    )
    assert sorted(shared["forbidden_modules"]) == sorted(features["modules"])


def test_examdesk_has_no_import_circle() -> None:
    """Issue 12: no module of examdesk imports, through any chain of imports (function-local ones and those
    under TYPE_CHECKING included), a module that imports it back; the failure names each circle."""
    import grimp

    graph = grimp.build_graph("examdesk", cache_dir=None)
    circles = sorted(
        " -> ".join((importer, *(graph.find_shortest_chain(importer=imported, imported=importer) or ())))
        for importer in graph.modules
        for imported in graph.find_modules_directly_imported_by(importer)
        if imported != importer and graph.chain_exists(importer=imported, imported=importer)
    )
    assert circles == []


def test_core_has_no_clock_reads_or_file_access() -> None:
    """Core is pure: time is passed in, nothing is read from disk (style.md)."""
    forbidden = re.compile(r"datetime\.now\(|\btime\.(time|monotonic)|(?<![\w.])open\(|\bPath\(|os\.environ")
    for path in (ROOT / "examdesk" / "core").rglob("*.py"):
        found = forbidden.search(path.read_text("utf-8"))
        assert found is None, f"{path.name} uses {found.group(0) if found else ''}"


def test_only_paths_asks_platformdirs() -> None:
    users = [
        p.relative_to(ROOT).as_posix()
        for p in (ROOT / "examdesk").rglob("*.py")
        if "platformdirs" in p.read_text("utf-8")
    ]
    assert users == ["examdesk/paths.py"]


NETWORK_MODULES = ("socket", "ssl", "http", "urllib.request", "requests", "aiohttp", "smtplib", "ftplib")


# R-DAT-1
def test_examdesk_imports_no_network_module_R_DAT_1() -> None:
    """Everything stays on the station: no module of examdesk opens a connection of its own."""
    import ast

    found = []
    for path in (ROOT / "examdesk").rglob("*.py"):
        text = path.read_text("utf-8")
        if not any(module.split(".")[0] in text for module in NETWORK_MODULES):
            continue  # an import names its module: a file without any of the names imports none of them
        for node in ast.walk(ast.parse(text)):
            names = (
                [alias.name for alias in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            found += [
                f"{path.relative_to(ROOT).as_posix()}: {name}"
                for name in names
                if any(name == m or name.startswith(m + ".") for m in NETWORK_MODULES)
            ]
    assert found == []


# R-DAT-1 (version 2)
def test_the_only_database_elsewhere_is_the_schools_own_server_R_DAT_1() -> None:
    """Data leaves the station only for the school's own PostgreSQL server (R-NET-*), configured by the school:
    the station's SQLite, a replica in memory, and the configured server are the only engines examdesk makes,
    and PostgreSQL's driver is never imported by name outside the server's own module and store."""
    engines = {
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "examdesk").rglob("*.py")
        if "create_engine(" in path.read_text("utf-8")
    }
    assert engines == {
        "examdesk/store/db.py",  # the station's own SQLite file
        "examdesk/services/session_bundle.py",  # a read-only replica, in memory
        "examdesk/services/school_server.py",  # the address the school set with 'examdesk server set'
    }
    drivers = {
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "examdesk").rglob("*.py")
        if re.search(r"^\s*(?:import|from)\s+psycopg", path.read_text("utf-8"), re.M)
    }
    assert drivers == set()


# R-DAT-1, R-SIG-1
def test_signing_and_verifying_a_report_needs_no_network_R_DAT_1(monkeypatch: pytest.MonkeyPatch) -> None:
    """The station is offline: a report is signed (PAdES B-B, no timestamp server) and verified (no
    certificate fetching) with every connection refused."""
    import socket

    from examdesk.services import selftest

    attempts: list[object] = []

    def refuse(self: object, address: object) -> None:
        attempts.append(address)
        raise OSError("no network on an exam station")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", lambda *args, **kwargs: refuse(None, args))
    ok, said = selftest.check_signing()
    assert ok, said
    assert attempts == []


# R-DAT-2
EXAM_DATA_ROWS = (
    "EventRow",
    "ExamRow",
    "ExamGroupRow",
    "CandidateRow",
    "ResultRow",
    "ExamSessionRow",
    "SessionSurveillantRow",
    # issue 18: other stations' copies (the school server; imported transfer files), and own signed reports
    "CopiedStationRow",
    "CopiedEventRow",
    "CopiedSessionRow",
    "CopiedFileRow",
)
EXAM_DATA_TABLES = (
    "event",
    "exam",
    "exam_group",
    "candidate",
    "result",
    "exam_session",
    "session_surveillant",
    "copied_station",
    "copied_event",
    "copied_session",
    "copied_file",
)


# R-DAT-2
def test_nothing_in_examdesk_deletes_exam_data_R_DAT_2() -> None:
    """Exam work, results and processen-verbaal are kept: no module deletes their rows (the event log's
    triggers refuse it as well, tests/store/test_eventlog.py). An account's roles are replaced (the change
    itself is an event) and a replaced signing key's passphrase leaves the secret store: neither is exam
    data."""
    rows = "|".join(EXAM_DATA_ROWS)
    tables = "|".join(EXAM_DATA_TABLES)
    deleting = re.compile(
        rf"\bdelete\(\s*(?:{rows})\b|(?i:\bdelete\s+from\s+[\"']?(?:{tables})\b)"
        rf"|(?i:\b(?:drop\s+table|truncate)\b)|\bsession\.delete\("
    )
    found = [
        f"{path.relative_to(ROOT).as_posix()}: {match.group(0)}"
        for path in (ROOT / "examdesk").rglob("*.py")
        if "migrations" not in path.parts
        for match in deleting.finditer(path.read_text("utf-8"))
    ]
    assert found == []


def test_the_exam_data_guard_knows_every_table_R_DAT_2() -> None:
    """A new table of exam data must be added to the guard above (or said not to be exam data here)."""
    from examdesk.store import models

    # which login copies for which station (issue 18) is the server's access control, not exam data
    not_exam_data = {"StationRow", "SettingRow", "AccountRow", "AccountRoleRow", "StationLoginRow"}
    tables = {
        name for name, value in vars(models).items() if name.endswith("Row") and hasattr(value, "__table__")
    }
    assert tables - not_exam_data == set(EXAM_DATA_ROWS)
