"""The files a page is made of, read through importlib.resources and inlined.

vis-network 9.1.2 comes from the pyvis wheel (a dependency already), so nothing
is fetched at run time; the page's own template, script and style live in
``phakhi/network/templates``. ``fill`` substitutes every ``@NAME@`` marker in one
pass, so text inserted for one marker is never searched for another.
"""
from __future__ import annotations

import base64
import hashlib
import json
import re
from collections.abc import Mapping
from functools import cache
from importlib import resources

from phakhi.errors import PhakhiError

VIS_DIR = "templates/lib/vis-9.1.2"
_MARKER = re.compile(r"@([A-Z_]+)@")
# JSON inside <script type="application/json">: no "</script>", "<!--" or entity can end or
# change it, and U+2028/2029 stay harmless.
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


@cache
def template(name: str) -> str:
    """A file of ``phakhi/network/templates``."""
    return resources.files("phakhi.network").joinpath("templates", name).read_text(encoding="utf-8")


@cache
def vis_asset(name: str) -> str:
    """``vis-network.min.js`` or ``vis-network.css`` from the installed pyvis wheel."""
    try:
        return resources.files("pyvis").joinpath(VIS_DIR, name).read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError) as exc:
        raise PhakhiError(
            f"vis-network ({VIS_DIR}/{name}) was not found in the pyvis package: "
            "install phakhi's dependencies again (`pip install 'pyvis>=0.3.2'`)"
        ) from exc


def script_json(data: object) -> str:
    """``data`` as JSON that is safe inside a ``<script type="application/json">`` element."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
    return re.sub("[<>&\u2028\u2029]", lambda m: _JSON_ESCAPES[m.group()], text)


def script_hash(source: str) -> str:
    """The CSP source expression allowing exactly this inline script."""
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def policy(*scripts: str) -> str:
    """A Content-Security-Policy that runs only these scripts and loads nothing from anywhere.

    An injected ``<script>`` would not run even if escaping failed, and no request
    can leave the page (``default-src 'none'``).
    """
    hashes = " ".join(script_hash(s) for s in scripts)
    return (f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; "
            "img-src data: blob:; font-src data:; base-uri 'none'; form-action 'none'")


def fill(text: str, values: Mapping[str, str]) -> str:
    """Replace every ``@NAME@`` marker of ``text`` by ``values[NAME]``, in one pass."""
    return _MARKER.sub(lambda m: values[m.group(1)] if m.group(1) in values else m.group(), text)
