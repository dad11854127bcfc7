"""The boxes of `packstation ship ORDER --boxes FILE.json` (issue 18), read for the command line:
the file's reader and its error live in `station.boxes`, which the command line reaches only here."""

from __future__ import annotations

from packstation.station.boxes import Box, BoxesError, read_boxes_file

__all__ = ["Box", "BoxesError", "read_boxes_file"]
