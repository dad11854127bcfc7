"""Label conversion: an A6 PDF label → ZPL ^GFA, TSPL BITMAP and EPL2 GW at 203 and 300 dpi, each
against the bare pypdfium2 render.

The conversion is `prepare_print_job` for a ZPL printer with 4×6 in media (the A6 page is wider
than the media at 203 dpi, so the crop path runs): open, render, fit, threshold, Z64-encode. The
bare side opens the same PDF and renders the same page at the same scale with the same flags
(grey, no anti-aliasing) and closes it: the floor any PDF path pays. They run interleaved in small
blocks so machine noise hits both alike. Goals: conversion under 60 ms at 203 dpi and at most 2×
the bare render. Bytes on the wire are given for Z64 (what is sent), ASCII-compressed (old
firmware) and uncompressed (plain hex ^GFA, and the raw bitmap). TSPL and EPL2 carry the raw bitmap
(no compression in either language), so their bytes on the wire are about the raw bitmap's. The
ZPL figures keep their keys (`dpi_203`, `dpi_300`); TSPL and EPL2 are `tspl_dpi_203` and so on.
The last line printed is one JSON object with every figure.
"""

from __future__ import annotations

import argparse
import importlib
import json
import statistics
import time
from collections.abc import Callable
from typing import Any

from packstation.printing import PrinterLanguage, PrinterProfile
from packstation.printing.convert import prepare_print_job
from packstation.printing.raster import PDFIUM_LOCK
from packstation.training.labels import render_label, sample_label_content

pdfium: Any = importlib.import_module("pypdfium2")  # untyped

CONTENT = sample_label_content(
    recipient_lines=("Juergen Mueller", "Hauptstrasse 5a", "04109 Leipzig", "Germany")
)
DPIS = (203, 300)
LANGUAGES = (PrinterLanguage.ZPL, PrinterLanguage.TSPL, PrinterLanguage.EPL2)
GOAL_MS_203 = 60.0
GOAL_RATIO = 2.0


def _bare_render(pdf: bytes, dpi: int) -> Callable[[], object]:
    def run() -> object:
        with PDFIUM_LOCK:
            document = pdfium.PdfDocument(pdf)
            try:
                page = document[0]
                try:
                    return page.render(
                        scale=dpi / 72,
                        grayscale=True,
                        no_smoothtext=True,
                        no_smoothpath=True,
                        no_smoothimage=True,
                    ).to_pil()
                finally:
                    page.close()
            finally:
                document.close()

    return run


def _conversion(pdf: bytes, profile: PrinterProfile) -> Callable[[], object]:
    def run() -> object:
        return prepare_print_job(pdf, "application/pdf", profile)

    return run


def _uncompressed_size(z64_job: bytes, raw_bytes: int) -> int:
    """The same job with plain hex ^GFA data (two characters a byte) instead of Z64."""
    start = z64_job.index(b":Z64:")
    end = z64_job.index(b"^FS", start)
    return len(z64_job) - (end - start) + 2 * raw_bytes


def _median_ms(samples: list[float]) -> float:
    return round(statistics.median(samples) * 1000, 3)


def _measure(pdf: bytes, profile: PrinterProfile, runs: int, block_size: int) -> dict[str, Any]:
    """Conversion against the bare render for one printer profile, interleaved in blocks."""
    dpi, language = profile.dpi, profile.language
    sides = {"conversion": _conversion(pdf, profile), "bare_render": _bare_render(pdf, dpi)}
    for run in sides.values():  # warm up PDFium, zlib, fonts
        for _ in range(5):
            run()
    timings: dict[str, list[float]] = {name: [] for name in sides}
    done = 0
    while done < runs:
        block = min(block_size, runs - done)
        for name, run in sides.items():
            for _ in range(block):
                started = time.perf_counter()
                run()
                timings[name].append(time.perf_counter() - started)
        done += block
    payload = prepare_print_job(pdf, "application/pdf", profile).payload
    width, height = profile.media_dots()
    raw_bytes = (width + 7) // 8 * height
    conversion, bare = _median_ms(timings["conversion"]), _median_ms(timings["bare_render"])
    figures: dict[str, Any] = {
        "language": language.value,
        "dots": [width, height],
        "conversion_median_ms": conversion,
        "bare_render_median_ms": bare,
        "ratio_median": round(conversion / bare, 3),
        "conversion_p90_ms": round(statistics.quantiles(timings["conversion"], n=10)[-1] * 1000, 3),
        "raw_bitmap_bytes": raw_bytes,
    }
    print(
        f"{language.value.upper()} {dpi} dpi ({width}x{height} dots): conversion {conversion} ms, "
        f"bare render {bare} ms, ratio {figures['ratio_median']}x"
    )
    if language is PrinterLanguage.ZPL:
        ascii_compressed = prepare_print_job(pdf, "application/pdf", profile, compression="ascii").payload
        figures.update(
            wire_bytes_z64=len(payload),
            wire_bytes_ascii_compressed=len(ascii_compressed),
            wire_bytes_uncompressed_hex=_uncompressed_size(payload, raw_bytes),
        )
        print(
            f"  wire: Z64 {len(payload)} B, ASCII-compressed {len(ascii_compressed)} B, "
            f"uncompressed hex ~{figures['wire_bytes_uncompressed_hex']} B (raw bitmap {raw_bytes} B)"
        )
    else:
        figures["wire_bytes"] = len(payload)
        print(f"  wire: {len(payload)} B (raw bitmap {raw_bytes} B and the commands around it)")
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--block", type=int, default=10, help="runs per interleaved block")
    options = parser.parse_args()

    pdf = render_label(CONTENT, "application/pdf", 72, page="a6")
    result: dict[str, Any] = {
        "bench": "print_convert",
        "runs": options.runs,
        "label": "A6 PDF (simulator), 4x6 in media, ZPL / TSPL / EPL2 printer",
        "pdf_bytes": len(pdf),
        "goal_conversion_ms_203": GOAL_MS_203,
        "goal_ratio": GOAL_RATIO,
    }
    for language in LANGUAGES:
        for dpi in DPIS:
            profile = PrinterProfile(url="tcp://bench", dpi=dpi, language=language)
            key = f"dpi_{dpi}" if language is PrinterLanguage.ZPL else f"{language.value}_dpi_{dpi}"
            result[key] = _measure(pdf, profile, options.runs, options.block)
    cases = [key for key in result if key.endswith(tuple(f"dpi_{dpi}" for dpi in DPIS))]
    result["goal_met"] = bool(
        all(result[key]["conversion_median_ms"] < GOAL_MS_203 for key in cases if key.endswith("dpi_203"))
        and all(result[key]["ratio_median"] <= GOAL_RATIO for key in cases)
    )
    print(f"goals: < {GOAL_MS_203} ms at 203 dpi, <= {GOAL_RATIO}x bare render: met={result['goal_met']}")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
