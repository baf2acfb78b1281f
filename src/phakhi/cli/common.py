"""What every command shares: help flags, error translation, --quiet."""
from __future__ import annotations

import functools
from collections.abc import Callable

import click

from phakhi.errors import PhakhiError

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def library_errors(func: Callable) -> Callable:
    """Turn a PhakhiError into a ClickException carrying its message (exit 1)."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except PhakhiError as exc:
            raise click.ClickException(str(exc)) from exc

    return wrapper


def quiet_option(func: Callable) -> Callable:
    return click.option("--quiet", "-q", is_flag=True, help="Print no progress or warnings on stderr.")(func)


def warner(quiet: bool) -> Callable[[str], None]:
    """A callback printing warnings on stderr unless quiet."""
    return (lambda _: None) if quiet else (lambda m: click.echo(f"warning: {m}", err=True))
