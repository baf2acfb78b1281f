"""Web pages: the main text without menus, share buttons and footers (trafilatura).

The page's title, publication date and URL (canonical link or og:url) become
the Article's metadata; the title is also the text's first line, as in a .txt
article, so the recognisers read the headline too.
"""
from __future__ import annotations

from collections.abc import Iterator

from phakhi.errors import PhakhiError
from phakhi.ingest.problem import Problem
from phakhi.ingest.sources import Source
from phakhi.ingest.text import article, decoded
from phakhi.records import Article


def read_html(source: Source, raw: bytes, max_size: int) -> Iterator[Article | Problem]:
    for text in decoded(raw, source.name):
        if isinstance(text, Problem):
            yield text
            continue
        page = main_text(text)
        if page is None or not (page.text or "").strip():
            yield Problem(source.name, "no-text", "no main text found in the page")
            continue
        body = page.text
        if page.title and not body.lstrip().startswith(page.title.strip()):
            body = f"{page.title}\n{body}"
        yield article(
            body, id=source.rel.rsplit("/", 1)[-1], path=source.rel, source=source.name,
            title=page.title, date=page.date, url=page.url,
        )


def main_text(html: str):
    """trafilatura's main-text extraction with metadata, or None for a page without text."""
    try:
        import trafilatura
    except ImportError as exc:  # lxml without lxml_html_clean, or trafilatura missing
        raise PhakhiError(
            f"reading HTML needs trafilatura and lxml_html_clean ({exc}); "
            "install them with: pip install trafilatura lxml_html_clean"
        ) from exc
    return trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=True, favor_recall=True,
    )
