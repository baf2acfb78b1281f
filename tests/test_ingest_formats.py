"""Readers by format: HTML pages, JSON Lines and JSON records, standard input."""
from __future__ import annotations

import json

import pytest

from ingest_samples import ENGLISH, NAKHON, PHATTHALUNG, SONGKHLA
from phakhi.ingest import Problem, Source, find_sources, read_source, selection
from phakhi.ingest import sources as sources_module
from phakhi.records import Article

PAGE = f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8">
<title>พช.พัทลุง ประชุมขับเคลื่อนหมู่บ้านเศรษฐกิจพอเพียง | สำนักงานพัฒนาชุมชนจังหวัดพัทลุง</title>
<link rel="canonical" href="https://example.go.th/news/2567/0314">
<meta property="article:published_time" content="2024-03-14T10:30:00+07:00">
</head><body>
<nav><ul><li>หน้าหลัก</li><li>เกี่ยวกับหน่วยงาน</li><li>ข่าวประชาสัมพันธ์</li><li>ติดต่อเรา</li></ul></nav>
<div class="cookie">เว็บไซต์นี้ใช้คุกกี้เพื่อประสบการณ์ที่ดีของท่าน ยอมรับทั้งหมด</div>
<article><h1>พช.พัทลุง ประชุมขับเคลื่อนหมู่บ้านเศรษฐกิจพอเพียง</h1>
<p>{PHATTHALUNG.splitlines()[1]}</p>
<p>ที่ประชุมได้ร่วมกันกำหนดแผนการติดตามหมู่บ้านต้นแบบจำนวน 12 หมู่บ้าน ในพื้นที่ 11 อำเภอ
และมอบหมายให้พัฒนากรประจำตำบลรายงานผลทุกเดือน</p></article>
<aside><h3>ข่าวที่เกี่ยวข้อง</h3><ul><li><a href="/n/1">พช.ตรัง จัดงานตลาดนัดชุมชน</a></li></ul></aside>
<footer>สงวนลิขสิทธิ์ © 2567 สำนักงานพัฒนาชุมชนจังหวัดพัทลุง โทร 074-000000 แชร์ Facebook Line</footer>
</body></html>"""


def read_all(path, **kw) -> list[Article | Problem]:
    out, chosen = [], selection(**kw)
    for item in find_sources([path], chosen):
        out.extend([item] if isinstance(item, Problem) else read_source(item, chosen.max_size))
    return out


def articles(items):
    return [i for i in items if isinstance(i, Article)]


def problems(items):
    return [i for i in items if isinstance(i, Problem)]


def test_html_main_text_without_boilerplate_keeps_metadata(tmp_path):
    page = tmp_path / "0314.html"
    page.write_text(PAGE, encoding="utf-8")
    (a,) = read_all(page)
    assert "นางสาวจิราพร ทองคำ" in a.text and "หมู่บ้านต้นแบบจำนวน 12 หมู่บ้าน" in a.text
    for furniture in ("หน้าหลัก", "คุกกี้", "สงวนลิขสิทธิ์", "ตลาดนัดชุมชน"):
        assert furniture not in a.text
    assert a.title.startswith("พช.พัทลุง ประชุมขับเคลื่อน") and a.text.startswith("พช.พัทลุง")
    assert (a.date, a.url, a.id, a.path) == ("2024-03-14", "https://example.go.th/news/2567/0314",
                                             "0314.html", "0314.html")


def test_html_in_tis620(tmp_path):
    page = tmp_path / "old.htm"
    page.write_bytes(PAGE.replace('charset="utf-8"', 'charset="tis-620"').replace("©", "").encode("tis-620"))
    (a,) = read_all(page)
    assert "นางสาวจิราพร ทองคำ" in a.text


def test_html_without_main_text(tmp_path):
    page = tmp_path / "menu.html"
    page.write_text("<html><head><script>var menu = 1;</script></head><body><img src='a.png'></body></html>",
                    encoding="utf-8")
    (p,) = read_all(page)
    assert p.kind in {"no-text", "empty"} and "menu.html" in str(p)


def jsonl(tmp_path, lines, name="dump.jsonl"):
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_jsonl_records_with_ids_and_metadata(tmp_path):
    path = jsonl(tmp_path, [
        json.dumps({"id": "pt-0314", "text": PHATTHALUNG, "title": "ประชุมหมู่บ้านพอเพียง",
                    "url": "https://example.go.th/n/0314", "date": "2567-03-14"}, ensure_ascii=False),
        json.dumps({"text": SONGKHLA}, ensure_ascii=False),
        json.dumps({"id": 77, "text": NAKHON, "date": "2024-08-05T09:00:00+07:00"}, ensure_ascii=False),
    ])
    a, b, c = read_all(path)
    assert (a.id, a.path, a.title, a.url, a.date) == (
        "pt-0314", "dump.jsonl/pt-0314", "ประชุมหมู่บ้านพอเพียง", "https://example.go.th/n/0314", "2024-03-14")
    assert (b.id, b.path, b.title) == ("line-2", "dump.jsonl/line-2", SONGKHLA.splitlines()[0])
    assert (c.id, c.date) == ("77", "2024-08-05")


def test_malformed_json_line_is_named_and_the_rest_read(tmp_path):
    path = jsonl(tmp_path, [
        json.dumps({"id": "a", "text": PHATTHALUNG}, ensure_ascii=False),
        '{"id": "b", "text": "ข่าวที่ตัดขาด',
        json.dumps({"id": "c"}),
        "[1, 2]",
        json.dumps({"id": "d", "text": ENGLISH}),
        json.dumps({"id": "e", "text": SONGKHLA}, ensure_ascii=False),
    ])
    items = read_all(path)
    assert [a.id for a in articles(items)] == ["a", "e"]
    found = {(p.line, p.kind) for p in problems(items)}
    assert found == {(2, "bad-json"), (3, "bad-record"), (4, "bad-record"), (5, "not-thai")}
    assert str(problems(items)[0]).startswith(f"{path}:2: malformed JSON")


def test_json_array(tmp_path):
    path = tmp_path / "news.json"
    path.write_text(json.dumps([{"id": "x1", "text": PHATTHALUNG}, {"text": NAKHON}], ensure_ascii=False),
                    encoding="utf-8")
    assert [(a.id, a.path) for a in read_all(path)] == [("x1", "news.json/x1"), ("record-2", "news.json/record-2")]


def test_json_that_does_not_parse(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('[{"text": "ข่าว"', encoding="utf-8")
    (p,) = read_all(path)
    assert p.kind == "bad-json" and "broken.json" in str(p)


def test_large_jsonl_is_cut_at_line_ends_with_right_line_numbers(tmp_path, monkeypatch):
    lines = [json.dumps({"id": f"r{i}", "text": [PHATTHALUNG, SONGKHLA, NAKHON][i % 3]}, ensure_ascii=False)
             for i in range(30)]
    lines[17] = "{not json"
    path = jsonl(tmp_path, lines)
    monkeypatch.setattr(sources_module, "_RANGE_BYTES", 2000)
    parts = list(find_sources([path], selection()))
    assert len(parts) > 3 and all(isinstance(p, Source) for p in parts)
    items = read_all(path)
    assert [a.id for a in articles(items)] == [f"r{i}" for i in range(30) if i != 17]
    assert [(p.line, p.kind) for p in problems(items)] == [(18, "bad-json")]


def test_jsonl_record_over_the_size_limit(tmp_path):
    path = jsonl(tmp_path, [json.dumps({"id": "big", "text": PHATTHALUNG * 50}, ensure_ascii=False),
                            json.dumps({"id": "ok", "text": NAKHON}, ensure_ascii=False)])
    items = read_all(path, max_size=5000)
    assert [a.id for a in articles(items)] == ["ok"]
    assert [(p.line, p.kind) for p in problems(items)] == [(1, "too-large")]


@pytest.mark.parametrize("data, suffix", [
    (PHATTHALUNG.encode("utf-8"), ".txt"),
    (json.dumps({"id": "s1", "text": SONGKHLA}, ensure_ascii=False).encode("utf-8"), ".jsonl"),
    (PAGE.encode("utf-8"), ".html"),
])
def test_stdin_is_sniffed(data, suffix):
    (source,) = find_sources(["-"], selection(), stdin=data)
    assert (source.name, source.rel, source.suffix) == ("-", "stdin", suffix)
    (a,) = read_source(source)
    assert "จิราพร" in a.text or "ประเสริฐ" in a.text
    assert a.path.startswith("stdin")
