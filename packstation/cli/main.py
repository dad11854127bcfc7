"""The `packstation` command: headless subcommands, or the GUI when none is given.

Exit codes: 0 success; 1 any failure; 2 bad usage (including a bad printer URL or media size);
3 order not found; 4 order already shipped; 5 label outcome unknown (a label may exist: wait, then
scan again, or run `packstation recover`); 6 printer not ready (paper out, head open, paused, busy,
no status answer…); 7 printer unreachable or nothing sent (safe to retry); 8 print sent but
unconfirmed (look at the printer before reprinting); 9 printer status unknown (this connection
cannot report it); 10 the order is claimed by another process or station (its label is being
made, or it is being packed). The reason is always on stderr.

Codes 11 to 14 mean different things per command (no command gives both meanings of 11):
- `doctor`: 11 the settings file was changed outside Packstation and nothing else failed: a shift
  lead must review it (`cli/doctor.py`'s `EXIT_SETTINGS_CHANGED`). `doctor` never weighs.
- `scale-read` and `ship` (weighing, issue 17): 11 the scale gave no stable weight in time (or only
  the previous parcel's); 12 the scale is not connected or does not answer; 13 the scale reads zero,
  below zero or is overloaded; 14 (`ship` only) the parcel's weight is outside the station's
  shipping option's limits (nothing was paid). A scale that reports a fault, or answers in a way
  Packstation cannot read, is 1.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from packstation.cli.wording import error_line
from packstation.error_codes import ErrorCode
from packstation.errors import PackstationError

EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_CODES_BY_ERROR: dict[ErrorCode, int] = {
    ErrorCode.ORDER_NOT_FOUND: 3,
    ErrorCode.ORDER_AMBIGUOUS: 3,
    ErrorCode.ALREADY_SHIPPED: 4,
    ErrorCode.SENDCLOUD_LABEL_OUTCOME_UNKNOWN: 5,
    ErrorCode.OUTCOME_STILL_UNKNOWN: 5,
    ErrorCode.ORDER_CLAIMED: 10,
    ErrorCode.INVALID_PRINTER_URL: EXIT_USAGE,
    ErrorCode.INVALID_MEDIA: EXIT_USAGE,
    ErrorCode.PRINTER_NOT_READY: 6,
    ErrorCode.PRINTER_BUSY: 6,
    ErrorCode.PRINTER_UNREACHABLE: 7,
    ErrorCode.PRINT_NOT_SENT: 7,
    ErrorCode.PRINT_FAILED: 7,
    ErrorCode.PRINT_UNCONFIRMED: 8,
    ErrorCode.PRINTER_STATUS_UNKNOWN: 9,
    ErrorCode.INVALID_SCALE_URL: EXIT_USAGE,
    ErrorCode.SCALE_UNSTABLE: 11,
    ErrorCode.SCALE_UNCHANGED: 11,
    ErrorCode.SCALE_NOT_CONNECTED: 12,
    ErrorCode.SCALE_NO_ANSWER: 12,
    ErrorCode.SCALE_ZERO: 13,
    ErrorCode.SCALE_NEGATIVE: 13,
    ErrorCode.SCALE_OVERLOAD: 13,
    ErrorCode.WEIGHT_OVER_LIMIT: 14,
    ErrorCode.WEIGHT_UNDER_LIMIT: 14,
    ErrorCode.BOXES_INVALID: EXIT_USAGE,  # `ship --boxes`: the file's boxes do not hold the order
}
PRINTING_COMMANDS = ("print", "printer-status", "test-print", "calibrate-media")
# `--mime-type` takes the MIME type or its short name; argparse checks `choices` after `type`.
LABEL_MIME_ALIASES = {"pdf": "application/pdf", "zpl": "application/zpl", "png": "image/png"}


class _VersionAction(argparse.Action):
    """`--version`, looked up only when asked: reading the package metadata costs start-up time."""

    def __init__(self, option_strings: Sequence[str], dest: str, help: str | None = None) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kwargs: object) -> None:
        from packstation import __version__

        print(f"{parser.prog} {__version__}")  # on stdout, as argparse's own version action
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="packstation",
        description="Packing station for Sendcloud: scan an order, print its label.",
    )
    parser.add_argument("--version", action=_VersionAction, help="show the version and exit")
    parser.add_argument(
        "--training",
        action="store_true",
        help="open the packing screen in training mode: no account, no hardware (an embedded Sendcloud "
        "simulator, a virtual printer and a station folder of its own)",
    )
    parser.add_argument(
        "--reset",
        action="store_true",
        help="with --training: delete the training journal, labels and simulator state (practice "
        "starts again), say what was removed, and exit without opening a window",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="implies --training: ship one seeded order end to end, then exit 0 (or non-zero on failure)",
    )
    parser.add_argument(
        "--quit-when-ready",
        action="store_true",
        # Hidden: for timing the app (installer, bench/startup.py). Prints `READY <s>` when the
        # window takes scans and `STATION-READY <s>` when the station is open, then exits.
        help=argparse.SUPPRESS,
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug details to stderr")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    ship = commands.add_parser("ship", help="find an order, create its label, write it to a file")
    ship.add_argument("order_number", metavar="ORDER_NUMBER")
    _add_station_target(ship)
    ship.add_argument(
        "--mime-type",
        metavar="M",
        type=lambda value: LABEL_MIME_ALIASES.get(value, value),
        choices=tuple(LABEL_MIME_ALIASES.values()),
        help="label format: application/pdf (default), application/zpl or image/png (or pdf, zpl, png)",
    )
    ship.add_argument(
        "--dpi", type=int, metavar="N", help="label DPI: PDF 72; PNG 150 or 300; ZPL ignores it (203 is sent)"
    )
    ship.add_argument(
        "--output",
        type=Path,
        metavar="FILE",
        help="where to write the label (default: the station's label store)",
    )
    ship.add_argument(
        "--integration",
        type=int,
        action="append",
        metavar="ID",
        help="only look in this integration (repeatable)",
    )
    ship.add_argument(
        "--printer",
        metavar="URL",
        help="also print the label on this printer (tcp://host:9100, usb://VID:PID, …)",
    )
    one_or_several = ship.add_mutually_exclusive_group()
    one_or_several.add_argument(
        "--weight",
        type=_typed_weight,
        metavar="WEIGHT",
        help="the parcel's weight, sent to Sendcloud before the label instead of the scale's: 1.25kg, "
        "1,25kg, 800g, 2.5lb(s), 12oz",
    )
    one_or_several.add_argument(
        "--boxes",
        type=_boxes_file,
        metavar="FILE.json",
        help='the order leaves in several boxes, one label each, printed in box order: [{"weight": '
        '"1.1kg", "dimensions": "30x20x10cm", "items": {"ITEM_ID": 1}}, …] (2 to 50 boxes; needs a '
        "shipping option with multicollo)",
    )

    _add_recovery_commands(commands)
    _add_printing_commands(commands)
    _add_scale_command(commands)
    from packstation.cli.journal_commands import add_journal_commands

    add_journal_commands(commands)

    doctor = commands.add_parser(
        "doctor", help="check keyring, API keys, Sendcloud, printer and folders; print what to fix"
    )
    doctor.add_argument(
        "--timeout",
        type=float,
        default=5.0,
        metavar="S",
        help="seconds to wait for Sendcloud and the printer (default 5)",
    )

    sim = commands.add_parser("simulator", help="run the Sendcloud simulator until stopped")
    sim.add_argument("--port", type=int, default=0, metavar="N", help="port (default: a free one)")
    sim.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    sim.add_argument("--public-key", metavar="K", help="the key it accepts (default: the training keys)")
    sim.add_argument("--secret-key", metavar="S")
    sim.add_argument("--seed", type=int, default=1, metavar="N", help="seed for the generated account")
    sim.add_argument(
        "--order-save-delay",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="how long new orders stay invisible (Sendcloud saves orders asynchronously)",
    )
    sim.add_argument(
        "--patch-save-delay",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="how long a changed (PATCHed) order still reads as it was (Sendcloud saves it a moment later)",
    )
    sim.add_argument(
        "--document-delay",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="how long async labels take before parcel documents serve them",
    )
    return parser


def _add_station_target(command: argparse.ArgumentParser) -> None:
    """`--training | --api-url URL`, as `ship` takes them."""
    target = command.add_mutually_exclusive_group()
    target.add_argument(
        "--training",
        action="store_true",
        dest="ship_training",
        help="use the training station (its own folder, an embedded simulator)",
    )
    target.add_argument("--api-url", metavar="URL", help="Sendcloud API base URL (default: production)")


def _add_recovery_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    reprint = commands.add_parser(
        "reprint", help="print an order's label again (never a new label): from the store or Sendcloud"
    )
    reprint.add_argument("order_number", metavar="ORDER_NUMBER")
    _add_station_target(reprint)
    reprint.add_argument(
        "--printer", metavar="URL", help="print on this printer (tcp://host:9100, usb://VID:PID, …)"
    )
    reprint.add_argument("--output", type=Path, metavar="FILE", help="also write the label to this file")
    reprint.add_argument(
        "--parcel", type=int, metavar="ID", help="which of the order's labels (default: the latest)"
    )
    reprint.add_argument(
        "--as-pdf",
        action="store_true",
        help="fetch the same parcel's label as a PDF from Sendcloud (for a ZPL label on a TSPL, EPL2 "
        "or ESC/POS printer); never a new label",
    )
    recover = commands.add_parser(
        "recover",
        help="settle what a crash or a lost answer left unfinished; one line per attempt (prints nothing)",
    )
    _add_station_target(recover)


def _typed_weight(text: str) -> object:
    """`--weight`, read when the option is given: building the parser must not load the core."""
    from packstation.app.scale_tools import parse_weight

    try:
        return parse_weight(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _boxes_file(text: str) -> object:
    """`--boxes FILE.json`, read and checked when the option is given (a bad file exits 2)."""
    from packstation.app.box_tools import BoxesError, read_boxes_file

    try:
        return read_boxes_file(Path(text))
    except BoxesError as error:
        raise argparse.ArgumentTypeError(error.reason) from None


def _printer_dpi(text: str) -> int:
    """`--dpi`, checked against the printing core's list when the option is given: building the
    parser must not load the core (it runs before the packing window shows)."""
    from packstation.app.faces import SUPPORTED_DPIS

    dpi = int(text)
    if dpi not in SUPPORTED_DPIS:
        raise argparse.ArgumentTypeError(
            f"{dpi} dpi: Packstation prints at {', '.join(map(str, SUPPORTED_DPIS))} dpi"
        )
    return dpi


def _add_printer_options(command: argparse.ArgumentParser, *, status_only: bool = False) -> None:
    if not status_only:
        command.add_argument(
            "--dpi",
            type=_printer_dpi,
            metavar="N",
            help="the PRINTER's resolution in dpi, one Packstation prints at (default: asked from a "
            "tcp:// ZPL printer, else 203)",
        )
        command.add_argument(
            "--media",
            metavar="SIZE",
            help='label size: "4x6" (default), "a6", or "WxHmm" such as "100x150mm"',
        )
    command.add_argument(
        "--language",
        choices=("zpl", "tspl", "epl2", "escpos"),
        help="what the printer speaks: zpl (Zebra), tspl (TSC, budget 4x6 printers), epl2 (Zebra LP/TLP "
        "2844), escpos (default: zpl)",
    )
    command.add_argument(
        "--timeout",
        type=float,
        metavar="SECONDS",
        help="connect and status-answer timeout (default: 3 s to connect, 2 s for an answer)",
    )
    if status_only:
        return
    calibration = command.add_argument_group(
        "media and calibration", "sent before each label as a setup of its own (default: the printer's own)"
    )
    calibration.add_argument(
        "--gap", type=float, dest="gap_mm", metavar="MM", help="gap between labels (default 3)"
    )
    calibration.add_argument(
        "--offset-top",
        type=float,
        dest="offset_top_mm",
        metavar="MM",
        help="move the print down (negative: up)",
    )
    calibration.add_argument(
        "--offset-left",
        type=float,
        dest="offset_left_mm",
        metavar="MM",
        help="move the print right (negative: left)",
    )
    calibration.add_argument("--darkness", type=int, metavar="N", help="ZPL 0-30, TSPL 0-15, EPL2 0-15")
    calibration.add_argument(
        "--speed", type=int, metavar="N", help="ZPL 2-14 and TSPL 1-14 in/s, EPL2 1-6 (the model's code)"
    )
    calibration.add_argument("--copies", type=int, metavar="N", help="labels of each (1-10, default 1)")


_PRINTER_URLS = (
    "tcp://HOST[:9100], usb://VID:PID, serial:///dev/ttyUSB0?baudrate=9600, "
    "cups://QUEUE[?host=H&port=P], win32://PRINTER NAME, file:///PATH"
)


def _add_printing_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    print_cmd = commands.add_parser(
        "print", help="print a label file (PDF, PNG or ZPL) exactly as the station would"
    )
    print_cmd.add_argument("label_file", type=Path, metavar="LABEL_FILE")
    print_cmd.add_argument("--printer", required=True, metavar="URL", help=_PRINTER_URLS)
    _add_printer_options(print_cmd)

    status_cmd = commands.add_parser(
        "printer-status", help="show what the printer reports (status, resolution), or why it cannot tell"
    )
    status_cmd.add_argument("url", metavar="URL", help=_PRINTER_URLS)
    _add_printer_options(status_cmd, status_only=True)

    test_cmd = commands.add_parser("test-print", help="print the calibration label for these settings")
    test_cmd.add_argument("--printer", required=True, metavar="URL", help=_PRINTER_URLS)
    _add_printer_options(test_cmd)
    test_cmd.add_argument(
        "--save-as-default",
        action="store_true",
        help="ZPL only: then keep the offset, darkness and speed as the printer's power-up default "
        "(^JUS), so other programs print with them too",
    )

    calibrate = commands.add_parser(
        "calibrate-media",
        help="make the printer measure its labels and gap (ZPL ~JC, TSPL GAPDETECT, EPL2 xa)",
    )
    calibrate.add_argument("--printer", required=True, metavar="URL", help=_PRINTER_URLS)
    _add_printer_options(calibrate, status_only=True)


def _add_scale_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    scale = commands.add_parser(
        "scale-read", help="print the scale's stable weight, or why there is none (exit 11, 12 or 13)"
    )
    scale.add_argument(
        "url",
        metavar="URL",
        help="serial:///dev/ttyUSB0?baudrate=9600&protocol=sics (or protocol=continuous), hid://VID:PID, "
        "virtual:",
    )
    scale.add_argument(
        "--timeout",
        type=float,
        metavar="SECONDS",
        help="how long to wait for a stable weight (default 10)",
    )


def main(argv: Sequence[str] | None = None) -> int:  # noqa: PLR0911 - one return per subcommand
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    if args.reset and (not args.training or args.command or args.self_test):
        parser.error("--reset goes with --training alone: only the training station can be reset")
    try:
        if args.reset:
            from packstation.cli.station_commands import reset_command

            return reset_command()
        if args.command == "doctor":
            return _run_doctor(args)
        if args.command == "simulator":
            return _run_simulator(args)
        if args.command in ("ship", "reprint", "recover"):
            from packstation.cli import station_commands

            command = {
                "ship": station_commands.ship_command,
                "reprint": station_commands.reprint_command,
                "recover": station_commands.recover_command,
            }[args.command]
            return command(args, training=args.training or args.ship_training)
        if args.command == "journal":
            from packstation.cli.journal_commands import journal_command

            return journal_command(args)
        if args.command in PRINTING_COMMANDS:
            return _run_printing(args)
        if args.command == "scale-read":
            from packstation.cli.scale_commands import scale_read_command

            return scale_read_command(args)
        if args.self_test:
            from packstation.cli.station_commands import self_test

            return self_test()
        from packstation.qt.app import main as gui_main

        # `--training`: the packing screen on the simulator and a virtual printer, with a banner.
        return gui_main(sys.argv[:1], training=args.training, quit_when_ready=args.quit_when_ready)
    except PackstationError as error:
        print(error_line(error), file=sys.stderr)
        return EXIT_CODES_BY_ERROR.get(error.code, EXIT_FAILURE)
    except KeyboardInterrupt:
        return 130


def _run_printing(args: argparse.Namespace) -> int:
    from packstation.cli import printing_commands

    handlers = {
        "print": printing_commands.print_label_command,
        "printer-status": printing_commands.printer_status_command,
        "test-print": printing_commands.calibration_print_command,
        "calibrate-media": printing_commands.calibrate_media_command,
    }
    return handlers[args.command](args)


def _run_doctor(args: argparse.Namespace) -> int:
    from packstation.cli.doctor import doctor_exit_code, format_report, run_checks
    from packstation.paths import station_paths

    checks = run_checks(station_paths(training=args.training), timeout=args.timeout)
    print(format_report(checks))
    return doctor_exit_code(checks)


def _run_simulator(args: argparse.Namespace) -> int:
    from packstation.app.simulator_service import SimulatorOptions, serve_simulator

    options = SimulatorOptions(
        host=args.host,
        port=args.port,
        public_key=args.public_key,
        secret_key=args.secret_key,
        seed=args.seed,
        order_save_delay=args.order_save_delay,
        patch_save_delay=args.patch_save_delay,
        document_delay=args.document_delay,
    )
    serve_simulator(options, lambda base_url: print(base_url, flush=True))
    return 0
