"""A private PostgreSQL server for the tests and benchmarks: Debian's `postgresql`, its own cluster in a
temp folder, on a loopback port, started and stopped here.

`initdb` and `postgres` refuse to run as root, and CI runs as root: as root the cluster belongs to an
unprivileged user (`postgres`, which Debian's package creates, else `nobody`) and every server
command runs through `runuser`. The owner role `packstation_owner` logs in over TCP with a password
(scram-sha-256), as a station would; `fsync=off` because a test cluster is thrown away (the
durability the journal asks for is tested on SQLite; PostgreSQL's own is PostgreSQL's).

One cluster per test session (`PostgresServer.start()` runs `initdb` once); each test gets a
database of its own, copied from a template that already has `citext` (`new_database`).
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import subprocess
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final
from urllib.parse import quote

from tests.ports import free_port

OWNER: Final = "packstation_owner"
OWNER_PASSWORD: Final = "owner-pw-" + uuid.uuid4().hex[:8]
TEMPLATE: Final = "packstation_template"


def postgres_bin() -> Path:
    """`/usr/lib/postgresql/<newest>/bin`, where Debian keeps initdb and pg_ctl (not on PATH)."""
    root = Path("/usr/lib/postgresql")
    versions = sorted(
        (path for path in root.glob("*/bin") if (path / "initdb").exists()),
        key=lambda path: int(path.parent.name) if path.parent.name.isdigit() else 0,
    )
    if not versions:
        raise RuntimeError(
            "PostgreSQL's server is not installed (/usr/lib/postgresql/<version>/bin/initdb); "
            "`./dev setup` installs Debian's postgresql."
        )
    return versions[-1]


def _run_as() -> str | None:
    """The unprivileged user the server runs as when we are root; None when we are not root."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
        except KeyError:
            continue
        return name
    raise RuntimeError("Running as root, but there is no unprivileged user to run PostgreSQL as.")


@dataclass
class PostgresServer:
    """One private cluster: `start()`, then `url(database)` for connections, `stop()` at the end."""

    folder: Path
    port: int = field(default_factory=free_port)
    user: str | None = field(default_factory=_run_as)
    bin: Path = field(default_factory=postgres_bin)
    _databases: int = 0
    shared_database: bool = False

    @classmethod
    def start_new(cls) -> PostgresServer:
        folder = Path(tempfile.mkdtemp(prefix="packstation-pg-"))
        server = cls(folder)
        server.init()
        server.start()
        server.prepare_template()
        return server

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def _command(self, *args: str) -> list[str]:
        if self.user is None:
            return list(args)
        return ["runuser", "-u", self.user, "--", *args]

    def _run(self, *args: str, timeout: float = 120) -> None:
        result = subprocess.run(
            self._command(*args), capture_output=True, text=True, timeout=timeout, check=False
        )
        if result.returncode != 0:
            raise RuntimeError(
                f"{' '.join(args[:2])} failed ({result.returncode}): {result.stderr or result.stdout}"
            )

    def init(self) -> None:
        self.folder.chmod(0o755)
        password_file = self.folder / "owner-password"
        password_file.write_text(OWNER_PASSWORD + "\n")
        if self.user is not None:
            entry = pwd.getpwnam(self.user)
            shutil.chown(self.folder, entry.pw_uid, entry.pw_gid)
            shutil.chown(password_file, entry.pw_uid, entry.pw_gid)
        password_file.chmod(0o600)
        self._run(
            str(self.bin / "initdb"),
            "-D",
            str(self.data),
            "-U",
            OWNER,
            f"--pwfile={password_file}",
            "--auth-local=trust",
            "--auth-host=scram-sha-256",
            "--encoding=UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        )
        password_file.unlink()
        with (self.data / "postgresql.conf").open("a") as conf:
            conf.write(
                f"\nlisten_addresses = '127.0.0.1'\nport = {self.port}\n"
                f"unix_socket_directories = '{self.folder}'\n"
                "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n"
                "max_connections = 200\nshared_buffers = 64MB\n"
            )

    def start(self, timeout: float = 60) -> None:
        """Start the server (also again after `stop()`, on the same port and data)."""
        self._run(
            str(self.bin / "pg_ctl"),
            "-D",
            str(self.data),
            "-l",
            str(self.folder / "server.log"),
            "-w",
            "-t",
            str(int(timeout)),
            "start",
            timeout=timeout + 10,
        )

    def stop(self, mode: str = "fast") -> None:
        """Stop the server: `fast` disconnects every client (as a warehouse server's restart would);
        `immediate` is a crash."""
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "stop")

    def destroy(self) -> None:
        with contextlib.suppress(RuntimeError):
            self.stop("immediate")
        shutil.rmtree(self.folder, ignore_errors=True)

    def url(
        self, database: str = "postgres", *, user: str = OWNER, password: str | None = OWNER_PASSWORD
    ) -> str:
        secret = "" if password is None else f":{quote(password, safe='')}"
        return f"postgresql://{user}{secret}@127.0.0.1:{self.port}/{database}"

    def sql(self, statement: str, database: str = "postgres") -> None:
        """One statement as the owner, outside any transaction (CREATE DATABASE needs that)."""
        import psycopg

        with psycopg.connect(self.url(database), autocommit=True) as connection:
            connection.execute(statement.encode())

    def prepare_template(self) -> None:
        self.sql(f"CREATE DATABASE {TEMPLATE}")
        self.sql("CREATE EXTENSION IF NOT EXISTS citext", TEMPLATE)

    def new_schema(self) -> str:
        """A fresh, empty schema in the session's shared test database; returns its name."""
        if not self.shared_database:
            self.sql(f"CREATE DATABASE {SHARED} TEMPLATE {TEMPLATE} STRATEGY FILE_COPY")
            self.shared_database = True
        self._databases += 1
        name = f"s_{self._databases}_{uuid.uuid4().hex[:6]}"
        self.sql(f"CREATE SCHEMA {name}", SHARED)
        return name

    def new_database(self, prefix: str = "t", *, template: str = TEMPLATE) -> str:
        """A fresh database copied from `template` (default: empty, with `citext`), for one test;
        returns its name."""
        self._databases += 1
        name = f"{prefix}_{self._databases}_{uuid.uuid4().hex[:6]}"
        deadline = time.monotonic() + 10
        while True:
            try:
                self.sql(f"CREATE DATABASE {name} TEMPLATE {template} STRATEGY FILE_COPY")
                return name
            except Exception as error:  # the template is busy for a moment after its last use
                if "being accessed by other users" not in str(error) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)


SHARED: Final = "packstation_tests"


def migrated_database(server: PostgresServer) -> str:
    """A fresh journal with the latest schema (as `packstation journal init` makes it), for one test:
    a schema of its own in one database of the session (a schema takes milliseconds, a database a
    checkpoint); returns its URL, the owner's, with the schema first on the search path."""
    import psycopg

    from packstation.journal.pg_schema import migrate

    url = schema_url(server, server.new_schema())
    with psycopg.connect(url, autocommit=True) as connection:
        migrate(connection)
    return url


def schema_url(server: PostgresServer, schema: str) -> str:
    return server.url(SHARED) + f"?options=-csearch_path%3D{schema}%2Cpublic"
