"""Hand-written articles and their records, for the RDF tests: independent of the
extractor, so they pin down what the RDF stage does with given records."""
from __future__ import annotations

from phakhi.records import Article, Evidence
from phakhi.text.normalise import normalise_text
from support import merged_graph


def article(path: str, text: str, date: str | None = None, title: str | None = None) -> Article:
    text = normalise_text(text)
    return Article(id=path.rsplit("/", 1)[-1], path=path, text=text, title=title, date=date)


def ev(a: Article, quote: str, rule: str = "test.rule", confidence: float = 0.8, nth: int = 0) -> Evidence:
    """Evidence for the ``nth`` occurrence of ``quote`` in the article text."""
    at = -1
    for _ in range(nth + 1):
        at = a.text.index(quote, at + 1)
    return Evidence(at, at + len(quote), quote, rule, confidence)


merged = merged_graph
