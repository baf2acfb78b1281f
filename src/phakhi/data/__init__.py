"""Packaged reference data, read once through importlib.resources and cached.

Every CSV is decoded as ``utf-8-sig`` and returned as a tuple of dicts, so callers
cannot change the shared copy.
"""
from __future__ import annotations

import csv
import io
from functools import cache
from importlib import resources


def data_text(name: str) -> str:
    """The text of ``phakhi/data/NAME``."""
    return resources.files("phakhi.data").joinpath(name).read_text(encoding="utf-8-sig")


@cache
def data_rows(name: str) -> tuple[dict[str, str], ...]:
    """The rows of the packaged CSV ``NAME`` as read-only dicts."""
    reader = csv.DictReader(io.StringIO(data_text(name)))
    return tuple(dict(row) for row in reader)
