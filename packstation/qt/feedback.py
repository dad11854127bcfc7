"""Sound feedback for the packing screen: a packer hears the result of a scan without looking up.

Sounds play through the platform's own player, never QtMultimedia: QtMultimedia needs libpulse and,
with no sound server, fails to connect (docs/architecture.md, "Facts checked"). Here Windows uses
`winsound` (asynchronous), macOS `afplay`, Linux `paplay` then `aplay`, each started as a detached
process that the GUI thread never waits for. Where no player exists the station stays silent.

Sound is a nicety and must never fail a scan: `SoundPlayer.play` never blocks and never raises; a
missing or broken sound file, or a player that cannot start, is logged once at WARNING.

No Qt imports: the module lives in `packstation.qt` because only the GUI plays sounds, and its tests
run without a display.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
import threading
from collections.abc import Callable, Sequence
from enum import StrEnum
from pathlib import Path
from typing import Literal, Protocol

log = logging.getLogger(__name__)

# Playback is killed after this long when the player is closed (every sound is well under it).
CLOSE_TIMEOUT_S = 1.0


class Sound(StrEnum):
    """What a scan sounded like; the value names `resources/sounds/<value>.wav`."""

    SUCCESS = "success"
    ERROR = "error"
    ALREADY_SHIPPED = "already_shipped"
    ITEM = "item"  # one item ticked (item verification)
    ITEM_REFUSED = "item_refused"  # a wrong item, an over-scan, an unreadable code


def sound_file(sound: Sound) -> Path:
    """The WAV file of `sound` (FileNotFoundError when it is missing)."""
    from packstation.resources import resource_path  # on first play: not on the start-up path

    return resource_path(f"sounds/{sound.value}.wav")


class Playback(Protocol):
    """A started player process (the part of `subprocess.Popen` the player needs)."""

    def poll(self) -> int | None: ...

    def kill(self) -> None: ...

    def wait(self, timeout: float | None = None) -> int: ...


# Starts playing a WAV file and returns at once: a handle to reap later, or None (winsound).
Launcher = Callable[[Path], Playback | None]
# Starts a command without waiting for it (`spawn_detached`, or a recorder in tests).
Runner = Callable[[Sequence[str]], Playback]


def spawn_detached(command: Sequence[str]) -> Playback:
    """Starts `command` with no console I/O, in its own session, without the station's
    `PACKSTATION_*` variables (keys among them), and does not wait for it.

    Not used on Windows for sounds, which play through `winsound`.
    """
    import subprocess  # on first play: ~4 ms kept off the packing window's start-up

    from packstation.child_processes import child_environment

    return subprocess.Popen(  # noqa: S603 - a fixed player executable and a bundled file's path
        list(command),
        env=child_environment(),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        close_fds=True,
        start_new_session=True,  # a Ctrl+C in the launching terminal is not the player's business
    )


# Players tried in order; the file's path is appended. `aplay` is ALSA only, so PulseAudio's and
# PipeWire's `paplay` goes first where both exist.
PLAYER_COMMANDS: dict[str, tuple[tuple[str, ...], ...]] = {
    "darwin": (("afplay",),),
    "linux": (("paplay",), ("aplay", "--quiet")),
}


def player_command(
    *, platform: str = sys.platform, which: Callable[[str], str | None] = shutil.which
) -> list[str] | None:
    """The command (without the file) that plays a WAV here, or None where no player exists.

    Windows has none: it plays through `winsound`. Other Unix-likes try the Linux players.
    """
    if platform == "win32":
        return None
    key = "darwin" if platform == "darwin" else "linux"
    for program, *arguments in PLAYER_COMMANDS[key]:
        found = which(program)
        if found:
            return [found, *arguments]
    return None


def _winsound_launcher(path: Path) -> None:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows stations only
        import winsound

        # SND_NODEFAULT: a missing file stays silent instead of playing the system's default beep.
        winsound.PlaySound(str(path), winsound.SND_FILENAME | winsound.SND_ASYNC | winsound.SND_NODEFAULT)


def platform_launcher(
    *,
    platform: str = sys.platform,
    which: Callable[[str], str | None] = shutil.which,
    runner: Runner = spawn_detached,
) -> Launcher | None:
    """How this machine plays a file, or None where it cannot (the player then stays silent)."""
    if platform == "win32":
        return _winsound_launcher
    command = player_command(platform=platform, which=which)
    if command is None:
        return None
    prefix = tuple(command)

    def launch(path: Path) -> Playback:
        return runner([*prefix, str(path)])

    return launch


# The desktop's "open this file" command, by platform (Windows: `os.startfile`).
OPENER_COMMANDS: dict[str, str] = {"darwin": "open", "linux": "xdg-open"}


def open_with_desktop(
    path: Path,
    *,
    platform: str = sys.platform,
    which: Callable[[str], str | None] = shutil.which,
    runner: Runner = spawn_detached,
) -> bool:
    """Open `path` in the desktop's viewer (the training barcode sheet's PDF), as a child without
    the station's variables (`spawn_detached`); False where no opener exists.

    Not `QDesktopServices.openUrl`: the viewer it starts inherits the whole environment. Windows
    opens through the shell (`os.startfile`), which passes the environment on: there the keys
    belong in the Credential Manager, not in variables (docs/security.md).
    """
    if platform == "win32":  # pragma: no cover - exercised on Windows stations only
        os.startfile(path)  # type: ignore[attr-defined]  # noqa: S606 - a file the station wrote
        return True
    opener = which(OPENER_COMMANDS["darwin" if platform == "darwin" else "linux"])
    if opener is None:
        log.warning("no program to open %s with", path.name)
        return False
    started = runner([opener, str(path)])
    # Reaped off the GUI thread: xdg-open returns once the viewer runs, and must not stay a zombie.
    threading.Thread(target=started.wait, name="desktop opener", daemon=True).start()
    return True


def _check_wav(path: Path) -> None:
    """Raises OSError or ValueError when `path` is not a playable WAV file."""
    import wave  # on first play: kept off the packing window's start-up

    try:
        with wave.open(str(path), "rb") as wav:
            frames = wav.getnframes()
    except (wave.Error, EOFError) as error:
        raise ValueError(str(error) or "not a WAV file") from error
    if frames == 0:
        raise ValueError("no audio frames")


class SoundPlayer:
    """Plays `Sound`s without blocking and without ever raising.

    `enabled` follows the station's `sounds` setting. A new sound stops the one still playing (as
    `winsound` does), so a fast run of scans never piles up players. Finished players are reaped on
    the next `play` and by `close()`, so none is left a zombie.
    """

    def __init__(
        self,
        enabled: bool = True,
        *,
        launcher: Launcher | Literal["platform"] | None = "platform",
        locate: Callable[[Sound], Path] = sound_file,
    ) -> None:
        self.enabled = enabled
        self._launcher: Launcher | None = platform_launcher() if launcher == "platform" else launcher
        self._locate = locate
        self._files: dict[Sound, Path | None] = {}
        self._running: list[Playback] = []
        self._warned: set[str] = set()

    @property
    def available(self) -> bool:
        """Whether this machine has a way to play sounds at all."""
        return self._launcher is not None

    @property
    def pending(self) -> int:
        """How many started players have not been reaped yet (finished ones go on the next `play`)."""
        return len(self._running)

    def play(self, sound: Sound) -> None:
        """Starts playing `sound` and returns at once; silent when disabled or unable to play."""
        try:
            self._reap(stop_playing=True)
            if not self.enabled or self._launcher is None:
                return
            path = self._file_for(sound)
            if path is None:
                return
            handle = self._launcher(path)
            if handle is not None:
                self._running.append(handle)
        except Exception as error:  # sound must never fail a scan
            self._warn_once("player", "Could not play sound %s: %s", sound.value, error)

    def close(self) -> None:
        """Stops any sound still playing and reaps its player (waits at most `CLOSE_TIMEOUT_S`)."""
        for handle in self._running:
            try:
                if handle.poll() is None:
                    handle.kill()
                handle.wait(timeout=CLOSE_TIMEOUT_S)
            except Exception as error:
                self._warn_once("close", "Could not stop a sound player: %s", error)
        self._running.clear()

    def __enter__(self) -> SoundPlayer:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _reap(self, *, stop_playing: bool) -> None:
        still_running: list[Playback] = []
        for handle in self._running:
            if handle.poll() is None:
                if stop_playing:
                    handle.kill()  # reaped by the next poll, never waited for here
                still_running.append(handle)
        self._running = still_running

    def _file_for(self, sound: Sound) -> Path | None:
        if sound not in self._files:
            try:
                path = self._locate(sound)
                _check_wav(path)
            except (OSError, ValueError) as error:
                self._warn_once(f"file:{sound.value}", "Sound %s stays silent: %s", sound.value, error)
                self._files[sound] = None
            else:
                self._files[sound] = path
        return self._files[sound]

    def _warn_once(self, key: str, message: str, *args: object) -> None:
        if key not in self._warned:
            self._warned.add(key)
            log.warning(message, *args)


class RecordingSoundPlayer(SoundPlayer):
    """A test double: records the sounds requested (while enabled) and plays nothing."""

    def __init__(self, enabled: bool = True) -> None:
        super().__init__(enabled, launcher=None)
        self.played: list[Sound] = []
        self.requested: list[Sound] = []

    def play(self, sound: Sound) -> None:
        self.requested.append(sound)
        if self.enabled:
            self.played.append(sound)

    def close(self) -> None:
        pass


__all__ = [
    "Launcher",
    "Playback",
    "RecordingSoundPlayer",
    "Runner",
    "Sound",
    "SoundPlayer",
    "platform_launcher",
    "player_command",
    "sound_file",
]
