"""Finding inputs: recursion, globs, size limit, files that cannot be read."""
from __future__ import annotations

import pytest

from ingest_samples import NAKHON, PHATTHALUNG, SONGKHLA
from phakhi.errors import InputError
from phakhi.ingest import Problem, Source, find_sources, read_source, selection
from phakhi.ingest.read import read_path


@pytest.fixture
def corpus(tmp_path):
    root = tmp_path / "news"
    for rel, text in {
        "2567/03/pt-0314.txt": PHATTHALUNG, "2567/04/sk-0402.txt": SONGKHLA, "2567/08/nk-0805.txt": NAKHON,
        "drafts/pt-draft.txt": PHATTHALUNG, "2567/04/sk-0402.gold.json": "{}", "notes.md": "# บันทึก",
        "2567/03/._pt-0314.txt": "\x00\x05\x16\x07", ".git/notes.txt": "git",
    }.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    return root


def rels(root, **kw):
    return [s.rel for s in find_sources([root], selection(**kw))]


def test_directories_are_read_recursively_in_order(corpus):
    assert rels(corpus) == ["2567/03/pt-0314.txt", "2567/04/sk-0402.txt", "2567/08/nk-0805.txt",
                            "drafts/pt-draft.txt"]


def test_include_and_exclude(corpus):
    assert rels(corpus, exclude=("drafts/*",)) == ["2567/03/pt-0314.txt", "2567/04/sk-0402.txt",
                                                   "2567/08/nk-0805.txt"]
    assert rels(corpus, include=("pt-*",)) == ["2567/03/pt-0314.txt", "drafts/pt-draft.txt"]
    assert rels(corpus, include=("2567/0[34]/*",), exclude=("*sk*",)) == ["2567/03/pt-0314.txt"]


def test_file_over_the_size_limit(corpus):
    (corpus / "long.txt").write_text(PHATTHALUNG * 4, encoding="utf-8")
    items = list(find_sources([corpus], selection(max_size=2500)))
    (big,) = [i for i in items if isinstance(i, Problem)]
    assert len(items) == 5 and big.kind == "too-large" and big.source == str(corpus / "long.txt")
    assert "is over the 2.4 KB limit (raise it with --max-size)" in big.reason


def test_dangling_symlink_is_unreadable(corpus):
    (corpus / "gone.txt").symlink_to(corpus / "nowhere.txt")
    problems = [i for i in find_sources([corpus], selection()) if isinstance(i, Problem)]
    assert [(p.kind, p.source) for p in problems] == [("unreadable", str(corpus / "gone.txt"))]


def test_permission_denied_is_unreadable(corpus, monkeypatch):
    def denied(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Source, "read_bytes", denied)
    (source, *_) = find_sources([corpus], selection())
    (problem,) = read_source(source)
    assert problem.kind == "unreadable" and "Permission denied" in str(problem)
    assert str(problem).startswith(str(corpus / "2567/03/pt-0314.txt"))


def test_directory_named_like_an_article_is_walked_not_read(tmp_path):
    odd = tmp_path / "odd.txt"
    odd.mkdir()
    (odd / "inner.txt").write_text(SONGKHLA, encoding="utf-8")
    assert [s.rel for s in find_sources([odd], selection())] == ["inner.txt"]


def test_explicit_file_of_unsupported_type(corpus):
    (problem,) = find_sources([corpus / "notes.md"], selection())
    assert problem.kind == "unsupported" and "'.md'" in problem.reason


def test_missing_input_is_an_error(tmp_path):
    with pytest.raises(InputError, match="no such file or directory"):
        list(find_sources([tmp_path / "nope"], selection()))


def test_read_path_raises_for_a_bad_file(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(InputError, match="empty.txt: empty file"):
        read_path(empty)
