"""The hashed lock files: every package the station, the tests and the release build install, pinned.

    ./dev lock                              # resolve pyproject.toml again into requirements/*.txt
    .venv/bin/python tools/lock.py update   # the same, when uv is installed already
    .venv/bin/python tools/lock.py check    # exit 1 when a declared dependency is not pinned (with hashes)

examdesk signs legal documents, so an install is reproducible: ``./dev`` and ``packaging/build`` install
with ``pip install --require-hashes -r requirements/LOCK`` and then examdesk itself without dependencies.
The locks are resolved by ``uv pip compile --universal`` for Python 3.11 and newer on Linux, Windows and
macOS at once (markers say which pin is for which system). After a change to the dependencies in
``pyproject.toml``, run ``./dev lock`` and commit what it writes; ``tests/test_lock.py`` fails until then.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
LOCK_DIR = ROOT / "requirements"
# Each lock file and the extras it holds beside the runtime dependencies.
LOCKS: dict[str, tuple[str, ...]] = {
    "lock.txt": (),
    "lock-test.txt": ("test",),
    "lock-packaging.txt": ("packaging",),
}
PYTHON = "3.11"
# The systems a lock must serve: Python 3.11 on each platform examdesk ships for.
ENVIRONMENTS: tuple[dict[str, str], ...] = tuple(
    {
        "python_version": PYTHON,
        "python_full_version": f"{PYTHON}.9",
        "implementation_name": "cpython",
        "platform_python_implementation": "CPython",
        "sys_platform": sys_platform,
        "platform_system": system,
        "os_name": os_name,
        "platform_machine": machine,
        "platform_release": "",
        "platform_version": "",
        "implementation_version": f"{PYTHON}.9",
        "extra": "",
    }
    for sys_platform, system, os_name, machine in (
        ("linux", "Linux", "posix", "x86_64"),
        ("win32", "Windows", "nt", "AMD64"),
        ("darwin", "Darwin", "posix", "arm64"),
    )
)


def declared(extras: tuple[str, ...]) -> list[Requirement]:
    """The requirements pyproject.toml declares for the runtime and ``extras``."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    lines = list(project["dependencies"])
    for extra in extras:
        lines += project["optional-dependencies"][extra]
    return [Requirement(line) for line in lines]


def pins(lock: Path) -> list[tuple[Requirement, list[str]]]:
    """Each pinned requirement of a lock file, with its hashes."""
    text = lock.read_text("utf-8").replace("\\\n", " ")
    found = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()  # "# via ..." and the header are comments
        if not line:
            continue
        spec, *hashes = (part.strip() for part in line.split("--hash="))
        found.append((Requirement(spec), hashes))
    return found


def problems(name: str, extras: tuple[str, ...]) -> list[str]:
    """What is wrong with one lock file: a declared dependency not pinned (or pinned outside what is
    declared) for one of the systems, or a pin without hashes."""
    lock = LOCK_DIR / name
    if not lock.exists():
        return [f"{name}: missing; run ./dev lock"]
    pinned = pins(lock)
    said = [f"{name}: {req} has no --hash" for req, hashes in pinned if not hashes]
    for environment in ENVIRONMENTS:
        system = environment["sys_platform"]
        chosen = {
            canonicalize_name(req.name): req
            for req, _ in pinned
            if req.marker is None or req.marker.evaluate(environment)
        }
        for req, _ in pinned:
            if not str(req.specifier).startswith("=="):
                said.append(f"{name}: {req} is not pinned with ==")
        for requirement in declared(extras):
            if requirement.marker is not None and not requirement.marker.evaluate(environment):
                continue
            pin = chosen.get(canonicalize_name(requirement.name))
            if pin is None:
                said.append(f"{name}: {requirement} is declared but not pinned for {system}; run ./dev lock")
                continue
            version = next(iter(pin.specifier)).version
            if not requirement.specifier.contains(version, prereleases=True):
                said.append(
                    f"{name}: {pin} does not satisfy the declared {requirement} on {system}; run ./dev lock"
                )
    return said


def disagreements() -> list[str]:
    """The lock files are resolved one by one; a package they share must have the same pin in each (one
    .venv holds the test and the packaging tools at once)."""
    seen: dict[tuple[str, str], tuple[str, str]] = {}
    said = []
    for name in LOCKS:
        lock = LOCK_DIR / name
        if not lock.exists():
            continue
        for req, _ in pins(lock):
            key = (canonicalize_name(req.name), str(req.marker or ""))
            version = str(req.specifier)
            if key in seen and seen[key][1] != version:
                said.append(f"{name}: {req.name}{version} but {seen[key][0]} has {req.name}{seen[key][1]}")
            seen.setdefault(key, (name, version))
    return said


def check() -> int:
    said = [line for name, extras in LOCKS.items() for line in problems(name, extras)] + disagreements()
    for line in said:
        print(line, file=sys.stderr)
    return 1 if said else 0


def _uv() -> str:
    here = Path(sys.executable).parent / ("uv.exe" if sys.platform == "win32" else "uv")
    found = str(here) if here.exists() else shutil.which("uv")
    if found is None:
        raise SystemExit("uv is not installed: run ./dev lock, which installs it into .venv")
    return found


def update() -> int:
    LOCK_DIR.mkdir(exist_ok=True)
    for name, extras in LOCKS.items():
        command = [_uv(), "pip", "compile", "pyproject.toml", "--quiet", "--universal"]
        command += ["--python-version", PYTHON, "--generate-hashes", "--custom-compile-command", "./dev lock"]
        command += [arg for extra in extras for arg in ("--extra", extra)]
        command += ["--output-file", f"requirements/{name}"]
        subprocess.run(command, cwd=ROOT, check=True)
    return check()


def main(argv: list[str]) -> int:
    if argv == ["update"]:
        return update()
    if argv == ["check"]:
        return check()
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
