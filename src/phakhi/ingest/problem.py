"""A piece of input that could not be read or extracted, and why.

Readers and the pipeline yield these instead of raising, so that one bad file
(or one bad JSON line) never stops the others; the build prints each one and
counts them by ``kind`` in its end-of-run summary.
"""
from __future__ import annotations

from dataclasses import dataclass

# The kinds a summary counts, with what to do about each (printed once per kind).
KINDS: dict[str, str] = {
    "empty": "the file holds no text",
    "binary": "not a text file",
    "too-large": "raise the limit with --max-size if the file is really one article",
    "not-thai": "phakhi reads Thai articles only",
    "invalid-bytes": "bytes that are not valid in the detected encoding were replaced by U+FFFD",
    "bad-json": "fix the record or leave it out",
    "bad-record": "fix the record or leave it out",
    "unreadable": "check the file's permissions",
    "unsupported": "give .txt, .html, .htm, .json or .jsonl files",
    "no-text": "no main text was found in the page",
    "duplicate": "two inputs give the same article path or record id; the first one is kept",
    "extract-failed": "a bug in phakhi: please report it with the article",
}


@dataclass(frozen=True)
class Problem:
    """One warning: where (file, and line for JSON Lines), what kind, and the reason."""

    source: str  # the file as the user named it ("-" for standard input)
    kind: str  # one of KINDS
    reason: str
    line: int | None = None
    skipped: bool = True  # False when the article was still read (e.g. bytes replaced)

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{where}: {self.reason}"


def size_text(size: int) -> str:
    """``1.5 MB`` or ``0.7 KB``: sizes in warnings."""
    return f"{size / 1024 / 1024:.1f} MB" if size >= 1 << 20 else f"{size / 1024:.1f} KB"


def too_large(source: str, size: int, limit: int, line: int | None = None) -> Problem:
    return Problem(source, "too-large", f"{size_text(size)} is over the {size_text(limit)} limit "
                   "(raise it with --max-size)", line)
