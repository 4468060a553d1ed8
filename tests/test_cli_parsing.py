"""The command line tells argparse's complaints apart by their message id, never by their English words
(issue 12 #6): unknown options are refused by name, a language and a whole number by their type function."""

from __future__ import annotations

import pathlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from examdesk import app, cli, i18n
from examdesk.cli.base import REQUIRED, Complaint, argparse_text

ROOT = pathlib.Path(__file__).resolve().parents[1]


def main(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = app.main(list(args))
    return code, capsys.readouterr().err


def test_a_complaint_keeps_its_message_id_when_argparse_fills_it_in() -> None:
    i18n.set_language("nl")
    filled = argparse_text(REQUIRED) % "BSN"
    assert isinstance(filled, Complaint) and filled.source == REQUIRED
    assert filled == "de volgende argumenten zijn verplicht: BSN"


def test_a_language_with_a_quote_in_it_is_named_whole(
    capsys: pytest.CaptureFixture[str], tmp_path: pathlib.Path
) -> None:
    """The old code cut the value at the first quote of argparse's text ("Unknown language 'x'")."""
    code, err = main(capsys, "--lang", "x'y", "--data-dir", str(tmp_path), "check-bsn", "999993653")
    assert code == 2
    assert "'x'y'" in err


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "'abc' is not a whole number"), ("nl", "'abc' is geen geldig geheel getal")],
)
def test_a_whole_number_is_refused_by_its_type_function_in_either_language(
    capsys: pytest.CaptureFixture[str], tmp_path: pathlib.Path, language: str, expected: str
) -> None:
    code, err = main(
        capsys, "--lang", language, "--data-dir", str(tmp_path), "report", "vov", "abc", "--out", "x.pdf"
    )
    assert code == 2 and expected in err and "invalid" not in err


def test_unknown_options_are_named_however_argparse_words_them(
    capsys: pytest.CaptureFixture[str], tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With argparse's words translated into something else entirely, the complaint still names the option."""
    monkeypatch.setattr(i18n, "_pseudo", True)
    code, err = main(
        capsys, "--lang", "en", "--data-dir", str(tmp_path), "check-bsn", "999993653", "--frobnicate"
    )
    assert code == 2 and "'--frobnicate'" in err


def test_missing_arguments_are_said_by_what_the_command_needs_in_pseudo_translation(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(i18n, "_pseudo", True)
    code, err = main(capsys, "--lang", "en", "report", "vov")
    assert code == 2 and "'report vov'" in err and "report vov --" in err


def test_no_cli_code_reads_argparse_text() -> None:
    for path in (ROOT / "examdesk" / "cli").glob("*.py"):
        text = path.read_text("utf-8")
        assert "_starts_like" not in text and '.split("\'")' not in text, path
        assert "__name__ = " not in text, path  # the type's name is no longer a translated word


# Opening the application is parsed without the commands' parsers (bench/startup.py); it must give what the
# whole parser gives, and anything else must still reach the whole parser.
_OPTION = st.sampled_from(["--data-dir", "--lang", "--demo", "--keep", "--data-dir=", "--lang="])
_VALUE = st.sampled_from(["/tmp/x", "nl", "en", "de", "D:\\examens", "-x", "", "map met spatie"])


@given(st.lists(st.tuples(_OPTION, _VALUE), max_size=5))
def test_opening_the_application_parses_as_the_whole_command_line_does(words: list[tuple[str, str]]) -> None:
    argv: list[str] = []
    for option, value in words:
        if option.endswith("="):
            argv.append(option + value)
        elif option in ("--data-dir", "--lang"):
            argv += [option, value]
        else:
            argv.append(option)

    def outcome(commands: bool) -> object:
        try:
            parsed = vars(cli.build_parser(commands=commands).parse_args(list(argv)))
        except (cli.UsageError, SystemExit) as refused:
            return type(refused).__name__, str(getattr(refused, "message", refused))
        return parsed

    light = outcome(False)
    assert light == outcome(True) or not cli._opens_the_application(argv)


@pytest.mark.parametrize(
    ("argv", "light"),
    [
        ([], True),
        (["--data-dir", "D:\\x", "--lang", "nl"], True),
        (["--demo", "--keep", "--lang=en", "--data-dir=/tmp/x"], True),
        (["--data-dir"], False),  # the value is missing: the whole parser says so
        (["--dem"], False),  # an abbreviation: argparse's own business
        (["--help"], False),
        (["--version"], False),
        (["sessions"], False),
        (["--data-dir", "x", "check-bsn", "999993653"], False),
    ],
)
def test_only_the_applications_own_options_take_the_light_path(argv: list[str], light: bool) -> None:
    assert cli._opens_the_application(argv) is light
