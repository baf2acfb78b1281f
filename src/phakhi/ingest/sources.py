"""Finding the inputs: files, directories (recursive, with globs) and standard input.

A ``Source`` is one unit of reading work, small enough to ship to a worker
process: a whole file, or a byte range of a large JSON Lines file (so that one
100,000-record dump is still read and extracted in parallel).
"""
from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from phakhi.errors import InputError
from phakhi.ingest.problem import Problem, too_large

STDIN = "-"
LINES_SUFFIXES = frozenset({".jsonl", ".ndjson"})
_RANGE_BYTES = 1 << 20  # a JSON Lines file is cut into tasks of about this many bytes
_GOLD = "*.gold.json"  # annotation files beside the articles are never articles


@dataclass(frozen=True)
class Source:
    """What to read: ``name`` as the user wrote it, ``rel`` the article path it gives."""

    name: str
    rel: str
    suffix: str  # the reader: ".txt", ".html", ".jsonl", …
    size: int
    data: bytes | None = None  # the bytes of standard input
    start: int = 0  # byte range of a JSON Lines part
    end: int | None = None
    first_line: int = 1
    mtime: int = 0  # the file's modification time (ns) when listed: 0 for standard input

    def read_bytes(self) -> bytes:
        if self.data is not None:
            return self.data[self.start:self.end]
        with open(self.name, "rb") as handle:
            handle.seek(self.start)
            return handle.read() if self.end is None else handle.read(self.end - self.start)


@dataclass(frozen=True)
class Selection:
    """Which files a directory walk takes, and how large a file may be."""

    suffixes: frozenset[str]
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    max_size: int = 10 * 1024 * 1024

    def takes(self, rel: str) -> bool:
        """Readable suffix, not hidden (``.git/``, macOS ``._x.txt``), not gold, and through the globs."""
        name = rel.rsplit("/", 1)[-1]
        if fnmatch.fnmatch(name, _GOLD) or os.path.splitext(name)[1].lower() not in self.suffixes:
            return False
        if any(part.startswith(".") for part in rel.split("/")):
            return False
        if self.include and not any(_match(rel, g) for g in self.include):
            return False
        return not any(_match(rel, g) for g in self.exclude)


def _match(rel: str, glob: str) -> bool:
    """A glob matches the relative path, or (without a slash) the file name alone."""
    target = rel if "/" in glob else rel.rsplit("/", 1)[-1]
    return fnmatch.fnmatch(target, glob) or fnmatch.fnmatch(rel, glob)


def find_sources(
    inputs: Iterable[str | Path], selection: Selection, stdin: bytes | None = None
) -> Iterator[Source | Problem]:
    """Every source below ``inputs`` in a stable order, or a Problem for what cannot be taken."""
    for item in inputs:
        if str(item) == STDIN:
            yield _stdin_source(stdin or b"")
            continue
        path = Path(item)
        if path.is_dir():
            folder = os.path.join(str(path), "")
            for rel in _walk(path):
                if selection.takes(rel):
                    yield from _file_sources(folder + rel, rel, selection)
        elif path.exists() or path.is_symlink():
            yield from _file_sources(str(path), path.name, selection)
        else:
            raise InputError(f"{item}: no such file or directory; give files, directories or - for standard input")


def _walk(root: Path) -> list[str]:
    """The relative paths (with ``/``) of the files below ``root``, and of broken symlinks (reported
    when read), following symlinked folders, in path order (folder by folder, as sorted Paths are)."""
    found: list[str] = []
    start = len(os.path.join(str(root), ""))
    folders = [str(root)]
    while folders:
        try:
            entries = os.scandir(folders.pop())
        except OSError:  # an unreadable folder: as if empty
            continue
        with entries:
            for entry in entries:
                if entry.is_dir():
                    folders.append(entry.path)
                elif entry.is_file() or (entry.is_symlink() and not os.path.exists(entry.path)):
                    found.append(entry.path[start:].replace(os.sep, "/"))
    return sorted(found, key=lambda rel: rel.split("/"))


def _file_sources(path: str, rel: str, selection: Selection) -> Iterator[Source | Problem]:
    suffix = os.path.splitext(path)[1]
    if suffix.lower() not in selection.suffixes:
        yield Problem(path, "unsupported", f"unsupported file type {suffix or '(none)'!r}")
        return
    suffix = suffix.lower()
    try:
        stat = os.stat(path)
    except OSError as exc:
        yield Problem(path, "unreadable", f"cannot be read ({exc.strerror or exc})")
        return
    size = stat.st_size
    if suffix in LINES_SUFFIXES:
        yield from _line_ranges(path, rel, suffix, size)
    elif size > selection.max_size:
        yield too_large(path, size, selection.max_size)
    else:
        yield Source(path, rel, suffix, size, mtime=stat.st_mtime_ns)


def _line_ranges(path: str, rel: str, suffix: str, size: int) -> Iterator[Source]:
    """Cut a JSON Lines file at line ends into parts of about 1 MB, counting lines."""
    if size <= _RANGE_BYTES:
        yield Source(path, rel, suffix, size)
        return
    start, line = 0, 1
    with open(path, "rb") as handle:
        head = handle.read(4)
        if head[:2] in (b"\xff\xfe", b"\xfe\xff"):  # UTF-16 cannot be cut at b"\n"
            yield Source(path, rel, suffix, size)
            return
        while start < size:
            handle.seek(start + _RANGE_BYTES)
            handle.readline()
            end = min(handle.tell(), size)
            handle.seek(start)
            lines = handle.read(end - start).count(b"\n")
            yield Source(path, rel, suffix, end - start, start=start, end=end, first_line=line)
            start, line = end, line + lines


def _stdin_source(data: bytes) -> Source:
    """Standard input is sniffed: JSON Lines if it starts with ``{``, HTML with ``<``."""
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    suffix = {b"{": ".jsonl", b"[": ".json", b"<": ".html"}.get(head, ".txt")
    return Source(STDIN, "stdin", suffix, len(data), data=data)

