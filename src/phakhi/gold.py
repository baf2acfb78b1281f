"""Gold annotation files (``NAME.gold.json``), as defined in docs/annotation.md."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from phakhi.errors import InputError


@dataclass(frozen=True)
class GoldItem:
    """One gold entry: its comparable fields and whether it is optional."""

    fields: dict
    optional: bool = False


@dataclass(frozen=True)
class Gold:
    persons: tuple[GoldItem, ...]
    organizations: tuple[GoldItem, ...]
    posts: tuple[GoldItem, ...]
    provinces: tuple[str, ...]
    places: tuple[GoldItem, ...]
    programmes: tuple[GoldItem, ...]
    events: tuple[GoldItem, ...]


def _items(entries: list[dict] | None) -> tuple[GoldItem, ...]:
    return tuple(GoldItem(e, bool(e.get("optional"))) for e in entries or ())


def parse_gold(data: dict) -> Gold:
    places = data.get("places") or {}
    return Gold(
        persons=_items(data.get("persons")),
        organizations=_items(data.get("organizations")),
        posts=_items(data.get("posts")),
        provinces=tuple(places.get("provinces") or ()),
        places=_items(places.get("other")),
        programmes=_items(data.get("programmes")),
        events=_items(data.get("events")),
    )


def read_gold(path: Path) -> Gold:
    """Read one gold file; a broken file is an InputError naming it."""
    try:
        return parse_gold(json.loads(path.read_text(encoding="utf-8-sig")))
    except (OSError, ValueError, AttributeError, TypeError) as exc:
        raise InputError(f"{path}: not a readable gold file ({exc})") from exc
