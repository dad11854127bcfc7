"""A private CUPS server for tests: its own configuration folder, a loopback port, and raw queues
whose device is a `socket://` URI (the virtual printer). Needs Debian's `cups` (./dev installs it).

As root (CI) cupsd runs its backends as `lp`; as anyone else, as that user. No system CUPS is
touched: nothing listens on a domain socket, nothing is shared or browsed.
"""

from __future__ import annotations

import getpass
import grp
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from types import TracebackType

import pytest

from tests.ports import free_port

CUPSD_PATHS = ("/usr/sbin/cupsd", "/usr/local/sbin/cupsd")
LPADMIN_PATHS = ("/usr/sbin/lpadmin", "/usr/bin/lpadmin")
# What CUPS 2.4 says about raw queues (lpadmin without -m); tolerated, never required.
RAW_QUEUE_WARNING = "Raw queues are deprecated"


def _tool(candidates: tuple[str, ...], name: str) -> str | None:
    return next((path for path in candidates if os.access(path, os.X_OK)), None) or shutil.which(name)


def require_cups() -> tuple[str, str]:
    """(cupsd, lpadmin). Missing: a failure in CI (./dev installs cups), a skip elsewhere."""
    cupsd, lpadmin = _tool(CUPSD_PATHS, "cupsd"), _tool(LPADMIN_PATHS, "lpadmin")
    if cupsd is None or lpadmin is None:
        message = "CUPS is not installed (Debian: apt install cups; ./dev setup does it)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return cupsd, lpadmin


class PrivateCupsd:
    """`with PrivateCupsd() as cups: cups.add_raw_queue("q", "socket://127.0.0.1:9100")`.

    Its folder is a fresh one in the system's temporary folder, made traversable (0755): under
    root, cupsd runs the socket backend as `lp`, which must open the spooled job ("Unable to open
    print file: Permission denied" under pytest's 0700 tmp_path). It is removed on `stop()`.
    """

    def __init__(self, *, start_timeout: float = 15.0) -> None:
        self.cupsd, self.lpadmin = require_cups()
        self.root = Path(tempfile.mkdtemp(prefix="packstation-cupsd-"))
        self.port = free_port()
        self.start_timeout = start_timeout
        self._process: subprocess.Popen[bytes] | None = None
        self.warnings: list[str] = []

    @property
    def environment(self) -> dict[str, str]:
        return {**os.environ, "CUPS_SERVER": f"127.0.0.1:{self.port}"}

    def _configure(self) -> tuple[Path, Path]:
        root = self.root
        for sub in ("spool", "cache", "state", "tmp", "log"):
            (root / sub).mkdir(parents=True, exist_ok=True)
        # cupsd's backends run as `lp` under root: every folder on the way must let it through.
        root.chmod(0o755)
        if os.geteuid() == 0:
            user, group, system_group = "lp", "lp", "root"
        else:
            user = getpass.getuser()
            group = grp.getgrgid(os.getegid()).gr_name
            system_group = group
        files = root / "cups-files.conf"
        files.write_text(
            f"ServerRoot {root}\nRequestRoot {root}/spool\nCacheDir {root}/cache\nStateDir {root}/state\n"
            f"TempDir {root}/tmp\nDataDir /usr/share/cups\nServerBin /usr/lib/cups\n"
            f"ErrorLog {root}/log/error_log\nAccessLog {root}/log/access_log\nPageLog {root}/log/page_log\n"
            f"User {user}\nGroup {group}\nSystemGroup {system_group}\nFileDevice No\n"
        )
        conf = root / "cupsd.conf"
        conf.write_text(
            f"Listen 127.0.0.1:{self.port}\nLogLevel warn\nBrowsing Off\nBrowseLocalProtocols none\n"
            "DefaultShared No\nWebInterface No\nDefaultAuthType None\n"
            "<Location />\n  Order allow,deny\n  Allow from 127.0.0.1\n</Location>\n"
            "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n"
        )
        return conf, files

    def start(self) -> None:
        conf, files = self._configure()
        stderr = self.root / "log" / "stderr"
        with stderr.open("wb") as output:  # a file, not a pipe nobody drains
            self._process = subprocess.Popen(
                [self.cupsd, "-f", "-c", str(conf), "-s", str(files)],
                stdout=subprocess.DEVNULL,
                stderr=output,
            )
        deadline = time.monotonic() + self.start_timeout
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                said = stderr.read_text(errors="replace")
                raise RuntimeError(f"cupsd exited ({self._process.returncode}): {said}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"cupsd did not listen on 127.0.0.1:{self.port} within {self.start_timeout} s")

    def add_raw_queue(self, name: str, device_uri: str) -> None:
        """`lpadmin -p NAME -E -v URI`: a raw queue (no driver), enabled and accepting."""
        result = subprocess.run(
            [self.lpadmin, "-p", name, "-E", "-v", device_uri],
            env=self.environment,
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
        if result.returncode != 0:
            raise RuntimeError(f"lpadmin failed ({result.returncode}): {result.stderr}")
        for line in result.stderr.splitlines():  # CUPS 2.4 warns that raw queues are deprecated
            if RAW_QUEUE_WARNING not in line and line.strip():
                raise RuntimeError(f"lpadmin said: {line}")
            self.warnings.append(line)

    def error_log(self) -> str:
        path = self.root / "log" / "error_log"
        return path.read_text(errors="replace") if path.exists() else ""

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
        shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> PrivateCupsd:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
