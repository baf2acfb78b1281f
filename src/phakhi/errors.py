"""The one family of errors the library raises; the CLI turns them into messages."""
from __future__ import annotations


class PhakhiError(Exception):
    """Base class: the message says what went wrong and what to do next."""


class InputError(PhakhiError):
    """An input file or directory cannot be read."""


class QueryError(PhakhiError):
    """A SPARQL query file is missing or does not parse."""


class GraphError(PhakhiError):
    """A graph file is missing or does not parse."""


class StoreError(PhakhiError):
    """A store cannot be opened, loaded or reached (bad spec, missing store, server down)."""


class PushError(StoreError):
    """A push stopped part-way; ``pushed`` and ``not_pushed`` list the article graphs."""

    def __init__(self, message: str, pushed: tuple[str, ...] = (), not_pushed: tuple[str, ...] = ()):
        super().__init__(message)
        self.pushed = pushed
        self.not_pushed = not_pushed
