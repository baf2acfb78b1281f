"""JSON Lines and JSON: records with ``text`` and optional ``id``, ``title``, ``url``, ``date``.

A record's article path is ``<file>/<id>``, so the article IRI ends in the id
(the contract's ``source`` column). Records without an id are numbered by line
(JSON Lines) or position (JSON array). A malformed line is reported with its
number and skipped; the other lines are still read.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator

from phakhi.ingest.problem import Problem, too_large
from phakhi.ingest.sources import Source
from phakhi.ingest.text import article, decoded
from phakhi.records import Article

_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_BUDDHIST_ERA = 543


def read_jsonl(source: Source, raw: bytes, max_size: int) -> Iterator[Article | Problem]:
    if source.start == 0:
        raw = raw.removeprefix(b"\xef\xbb\xbf")
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raw = raw.decode("utf-16").encode("utf-8")
    for number, line in enumerate(raw.split(b"\n"), start=source.first_line):
        if not line.strip():
            continue
        if len(line) > max_size:
            yield too_large(source.name, len(line), max_size, number)
            continue
        try:
            record = json.loads(line)
        except ValueError as exc:
            yield Problem(source.name, "bad-json", f"malformed JSON ({_reason(exc)})", number)
            continue
        yield from _record(record, source, number, f"line-{number}")


def read_json(source: Source, raw: bytes, max_size: int) -> Iterator[Article | Problem]:
    text = None
    for item in decoded(raw, source.name):
        if isinstance(item, Problem):
            yield item
        else:
            text = item
    if text is None:
        return
    try:
        data = json.loads(text)
    except ValueError as exc:
        yield Problem(source.name, "bad-json", f"malformed JSON ({_reason(exc)})", getattr(exc, "lineno", None))
        return
    records = data if isinstance(data, list) else data.get("articles", [data]) if isinstance(data, dict) else [data]
    for index, record in enumerate(records, start=1):
        yield from _record(record, source, None, f"record-{index}")


def _reason(exc: ValueError) -> str:
    return getattr(exc, "msg", None) or str(exc)


def _record(record: object, source: Source, line: int | None, fallback_id: str) -> Iterator[Article | Problem]:
    if not isinstance(record, dict):
        yield Problem(source.name, "bad-record", f"a record must be a JSON object, not {type(record).__name__}", line)
        return
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        yield Problem(source.name, "bad-record", "record has no \"text\"", line)
        return
    rid = str(record.get("id") if record.get("id") not in (None, "") else fallback_id)
    date = _iso_date(record.get("date"))
    if record.get("date") and date is None:
        yield Problem(source.name, "bad-record", f"date {record['date']!r} is not YYYY-MM-DD; left out",
                      line, skipped=False)
    yield article(
        text, id=rid, path=f"{source.rel}/{rid}", source=source.name, line=line,
        title=_str(record.get("title")), date=date, url=_str(record.get("url")),
    )


def _str(value: object) -> str | None:
    return str(value) if value not in (None, "") else None


def _iso_date(value: object) -> str | None:
    """``2024-06-22``, ``2024-06-22T09:00:00+07:00`` or a Buddhist-Era ``2567-06-22`` → CE date."""
    match = _ISO_DATE.match(str(value)) if value else None
    if match is None:
        return None
    year = int(match[1])
    year -= _BUDDHIST_ERA if year > 2400 else 0
    return f"{year:04d}-{match[2]}-{match[3]}"
