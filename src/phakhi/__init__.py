"""phakhi (ภาคี): Thai community-development news to a sourced knowledge graph."""
from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("phakhi")
except PackageNotFoundError:  # running from a source tree without installation
    __version__ = "0.1.0"
