#!/usr/bin/env python3
"""Time how long an interactive command takes to show its first screen.

Runs COMMAND in a fresh pseudo-terminal of a fixed size, repeatedly, and measures the wall time
from start until the terminal output, with escape sequences removed, contains TEXT. Each run is
then ended with SIGTERM (SIGKILL after two seconds). Prints one line to standard output:
"MEDIAN_MS MIN_MS MAX_MS PEAK_RSS_MIB". Exits 1, with a message on standard error, when a run
does not show TEXT within the timeout or ends before showing it.

Usage: first-frame.py --text TEXT [--runs N] [--warmup N] [--timeout SECONDS] -- COMMAND...
"""

import argparse
import fcntl
import os
import pty
import re
import select
import signal
import statistics
import struct
import sys
import termios
import time

ROWS, COLUMNS = 24, 80
# CSI sequences (colours, cursor moves), OSC sequences (window titles), two-byte escapes and
# character-set selections. What is left is the text a user would read.
ESCAPE = re.compile(rb"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[()][0-9A-Za-z]|\x1b[@-_]")
CURSOR_POSITION_REQUEST = b"\x1b[6n"


def parse_arguments():
    parser = argparse.ArgumentParser(description="Time an interactive command's first screen.")
    parser.add_argument("--text", required=True, help="text that marks the first screen")
    parser.add_argument("--runs", type=int, default=20, help="timed runs (default 20)")
    parser.add_argument("--warmup", type=int, default=3, help="untimed runs first (default 3)")
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds to wait per run (default 10)")
    parser.add_argument("command", nargs="+", help="the command, after --")
    return parser.parse_args()


def start_in_terminal(command):
    """Fork COMMAND with a new pseudo-terminal as its controlling terminal; return (pid, fd)."""
    pid, fd = pty.fork()
    if pid == 0:
        # The size is set in the child, before exec, so the program never sees a 0x0 terminal.
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLUMNS, 0, 0))
        os.environ.setdefault("TERM", "xterm-256color")
        try:
            os.execvp(command[0], command)
        finally:
            os._exit(127)
    return pid, fd


def wait_for_text(fd, text, timeout):
    """Read the terminal until TEXT shows; return the seconds waited, or None on timeout or end."""
    started = time.perf_counter()
    raw = b""
    expected = text.encode()
    while True:
        remaining = timeout - (time.perf_counter() - started)
        if remaining <= 0:
            return None
        readable, _, _ = select.select([fd], [], [], remaining)
        if not readable:
            continue
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            return None
        if not chunk:
            return None
        raw += chunk
        # Terminal libraries may ask where the cursor is to learn the screen size, and wait for
        # the reply. Reply as a terminal of ROWS x COLUMNS does after a move to the far corner.
        if CURSOR_POSITION_REQUEST in chunk:
            os.write(fd, f"\x1b[{ROWS};{COLUMNS}R".encode())
        if expected in ESCAPE.sub(b"", raw):
            return time.perf_counter() - started


def stop(pid, fd):
    """End the process group and return the process's peak RSS in MiB."""
    try:
        os.killpg(pid, signal.SIGTERM)
    except ProcessLookupError:
        pass
    deadline = time.monotonic() + 2
    while True:
        # Keep reading so a process that writes while exiting is not blocked on a full terminal.
        if select.select([fd], [], [], 0.01)[0]:
            try:
                os.read(fd, 65536)
            except OSError:
                pass
        finished, _, usage = os.wait4(pid, os.WNOHANG)
        if finished:
            break
        if time.monotonic() > deadline:
            os.killpg(pid, signal.SIGKILL)
            _, _, usage = os.wait4(pid, 0)
            break
    os.close(fd)
    return usage.ru_maxrss / 1024  # ru_maxrss is in KiB on Linux


def main():
    arguments = parse_arguments()
    times, peaks = [], []
    for run in range(arguments.warmup + arguments.runs):
        pid, fd = start_in_terminal(arguments.command)
        waited = wait_for_text(fd, arguments.text, arguments.timeout)
        peak = stop(pid, fd)
        if waited is None:
            print(f"first-frame: '{arguments.text}' did not appear within {arguments.timeout:g} s"
                  f" (run {run + 1}): {' '.join(arguments.command)}", file=sys.stderr)
            return 1
        if run >= arguments.warmup:
            times.append(waited * 1000)
            peaks.append(peak)
    print(f"{statistics.median(times):.1f} {min(times):.1f} {max(times):.1f} {max(peaks):.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
