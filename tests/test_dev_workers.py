"""Issue 12: ./dev test runs the inner loop on every core, and anything that may hold a GUI test serially."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tools import test_workers

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    "args",
    [
        ["-m", "not gui"],
        ["-m", "not gui and not slow"],
        ["-m=not gui and not slow"],
        ["-mnot gui"],
        ["tests/store", "-q", "-m", "(not gui) and (not slow)"],
        ["-m", "slow and not gui"],
        ["-m", "gui", "-m", "not gui"],  # pytest takes the last one
    ],
)
def test_a_selection_without_gui_tests_runs_on_every_core(args: list[str]) -> None:
    assert test_workers.workers(args, xdist_installed=True) == ["-n", "auto"]


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["tests/ui"],
        ["-m", "gui"],
        ["-m", "not slow"],
        ["-m", "not gui or slow"],
        ["-m", "not gui", "-m", "not slow"],
        ["-m", "not (gui and slow)"],
        ["-m", "not gui and marker(x=1)"],  # what is not plain logic is left alone
        ["-m", "not gui", "-n", "0"],
        ["-m", "not gui", "-n0"],
        ["-m", "not gui", "--numprocesses=3"],
        ["-m", "not gui", "--dist", "loadfile"],
        ["-m", "not gui", "-p", "no:xdist"],
        ["-m", "not gui", "--pdb"],
        ["-m", "not gui", "--collect-only"],
    ],
)
def test_a_run_that_may_hold_gui_tests_or_says_how_to_run_is_left_as_asked(args: list[str]) -> None:
    assert test_workers.workers(args, xdist_installed=True) == []


def test_without_pytest_xdist_every_run_is_serial() -> None:
    assert test_workers.workers(["-m", "not gui"], xdist_installed=False) == []


def test_the_dev_script_asks_the_tool_and_prints_the_tool_s_answer() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "test_workers.py"), "-m", "not gui and not slow"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert done.stdout.split() == ["-n", "auto"]  # this .venv has pytest-xdist (the test extra)
    dev = (ROOT / "dev").read_text("utf-8")
    assert 'tools/test_workers.py "$@"' in dev and '${workers[@]+"${workers[@]}"} "$@"' in dev
