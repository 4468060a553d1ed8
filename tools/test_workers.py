"""How many pytest workers ``./dev test`` asks for (issue 12): the inner loop on every core, the GUI serially.

    .venv/bin/python tools/test_workers.py PYTEST-ARGS...   # prints the arguments to add ("-n auto" or nothing)

``./dev test -m "not gui"`` and ``./dev test -m "not gui and not slow"`` run on every core with
pytest-xdist (each worker has its own temporary folders and, for the ``slow`` tests, its own PostgreSQL
cluster on its own free port). Every other run stays in one process: a run that may select a GUI test
(no ``-m``, or an expression a ``gui`` test can satisfy), a run that says how to run (``-n``, ``--dist``,
``-p no:xdist``, ...), one that debugs (``--pdb``, ``--trace``) or only collects, and a machine without
pytest-xdist. ``-n 0`` asks for one process explicitly.
"""

from __future__ import annotations

import ast
import importlib.util
import itertools
import sys
from collections.abc import Sequence

PARALLEL = ["-n", "auto"]
# Options after which the user has decided how (or whether) tests run in parallel, or that cannot run
# in workers at all.
_OWN_CHOICE = (
    "-n",
    "--numprocesses",
    "--maxprocesses",
    "--dist",
    "--tx",
    "-d",
    "--pdb",
    "--trace",
    "--collect-only",
    "--co",
    "--help",
    "-h",
    "--version",
    "-V",
    "--fixtures",
    "--markers",
)


def marker_expressions(args: Sequence[str]) -> list[str] | None:
    """Every ``-m`` expression in ``args``; ``None`` when an option says how to run (see ``_OWN_CHOICE``)."""
    found: list[str] = []
    words = list(args)
    for index, word in enumerate(words):
        if word == "-p" and index + 1 < len(words) and words[index + 1] == "no:xdist":
            return None
        if word in ("-pno:xdist", "-p=no:xdist"):
            return None
        name = word.split("=", 1)[0]
        if name in _OWN_CHOICE or (word.startswith("-n") and not word.startswith("--")):
            return None
        if word == "-m" and index + 1 < len(words):
            found.append(words[index + 1])
        elif word.startswith("-m") and not word.startswith("--") and len(word) > 2:
            found.append(word[2:].lstrip("="))
    return found


def _holds(node: ast.AST, markers: set[str]) -> bool | None:
    """The value of a marker expression for a test with ``markers``; ``None`` for what is not plain logic."""
    if isinstance(node, ast.Expression):
        return _holds(node.body, markers)
    if isinstance(node, ast.Name):
        return node.id in markers
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        value = _holds(node.operand, markers)
        return None if value is None else not value
    if isinstance(node, ast.BoolOp):
        values = [_holds(each, markers) for each in node.values]
        if any(value is None for value in values):
            return None
        return all(values) if isinstance(node.op, ast.And) else any(values)
    return None


def excludes_gui(expression: str) -> bool:
    """Whether ``-m expression`` leaves out every GUI test, whatever other markers the test carries (each
    combination of the other names the expression uses is tried); unsure means no."""
    try:
        tree = ast.parse(expression.strip(), mode="eval")
    except SyntaxError:
        return False
    others = sorted({node.id for node in ast.walk(tree) if isinstance(node, ast.Name)} - {"gui"})
    if len(others) > 10:
        return False
    combinations = itertools.chain.from_iterable(
        itertools.combinations(others, size) for size in range(len(others) + 1)
    )
    return all(_holds(tree, {"gui", *carried}) is False for carried in combinations)


def workers(args: Sequence[str], *, xdist_installed: bool | None = None) -> list[str]:
    """The arguments ``./dev test`` adds to ``args``: ``-n auto`` for a run without GUI tests, else none."""
    if xdist_installed is None:
        xdist_installed = importlib.util.find_spec("xdist") is not None
    expressions = marker_expressions(args)
    if not xdist_installed or not expressions:
        return []
    # pytest uses the last -m it is given.
    return PARALLEL if excludes_gui(expressions[-1]) else []


if __name__ == "__main__":
    print(" ".join(workers(sys.argv[1:])))
