"""Cut an RDF file into byte ranges that parse on their own, so they can be loaded in parallel.

- N-Triples and N-Quads are cut at line ends.
- Turtle is cut where a statement ends (`` .`` at the end of a line) and the
  next one starts at column 0, as phakhi and Oxigraph write it.
- TriG is cut between graph blocks written as phakhi writes them: ``<IRI> {``
  on its own line, the statements, ``}`` on its own line, a blank line.

Turtle and TriG pieces are read after the file's prefix lines. Other formats
(and files with prefixes further down) are one piece. A cut that lands where
it should not makes a piece fail to parse, and the caller then loads the whole
file in one go (see :mod:`phakhi.store.oxigraph`).

:func:`read_piece` reads a piece; with ``drop_graph`` it gives the piece's
triples without their graph names (N-Quads lines become N-Triples lines, TriG blocks lose their ``<IRI> {`` … ``}`` lines and become
Turtle): the default graph of a store is the union of the article graphs.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

_PROBE = 1 << 16
_OVERLAP = 8
_HEADER_LINE = re.compile(rb"\s*(?:$|#|@prefix\s|@base\s|PREFIX\s|BASE\s)", re.IGNORECASE)

# An N-Quads line with a graph name: subject, predicate, object, graph. Lines
# without a graph name do not match and pass through unchanged.
_TERM = rb'(?:<[^>]*>|_:[^\s]+|"(?:[^"\\\n]|\\.)*"(?:\^\^<[^>]*>|@[A-Za-z0-9-]+)?)'
_QUAD = re.compile(rb"^(" + _TERM + rb"[ \t]+" + _TERM + rb"[ \t]+" + _TERM + rb")[ \t]+(?:<[^>]*>|_:[^\s]+)[ \t]*\.[ \t]*$",
                   re.MULTILINE)
_GRAPH_LINES = re.compile(rb"^(?:<[^>\s]*>[ \t]*\{|\})[ \t]*\r?\n", re.MULTILINE)


@dataclass(frozen=True)
class Layout:
    """How a format is cut, and how its graph names are dropped."""

    cut_after: re.Pattern  # a safe cut is at the end of a match
    header: bool  # pieces need the file's prefix lines
    drop_graph: tuple[re.Pattern, bytes] | None  # (pattern, replacement) that turns quads into triples
    triples_format: str  # the format of a piece once its graph names are dropped


LAYOUTS = {
    ".nt": Layout(re.compile(rb"\n"), False, None, "N_TRIPLES"),
    ".nq": Layout(re.compile(rb"\n"), False, (_QUAD, rb"\1 ."), "N_TRIPLES"),
    ".ttl": Layout(re.compile(rb" \.\r?\n(?=[^\s#.])"), True, None, "TURTLE"),
    ".trig": Layout(re.compile(rb"\n\}[ \t]*\r?\n\r?\n(?=<)"), True, (_GRAPH_LINES, b""), "TURTLE"),
}
CUTTABLE = set(LAYOUTS)


@dataclass(frozen=True)
class Piece:
    """Bytes ``start``–``end`` of ``path``, read after ``header`` (the prefix lines of a Turtle/TriG file)."""

    path: Path
    start: int
    end: int
    header: bytes = b""


def cut(path: Path, size: int) -> list[Piece]:
    """``path`` in pieces of about ``size`` bytes (one piece when it cannot be cut safely)."""
    total = path.stat().st_size
    whole = [Piece(path, 0, total)]
    layout = LAYOUTS.get(path.suffix)
    if layout is None or total <= size:
        return whole
    with path.open("rb") as handle:
        header = _header(handle) if layout.header else b""
        starts = [len(header)]
        while starts[-1] + size < total:
            nxt = _boundary(handle, starts[-1] + size, layout.cut_after)
            if nxt is None or nxt >= total:
                break
            starts.append(nxt)
    if len(starts) == 1:
        return whole
    ends = starts[1:] + [total]
    pieces = [Piece(path, start, end, header) for start, end in zip(starts, ends)]
    pieces[0] = Piece(path, 0, ends[0])  # the prefix lines themselves are read with the first piece
    return pieces


def _header(handle) -> bytes:
    """The prefix/comment lines at the top of a Turtle or TriG file."""
    header = bytearray()
    for line in handle:
        if not _HEADER_LINE.match(line):
            break
        header += line
    return bytes(header)


def _boundary(handle, offset: int, cut_after: re.Pattern) -> int | None:
    """The first safe cut at or after ``offset``."""
    handle.seek(offset)
    position = offset
    while True:
        block = handle.read(_PROBE)
        found = cut_after.search(block)
        if found:
            return position + found.end()
        if len(block) < _PROBE:
            return None
        position += len(block) - _OVERLAP
        handle.seek(position)


def read_piece(piece: Piece, drop_graph: bool = False) -> bytes:
    """The bytes of ``piece`` after its header; ``drop_graph`` gives its triples without graph names.

    Handing the loader one ``bytes`` object keeps it in Rust for the whole
    piece (a file-like object is called back through the GIL for every chunk).
    """
    with piece.path.open("rb") as handle:
        handle.seek(piece.start)
        data = handle.read(piece.end - piece.start)
    if drop_graph:
        pattern, replacement = LAYOUTS[piece.path.suffix].drop_graph
        data = pattern.sub(replacement, data)
    return piece.header + data if piece.header else data
