"""The set-up guide against the code: its commands parse, its settings example loads, its tables
name every settings field. A field added to the settings, or an option renamed, fails here until
docs/setup.md says so."""

from __future__ import annotations

import argparse
import re
import shlex
from pathlib import Path

import pytest

from packstation.cli import build_parser
from packstation.printing.profile import PrinterProfile
from packstation.settings import ScannerSetting, StationSettings

DOCS = Path(__file__).resolve().parent.parent / "docs"
GUIDES = ("setup.md", "user-guide.md")


def fenced_blocks(page: str, language: str) -> list[str]:
    text = (DOCS / page).read_text(encoding="utf-8")
    # Fences may be indented (a block inside a list item).
    return re.findall(rf"^[ \t]*```{language}\n(.*?)^[ \t]*```", text, flags=re.MULTILINE | re.DOTALL)


def documented_commands() -> list[str]:
    return [
        line.strip()
        for page in GUIDES
        for block in fenced_blocks(page, "sh")
        for line in block.splitlines()
        if line.strip().startswith("packstation ")
    ]


def mentioned_commands() -> list[str]:
    """Commands named in the text (`packstation doctor`, `packstation test-print --printer …`)."""
    return sorted(
        {
            mention
            for page in GUIDES
            for mention in re.findall(r"`(packstation [^`]+)`", (DOCS / page).read_text(encoding="utf-8"))
        }
    )


def subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    [action] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(action.choices)


def section(page: str, heading: str) -> str:
    text = (DOCS / page).read_text(encoding="utf-8")
    start = text.index(heading)
    end = text.find("\n## ", start + len(heading))
    return text[start : end if end != -1 else None]


def table_fields(text: str) -> set[str]:
    """The backticked names in the first column of the markdown tables in `text`."""
    return {
        name
        for row in re.findall(r"^\| ([^|]+)\|", text, flags=re.MULTILINE)
        for name in re.findall(r"`([a-z_]+)`", row)
    }


def test_the_guides_show_commands() -> None:
    assert len(documented_commands()) >= 4


@pytest.mark.parametrize("command", documented_commands())
def test_every_documented_command_is_one_the_cli_accepts(command: str) -> None:
    # argparse exits (SystemExit 2, a test failure) on an unknown command, option or value.
    arguments = build_parser().parse_args(shlex.split(command)[1:])

    assert arguments is not None


@pytest.mark.parametrize("mention", mentioned_commands())
def test_every_command_and_option_named_in_the_text_exists(mention: str) -> None:
    """Mentions may leave out required arguments, so only the names are checked."""
    parser = build_parser()
    first, *rest = shlex.split(mention)[1:]
    if first.startswith("-"):
        assert first in parser._option_string_actions, mention
        return
    command = subcommands(parser).get(first)
    assert command is not None, mention
    for option in (word.split("=")[0] for word in rest if word.startswith("--")):
        assert option in command._option_string_actions, mention


def test_the_settings_example_is_a_valid_settings_file() -> None:
    [example] = fenced_blocks("setup.md", "json")

    settings = StationSettings.model_validate_json(example)

    assert settings.printer is not None
    assert settings.packers


def test_the_settings_table_names_every_settings_field() -> None:
    documented = table_fields(section("setup.md", "## 7. The settings file"))
    assert set(StationSettings.model_fields) - {"version"} <= documented
    assert documented <= set(StationSettings.model_fields)


def test_the_printer_table_names_every_printer_setting() -> None:
    documented = table_fields(section("setup.md", "### What the printer speaks"))
    assert documented == set(PrinterProfile.model_fields) - {"url"}


def test_every_scanner_setting_is_described() -> None:
    text = section("setup.md", "## 7. The settings file")
    [row] = [line for line in text.splitlines() if line.startswith("| `scanner` |")]
    assert set(ScannerSetting.model_fields) <= set(re.findall(r"`([a-z_]+)`", row))
