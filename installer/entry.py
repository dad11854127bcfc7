"""What both frozen executables run: exactly the `packstation` command (packstation.cli.main).

`packstation` (console) and `packstation-gui` (no console window on Windows and macOS) are built
from this one script; with no arguments both open the packing screen.
"""

from packstation.cli import main

raise SystemExit(main())
