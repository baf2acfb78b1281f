"""Build benchmark: articles/s, characters/s and peak memory of ``phakhi build``.

For each size: a cold build (empty cache) and an incremental rebuild after
changing 1% of the articles, with ``--jobs 1`` and ``--jobs 2``. Each build
runs as its own process (as a user runs it), after ``sync`` (so that a build
does not wait for the previous one's writes to reach the disk); peak memory is the largest sum of
the resident set sizes of that process and all its workers, sampled every
50 ms from /proc (Linux).

    PYTHONPATH=src python bench/build_bench.py 1000 10000
    PYTHONPATH=src python bench/build_bench.py 100000 --jobs 2

Targets (2 cores): ≥100 articles/s for a full build with RDF output; 100,000
articles in under 20 minutes and 2 GB; incremental (1% changed) under 10% of
the full build's time.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from generate import generate  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
PAGE = os.sysconf("SC_PAGE_SIZE")


@dataclass(frozen=True)
class Row:
    articles: int
    jobs: int
    mode: str
    seconds: float
    characters: int
    peak_mb: float

    def line(self) -> str:
        return (f"| {self.articles:>7,} | {self.jobs} | {self.mode:<11} | {self.seconds:8.1f} | "
                f"{self.articles / self.seconds:8,.0f} | {self.characters / self.seconds:11,.0f} | {self.peak_mb:7,.0f} |")


HEADER = ("| articles | jobs | build | seconds | articles/s | characters/s | peak MB |\n"
          "|---:|---:|---|---:|---:|---:|---:|")


def _tree_rss(pid: int) -> int:
    """Resident bytes of ``pid`` and all its descendants."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
            with open(f"/proc/{entry}/statm") as handle:
                rss[int(entry)] = int(handle.read().split()[1]) * PAGE
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry))
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        total += rss.get(current, 0)
        todo.extend(children.get(current, []))
    return total


def timed_build(corpus: Path, out: Path, jobs: int, src: Path) -> tuple[float, float]:
    """Seconds and peak MB of one ``phakhi build`` run of the code in ``src`` (cache in ``out``-cache)."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    command = [sys.executable, "-m", "phakhi", "build", str(corpus), "--out", str(out), "--jobs", str(jobs),
               "--quiet", "--no-network", "--cache-dir", f"{out}-cache"]
    os.sync()  # the previous build's files go to disk first: each build pays for its own writes only
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env)
    peak = 0
    while process.poll() is None:
        peak = max(peak, _tree_rss(process.pid))
        time.sleep(0.05)
    seconds = time.perf_counter() - start
    if process.returncode:
        raise SystemExit(f"build failed ({process.returncode}): {' '.join(command)}")
    return seconds, peak / 1024 / 1024


def change_one_percent(corpus: Path, count: int) -> None:
    """Append a sentence to every 100th article."""
    for i in range(0, count, 100):
        path = corpus / f"{i // 1000:03d}" / f"{i:06d}.txt"
        with open(path, "a", encoding="utf-8") as handle:
            handle.write("ทั้งนี้ ได้มีการปรับปรุงข้อมูลข่าวเพิ่มเติมภายหลัง\n")


def characters(corpus: Path) -> int:
    return sum(len(p.read_text(encoding="utf-8")) for p in corpus.rglob("*.txt"))


def bench(count: int, jobs_list: list[int], work: Path, src: Path) -> list[Row]:
    rows = []
    for jobs in jobs_list:
        corpus = work / f"corpus-{count}"
        shutil.rmtree(corpus, ignore_errors=True)
        generate(count, corpus)  # afresh: the previous round changed 1% of it
        chars = characters(corpus)
        out = work / f"out-{count}-j{jobs}"
        shutil.rmtree(out, ignore_errors=True)
        shutil.rmtree(f"{out}-cache", ignore_errors=True)  # cold: nothing cached
        seconds, peak = timed_build(corpus, out, jobs, src)
        rows.append(Row(count, jobs, "cold", seconds, chars, peak))
        print(rows[-1].line(), flush=True)
        change_one_percent(corpus, count)
        seconds, peak = timed_build(corpus, out, jobs, src)
        rows.append(Row(count, jobs, "incremental", seconds, characters(corpus), peak))
        print(rows[-1].line(), flush=True)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sizes", type=int, nargs="*", default=[1000, 10000, 100000])
    parser.add_argument("--jobs", type=int, action="append", help="repeatable; default 1 and 2")
    parser.add_argument("--work", type=Path, default=Path("/tmp/phakhi-bench"))
    parser.add_argument("--src", type=Path, default=ROOT / "src", help="the phakhi source tree to measure")
    args = parser.parse_args()
    print(HEADER, flush=True)
    for count in args.sizes:
        bench(count, args.jobs or [1, 2], args.work, args.src)


if __name__ == "__main__":
    main()
