"""Readers: files and directories to ``Article`` records.

Only UTF-8 ``.txt`` for now; the registry ``READERS`` maps a file suffix to its
reader, so other formats plug in without touching the callers.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from phakhi.errors import InputError
from phakhi.records import Article
from phakhi.text.normalise import normalise_text


def _first_line(text: str) -> str | None:
    return next((line.strip() for line in text.splitlines() if line.strip()), None)


def read_txt(path: Path, rel: str) -> list[Article]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    try:
        text = normalise_text(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text (byte {exc.start})") from exc
    if not text:
        raise InputError(f"{path}: empty file")
    return [Article(id=path.name, path=rel, text=text, title=_first_line(text))]


READERS: dict[str, Callable[[Path, str], list[Article]]] = {".txt": read_txt}


def read_path(path: Path, root: Path | None = None) -> list[Article]:
    """The articles in one file; ``root`` makes the recorded path relative."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise InputError(f"{path}: unsupported file type {path.suffix!r} (supported: {', '.join(READERS)})")
    rel = path.relative_to(root).as_posix() if root and path.is_relative_to(root) else path.name
    return reader(path, rel)


def find_inputs(inputs: list[Path]) -> Iterator[tuple[Path, Path]]:
    """Every readable file below the inputs, as (file, root) pairs, in a stable order."""
    for item in inputs:
        if item.is_dir():
            for path in sorted(p for p in item.rglob("*") if p.is_file()):
                if path.suffix.lower() in READERS and not path.name.endswith(".gold.json"):
                    yield path, item
        elif item.exists():
            yield item, item.parent
        else:
            raise InputError(f"{item}: no such file or directory")
