"""The ``examdesk`` entry point: the command line, or the desktop application."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from examdesk import cli
from examdesk.core.errors import ExamdeskError


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
        from examdesk.ui.application import run

        return int(
            run(data_dir=invocation.data_dir, language=invocation.arguments.lang, demo=invocation.demo)
        )
    except ExamdeskError as error:
        cli.print_error(error, sys.stderr)
        return error.exit_code
    except SystemExit as stop:  # argparse's --help and --version
        return int(stop.code or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`examdesk score … | head`): stop quietly, as other command-line tools do.
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except Exception:
        return cli.report_internal_error(data_dir, sys.stderr)
