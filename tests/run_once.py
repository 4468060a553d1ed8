"""What a test run makes once and its pytest-xdist workers share (issue 12: the inner loop under a minute).

A session fixture runs once per process, and ``./dev test -m "not gui"`` runs a process per core: each
worker wrote every demo template of its own (a second each) and ran the migrations for its own new-station
schema. :func:`made_once` makes such a folder once per run. The first worker to ask makes it, under a
lock in the run's own temporary folder (the one the workers' folders sit in); the others wait for it and
use the same folder. A worker that stopped half-way leaves no marker, and the next one starts again.

Only for what the tests copy and never change: the demo templates and the migrated schema.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from examdesk.store.files import exclusive_lock


def made_once(factory: pytest.TempPathFactory, name: str, make: Callable[[Path], object]) -> Path:
    """The folder ``name``, filled by ``make`` once per test run; in one process, a new folder each time."""
    if os.environ.get("PYTEST_XDIST_WORKER") is None:
        folder = factory.mktemp(name)
        make(folder)
        return folder
    shared = factory.getbasetemp().parent  # the run's folder: each worker's folder is one of its children
    folder, done = shared / name, shared / f"{name}.done"
    with exclusive_lock(shared / f"{name}.lock"):
        if not done.exists():
            if folder.exists():
                shutil.rmtree(folder)
            folder.mkdir()
            make(folder)
            done.touch()
    return folder
