"""The `packstation` command: its parser and exit codes (`main`), one module per command group
(`station_commands`: ship, reprint, recover, self-test; `printing_commands`: print, printer-status,
test-print; `doctor`). `main` loads a command's module only when that command runs: the packing
screen starts through here too, and must not pay for the rest.
"""

from packstation.cli.main import EXIT_CODES_BY_ERROR, build_parser, main

__all__ = ["EXIT_CODES_BY_ERROR", "build_parser", "main"]
