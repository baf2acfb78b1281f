"""Provinces, districts, subdistricts, villages, regions and venues."""
from __future__ import annotations

from phakhi.records import Place
from phakhi.text.segment import Document


def recognise_places(doc: Document) -> tuple[Place, ...]:
    return ()
