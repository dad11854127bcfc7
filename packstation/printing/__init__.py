"""Label printing, no Qt: printer profiles and turning a label file into the bytes a printer takes.

- `profile`: `PrinterProfile` (one per station), media sizes, the ZPL/ESC-POS pairing rule.
- `convert.prepare_print_job`: the one entry point from a label (PDF, PNG or ZPL bytes) to a
  `PrintJob`; `calibration.calibration_label`: the test print.
- `zpl` / `escpos_raster`: 1-bit image ⇄ `^GFA` and ⇄ `GS v 0` (encoders and preview decoders).
- `raster`: PDF/PNG → media-sized 1-bit images; owns `PDFIUM_LOCK`, the process-wide PDFium lock.

Only profiles and errors are re-exported here, so that importing a profile (settings, CLI
parsing) does not load Pillow; the format modules are imported where they are used.
"""

from packstation.printing.errors import (
    InvalidMediaError,
    LabelFormatError,
    LabelTooLargeError,
    PrintingError,
    UnsupportedPairingError,
    ZplDpiMismatchError,
)
from packstation.printing.profile import (
    MediaSize,
    Orientation,
    PrinterLanguage,
    PrinterProfile,
    parse_media,
    validate_profile_pairing,
)

__all__ = [
    "InvalidMediaError",
    "LabelFormatError",
    "LabelTooLargeError",
    "MediaSize",
    "Orientation",
    "PrinterLanguage",
    "PrinterProfile",
    "PrintingError",
    "UnsupportedPairingError",
    "ZplDpiMismatchError",
    "parse_media",
    "validate_profile_pairing",
]
