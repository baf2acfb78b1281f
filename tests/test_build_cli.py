"""``phakhi build`` through click: options, warnings, summary and exit statuses."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from ingest_samples import NAKHON, PHATTHALUNG, SONGKHLA
from phakhi.cli import cli
from phakhi.cli.build import STRICT_EXIT


@pytest.fixture(autouse=True)
def own_cache(tmp_path, monkeypatch):
    """Each test its own cache, so that counts of extracted articles mean something."""
    monkeypatch.setenv("PHAKHI_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def mixed(tmp_path):
    """Two good articles, one empty file, one JSON Lines file with a broken line."""
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    (root / "pt.txt").write_text(PHATTHALUNG, encoding="utf-8")
    (root / "sub" / "sk.txt").write_bytes(SONGKHLA.encode("cp874"))
    (root / "sub" / "blank.txt").write_text("\n\n", encoding="utf-8")
    (root / "dump.jsonl").write_text(
        json.dumps({"id": "nk-0805", "text": NAKHON}, ensure_ascii=False) + '\n{"id": "x", "text": \n',
        encoding="utf-8")
    return root


def build(runner, *args):
    return runner.invoke(cli, ["build", *map(str, args)])


def test_warnings_are_named_counted_and_exit_is_0(runner, mixed, tmp_path):
    result = build(runner, mixed, "--out", tmp_path / "out", "--jobs", "1")
    assert result.exit_code == 0, result.output
    assert f"warning: {mixed / 'sub' / 'blank.txt'}: empty file" in result.stderr
    assert f"warning: {mixed / 'dump.jsonl'}:2: malformed JSON" in result.stderr
    assert "3 articles (3 extracted, 0 from cache)" in result.stderr and "2 warnings" in result.stderr
    assert "1 bad-json: fix the record" in result.stderr and "1 empty:" in result.stderr
    assert result.stdout == ""
    for name in ("graph.ttl", "network.html"):
        assert (tmp_path / "out" / name).stat().st_size > 0
    assert not (tmp_path / "out" / "graph.nq").exists()  # only with --format nq
    assert not (tmp_path / "out" / "graph.trig").exists()  # only with --format trig


def test_strict_exits_non_zero_but_still_writes(runner, mixed, tmp_path):
    result = build(runner, mixed, "--out", tmp_path / "out", "--strict", "--quiet")
    assert result.exit_code == STRICT_EXIT
    assert "--strict: 2 input problem(s)" in result.stderr
    assert (tmp_path / "out" / "graph.ttl").exists()


def test_strict_with_clean_input_exits_0(runner, mixed, tmp_path):
    result = build(runner, mixed, "--out", tmp_path / "out", "--strict", "--include", "*.txt",
                   "--exclude", "blank.txt")
    assert result.exit_code == 0, result.output
    assert "2 articles" in result.stderr and "0 warnings" in result.stderr


def test_quiet_prints_nothing(runner, mixed, tmp_path):
    result = build(runner, mixed, "--out", tmp_path / "out", "--quiet")
    assert result.exit_code == 0 and result.output == ""


def test_no_article_readable_exits_1(runner, tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "english.txt").write_text("A meeting was held on Monday.", encoding="utf-8")
    result = build(runner, tmp_path / "in", "--out", tmp_path / "out")
    assert result.exit_code == 1
    assert "not Thai text" in result.stderr and "no article could be read" in result.stderr


def test_stdin(runner, tmp_path):
    result = runner.invoke(cli, ["build", "-", "--out", str(tmp_path / "out"), "--no-network"],
                           input=PHATTHALUNG.encode("utf-8"))
    assert result.exit_code == 0, result.output
    assert "<https://w3id.org/phakhi/id/article/stdin>" in (tmp_path / "out" / "graph.ttl").read_text("utf-8")
    assert not (tmp_path / "out" / "network.html").exists()


def test_max_size(runner, mixed, tmp_path):
    result = build(runner, mixed, "--out", tmp_path / "out", "--max-size", "0.5k", "--no-cache")
    assert result.exit_code == 0, result.output
    assert f"warning: {mixed / 'pt.txt'}: 0.7 KB is over the 0.5 KB limit" in result.stderr
    assert "1 article (1 extracted" in result.stderr and "4 warnings" in result.stderr


def test_bad_max_size(runner, mixed, tmp_path):
    result = build(runner, mixed, "--out", tmp_path / "out", "--max-size", "lots")
    assert result.exit_code == 2 and "is not a size: write e.g. 10MB" in result.output


def test_cache_dir_and_incremental_summary(runner, mixed, tmp_path, monkeypatch):
    args = (mixed, "--out", tmp_path / "out", "--cache-dir", tmp_path / "cache")
    monkeypatch.delenv("PHAKHI_CACHE_DIR")
    build(runner, *args)
    result = build(runner, *args)
    assert "3 articles (0 extracted, 3 from cache)" in result.stderr
    assert (tmp_path / "cache" / "cache.sqlite").exists()
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["graph.ttl", "network.html"]
    result = build(runner, *args, "--no-cache")
    assert "3 articles (3 extracted, 0 from cache)" in result.stderr


def test_jobs_option_gives_identical_graphs(runner, mixed, tmp_path):
    build(runner, mixed, "--out", tmp_path / "one", "--jobs", "1", "--no-cache", "--format", "trig", "--format", "nq")
    build(runner, mixed, "--out", tmp_path / "two", "--jobs", "2", "--no-cache", "--format", "trig", "--format", "nq")
    for name in ("graph.ttl", "graph.trig", "graph.nq"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()


def test_default_cache_is_in_the_working_directory_not_the_output(runner, mixed, tmp_path, monkeypatch):
    monkeypatch.delenv("PHAKHI_CACHE_DIR")
    monkeypatch.chdir(tmp_path)
    build(runner, mixed, "--out", "out")
    assert (tmp_path / ".phakhi-cache" / "cache.sqlite").exists()
    assert "3 articles (0 extracted, 3 from cache)" in build(runner, mixed, "--out", "elsewhere").stderr


def test_damaged_cache_says_what_to_do(runner, mixed, tmp_path):
    (tmp_path / "cache").mkdir()
    (tmp_path / "cache" / "cache.sqlite").write_bytes(b"this is not a database" * 100)
    result = build(runner, mixed, "--out", tmp_path / "out", "--cache-dir", tmp_path / "cache")
    assert result.exit_code == 1
    assert "the build cache cannot be used" in result.stderr and "--no-cache" in result.stderr
