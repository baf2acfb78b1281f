"""Thai dates → ISO Common Era dates (text/thaidate.py) and which dates are events."""
from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, strategies as st

from phakhi.records import Article
from phakhi.relate.event_dates import event_dates
from phakhi.text.normalise import normalise_text
from phakhi.text.segment import segment
from phakhi.text.thaidate import MONTHS, find_dates, to_be, to_ce

CASES = [
    ("วันที่ 22-23 มิถุนายน 2567 จัดเวที", ("2024-06-22", "2024-06-23")),
    ("เมื่อวันที่ 10 – 11 เมษายน 2560 คณะทำงาน", ("2017-04-10", "2017-04-11")),
    ("ระหว่างวันที่ 14-16 กันยายน 2563 ณ ห้องประชุม", ("2020-09-14", "2020-09-16")),
    ("ระหว่างวันที่ 30 มิ.ย. - 2 ก.ค. 2567", ("2024-06-30", "2024-07-02")),
    ("นราธิวาส – 14 พ.ย.65 เวลา 09.30 น.", ("2022-11-14", "2022-11-14")),
    ("วันที่ 14 พ.ย. 2565 เวลา 10.00 น.", ("2022-11-14", "2022-11-14")),
    ("วันนี้ (28 พฤศจิกายน 2565) เวลา 09.30 น.", ("2022-11-28", "2022-11-28")),
    ("เมื่อวันที่ ๒๘ มีนาคม ๒๕๖๕ เวลา ๐๘.๓๐ น.", ("2022-03-28", "2022-03-28")),
    ("ระหว่างวันที่ 30 ธ.ค. 2566 - 2 ม.ค. 2567", ("2023-12-30", "2024-01-02")),
    ("ระหว่างวันที่ 30 ธ.ค. - 2 ม.ค. 2567", ("2023-12-30", "2024-01-02")),
    ("วันที่ 5 มีนาคม ค.ศ. 2024", ("2024-03-05", "2024-03-05")),
    ("conference on 5 มีนาคม 2024", ("2024-03-05", "2024-03-05")),
    ("ระหว่างวันที่ 30 สิงหาคม – 1 กันยายน 2566", ("2023-08-30", "2023-09-01")),
    ("โดยในวันที่ (14 กันยายน 2563 ) นาวาเอก", ("2020-09-14", "2020-09-14")),
    ("วันพุธที่ 17 มกราคม 2567 ที่ผ่านมา", ("2024-01-17", "2024-01-17")),
    ("workshop held on 5 March 2024 in Bangkok", ("2024-03-05", "2024-03-05")),
    ("ระหว่างวันที่ 12-14 Sept 2023 ณ โรงแรม", ("2023-09-12", "2023-09-14")),
    ("ในวันที่ 15 ธ.ค. 66 พมจ.ขอนแก่น", ("2023-12-15", "2023-12-15")),
    ("วันที่ 3 และ 4 ตุลาคม 2566", ("2023-10-03", "2023-10-04")),
    ("ประกาศ ณ วันที่ 22/06/2567", ("2024-06-22", "2024-06-22")),
    ("วันที่ 29 ก.พ. 2567", ("2024-02-29", "2024-02-29")),
    ("เมื่อวันที่ 5 เดือนมีนาคม 2567", ("2024-03-05", "2024-03-05")),
    ("วันที่ 5 มีนาคม ปี 2567", ("2024-03-05", "2024-03-05")),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_dates_in_every_common_form(text, expected):
    (date,) = find_dates(normalise_text(text))
    assert date.iso == expected


@pytest.mark.parametrize("text", [
    "วันที่ 31 กุมภาพันธ์ 2567",  # no such day
    "วันที่ 29 ก.พ. 2566",  # not a leap year
    "เวลา 13.00 น. ผู้เข้าร่วม 20 คน",
    "ในเดือนกุมภาพันธ์นี้",  # a month without a day is not a date
    "ครบรอบ 15 ปี จำนวน 11 ตำบล",
    "Mayor 5 Marchand และรหัส 5 Mayday",
    "รุ่นที่ 1 มีครูมาร่วม 40 คน และรุ่นที่ 2 กยศ.อนุมัติ",  # มีค and กย without dots are words here
])
def test_no_date_where_there_is_none(text):
    assert find_dates(normalise_text(text), 2023) == []


def test_year_missing_takes_the_default_and_time_is_not_a_year():
    (date,) = find_dates("วันที่ 15 กุมภาพันธ์ 10.00 น.", 2021)
    assert date.iso == ("2021-02-15", "2021-02-15") and not date.year_written
    assert find_dates("วันที่ 15 กุมภาพันธ์ 10.00 น.") == []


def test_offsets_are_those_of_the_text():
    text = "สงขลา – เมื่อวันที่ 9 สิงหาคม 2566 สภาองค์กรชุมชน"
    (date,) = find_dates(text)
    assert text[date.start:date.end] == "9 สิงหาคม 2566"


@pytest.mark.parametrize("year, era, ce", [
    (2567, None, 2024), (67, None, 2024), (2024, "ค.ศ.", 2024), (2024, None, 2024), (24, "ค.ศ.", 2024),
])
def test_year_eras(year, era, ce):
    assert to_ce(year, era) == ce


@given(st.integers(min_value=1950, max_value=2090))
def test_buddhist_era_round_trip(year):
    assert to_ce(to_be(year)) == year


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)))
def test_any_written_day_parses_back_in_every_month_form(day):
    for name in (m for m, n in MONTHS.items() if n == day.month):
        (found,) = find_dates(f"วันที่ {day.day} {name} {to_be(day.year)}")
        assert found.first == day.isoformat()


def _doc(text: str, date: str | None = None):
    return segment(Article("t", "t", normalise_text(text), date=date))


def test_year_from_elsewhere_in_the_article():
    doc = _doc("ประชุมประจำปี 2565\nเมื่อวันที่ 14 พ.ย. จัดประชุม")
    assert [d.first for d in event_dates(doc)] == ["2022-11-14"]


def test_year_from_the_previous_dated_mention():
    doc = _doc("วันที่ 3 มีนาคม 2566 จัดเวที\nต่อมาวันที่ 10 มีนาคม ลงพื้นที่")
    assert [d.first for d in event_dates(doc)] == ["2023-03-03", "2023-03-10"]


def test_year_from_the_publication_date():
    doc = _doc("เมื่อวันที่ 4 เมษายน จัดอบรม", date="2024-04-05")
    assert [d.first for d in event_dates(doc)] == ["2024-04-04"]


@pytest.mark.parametrize("text", [
    "ส่งใบสมัครภายในวันที่ 30 มิถุนายน 2567",
    "กองทุนก่อตั้งเมื่อวันที่ 1 มกราคม 2552",
    "มีผลตั้งแต่วันที่ 1 ตุลาคม 2566 เป็นต้นไป",
    "เผยแพร่เมื่อ 12 มีนาคม 2567",
])
def test_deadlines_and_stamps_are_not_event_dates(text):
    assert event_dates(_doc(text)) == []


@pytest.mark.parametrize("text, expected", [
    ("12 มี.ค. 2567 10:15 น.\nเมื่อวันที่ 10 มีนาคม 2567 จัดประชุม", ["2024-03-10"]),
    ("โพสต์เมื่อ 12 มีนาคม 2567 | โดย admin\nวันที่ 10 มีนาคม 2567 จัดเวที", ["2024-03-10"]),
    ("วันที่ 21 ธันวาคม 2565 เวลา 13.00 น.\nผู้ว่าราชการจังหวัด เป็นประธานในพิธีเปิดการประชุม", ["2022-12-21"]),
])
def test_posting_stamps_are_not_event_dates(text, expected):
    assert [d.first for d in event_dates(_doc(text))] == expected


def test_fiscal_year_runs_from_october():
    doc = _doc("ประจำปีงบประมาณ พ.ศ. 2567\nเมื่อวันที่ 15 พฤศจิกายน จัดประชุม และวันที่ 5 กุมภาพันธ์ ลงพื้นที่")
    assert [d.first for d in event_dates(doc)] == ["2023-11-15", "2024-02-05"]


def test_a_project_period_is_not_an_event():
    doc = _doc("ดำเนินโครงการระหว่างวันที่ 1 ตุลาคม 2566 – 30 กันยายน 2567 โดยเปิดตัวเมื่อวันที่ 5 ตุลาคม 2566")
    assert [d.first for d in event_dates(doc)] == ["2023-10-05"]


@pytest.mark.parametrize("text, published, expected", [
    ("วันนี้ ผู้ว่าราชการจังหวัด เป็นประธานเปิดงาน", "2024-05-02", ["2024-05-02"]),
    ("เมื่อวานนี้ ชาวบ้านร่วมกันปลูกป่า", "2024-05-02", ["2024-05-01"]),
    ("วันนี้ (28 พฤศจิกายน 2565) จัดประชุม", "2022-11-29", ["2022-11-28"]),
    ("วันนี้ ผู้ว่าราชการจังหวัด เป็นประธานเปิดงาน", None, []),
])
def test_today_is_the_publication_date(text, published, expected):
    assert [d.first for d in event_dates(_doc(text, date=published))] == expected


def test_cms_date_line_in_common_era_is_a_stamp():
    doc = _doc("วันอังคารที่ 18 เมษายน 2017 เวลา 10:56 น.\nเมื่อวันที่ 10 – 11 เมษายน 2560 คณะทำงานจัดโครงการ")
    assert [d.first for d in event_dates(doc)] == ["2017-04-10"]


def test_publication_line_with_reads_counter_is_a_stamp():
    doc = _doc("เผยแพร่: 18 ม.ค. 2568 08:12 น.   |   อ่านแล้ว 2,417 ครั้ง\n"
               "เมื่อวันที่ 17 มกราคม 2568 เวลา 09.30 น. ผู้ว่าราชการจังหวัดนครพนม เป็นประธานในพิธีปล่อยพันธุ์ปลา")
    assert [d.first for d in event_dates(doc)] == ["2025-01-17"]


@pytest.mark.parametrize("published, expected", [("2024-05-09", ["2024-05-05"]), ("2024-05-03", ["2024-04-05"])])
def test_day_without_month_is_the_last_such_day_before_publication(published, expected):
    doc = _doc("เมื่อวันที่ 5 ที่ผ่านมา สภาองค์กรชุมชนจัดเวทีประชาคม", date=published)
    assert [d.first for d in event_dates(doc)] == expected


def test_history_recalled_is_not_an_event():
    doc = _doc("ชุมชนนี้ได้รับผลกระทบเมื่อวันที่ 26 ธันวาคม 2547 ครั้งเกิดคลื่นยักษ์\n"
               "เมื่อวันที่ 5 มีนาคม 2567 จัดเวทีรำลึกและทบทวนแผนรับมือภัยพิบัติ")
    assert [d.first for d in event_dates(doc)] == ["2024-03-05"]


@pytest.mark.parametrize("text, expected", [
    ("เมื่อวันที่ 12 มีนาคม 2567 สภาองค์กรชุมชนจัดเวทีสมัชชา ซึ่งการจัดครั้งที่ผ่านมาเมื่อวันที่ 20 กุมภาพันธ์ 2566 "
     "มีผู้เข้าร่วม 90 คน", ["2024-03-12"]),
    ("วันที่ 8 พฤษภาคม 2567 เครือข่ายจัดงานวันเด็ก\nในปีที่แล้ว เครือข่ายได้จัดงานเมื่อวันที่ 3 เมษายน 2566 ที่วัด",
     ["2024-05-08"]),
    ("เมื่อครั้งจัดเวทีวันที่ 1 มิถุนายน 2566 มีผู้ร่วม 50 คน\nวันนี้ (2 มิถุนายน 2567) จัดเวทีอีกครั้ง",
     ["2024-06-02"]),
    ("ปีที่ผ่านมามีการทำงานหลายด้าน\nวันที่ 9 มกราคม 2567 จัดประชุมคณะทำงาน", ["2024-01-09"]),
    # the cue near the only (latest) happening does not remove it
    ("ซึ่งดำเนินการมาตั้งแต่ปีที่ผ่านมา โดยวันที่ 5 มีนาคม 2567 ได้จัดเวทีสรุปผล", ["2024-03-05"]),
])
def test_an_earlier_edition_recalled_is_not_an_event(text, expected):
    assert [d.first for d in event_dates(_doc(text))] == expected


@pytest.mark.parametrize("text", [
    "ที่มา : เพจสภาองค์กรชุมชนตำบลนาหว้า 14 มีนาคม 2567",
    "ขอบคุณภาพจากเพจ พอช. · 15 มีนาคม 2567",
    "อ้างอิง ข่าวประชาสัมพันธ์ ฉบับวันที่ 5 มีนาคม 2567",
    "ข้อมูลเมื่อ 1 เมษายน 2567",
])
def test_source_and_reference_dates_are_not_events(text):
    assert event_dates(_doc(text)) == []


def test_today_in_a_post_takes_the_date_of_its_posting_stamp():
    doc = _doc("สภาองค์กรชุมชนตำบลบ้านใหม่\n12 มีนาคม 2567 ·\nวันนี้ชาวบ้านร่วมกันปลูกป่าชุมชน 200 ต้น")
    assert [d.first for d in event_dates(doc)] == ["2024-03-12"]


@pytest.mark.parametrize("text, expected", [
    ("#พอช #สภาองค์กรชุมชน 9 มี.ค. 67\nเมื่อวันที่ 8 มีนาคม 2567 จัดประชุม", ["2024-03-08"]),
    ("ข่าว : ประชาสัมพันธ์จังหวัด / 10 มีนาคม 2567\nวันที่ 9 มีนาคม 2567 ผู้ว่าฯ เป็นประธานเปิดงาน", ["2024-03-09"]),
    ("ต่อยอดจากเวทีเมื่อวันที่ 5 ก.พ. 2567 ที่ผ่านมา วันที่ 20 มีนาคม 2567 จึงจัดเวทีครั้งที่ 2", ["2024-03-20"]),
    ("ทุกวันนี้ชาวบ้านยังลำบาก\n12 มีนาคม 2567 ·", []),
])
def test_hashtag_and_credit_stamps_and_a_continued_edition(text, expected):
    assert [d.first for d in event_dates(_doc(text))] == expected


@pytest.mark.parametrize("text, expected", [
    ("เมื่อวันที่ 5 มีนาคม 2567 เพจสภาองค์กรชุมชนตำบลนาหว้า โพสต์ข้อความขอบคุณชาวบ้านที่ช่วยกันปลูกป่า\n"
     "วันที่ 2 มีนาคม 2567 ชาวบ้านร่วมกันปลูกป่าชุมชน", ["2024-03-02"]),
    ("วันที่ 7 มีนาคม 2567 เวลา 10.00 น. ไลฟ์สดผ่านเพจเครือข่าย เสวนาเรื่องสิทธิที่ดิน", ["2024-03-07"]),
])
def test_a_post_on_a_page_is_not_a_happening_but_a_live_talk_is(text, expected):
    assert [d.first for d in event_dates(_doc(text))] == expected
