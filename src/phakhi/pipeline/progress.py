"""A progress line on stderr: articles done, rate, share of input read, time left.

On a terminal it redraws one line; otherwise (logs, CI) it prints a line every
``LOG_EVERY`` seconds so long runs still show signs of life. Data never goes
to stderr, so output files and piped stdout stay clean.
"""
from __future__ import annotations

import sys
import time
from typing import TextIO

REDRAW_EVERY = 0.2
LOG_EVERY = 15.0


class Progress:
    def __init__(self, total_bytes: int, enabled: bool = True, stream: TextIO | None = None):
        self.total = max(total_bytes, 1)
        self.enabled = enabled
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty()
        self.started = self.last = time.monotonic()
        self.done_bytes = 0
        self.articles = 0

    def advance(self, size: int, articles: int) -> None:
        self.done_bytes += size
        self.articles += articles
        now = time.monotonic()
        if self.enabled and now - self.last >= (REDRAW_EVERY if self.tty else LOG_EVERY):
            self.last = now
            self._show(now)

    def line(self, now: float) -> str:
        elapsed = max(now - self.started, 1e-6)
        share = min(self.done_bytes / self.total, 1.0)
        left = elapsed * (1 - share) / share if share else 0.0
        return (f"{self.articles:,} articles · {self.articles / elapsed:,.0f}/s · {share:.0%} read · "
                f"{_clock(elapsed)} elapsed, {_clock(left)} left")

    def _show(self, now: float) -> None:
        if self.tty:
            self.stream.write("\r\x1b[K" + self.line(now))
        else:
            self.stream.write(self.line(now) + "\n")
        self.stream.flush()

    def note(self, message: str) -> None:
        """A one-off line (e.g. what is being written after the last article)."""
        if self.enabled and self.tty:
            self.stream.write(f"\r\x1b[K{message}")
            self.stream.flush()

    def close(self) -> None:
        if self.enabled and self.tty:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def _clock(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
