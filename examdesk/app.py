"""The ``examdesk`` entry point: the command line, or the desktop application."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from examdesk import cli
from examdesk.core.errors import ExamdeskError

EXIT_NO_DISPLAY = 2


def main(argv: Sequence[str] | None = None) -> int:
    """Run examdesk with ``argv`` (default: the process's arguments) and return the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    data_dir = None
    try:
        invocation = cli.parse(args)
        data_dir = invocation.data_dir
        if invocation.command == "qt-probe":
            from examdesk.ui.probe import probe

            return int(probe(invocation.language))
        if invocation.command is not None:
            return cli.run_command(invocation)
        return _run_application(invocation)
    except ExamdeskError as error:
        cli.print_error(error, sys.stderr)
        return error.exit_code
    except OSError as error:
        if isinstance(error, BrokenPipeError):
            # The reader went away (`examdesk score … | head`): stop quietly, as other command-line tools do.
            import os

            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            return 1
        # A file the person named that is missing, a folder, or not theirs: a sentence, not a trace.
        from examdesk import i18n
        from examdesk.cli.base import os_error_message

        sys.stderr.write(i18n.render(os_error_message(error)) + "\n")
        return cli.EXIT_USAGE
    except SystemExit as stop:  # argparse's --help and --version
        return int(stop.code or 0)
    except KeyboardInterrupt:
        return 130
    except Exception:
        return cli.report_internal_error(data_dir, sys.stderr)


def _run_application(invocation: cli.Invocation) -> int:
    """The desktop application, after checking (cheaply, before Qt) that there is a screen for it."""
    from examdesk import i18n
    from examdesk.cli.display import display_problem

    problem = display_problem()
    if problem is not None:
        sys.stderr.write(i18n.render(problem) + "\n")
        return EXIT_NO_DISPLAY
    from examdesk.ui.application import run

    arguments = invocation.arguments
    return int(
        run(
            data_dir=invocation.data_dir,
            language=arguments.lang,
            demo=invocation.demo,
            keep=bool(getattr(arguments, "keep", False)),
        )
    )
