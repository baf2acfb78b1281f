"""Event frames: what happened, when, where, organised and chaired by whom, how many came."""
from __future__ import annotations

from phakhi.records import Event, Place, Programme
from phakhi.recognise.actors import Actors
from phakhi.text.segment import Document


def relate_events(
    doc: Document, actors: Actors, places: tuple[Place, ...], programmes: tuple[Programme, ...]
) -> tuple[Event, ...]:
    return ()
