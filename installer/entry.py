"""What the frozen executables run: exactly the `packstation` command (packstation.cli.main).

On Windows both `packstation.exe` (console) and `packstation-gui.exe` (no console window) are built
from this one script; elsewhere the one `packstation`. With no arguments they open the packing screen.
"""

import os
import sys

from frozen_environment import restore_for_child_processes

if getattr(sys, "frozen", False):
    restore_for_child_processes(os.environ, sys.platform)

from packstation.cli import main  # after the environment is put right

raise SystemExit(main())
