"""Benchmark: rdflib in memory vs an on-disk Oxigraph store, on a synthetic phakhi corpus.

Measures the load time of the same N-Triples and Turtle files and the time of
every analytical query in queries/ (Oxigraph: median of --repeat runs; rdflib
once, queries in a forked child killed after --timeout seconds), and prints
them side by side. ``--load-only`` stops after the loads.

    PYTHONPATH=src python bench/store_bench.py --articles 200      # ~40k triples, quick
    PYTHONPATH=src python bench/store_bench.py --articles 5000     # ~1M triples
"""
from __future__ import annotations

import argparse
import multiprocessing
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from rdflib import Graph  # noqa: E402

from phakhi.store import load, open_store, read_query  # noqa: E402
from phakhi.store.memory import MemoryStore  # noqa: E402
from phakhi.store.query import QueryFile  # noqa: E402
from synthetic import write  # noqa: E402

CONTRACT = {"people", "organizations", "posts", "places", "programmes", "events"}


def timed(func, *args):
    start = time.perf_counter()
    value = func(*args)
    return value, time.perf_counter() - start


def _child(store: MemoryStore, query: QueryFile, pipe) -> None:
    table, seconds = timed(store.select, query)
    pipe.send((len(table.rows), seconds))


def rdflib_query(store: MemoryStore, query: QueryFile, timeout: float) -> tuple[int | None, float | None]:
    """(rows, seconds) in a forked child sharing the loaded graph; (None, None) past the timeout."""
    receive, send = multiprocessing.Pipe(duplex=False)
    child = multiprocessing.get_context("fork").Process(target=_child, args=(store, query, send))
    child.start()
    if receive.poll(timeout):
        rows, seconds = receive.recv()
        child.join()
        return rows, seconds
    child.kill()
    child.join()
    return None, None


def oxigraph_query(store, query: QueryFile, repeat: int) -> tuple[int, float]:
    runs = [timed(store.select, query) for _ in range(repeat)]
    return len(runs[0][0].rows), statistics.median(seconds for _, seconds in runs)


def median_load(store: Path, path: Path, repeat: int) -> float:
    """Median seconds of ``repeat`` loads of ``path`` (each replaces the store)."""
    return statistics.median(timed(load, f"oxigraph:{store}", path)[1] for _ in range(repeat))


def fmt(seconds: float | None, timeout: float) -> str:
    return f">{timeout:.0f}" if seconds is None else f"{seconds:.3f}"


def compare(queries: list[QueryFile], memory: MemoryStore, oxigraph, repeat: int, timeout: float) -> list[tuple]:
    """One row per query: rows, rdflib seconds, Oxigraph seconds, speed-up; then the medians."""
    rows, rdflib_times, ox_times = [], [], []
    for query in queries:
        count, ox_seconds = oxigraph_query(oxigraph, query, repeat)
        rdf_count, rdf_seconds = rdflib_query(memory, query, timeout)
        rdflib_times.append(timeout if rdf_seconds is None else rdf_seconds)
        ox_times.append(ox_seconds)
        same = "" if rdf_count in (None, count) else f" (rdflib: {rdf_count} rows!)"
        speed = f"{'≥' if rdf_seconds is None else ''}{rdflib_times[-1] / max(ox_seconds, 1e-6):.0f}×"
        rows.append((query.name, f"{count}{same}", fmt(rdf_seconds, timeout), fmt(ox_seconds, 0), speed))
        print(f"  {query.name}: rdflib {rows[-1][2]}s, oxigraph {rows[-1][3]}s", file=sys.stderr)
    bound = "≥" if any(r[2].startswith(">") for r in rows) else ""
    rdflib_median, ox_median = statistics.median(rdflib_times), statistics.median(ox_times)
    rows.append(("median query", "", f"{bound}{rdflib_median:.3f}", f"{ox_median:.3f}",
                 f"{bound}{rdflib_median / ox_median:.0f}×"))
    return rows


def write_turtle(store: Path, ttl: Path) -> None:
    """Turtle with the project's prefixes (rdflib's serializer takes tens of minutes at 1M triples)."""
    import pyoxigraph as ox

    from phakhi.store.query import PREFIXES

    ox.Store.read_only(str(store)).dump(str(ttl), ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph(),
                                        prefixes={p: str(ns) for p, ns in PREFIXES.items()})


def corpus_files(articles: int, work: Path) -> tuple[Path, Path, int]:
    """The corpus in ``work``: reused when a previous run made it for as many articles."""
    marker = work / f"articles-{articles}"
    if marker.is_file():
        nt = work / "corpus.nt"
        with nt.open("rb") as handle:
            return work / "corpus.nq", nt, sum(1 for _ in handle)
    files = write(articles, work)
    marker.touch()
    return files


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000, help="synthetic articles (≈185 triples each)")
    parser.add_argument("--repeat", type=int, default=3, help="Oxigraph runs per query and per load (median)")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds before an rdflib query is stopped")
    parser.add_argument("--work", type=Path, help="keep the corpus and store here (default: a temp dir)")
    parser.add_argument("--load-only", action="store_true", help="measure the loads, not the queries")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="phakhi-bench-"))
    (nq, nt, triples), seconds = timed(corpus_files, args.articles, work)
    print(f"corpus: {args.articles} articles, {triples} triples (merged), ready in {seconds:.1f}s → {work}",
          file=sys.stderr)
    graph, rdflib_load = timed(lambda: Graph().parse(nt, format="nt"))
    ox_load = median_load(work / "store-nt", nt, args.repeat)
    ttl = work / "corpus.ttl"
    if not ttl.is_file() or ttl.stat().st_size == 0:  # Turtle with prefixes, as graph.ttl is:
        write_turtle(work / "store-nt", ttl)  # what the memory store parses on every run
    _, rdflib_load_ttl = timed(lambda: Graph().parse(ttl, format="turtle"))
    ox_load_ttl = median_load(work / "store-ttl", ttl, args.repeat)
    if args.load_only:
        print(table(("what", "rdflib memory (s)", "Oxigraph (s)", "speed-up"), [
            ("load (Turtle)", fmt(rdflib_load_ttl, 0), fmt(ox_load_ttl, 0), f"{rdflib_load_ttl / ox_load_ttl:.1f}×"),
            ("load (N-Triples)", fmt(rdflib_load, 0), fmt(ox_load, 0), f"{rdflib_load / ox_load:.1f}×")]))
        return
    _, ox_load_nq = timed(load, f"oxigraph:{work / 'store'}", nq)
    ox_open = statistics.median(timed(lambda: open_store(f"oxigraph:{work / 'store'}").__enter__().close())[1]
                                for _ in range(args.repeat))
    queries = [read_query(p) for p in sorted((Path(__file__).parents[1] / "queries").glob("*.rq"))
               if p.stem not in CONTRACT]
    rows = [("load (Turtle)", "", fmt(rdflib_load_ttl, 0), fmt(ox_load_ttl, 0), f"{rdflib_load_ttl / ox_load_ttl:.1f}×"),
            ("load (N-Triples)", "", fmt(rdflib_load, 0), fmt(ox_load, 0), f"{rdflib_load / ox_load:.1f}×"),
            # what each `phakhi query` pays before its query runs: parse graph.ttl vs open the store
            ("ready to query (per command)", "", fmt(rdflib_load_ttl, 0), fmt(ox_open, 0),
             f"{rdflib_load_ttl / ox_open:.0f}×")]
    with open_store(f"oxigraph:{work / 'store'}") as oxigraph:
        rows += compare(queries, MemoryStore(graph), oxigraph, args.repeat, args.timeout)
    print(f"\n{args.articles} articles, {triples} triples; Oxigraph load of the N-Quads with article graphs: "
          f"{ox_load_nq:.2f}s\n")
    print(table(("what", "rows", "rdflib memory (s)", "Oxigraph (s)", "speed-up"), rows))


def table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    """A Markdown table, so the numbers can be pasted into the docs as they are."""
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
