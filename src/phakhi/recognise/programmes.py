"""Named projects, programmes, campaigns and initiatives."""
from __future__ import annotations

from phakhi.records import Programme
from phakhi.text.segment import Document


def recognise_programmes(doc: Document) -> tuple[Programme, ...]:
    return ()
