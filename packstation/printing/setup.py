"""Calibration that sticks: what the printer is told before every label, and the one-off commands.

The profile's print offset, darkness and speed go out as a **setup of their own, ahead of each
label**, never inside it: a native ZPL label stays byte for byte, and the label itself always
looks the same whatever the printer is set to. Each language has its own commands:

| | ZPL (own format) | TSPL (own lines) | EPL2 (own lines) |
|---|---|---|---|
| darkness | `~SDnn` (0-30) | `DENSITY n` (0-15) | `Dn` (0-15) |
| speed | `^PRn` (2-14 in/s) | `SPEED n` (in/s) | `Sn` (model's code) |
| offset down / right | `^LTy` / `^LS-x` (dots) | `SHIFT x,y` (dots) | `Rx,y` (dots, ≥ 0) |
| calibrate media | `~JC` | `GAPDETECT` | `xa` (AutoSense) |

All of these last until the printer is switched off. ZPL alone can keep them over a restart:
`save_as_power_up_default` sends the setup then `^JUS` once, on a person's request, never with a
label (notes §5.4: a ^JUS with every job wears the printer's flash memory and changes it for every
other program). Anything the profile leaves unset (None) is not sent: the printer keeps its own.
ESC/POS and spooler printers have none of these (the profile refuses them there).
"""

from __future__ import annotations

from typing import Final

from packstation.errors import ConfigurationError
from packstation.printing.profile import PrinterLanguage, PrinterProfile, language_label

ZPL_CALIBRATE_MEDIA: Final = b"~JC"
TSPL_CALIBRATE_MEDIA: Final = b"GAPDETECT\r\n"
EPL2_CALIBRATE_MEDIA: Final = b"\r\nxa\r\n"
ZPL_SAVE_SETTINGS: Final = b"^XA^JUS^XZ\n"


def printer_setup(profile: PrinterProfile) -> bytes:
    """The setup sent before each label for `profile` (b"" when it sets nothing)."""
    offset = profile.offset_dots()
    darkness, speed = profile.darkness, profile.speed
    if profile.language is PrinterLanguage.ZPL:
        control = f"~SD{darkness:02d}" if darkness is not None else ""
        fields = f"^PR{speed}" if speed is not None else ""
        if offset is not None:
            # ^LS shifts the fields to the LEFT by its value: a move to the right is negative.
            fields += f"^LT{offset[1]}^LS{-offset[0]}"
        body = f"^XA{fields}^XZ" if fields else ""
        return (control + body + ("\n" if control or body else "")).encode("ascii")
    if profile.language is PrinterLanguage.TSPL:
        lines = []
        if darkness is not None:
            lines.append(f"DENSITY {darkness}")
        if speed is not None:
            lines.append(f"SPEED {speed}")
        if offset is not None:
            lines.append(f"SHIFT {offset[0]},{offset[1]}")
        return "".join(line + "\r\n" for line in lines).encode("ascii")
    if profile.language is PrinterLanguage.EPL2:
        lines = []
        if darkness is not None:
            lines.append(f"D{darkness}")
        if speed is not None:
            lines.append(f"S{speed}")
        if offset is not None:
            lines.append(f"R{offset[0]},{offset[1]}")
        return ("\r\n" + "".join(line + "\r\n" for line in lines)).encode("ascii") if lines else b""
    return b""


def calibrate_media_command(profile: PrinterProfile) -> bytes:
    """The command that makes the printer measure its media and gap (feeds a label or two).

    Raises `ConfigurationError` for ESC/POS and spooler printers, which have none.
    """
    commands = {
        PrinterLanguage.ZPL: ZPL_CALIBRATE_MEDIA,
        PrinterLanguage.TSPL: TSPL_CALIBRATE_MEDIA,
        PrinterLanguage.EPL2: EPL2_CALIBRATE_MEDIA,
    }
    if profile.language not in commands:
        raise ConfigurationError(
            f"A {language_label(profile.language)} printer cannot be told to calibrate its media: use "
            "its own buttons or driver (see its manual)."
        )
    return commands[profile.language]


def save_as_power_up_default(profile: PrinterProfile) -> bytes:
    """The profile's setup, then `^JUS`: the printer keeps it over a restart. ZPL only.

    Raises `ConfigurationError` for other languages and for a profile that sets nothing to keep.
    """
    if profile.language is not PrinterLanguage.ZPL:
        raise ConfigurationError(
            f"Only ZPL printers can save settings as their power-up default; a "
            f"{language_label(profile.language)} printer gets them before every label instead."
        )
    setup = printer_setup(profile)
    if not setup:
        raise ConfigurationError(
            "The printer settings set no offset, darkness or speed: there is nothing to save."
        )
    return setup + ZPL_SAVE_SETTINGS
