"""Speed of the where/when/what stages (segment, places, programmes, events), per article.

Not run by pytest. Usage (from the repo root):
    PYTHONPATH=src python bench/bench_where_when_what.py [DIR ...] [--repeat N]
Defaults: seeds/ and tests/gold/, 10 repeats. Prints articles per second per stage and
for the whole extraction, on one core.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

from phakhi.extract import extract
from phakhi.ingest.read import read_path
from phakhi.recognise.actors import recognise_actors
from phakhi.recognise.places import recognise_places
from phakhi.recognise.programmes import recognise_programmes
from phakhi.relate.events import relate_events
from phakhi.text.segment import segment


def _rate(label: str, count: int, run) -> None:
    start = time.perf_counter()
    run()
    seconds = time.perf_counter() - start
    print(f"{label:<12} {count / seconds:8.0f} articles/s  ({1000 * seconds / count:.2f} ms each)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("dirs", nargs="*", default=["seeds", "tests/gold"])
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args()
    articles = [a for d in args.dirs for p in sorted(Path(d).glob("*.txt")) for a in read_path(p, root=Path(d))]
    docs = [segment(a) for a in articles]
    actors = [recognise_actors(d) for d in docs]
    places = [recognise_places(d) for d in docs]
    programmes = [recognise_programmes(d) for d in docs]
    n = len(docs) * args.repeat
    print(f"{len(docs)} articles × {args.repeat}")
    _rate("segment", n, lambda: [segment(a) for _ in range(args.repeat) for a in articles])
    _rate("places", n, lambda: [recognise_places(d) for _ in range(args.repeat) for d in docs])
    _rate("programmes", n, lambda: [recognise_programmes(d) for _ in range(args.repeat) for d in docs])
    rows = list(zip(docs, actors, places, programmes))
    _rate("events", n, lambda: [relate_events(*row) for _ in range(args.repeat) for row in rows])
    _rate("extract", n, lambda: [extract(a) for _ in range(args.repeat) for a in articles])


if __name__ == "__main__":
    main()
