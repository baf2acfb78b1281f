"""The incremental-build cache: each article's serialised graph, keyed by the article's content.

The key hashes everything the article's serialised graph depends on: its id, path,
title, date, URL and text, and a fingerprint of phakhi's own code and data
(so a new extractor never serves stale results). One SQLite file in WAL mode:
worker processes read it concurrently while the parent writes new entries.
Entries not used by the last ``KEEP_RUNS`` builds are pruned, so removed
articles do not pile up.
"""
from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from phakhi import __version__
from phakhi.errors import PhakhiError
from phakhi.rdf.write import Packed
from phakhi.records import Article

KEEP_RUNS = 3
_LAYOUT = 3  # bump when the tables change
_COMMIT_EVERY = 2000
_SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    key TEXT PRIMARY KEY, iri TEXT NOT NULL, id TEXT NOT NULL, chars INTEGER NOT NULL,
    nquads BLOB NOT NULL, turtle BLOB NOT NULL, statements INTEGER NOT NULL, run INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS sources (key TEXT PRIMARY KEY, articles TEXT NOT NULL, run INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
"""
# Code that does not change an article's triples: editing it keeps the cache valid.
# (rdf/write.py and rdf/turtle.py do count: the cache holds their serialisations.)
_NOT_EXTRACTION = ("cli/", "pipeline/", "ingest/", "store/", "network/", "evaluate.py", "gold.py")


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
    """A cached article: enough to write it and count it without reading it again."""

    key: str
    iri: str
    id: str
    chars: int
    rdf: Packed


def article_key(article: Article, code: str) -> str:
    """The cache key of one article under the extraction code ``code``."""
    h = hashlib.blake2b(code.encode(), digest_size=20)
    for part in (article.id, article.path, article.title, article.date, article.url, article.text):
        h.update(b"\x1f" + (part or "").encode("utf-8"))
    return h.hexdigest()


class CacheReader:
    """Read-only access, one per worker process."""

    def __init__(self, path: Path):
        self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)

    def get(self, key: str) -> Entry | None:
        row = self._db.execute("SELECT iri, id, chars, nquads, turtle, statements FROM articles WHERE key = ?",
                               (key,)).fetchone()
        if row is None:
            return None
        return Entry(key, row[0], row[1], row[2], Packed(row[3], row[4], row[5]))

    def source(self, key: str) -> list[Entry] | None:
        """The cached articles of a file whose bytes have this key, if all are still there."""
        row = self._db.execute("SELECT articles FROM sources WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        entries = [self.get(k) for k in row[0].split()]
        return entries if all(entries) else None

    def close(self) -> None:
        self._db.close()


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
        db.executescript("DROP TABLE IF EXISTS articles; DROP TABLE IF EXISTS sources; DROP TABLE IF EXISTS meta;")
        db.execute(f"PRAGMA user_version = {_LAYOUT}")
    db.executescript(_SCHEMA)
    return db


def prepare(path: Path) -> None:
    """Create the cache file, so that worker processes can open it read-only."""
    _connect(path).close()


class Cache:
    """The parent's side: stores new blocks, marks used ones, prunes old ones."""

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

    def put(self, entry: Entry) -> None:
        rdf = entry.rdf
        self._db.execute("INSERT OR REPLACE INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                         (entry.key, entry.iri, entry.id, entry.chars, rdf.nquads, rdf.turtle, rdf.statements,
                          self.run))
        self._tick()

    def touch(self, key: str) -> None:
        """Mark an article as used by this build (written in batches)."""
        self._touched.append((self.run, key))
        self._tick()

    def put_source(self, key: str, articles: tuple[str, ...]) -> None:
        self._sources.append((key, " ".join(articles), self.run))
        self._tick()

    def _tick(self) -> None:
        self._pending += 1
        if self._pending >= _COMMIT_EVERY:
            self._flush()

    def _flush(self) -> None:
        self._db.executemany("UPDATE articles SET run = ? WHERE key = ?", self._touched)
        self._db.executemany("INSERT OR REPLACE INTO sources VALUES (?, ?, ?)", self._sources)
        self._db.commit()
        self._touched, self._sources, self._pending = [], [], 0

    def close(self, prune: bool = True) -> None:
        self._flush()
        if prune:
            for table in ("articles", "sources"):
                self._db.execute(f"DELETE FROM {table} WHERE run <= ?", (self.run - KEEP_RUNS,))
        self._db.commit()
        self._db.close()
