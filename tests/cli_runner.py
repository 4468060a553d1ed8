"""The command line for tests: in this process, or as a process of its own.

:func:`run` calls the entry point (``examdesk.app.main``) in the test's own process, with the arguments,
environment, standard output and standard error a process would have, and answers as ``subprocess.run``
does. It is what most command-line tests use: a new Python process costs about a second of imports, and
its key derivation runs at the production cost, where the suite's runs at argon2's minimum
(tests/conftest.py). :func:`run_process` starts ``python -m examdesk`` for the tests that prove the
installed entry point itself: exit codes seen by a shell, signals, pipes, a fresh interpreter's imports.

In this process, nothing of one call reaches the next: the environment, the language, the keyring
backend and the standard streams are put back afterwards.
"""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
from collections.abc import Iterator, Mapping

# A command run by a test never reaches a developer's own keyring: the no-keyring backend, which is also
# what CI and most school PCs without a desktop session have (the passphrase file is the real code path).
NO_KEYRING_BACKEND = "keyring.backends.fail.Keyring"
# The language a shell on a Dutch school PC has; a test that wants English says --lang en.
BASE_ENVIRONMENT = {"LANG": "nl_NL.UTF-8", "PYTHON_KEYRING_BACKEND": NO_KEYRING_BACKEND}


def run(*args: str, env: Mapping[str, str | None] | None = None) -> subprocess.CompletedProcess[str]:
    """``examdesk ARGS`` in this process: its exit code, standard output and standard error. A variable
    given as ``None`` in ``env`` is not set while the command runs."""
    from examdesk import app

    out, err = io.StringIO(), io.StringIO()
    with _environment({**BASE_ENVIRONMENT, **(env or {})}), _no_keyring(), _language_kept():
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = app.main(list(args))
    return subprocess.CompletedProcess(["examdesk", *args], code, out.getvalue(), err.getvalue())


def run_process(
    *args: str, env: Mapping[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """``python -m examdesk ARGS`` as a process of its own."""
    return subprocess.run(
        [sys.executable, "-m", "examdesk", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, **BASE_ENVIRONMENT, **(env or {})},
    )


@contextlib.contextmanager
def _environment(changes: Mapping[str, str | None]) -> Iterator[None]:
    saved = {name: os.environ.get(name) for name in changes}
    for name, value in changes.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


@contextlib.contextmanager
def _no_keyring() -> Iterator[None]:
    import keyring
    from keyring.backends import fail

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(before)


@contextlib.contextmanager
def _language_kept() -> Iterator[None]:
    from examdesk import i18n

    before = i18n.current_language()
    try:
        yield
    finally:
        i18n.set_language(before)
