"""Sound feedback: what would be run on each platform, and that playing never blocks or raises.

No Qt and (but for the last test) no audio: the player is given a recording launcher or runner.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from packstation.qt.feedback import (
    CLOSE_TIMEOUT_S,
    Playback,
    RecordingSoundPlayer,
    Sound,
    SoundPlayer,
    platform_launcher,
    player_command,
    sound_file,
    spawn_detached,
)
from packstation.resources import resource_path


class FakePlayback:
    """A player process that finishes when told to."""

    def __init__(self) -> None:
        self.returncode: int | None = None
        self.killed = False
        self.waited = False

    def poll(self) -> int | None:
        return self.returncode

    def kill(self) -> None:
        self.killed = True
        self.returncode = -9

    def wait(self, timeout: float | None = None) -> int:
        self.waited = True
        assert self.returncode is not None, "wait() on a running fake would block"
        return self.returncode


class RecordingLauncher:
    def __init__(self) -> None:
        self.paths: list[Path] = []
        self.handles: list[FakePlayback] = []

    def __call__(self, path: Path) -> Playback:
        self.paths.append(path)
        handle = FakePlayback()
        self.handles.append(handle)
        return handle


def _which(*present: str) -> Callable[[str], str | None]:
    return lambda program: f"/usr/bin/{program}" if program in present else None


# --- Which player, which command ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("platform", "present", "expected"),
    [
        ("darwin", ("afplay",), ["/usr/bin/afplay"]),
        ("darwin", (), None),
        ("linux", ("paplay", "aplay"), ["/usr/bin/paplay"]),
        ("linux", ("aplay",), ["/usr/bin/aplay", "--quiet"]),
        ("linux", (), None),
        ("freebsd14", ("aplay",), ["/usr/bin/aplay", "--quiet"]),
        ("win32", ("paplay",), None),  # Windows plays through winsound
    ],
)
def test_player_command(platform: str, present: tuple[str, ...], expected: list[str] | None) -> None:
    assert player_command(platform=platform, which=_which(*present)) == expected


def test_the_platform_launcher_runs_the_player_on_the_file() -> None:
    commands: list[list[str]] = []

    def runner(command: Sequence[str]) -> Playback:
        commands.append(list(command))
        return FakePlayback()

    launch = platform_launcher(platform="linux", which=_which("aplay"), runner=runner)
    assert launch is not None
    wav = sound_file(Sound.ERROR)
    launch(wav)
    assert commands == [["/usr/bin/aplay", "--quiet", str(wav)]]


def test_no_player_means_no_launcher() -> None:
    assert platform_launcher(platform="linux", which=_which()) is None
    assert SoundPlayer(launcher=None).available is False


def test_windows_plays_through_winsound() -> None:
    launch = platform_launcher(platform="win32", which=_which())
    assert launch is not None
    assert launch.__name__ == "_winsound_launcher"


# --- Playing -----------------------------------------------------------------------------------


@pytest.mark.parametrize("sound", list(Sound))
def test_each_sound_plays_its_own_file(sound: Sound) -> None:
    launcher = RecordingLauncher()
    player = SoundPlayer(launcher=launcher)
    player.play(sound)
    assert launcher.paths == [resource_path(f"sounds/{sound.value}.wav")]
    player.close()


def test_a_disabled_player_is_silent_and_can_be_enabled() -> None:
    launcher = RecordingLauncher()
    player = SoundPlayer(False, launcher=launcher)
    player.play(Sound.SUCCESS)
    assert launcher.paths == []
    player.enabled = True
    player.play(Sound.SUCCESS)
    assert len(launcher.paths) == 1
    player.close()


def test_a_machine_without_a_player_stays_silent() -> None:
    player = SoundPlayer(launcher=None)
    player.play(Sound.ERROR)  # nothing to assert but that it returns
    assert player.pending == 0


def test_a_new_sound_stops_the_one_still_playing_and_finished_ones_are_reaped() -> None:
    launcher = RecordingLauncher()
    player = SoundPlayer(launcher=launcher)
    player.play(Sound.SUCCESS)
    player.play(Sound.ERROR)
    first, second = launcher.handles
    assert first.killed
    assert not first.waited  # never waited for on the GUI thread
    assert player.pending == 2
    second.returncode = 0  # finished on its own
    player.play(Sound.ALREADY_SHIPPED)
    assert not second.killed
    assert player.pending == 1  # both reaped; only the newest remains
    player.close()
    assert launcher.handles[2].killed
    assert launcher.handles[2].waited
    assert player.pending == 0


def test_the_player_is_a_context_manager() -> None:
    launcher = RecordingLauncher()
    with SoundPlayer(launcher=launcher) as player:
        player.play(Sound.SUCCESS)
    assert launcher.handles[0].waited


@pytest.mark.parametrize("content", [None, b"", b"RIFF\x00\x00\x00\x00WAVEgarbage"])
def test_a_missing_or_broken_file_warns_once_and_stays_silent(
    tmp_path: Path, content: bytes | None, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "sound.wav"
    if content is not None:
        path.write_bytes(content)
    launcher = RecordingLauncher()
    player = SoundPlayer(launcher=launcher, locate=lambda _sound: path)
    with caplog.at_level(logging.WARNING, logger="packstation.qt.feedback"):
        for _ in range(3):
            player.play(Sound.SUCCESS)
    assert launcher.paths == []
    assert len(caplog.records) == 1
    assert "success" in caplog.messages[0]


def test_a_sound_missing_from_the_resources_warns_and_the_others_still_play(
    caplog: pytest.LogCaptureFixture,
) -> None:
    def locate(sound: Sound) -> Path:
        if sound is Sound.ERROR:
            return resource_path("sounds/no_such_sound.wav")  # raises FileNotFoundError
        return sound_file(sound)

    launcher = RecordingLauncher()
    player = SoundPlayer(launcher=launcher, locate=locate)
    with caplog.at_level(logging.WARNING, logger="packstation.qt.feedback"):
        player.play(Sound.ERROR)
        player.play(Sound.ERROR)
        player.play(Sound.SUCCESS)
    assert launcher.paths == [sound_file(Sound.SUCCESS)]
    assert len(caplog.records) == 1
    player.close()


def test_a_player_that_cannot_start_never_raises(caplog: pytest.LogCaptureFixture) -> None:
    def broken(_path: Path) -> Playback:
        raise OSError("exec format error")

    player = SoundPlayer(launcher=broken)
    with caplog.at_level(logging.WARNING, logger="packstation.qt.feedback"):
        player.play(Sound.SUCCESS)
        player.play(Sound.ERROR)
    assert len(caplog.records) == 1
    assert "exec format error" in caplog.messages[0]


def test_the_recording_player_records_without_playing() -> None:
    player = RecordingSoundPlayer()
    player.play(Sound.SUCCESS)
    player.enabled = False
    player.play(Sound.ERROR)
    assert player.played == [Sound.SUCCESS]
    assert player.requested == [Sound.SUCCESS, Sound.ERROR]
    assert player.available is False
    player.close()


def test_sound_values_name_the_files() -> None:
    assert [sound.value for sound in Sound] == ["success", "error", "already_shipped", "item", "item_refused"]
    assert all(sound_file(sound).is_file() for sound in Sound)
    assert Sound("already_shipped") is Sound.ALREADY_SHIPPED


# --- Real processes, no audio ------------------------------------------------------------------


def _python_launcher(code: str) -> Callable[[Path], Playback]:
    """Launches `python -c code FILE` through the real detached spawn: a player without sound."""

    def launch(path: Path) -> Playback:
        return spawn_detached([sys.executable, "-c", code, str(path)])

    return launch


def test_real_processes_are_not_waited_for_and_leave_no_zombies() -> None:
    # filterwarnings=error turns a leaked Popen's ResourceWarning into a failure.
    player = SoundPlayer(launcher=_python_launcher("import time; time.sleep(30)"))
    started = time.monotonic()
    player.play(Sound.SUCCESS)
    player.play(Sound.ERROR)  # kills the first
    assert time.monotonic() - started < 5  # neither 30 s sleep was waited for
    assert player.pending == 2
    started = time.monotonic()
    player.close()
    assert time.monotonic() - started < 2 * CLOSE_TIMEOUT_S
    assert player.pending == 0


def test_finished_real_processes_are_reaped_on_the_next_play() -> None:
    player = SoundPlayer(launcher=_python_launcher("pass"))
    player.play(Sound.SUCCESS)
    (handle,) = player._running
    deadline = time.monotonic() + 10
    while handle.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)  # a test may wait for a child; the player never does
    player.play(Sound.SUCCESS)
    assert player.pending == 1  # the finished one was dropped
    player.close()


# --- A real player, when this machine has one --------------------------------------------------


def test_a_real_player_plays_without_raising() -> None:
    if sys.platform != "win32" and player_command() is None:
        pytest.skip("no sound player on this machine (afplay, paplay or aplay); nothing real to run")
    player = SoundPlayer()
    started = time.monotonic()
    player.play(Sound.SUCCESS)
    assert time.monotonic() - started < 1.0  # play() only starts the player
    for handle in list(player._running):
        # Without a sound server or card the player exits non-zero: still no exception here.
        handle.wait(timeout=10)
    player.close()
    assert player.pending == 0
