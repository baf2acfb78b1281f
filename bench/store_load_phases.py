"""Where an Oxigraph load's time goes: wall and CPU seconds of each phase, per piece size.

Loads the synthetic corpus's N-Triples (or Turtle) the way ``phakhi.store.load``
does, piece by piece on one thread per core, then compacts the store, and prints
wall and CPU time (this process and its threads) of the load and of the
compaction for each piece size asked for. Put ``--work`` on tmpfs to take disk
waits out of the figures.

``--floor`` also loads every piece into a store of its own: no piece overlaps
another, so RocksDB has nothing to compact, during the load or after. That is
the least any arrangement of pyoxigraph's bulk loader can take for the file on
this machine (the loader alone), a floor for ``phakhi.store.load``.

    PYTHONPATH=src python bench/store_load_phases.py --articles 5000 --work /tmp/sb5000 --mb 1 8 82 [--floor]
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import pyoxigraph as ox  # noqa: E402

from phakhi.store.pieces import cut, read_piece  # noqa: E402
from store_bench import corpus_files, table  # noqa: E402

_FORMATS = {".nt": ox.RdfFormat.N_TRIPLES, ".ttl": ox.RdfFormat.TURTLE}


def cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def phases(source: Path, piece_bytes: int, target: Path) -> tuple[int, float, float, float, float]:
    """(pieces, load wall, load CPU, compaction wall, compaction CPU)."""
    shutil.rmtree(target, ignore_errors=True)
    store = ox.Store(str(target))
    pieces = cut(source, piece_bytes)

    def one(piece) -> None:
        store.bulk_load(input=read_piece(piece), format=_FORMATS[source.suffix], lenient=True)

    wall, used = time.perf_counter(), cpu()
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        list(pool.map(one, pieces))
    load_wall, load_cpu = time.perf_counter() - wall, cpu() - used
    wall, used = time.perf_counter(), cpu()
    store.optimize()
    store.flush()
    compact_wall, compact_cpu = time.perf_counter() - wall, cpu() - used
    store = None  # closes the store (a del would leave the closure above without its name)
    shutil.rmtree(target, ignore_errors=True)
    return len(pieces), load_wall, load_cpu, compact_wall, compact_cpu


def floor(source: Path, piece_bytes: int, root: Path) -> tuple[int, float, float]:
    """(pieces, wall, CPU) of loading each piece into a store of its own, nothing left to compact."""
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir(parents=True)
    pieces = [read_piece(piece) for piece in cut(source, piece_bytes)]
    stores = [ox.Store(str(root / str(n))) for n in range(len(pieces))]

    def one(n: int) -> None:
        stores[n].bulk_load(input=pieces[n], format=_FORMATS[source.suffix], lenient=True)

    wall, used = time.perf_counter(), cpu()
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        list(pool.map(one, range(len(pieces))))
    result = len(pieces), time.perf_counter() - wall, cpu() - used
    stores.clear()
    shutil.rmtree(root, ignore_errors=True)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--work", type=Path, required=True, help="corpus directory (made by store_bench.py if absent)")
    parser.add_argument("--mb", type=int, nargs="+", default=[1, 8, 32, 82], help="piece sizes in MB")
    parser.add_argument("--turtle", action="store_true", help="load corpus.ttl instead of corpus.nt")
    parser.add_argument("--floor", action="store_true", help="also load each piece into a store of its own")
    args = parser.parse_args()
    _, nt, triples = corpus_files(args.articles, args.work)
    source = args.work / "corpus.ttl" if args.turtle else nt
    os.system("sync")
    rows = []
    for mb in args.mb:
        n, load_wall, load_cpu, compact_wall, compact_cpu = phases(source, mb << 20, args.work / "phases-store")
        rows.append((f"{mb} MB", str(n), f"{load_wall:.2f}", f"{load_cpu:.2f}", f"{compact_wall:.2f}",
                     f"{compact_cpu:.2f}", f"{load_wall + compact_wall:.2f}"))
        if args.floor:
            n, wall, used = floor(source, mb << 20, args.work / "floor-stores")
            rows.append((f"{mb} MB, a store each", str(n), f"{wall:.2f}", f"{used:.2f}", "-", "-", f"{wall:.2f}"))
    print(f"{source.name}: {triples} triples, {os.cpu_count()} cores\n")
    print(table(("pieces of", "pieces", "load wall (s)", "load CPU (s)", "compact wall (s)", "compact CPU (s)",
                 "total (s)"), rows))


if __name__ == "__main__":
    main()
