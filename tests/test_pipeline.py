"""The build pipeline: parallel = serial, incremental = full, deterministic, robust."""
from __future__ import annotations

import os

import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic

from ingest_samples import NAKHON, PHATTHALUNG, SONGKHLA, THAI_DIGITS, toy_extract
from phakhi import extract as extract_module
from phakhi.errors import InputError
from phakhi.pipeline import BuildOptions, build, build_graph
from phakhi.pipeline import runner as run_module
from phakhi.rdf.namespaces import FOAF, ID, SCHEMA
from phakhi.rdf.write import FORMATS

OUTPUTS = ("graph.ttl", "graph.trig", "graph.nq")
TEXTS = [PHATTHALUNG, SONGKHLA, THAI_DIGITS, NAKHON]


@pytest.fixture(autouse=True)
def own_cache(tmp_path, monkeypatch):
    """Each test its own cache, so that counts of extracted articles mean something."""
    monkeypatch.setenv("PHAKHI_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture(autouse=True)
def toy_extractor(monkeypatch):
    monkeypatch.setattr(extract_module, "extract", toy_extract)


@pytest.fixture
def corpus(tmp_path):
    """24 articles in three folders; persons recur across them."""
    root = tmp_path / "news"
    for i in range(24):
        path = root / f"region-{i % 3}" / f"{i:03d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(TEXTS[i % 4].replace("2567", str(2560 + i % 7)), encoding="utf-8")
    return root


def files(out):
    return {name: (out / name).read_bytes() for name in OUTPUTS}


def run(inputs, out, **kw):
    problems = []
    kw.setdefault("formats", tuple(FORMATS))  # every format, so that they can be compared
    report = build(inputs, out, problems.append, BuildOptions(network=False, **kw))
    return report, problems


def test_jobs_2_writes_the_same_bytes_as_jobs_1(corpus, tmp_path):
    one, _ = run([corpus], tmp_path / "one", jobs=1, use_cache=False)
    two, _ = run([corpus], tmp_path / "two", jobs=2, use_cache=False)
    assert files(tmp_path / "one") == files(tmp_path / "two")
    assert one.articles == two.articles == 24 and one.statements == two.statements


def test_building_twice_gives_identical_files(corpus, tmp_path):
    run([corpus], tmp_path / "a", jobs=2)
    first = files(tmp_path / "a")
    run([corpus], tmp_path / "a", jobs=2)  # now from the cache
    assert files(tmp_path / "a") == first


def test_outputs_agree_with_each_other(corpus, tmp_path):
    out = tmp_path / "out"
    report, _ = run([corpus], out, jobs=1, use_cache=False)
    nq, trig = Dataset(), Dataset()
    nq.parse(out / "graph.nq", format="nquads")
    trig.parse(out / "graph.trig", format="trig")
    assert len(list(nq.quads())) == len(list(trig.quads())) == report.statements
    assert set(nq.quads()) == set(trig.quads())
    merged = Graph().parse(out / "graph.ttl")
    union = Graph()
    for s, p, o, g in nq.quads():
        union.add((s, p, o))
    assert isomorphic(merged, union) and len(merged) < report.statements  # shared persons merged
    article = ID["article/region-0/000.txt"]
    assert (article, SCHEMA.text, None) in nq.graph(article)


def test_shared_person_is_one_node_in_the_merged_graph(corpus, tmp_path):
    graph, report = build_graph([corpus], options=BuildOptions(jobs=1))
    people = set(graph.subjects(FOAF.name, None))
    sources = set(graph.subjects(SCHEMA.mentions, None))
    assert len(people) == 3 and len(sources) == report.articles == 24


def test_incremental_rebuild_extracts_only_changed_and_drops_removed(corpus, tmp_path):
    out = tmp_path / "out"
    first, _ = run([corpus], out, jobs=2)
    assert (first.extracted, first.cached) == (24, 0)
    (corpus / "region-1" / "004.txt").write_text(NAKHON.replace("80 คน", "95 คน"), encoding="utf-8")
    (corpus / "region-2" / "new.txt").write_text(SONGKHLA, encoding="utf-8")
    (corpus / "region-0" / "003.txt").unlink()
    second, _ = run([corpus], out, jobs=2)
    assert (second.articles, second.extracted, second.cached) == (24, 2, 22)
    text = (out / "graph.ttl").read_text(encoding="utf-8")
    assert "region-0/003.txt" not in text and "region-2/new.txt" in text and "กว่า 95 คน" in text
    run([corpus], tmp_path / "full", jobs=1, use_cache=False)
    assert files(out) == files(tmp_path / "full")


def test_new_extractor_code_invalidates_the_cache(corpus, tmp_path, monkeypatch):
    run([corpus], tmp_path / "out", jobs=1)
    monkeypatch.setattr(run_module, "fingerprint", lambda readers=False: f"another extractor {readers}")
    report, _ = run([corpus], tmp_path / "out", jobs=1)
    assert report.extracted == 24


def test_an_article_that_breaks_the_extractor_loses_nothing_else(corpus, tmp_path, monkeypatch):
    def fragile(article):
        if "ร้อยเอ็ด" in article.text:
            raise ValueError("unexpected date span")
        return toy_extract(article)

    monkeypatch.setattr(extract_module, "extract", fragile)
    report, problems = run([corpus], tmp_path / "out", jobs=1)
    assert report.articles == 18 and len(problems) == 6
    assert problems[0] == f"{corpus / 'region-0' / '006.txt'}: article 006.txt: extraction failed (ValueError: unexpected date span)"
    assert report.by_kind() == {"extract-failed": 6}
    graph = Graph().parse(tmp_path / "out" / "graph.ttl")
    assert len(set(graph.subjects(SCHEMA.mentions, None))) == 18  # the others, with their persons
    again, problems = run([corpus], tmp_path / "out", jobs=1)
    assert (again.cached, len(problems)) == (18, 6)  # failures are not cached: tried again


def test_bad_inputs_are_counted_and_the_rest_built(tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    (root / "good.txt").write_text(PHATTHALUNG, encoding="utf-8")
    (root / "empty.txt").write_bytes(b"")
    (root / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (root / "english.txt").write_text("Community leaders met in Phatthalung on Monday.", encoding="utf-8")
    (root / "legacy.txt").write_bytes(SONGKHLA.encode("tis-620"))
    (root / "wide.txt").write_bytes(NAKHON.encode("utf-16"))
    (root / "gone.txt").symlink_to(root / "moved-away.txt")
    (root / "huge.txt").write_text(PHATTHALUNG * 20, encoding="utf-8")
    (root / "dump.jsonl").write_text('{"id": "a", "text": "ข่าว\n', encoding="utf-8")
    report, problems = run([root], tmp_path / "out", jobs=2, max_size=10_000)
    assert report.articles == 3
    assert report.by_kind() == {"empty": 1, "binary": 1, "not-thai": 1, "unreadable": 1, "too-large": 1,
                                "bad-json": 1}
    assert sorted(p.split(":")[0].rsplit("/", 1)[-1] for p in problems) == [
        "dump.jsonl", "empty.txt", "english.txt", "gone.txt", "huge.txt", "image.txt"]


def test_same_article_path_twice_keeps_the_first(tmp_path):
    for folder, text in (("a", PHATTHALUNG), ("b", SONGKHLA)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "0314.txt").write_text(text, encoding="utf-8")
    report, problems = run([tmp_path / "a", tmp_path / "b"], tmp_path / "out", jobs=2)
    assert report.articles == 1 and report.by_kind() == {"duplicate": 1}
    assert problems[0].startswith(str(tmp_path / "b" / "0314.txt"))
    assert "จิราพร" in (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")


def test_nothing_readable_is_an_error_and_writes_nothing(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    with pytest.raises(InputError, match=r"no article could be read .* \(1 warnings\)"):
        run([tmp_path / "in"], tmp_path / "out")
    assert not (tmp_path / "out" / "graph.ttl").exists()


def test_network_page_is_skipped_for_huge_graphs(corpus, tmp_path, monkeypatch):
    import phakhi.pipeline as pipeline

    out = tmp_path / "out"
    report = build([corpus], out, options=BuildOptions(jobs=1))
    assert (out / "network.html").exists()
    monkeypatch.setattr(pipeline, "NETWORK_MAX_STATEMENTS", 10)
    report = build([corpus], out, options=BuildOptions(jobs=1))
    assert not (out / "network.html").exists() and "network.html not written" in report.notes[0]


def test_article_iri_of_a_jsonl_record_ends_in_its_id(tmp_path):
    import json

    dump = tmp_path / "dump.jsonl"
    dump.write_text(json.dumps({"id": "pt-0314", "text": PHATTHALUNG}, ensure_ascii=False) + "\n", encoding="utf-8")
    graph, _ = build_graph([dump], options=BuildOptions(jobs=1))
    assert (URIRef(ID["article/dump.jsonl/pt-0314"]), SCHEMA.text, None) in graph


def test_unchanged_page_is_not_even_read_again(tmp_path, monkeypatch):
    from phakhi.ingest import html

    (tmp_path / "in").mkdir()
    page = tmp_path / "in" / "0314.html"
    page.write_text(f"<html><head><title>ข่าว พช.</title></head><body><article><p>{PHATTHALUNG}</p>"
                    f"<p>{SONGKHLA}</p></article></body></html>", encoding="utf-8")
    first, _ = run([tmp_path / "in"], tmp_path / "out", jobs=1)

    def no_second_extraction(text):
        raise AssertionError("trafilatura ran on an unchanged page")

    monkeypatch.setattr(html, "main_text", no_second_extraction)
    again, problems = run([tmp_path / "in"], tmp_path / "out", jobs=1)
    assert (again.articles, again.cached, problems) == (1, 1, [])
    assert again.characters == first.characters


def test_warnings_come_back_on_every_build(tmp_path):
    (tmp_path / "in").mkdir()
    raw = PHATTHALUNG[:5].encode("utf-8") + b"\xc0" + PHATTHALUNG[5:].encode("utf-8")
    (tmp_path / "in" / "damaged.txt").write_bytes(raw)
    for _ in range(2):
        report, problems = run([tmp_path / "in"], tmp_path / "out", jobs=1)
        assert report.articles == 1 and report.by_kind() == {"invalid-bytes": 1}


def test_cache_of_another_layout_is_emptied_not_misread(corpus, tmp_path):
    import sqlite3

    cache = tmp_path / "cache" / "cache.sqlite"
    cache.parent.mkdir(parents=True)
    old = sqlite3.connect(cache)
    old.execute("CREATE TABLE articles (key TEXT PRIMARY KEY, block BLOB, run INTEGER)")
    old.commit()
    old.close()
    report, problems = run([corpus], tmp_path / "out", jobs=2)
    assert (report.articles, report.extracted, problems) == (24, 24, [])


def test_progress_line_shows_count_rate_and_time_left(monkeypatch):
    import io

    from phakhi.pipeline import progress as progress_module

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    clock = iter([100.0, 110.0, 110.0])
    monkeypatch.setattr(progress_module.time, "monotonic", lambda: next(clock))
    stream = Terminal()
    bar = progress_module.Progress(total_bytes=4000, stream=stream)
    bar.advance(1000, 250)
    assert stream.getvalue() == "\r\x1b[K250 articles · 25/s · 25% read · 0:10 elapsed, 0:30 left"
    bar.close()
    assert stream.getvalue().endswith("\r\x1b[K")


def test_unchanged_files_are_not_even_read_on_a_rebuild(corpus, tmp_path, monkeypatch):
    from phakhi.pipeline import work

    out = tmp_path / "out"
    run([corpus], out, jobs=1)
    before = files(out)
    changed = corpus / "region-1" / "004.txt"
    changed.write_text(NAKHON, encoding="utf-8")
    read = []
    real = work.read_raw
    monkeypatch.setattr(work, "read_raw", lambda source: read.append(source.name) or real(source))
    report, _ = run([corpus], out, jobs=1)
    assert read == [str(changed)]
    assert (report.articles, report.extracted, report.cached) == (24, 1, 23)
    run([corpus], tmp_path / "full", jobs=1, use_cache=False)
    assert files(out) == files(tmp_path / "full") != before


def test_a_touched_file_with_the_same_bytes_is_read_but_not_extracted(corpus, tmp_path, monkeypatch):
    out = tmp_path / "out"
    run([corpus], out, jobs=1)
    touched = corpus / "region-2" / "002.txt"
    os.utime(touched, ns=(touched.stat().st_atime_ns, touched.stat().st_mtime_ns + 10**9))
    calls = []
    monkeypatch.setattr(extract_module, "extract", lambda article: calls.append(article) or 1 / 0)
    report, problems = run([corpus], out, jobs=1)
    assert (report.extracted, report.cached, problems, calls) == (0, 24, [], [])


def test_default_format_is_turtle_and_stale_article_graph_files_go(corpus, tmp_path):
    out = tmp_path / "out"
    run([corpus], out, jobs=1, formats=("nq", "trig"))
    assert sorted(p.name for p in out.iterdir()) == ["graph.nq", "graph.trig", "graph.ttl"]
    report = build([corpus], out, options=BuildOptions(network=False, jobs=1))
    assert sorted(p.name for p in out.iterdir()) == ["graph.ttl"]
    assert [p.name for p in report.outputs] == ["graph.ttl"]
    report = build([corpus], out, options=BuildOptions(network=False, jobs=1, formats=("trig",)))
    assert [p.name for p in report.outputs] == ["graph.ttl", "graph.trig"]

