"""The ``phakhi`` command: a thin click group over the library.

Each command lives in its own module, parses its options, calls one library
function and prints. Library errors (``PhakhiError``) become ClickExceptions.
"""
from __future__ import annotations

import click

from phakhi import __version__
from phakhi.cli import build, evaluate, export, network, query, validate
from phakhi.cli.common import CONTEXT


@click.group(context_settings=CONTEXT)
@click.version_option(__version__, "--version", prog_name="phakhi")
def cli() -> None:
    """phakhi (ภาคี): Thai community-development news to a sourced knowledge graph.

    Build the graph from articles, query it with SPARQL, draw it as a network, score the extractor.
    """


for module in (build, evaluate, export, network, query, validate):
    cli.add_command(module.command)


def main() -> None:
    cli(prog_name="phakhi")
