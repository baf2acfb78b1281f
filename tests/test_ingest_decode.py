"""Bytes to text: every encoding Thai news arrives in, and what is not text at all."""
from __future__ import annotations

import codecs

import pytest

from ingest_samples import ENGLISH, PHATTHALUNG, THAI_DIGITS
from phakhi.ingest.decode import DecodeError, decode, thai_share
from phakhi.ingest.problem import Problem
from phakhi.ingest.text import article, decoded


@pytest.mark.parametrize("raw, encoding", [
    (PHATTHALUNG.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + PHATTHALUNG.encode("utf-8"), "utf-8"),
    (PHATTHALUNG.encode("utf-16"), "utf-16-le"),  # with BOM
    (codecs.BOM_UTF16_BE + PHATTHALUNG.encode("utf-16-be"), "utf-16-be"),
    (PHATTHALUNG.encode("utf-16-le"), "utf-16-le"),  # no BOM: recognised by its zero bytes
    (PHATTHALUNG.encode("utf-16-be"), "utf-16-be"),
])
def test_unicode_encodings(raw, encoding):
    result = decode(raw)
    assert result.text == PHATTHALUNG and result.encoding == encoding and result.replaced == 0


@pytest.mark.parametrize("codec", ["tis-620", "cp874"])
def test_thai_legacy_encodings_are_detected(codec):
    result = decode(PHATTHALUNG.encode(codec))
    assert result.text == PHATTHALUNG
    assert result.encoding in {"tis_620", "cp874", "iso8859_11"}


def test_invalid_utf8_bytes_are_replaced_not_misread():
    head = PHATTHALUNG[:20].encode("utf-8")
    broken = head + b"\xff\xfe\xfa" + PHATTHALUNG[20:].encode("utf-8")
    result = decode(broken)
    assert result.encoding == "utf-8" and result.replaced == 3 and result.first_bad == len(head)
    assert result.text.replace("\ufffd", "") == PHATTHALUNG


def test_invalid_bytes_give_a_warning_but_keep_the_article():
    raw = PHATTHALUNG[:5].encode("utf-8") + b"\xc0" + PHATTHALUNG[5:].encode("utf-8")
    items = list(decoded(raw, "news/a.txt"))
    problem, text = items
    assert isinstance(problem, Problem) and problem.kind == "invalid-bytes" and not problem.skipped
    assert "news/a.txt" in str(problem) and "byte 13" in str(problem)
    assert text.startswith("พช.พั\ufffdทลุง")


@pytest.mark.parametrize("raw", [b"", b"   \n\r\n\t "])
def test_empty(raw):
    with pytest.raises(DecodeError) as info:
        decode(raw)
    assert info.value.kind == "empty"


@pytest.mark.parametrize("raw", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 4,
    bytes(range(1, 32)) * 40,
])
def test_binary(raw):
    with pytest.raises(DecodeError) as info:
        decode(raw)
    assert info.value.kind == "binary"


def test_thai_share():
    assert thai_share(PHATTHALUNG) > 0.9
    assert thai_share(ENGLISH) == 0.0
    assert thai_share("12345 !!") == 0.0


def test_english_text_is_not_a_thai_article():
    result = article(ENGLISH, id="en.txt", path="en.txt", source="en.txt")
    assert isinstance(result, Problem) and result.kind == "not-thai" and "0% of its letters" in result.reason


def test_article_text_is_normalised_and_titled():
    result = article(THAI_DIGITS, id="d.txt", path="d.txt", source="d.txt")
    assert "วันที่ 22 มิถุนายน 2567" in result.text and "\u200b" not in result.text
    assert result.title == "ร้อยเอ็ด มอบทุนกองทุนสวัสดิการชุมชน"
