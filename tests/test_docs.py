"""The documentation in the repository is the project's own and stays true (issue 17).

- every rule ID the code or the tests name has its anchor in docs/rules.md, and docs/rules.md holds
  exactly the rules of domain rules version 2, each family numbered without gaps;
- nothing sends a reader outside the repository (a clone has no ``../shared``);
- the README's blocks marked ``sh runnable`` work as written on a copy of the clone.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RULES = ROOT / "docs" / "rules.md"
_ID = re.compile(r"\bR-([A-Z]+)-(\d+)(?:\.\.(\d+))?")
# Domain rules version 2: how many rules each family has.
_VERSION_2 = {
    "ROLE": 3, "BSN": 6, "SES": 5, "TIME": 10, "PV": 7, "VOV": 4, "IRR": 5, "ACC": 4,
    "SCO": 9, "NUM": 1, "GRD": 4, "INZ": 9, "SIG": 5, "DAT": 2, "NET": 4,
}  # fmt: skip


def _named_ids(text: str) -> set[str]:
    """Every rule ID in ``text``; a range ``R-SCO-1..9`` names each rule in it."""
    found = set()
    for family, first, last in _ID.findall(text):
        for number in range(int(first), int(last or first) + 1):
            found.add(f"R-{family}-{number}")
    return found


def _ids_in(folder: Path) -> dict[str, list[str]]:
    where: dict[str, list[str]] = {}
    for path in sorted(folder.rglob("*.py")):
        for rule in _named_ids(path.read_text("utf-8")):
            where.setdefault(rule, []).append(str(path.relative_to(ROOT)))
    return where


def _anchors() -> list[str]:
    return re.findall(r'<a id="(R-[A-Z]+-\d+)"></a>\*\*\1\*\*', RULES.read_text("utf-8"))


def test_every_rule_id_in_the_code_and_tests_is_in_docs_rules() -> None:
    anchors = set(_anchors())
    named = {**_ids_in(ROOT / "tests"), **_ids_in(ROOT / "examdesk")}
    missing = {rule: files[:3] for rule, files in named.items() if rule not in anchors}
    assert missing == {}, "rule IDs named in the code but not in docs/rules.md"


def test_docs_rules_holds_exactly_the_version_2_rules_each_once() -> None:
    anchors = _anchors()
    assert len(anchors) == len(set(anchors)), "a rule is anchored twice"
    expected = {f"R-{family}-{n}" for family, count in _VERSION_2.items() for n in range(1, count + 1)}
    assert set(anchors) == expected
    # Every reference in the page points at an anchor of the page.
    assert _named_ids(RULES.read_text("utf-8")) <= expected


def test_every_rule_link_in_the_docs_points_at_an_anchor() -> None:
    anchors = set(_anchors())
    for page in [ROOT / "README.md", ROOT / "CONTRIBUTING.md", *sorted((ROOT / "docs").glob("*.md"))]:
        links = set(re.findall(r"rules\.md#(R-[A-Z]+-\d+)", page.read_text("utf-8")))
        assert links <= anchors, page.name


def test_nothing_refers_outside_the_repository() -> None:
    pages = [ROOT / "README.md", ROOT / "CONTRIBUTING.md", *sorted((ROOT / "docs").glob("*.md"))]
    sources = [*ROOT.glob("examdesk/**/*.py"), *ROOT.glob("tools/*.py"), *ROOT.glob("bench/*.py")]
    offenders = [str(p.relative_to(ROOT)) for p in [*pages, *sources] if "../shared" in p.read_text("utf-8")]
    assert offenders == []


def test_readme_uses_no_bare_examdesk_command_in_runnable_blocks() -> None:
    for block in _runnable_blocks():
        for line in block.splitlines():
            assert not re.match(r"\s*examdesk\b", line), line


def _runnable_blocks() -> list[str]:
    text = (ROOT / "README.md").read_text("utf-8")
    return re.findall(r"^```sh runnable\n(.*?)^```", text, re.S | re.M)


def _clone(into: Path) -> Path:
    """A copy of the repository's tracked files as a fresh clone has them, with ``.venv`` standing for
    the environment these tests run in (as ``./dev`` would have made it)."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.split(b"\0")
    clone = into / "clone"
    for name in filter(None, listed):
        source = ROOT / name.decode()
        if source.is_file():
            target = clone / name.decode()
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    bin_dir = clone / ".venv" / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / "python").symlink_to(sys.executable)
    launcher = bin_dir / "examdesk"
    launcher.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m examdesk "$@"\n')
    launcher.chmod(0o755)
    for stamp in (".installed", ".installed-test"):
        (clone / ".venv" / stamp).touch()
    return clone


def test_the_readme_has_runnable_blocks() -> None:
    blocks = _runnable_blocks()
    assert len(blocks) >= 2 and any("./dev run" in block for block in blocks)


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="the README's blocks are POSIX shell")
def test_the_readme_runnable_blocks_work_as_written_on_a_clone(tmp_path: Path) -> None:
    clone = _clone(tmp_path)
    home = tmp_path / "home"
    home.mkdir()
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "EXAMDESK_KEY_PASSPHRASE", "XDG_DATA_HOME")
    }
    env.update(HOME=str(home), PYTHONPATH=str(clone), LANG="en_GB.UTF-8", QT_QPA_PLATFORM="offscreen")
    # The commands read the libraries' bytecode where the tests' own does (./dev test: PYTHONPYCACHEPREFIX
    # under .venv); what they compile of the clone itself is removed afterwards, not left there for a folder
    # that is gone.
    prefix = os.environ.get("PYTHONPYCACHEPREFIX")
    try:
        # The blocks run in order in one home, as a reader would: later ones use what earlier ones made.
        for block in _runnable_blocks():
            done = subprocess.run(
                ["bash", "-e", "-o", "pipefail", "-c", block],
                cwd=clone,
                env=env,
                capture_output=True,
                text=True,
                timeout=600,
            )
            assert done.returncode == 0, f"{block}\n--- stdout\n{done.stdout}\n--- stderr\n{done.stderr}"
    finally:
        if prefix:
            shutil.rmtree(Path(prefix) / clone.relative_to(clone.anchor), ignore_errors=True)
