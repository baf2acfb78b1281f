"""Same input → same IRIs and the same bytes in every output file."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from phakhi.pipeline import build

ROOT = Path(__file__).resolve().parents[1]


def files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_build_twice_gives_identical_files(tmp_path):
    build([ROOT / "seeds"], tmp_path / "a")
    build([ROOT / "seeds"], tmp_path / "b")
    first, second = files(tmp_path / "a"), files(tmp_path / "b")
    assert first.keys() == second.keys() and "graph.ttl" in first
    assert [name for name in first if first[name] != second[name]] == []


SCRIPT = """
import sys
sys.path.insert(0, {tests!r})
from rdflib import Graph
from phakhi.rdf.convert import article_graph, bind_prefixes
from support import seed_extractions
graph = bind_prefixes(Graph())
for ex in seed_extractions():
    graph += article_graph(ex)[1]
sys.stdout.buffer.write(graph.serialize(format="turtle", encoding="utf-8"))
"""


def test_gold_graph_bytes_do_not_depend_on_hash_seed():
    """IRIs come from content, not from Python's per-process string hashing."""
    outputs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT / "src"), "PYTHAINLP_OFFLINE": "1"}
        done = subprocess.run([sys.executable, "-c", SCRIPT.format(tests=str(ROOT / "tests"))],
                              capture_output=True, env=env, check=True, timeout=120)
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1] and len(outputs[0]) > 10_000


EXPORT = """
import sys
from pathlib import Path
from phakhi.rdf.export import EXPORTERS, export
for fmt in sorted(EXPORTERS):
    sys.stdout.buffer.write(export(Path({source!r}), fmt))
"""


def test_exports_do_not_depend_on_hash_seed(tmp_path):
    """Every export format, from a dataset with one graph per article, in two processes."""
    from rdflib import Dataset

    from phakhi.rdf.convert import article_graph
    from support import seed_extractions

    dataset = Dataset()
    for ex in seed_extractions():
        name, graph = article_graph(ex)
        dataset.graph(name).__iadd__(graph)
    source = tmp_path / "graph.trig"
    dataset.serialize(source, format="trig")
    outputs = []
    for seed in ("3", "4"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT / "src")}
        done = subprocess.run([sys.executable, "-c", EXPORT.format(source=str(source))],
                              capture_output=True, env=env, check=True, timeout=120)
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1] and len(outputs[0]) > 10_000
