"""The incremental-build cache: each article's serialised graph, keyed by the article's content.

The key hashes everything the article's serialised graph depends on: its id, path,
title, date, URL and text, and a fingerprint of phakhi's own code and data
(so a new extractor never serves stale results). One SQLite file in WAL mode:
worker processes read it concurrently while the parent writes new entries.
Entries not used by the last ``KEEP_RUNS`` builds are pruned, so removed
articles do not pile up.

A rebuild asks the cache three things, cheapest first: is this file (path,
size, modification time) one whose bytes were read before (``files``: the
parent answers it for every file with one query per table, before any worker
starts), then are these bytes known (``sources``), then is this article known
(``articles``). Lookups give an article's metadata only; its serialised blocks
live in their own table (``blocks``), are read once, by the parent, when the
graph files are written, and are never rewritten to mark them used.
"""
from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from phakhi import __version__
from phakhi.errors import PhakhiError
from phakhi.ingest import Source
from phakhi.rdf.write import Packed
from phakhi.records import Article

KEEP_RUNS = 3
_LAYOUT = 6  # bump when the tables or the block compression change
_COMMIT_EVERY = 5000
_TABLES = ("articles", "blocks", "sources", "files", "meta")
_SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    key TEXT PRIMARY KEY, iri TEXT NOT NULL, id TEXT NOT NULL, chars INTEGER NOT NULL,
    statements INTEGER NOT NULL, run INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS blocks (key TEXT PRIMARY KEY, nquads BLOB NOT NULL, turtle BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS sources (key TEXT PRIMARY KEY, articles TEXT NOT NULL, run INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS files (
    name TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime INTEGER NOT NULL, readers TEXT NOT NULL,
    key TEXT NOT NULL, run INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
"""
_BLOCKS = "SELECT nquads, turtle FROM blocks WHERE key = ?"
_TURTLE_BLOCK = "SELECT x'', turtle FROM blocks WHERE key = ?"
# Code that does not change an article's triples: editing it keeps the cache valid.
# (rdf/write.py and rdf/turtle.py do count: the cache holds their serialisations.)
_NOT_EXTRACTION = ("cli/", "pipeline/", "ingest/", "store/", "network/", "queries/", "evaluate.py", "gold.py")


@cache
def fingerprint(readers: bool = False) -> str:
    """A hash of the package's extraction code and data files (``readers``: and of ingest/)."""
    h = hashlib.blake2b(__version__.encode(), digest_size=16)
    root = Path(str(resources.files("phakhi")))
    skip = tuple(p for p in _NOT_EXTRACTION if not (readers and p == "ingest/"))
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        if path.is_file() and "__pycache__" not in rel and not rel.startswith(skip):
            h.update(rel.encode() + b"\0" + path.read_bytes())
    return h.hexdigest()


def source_key(suffix: str, rel: str, raw: bytes, code: str) -> str:
    """The key of a whole file's bytes: when they are unchanged, even reading can be skipped."""
    h = hashlib.blake2b(code.encode(), digest_size=20)
    for part in (suffix.encode(), rel.encode("utf-8"), raw):
        h.update(b"\x1f" + part)
    return h.hexdigest()


@dataclass(frozen=True)
class Entry:
    """An article's cache record: enough to count it and find its blocks (``rdf``: when just made)."""

    key: str
    iri: str
    id: str
    chars: int
    statements: int
    rdf: Packed | None = None


def article_key(article: Article, code: str) -> str:
    """The cache key of one article under the extraction code ``code``."""
    h = hashlib.blake2b(code.encode(), digest_size=20)
    for part in (article.id, article.path, article.title, article.date, article.url, article.text):
        h.update(b"\x1f" + (part or "").encode("utf-8"))
    return h.hexdigest()


class CacheReader:
    """Read-only lookups (workers open one each; the parent's :class:`Cache` is one too)."""

    def __init__(self, path: Path):
        self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)

    def get(self, key: str) -> Entry | None:
        """An article's metadata (not its blocks)."""
        row = self._db.execute("SELECT iri, id, chars, statements FROM articles WHERE key = ?", (key,)).fetchone()
        return None if row is None else Entry(key, *row)

    def source(self, key: str) -> list[Entry] | None:
        """The cached articles of a file whose bytes have this key, if all are still there."""
        row = self._db.execute("SELECT articles FROM sources WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        entries = [self.get(k) for k in row[0].split()]
        return entries if all(entries) else None

    def unchanged(self, readers: str) -> Callable[[Source], tuple[str, list[Entry]] | None]:
        """A lookup for files not touched since they were read: source → (bytes' key, articles).

        Reads the three small tables once, so asking about 100,000 files costs
        three queries, not 300,000.
        """
        files = {name: (size, mtime, key, articles.split()) for name, size, mtime, key, articles in self._db.execute(
            "SELECT f.name, f.size, f.mtime, f.key, s.articles FROM files f JOIN sources s ON s.key = f.key "
            "WHERE f.readers = ?", (readers,))}
        articles = {row[0]: Entry(*row) for row in self._db.execute(
            "SELECT key, iri, id, chars, statements FROM articles")}

        def lookup(source: Source) -> tuple[str, list[Entry]] | None:
            known = files.get(_file_name(source))
            if known is None or known[:2] != (source.size, source.mtime):
                return None
            entries = [articles.get(k) for k in known[3]]
            return (known[2], entries) if all(entries) else None

        return lookup

    def blocks(self, key: str, nquads: bool = True) -> Packed:
        """An article's serialised blocks, for writing the graph files (the N-Quads one only if asked)."""
        row = self._db.execute(_BLOCKS if nquads else _TURTLE_BLOCK, (key,)).fetchone()
        if row is None:
            raise PhakhiError(f"the build cache lost article {key} while writing; build again with --no-cache")
        return Packed(row[0], row[1], 0)

    def close(self) -> None:
        self._db.close()


def _file_name(source: Source) -> str:
    """How ``files`` knows a file: its absolute path (a build may run from another folder)."""
    return os.path.abspath(source.name)


def _connect(path: Path) -> sqlite3.Connection:
    """Open (or create) the cache; a cache written by another layout version is emptied."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return _open(path)
    except (OSError, sqlite3.Error) as exc:
        raise PhakhiError(f"{path}: the build cache cannot be used ({exc}); delete it, give another "
                          "--cache-dir, or build with --no-cache") from exc


def _open(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    if db.execute("PRAGMA user_version").fetchone()[0] != _LAYOUT:
        db.executescript("".join(f"DROP TABLE IF EXISTS {table};" for table in _TABLES))
        db.execute(f"PRAGMA user_version = {_LAYOUT}")
    db.executescript(_SCHEMA)
    return db


def prepare(path: Path) -> None:
    """Create the cache file, so that worker processes can open it read-only."""
    _connect(path).close()


class Cache(CacheReader):
    """The parent's side: looks up, stores new blocks, marks used ones, prunes old ones."""

    def __init__(self, path: Path):
        self.path = path
        self._db = _connect(path)
        row = self._db.execute("SELECT value FROM meta WHERE name = 'run'").fetchone()
        self.run = (row[0] if row else 0) + 1
        self._db.execute("INSERT OR REPLACE INTO meta VALUES ('run', ?)", (self.run,))
        self._db.commit()
        self._pending = 0
        self._touched: list[tuple[int, str]] = []
        self._sources: list[tuple[str, str, int]] = []
        self._files: list[tuple[str, int, int, str, str, int]] = []

    def put(self, entry: Entry) -> None:
        rdf = entry.rdf
        self._db.execute("INSERT OR REPLACE INTO articles VALUES (?, ?, ?, ?, ?, ?)",
                         (entry.key, entry.iri, entry.id, entry.chars, entry.statements, self.run))
        self._db.execute("INSERT OR REPLACE INTO blocks VALUES (?, ?, ?)", (entry.key, rdf.nquads, rdf.turtle))
        self._tick()

    def touch(self, key: str) -> None:
        """Mark an article as used by this build (written in batches)."""
        self._touched.append((self.run, key))
        self._tick()

    def put_source(self, key: str, articles: tuple[str, ...]) -> None:
        self._sources.append((key, " ".join(articles), self.run))
        self._tick()

    def put_file(self, source: Source, readers: str, key: str) -> None:
        """The file of ``source`` (as it was when listed) held the bytes ``key``."""
        self._files.append((_file_name(source), source.size, source.mtime, readers, key, self.run))
        self._tick()

    def _tick(self) -> None:
        self._pending += 1
        if self._pending >= _COMMIT_EVERY:
            self._flush()

    def _flush(self) -> None:
        self._db.executemany("UPDATE articles SET run = ? WHERE key = ?", self._touched)
        self._db.executemany("INSERT OR REPLACE INTO sources VALUES (?, ?, ?)", self._sources)
        self._db.executemany("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?, ?)", self._files)
        self._db.commit()
        self._touched, self._sources, self._files, self._pending = [], [], [], 0

    def close(self, prune: bool = True) -> None:
        """Write what is pending; drop what the last ``KEEP_RUNS`` builds did not use (``prune``)."""
        self._flush()
        if prune:
            old = self.run - KEEP_RUNS
            self._db.execute("DELETE FROM blocks WHERE key IN (SELECT key FROM articles WHERE run <= ?)", (old,))
            for table in ("articles", "sources", "files"):
                self._db.execute(f"DELETE FROM {table} WHERE run <= ?", (old,))
        self._db.commit()
        self._db.close()
