"""Events: dated happenings, participant counts, venue, province, organisers, chair, speakers."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from phakhi.records import Article, Evidence, Organization, Person
from phakhi.recognise.actors import Actors
from phakhi.recognise.counts import participant_counts
from phakhi.recognise.places import recognise_places
from phakhi.recognise.programmes import recognise_programmes
from phakhi.relate.events import relate_events
from phakhi.text.normalise import normalise_text
from phakhi.text.segment import segment


def _mentions(text: str, written: str) -> tuple[Evidence, ...]:
    out, at = [], text.find(written)
    while at >= 0:
        out.append(Evidence(at, at + len(written), written, "test"))
        at = text.find(written, at + 1)
    return tuple(out)


def events(text: str, persons: dict[str, str] | None = None, orgs: dict[str, str] | None = None):
    """Events of ``text``; persons/orgs map a key to the form written in the text."""
    text = normalise_text(text)
    doc = segment(Article("t", "t", text))
    actors = Actors(
        persons=tuple(Person(k, w, mentions=_mentions(text, w)) for k, w in (persons or {}).items()),
        organizations=tuple(Organization(k, w, mentions=_mentions(text, w)) for k, w in (orgs or {}).items()),
    )
    places = recognise_places(doc)
    programmes = recognise_programmes(doc)
    return relate_events(doc, actors, places, programmes), places, programmes


@pytest.mark.parametrize("text, expected", [
    ("โดยมีผู้เข้าร่วมแลกเปลี่ยนเรียนรู้ทั้งผู้นำขบวนองค์กรชุมชน และเจ้าหน้าที่ จำนวนกว่า 70 คน", [70]),
    ("โดยมีตัวแทนจาก 20 อำเภอ เข้าร่วมการประชุมประมาณ 60 คน", [60]),
    ("มีผู้เข้าร่วม 120 คน ประกอบด้วยผู้ดูแลผู้สูงอายุ", [120]),
    ("แกนนำชุมชนในพื้นที่ จำนวน 160 คน เข้าร่วม", [160]),
    ("มีผู้เข้าร่วมกว่า 1,200 คน จากทั้ง 23 อำเภอ", [1200]),
    ("คาดว่าจะมีผู้ร่วมกิจกรรมประมาณ 200 คน", [200]),
    ("ผู้เข้าร่วมประกอบด้วยผู้นำ 30 คน เยาวชน 20 คน รวม 50 คน", [50]),
    ("เจ้าหน้าที่โรงพยาบาลส่งเสริมสุขภาพตำบล ร่วมกว่า 70 คน", [70]),
    ("ครอบคลุมครัวเรือนเป้าหมาย 1,150 ครัวเรือน ใน 23 หมู่บ้าน งบประมาณ 3,450,000 บาท", []),
    ("ปัจจุบันมีสมาชิก 2,845 คน ครอบคลุม 14 หมู่บ้าน", []),
    ("จำนวน 11 ตำบล ตำบละ 15 คน", []),
    ("ผู้เข้าร่วมอบรม 30 คน/รุ่น จำนวน 3 รุ่น", []),
    ("สภาองค์กรชุมชน จำนวน 215 สภา เข้าร่วม", []),
    # those handed certificates at the ceremony came to it (as the gold counts them since 461)
    ("มอบเกียรติบัตรแก่สมาชิก จำนวน 42 ราย", [42]),
    # a total closing a long list of who came, far from the attend word
    ("ผู้เข้าร่วมเวทีประกอบด้วย ผู้แทนสภาองค์กรชุมชนตำบล ผู้แทนองค์กรปกครองส่วนท้องถิ่น อาสาสมัครสาธารณสุขประจำหมู่บ้าน "
     "และเครือข่ายจาก 12 จังหวัดภาคเหนือ ได้แก่ เชียงใหม่ เชียงราย ลำปาง ลำพูน พะเยา แพร่ น่าน อุตรดิตถ์ ตาก สุโขทัย "
     "พิษณุโลก และแม่ฮ่องสอน รวมทั้งสิ้น 180 คน", [180]),
    # hundreds and thousands in words
    ("มีประชาชนเข้าร่วมงานกว่าสองร้อยคน", [200]),
    ("ผู้เข้าร่วมพิธีประมาณ 3 ร้อยคน", [300]),
    ("ชาวบ้านมาร่วมงานเกือบพันคน", [1000]),
    ("มีผู้เข้าร่วมหลายร้อยคน และคิดเป็นร้อยละ 40", []),
    # the group a meeting or training is held for is who came
    ("ประธานสภาฯ นำประชุมสมาชิกสภาฯ 25 คน มีวาระสำคัญ", [25]),
    ("จะประชุมแกนนำ 40 คน ในเดือนหน้า", []),
    # troops and police are counted in นาย; ที่ประชุม is the meeting that decides, not who came
    ("มีกำลังพลและจิตอาสาเข้าร่วมกว่า 250 นาย", [250]),
    ("พิธีจัดขึ้นที่ลานวัด ท่ามกลางชาวบ้านราว 150 คน", [150]),
    ("มีผู้มาบริจาคโลหิตทั้งสิ้น 180 ราย", [180]),
    ("มีผู้สูงอายุมารับบริการทั้งสิ้น 95 คน", [95]),
    ("สมาชิกกลุ่ม 25 คนได้ไปศึกษาดูงานที่จังหวัดน่าน", [25]),
    ("มีชาวบ้านมาขอรับคำปรึกษา 48 ราย", [48]),
    ("ตลอดงานมีผู้เข้าชมประมาณ 9,000 คน", [9000]),
    ("นำเจ้าหน้าที่และ อสม. 45 คน ลงพื้นที่กำจัดลูกน้ำ", [45]),
    ("โรงเรียนรับเด็กเข้าเรียน 180 คน", []),
    ("จัดอบรมการใช้โดรนให้อาสาสมัคร 25 คน จาก 8 หมู่บ้าน", [25]),
    ("ที่ประชุมคณะกรรมการมีมติแต่งตั้งข้าราชการ จำนวน 9 ราย", []),
    # those who enrolled in a class that opened
    ("เปิดเรียนวันแรก มีผู้สูงอายุสมัครเรียน 54 คน", [54]),
    # the members who attended the meeting that voted
    ("กรรมการที่เข้าประชุม 11 คน ลงมติเห็นชอบ", [11]),
    # those who came to vote (not those entitled to); those who came to welcome a visitor
    ("มีเยาวชนมาใช้สิทธิ์ 80 คน จากผู้มีสิทธิ์ทั้งหมด 100 คน", [80]),
    ("มีสมาชิกมารอต้อนรับประมาณ 150 คน", [150]),
    ("มีคณะครูจาก 5 อำเภอมาศึกษาดูงาน 60 คน", [60]),
    # those handed something at the ceremony (a code with digits in what was handed)
    ("มอบหนังสืออนุญาต (ส.ป.ก.4-01) ให้เกษตรกร 120 ราย ณ หอประชุมอำเภอ", [120]),
    ("มอบถุงยังชีพให้ชุมชน 20 ชุด และจะฝึกอาสาสมัครเพิ่มอีก 30 คนในเดือนหน้า", []),
    ("มีเยาวชนและผู้ปกครองร่วมพิธีเปิด 65 คน", [65]),
    # representatives who received it on everyone's behalf
    ("มอบกรมธรรม์ให้อาสาสมัคร 900 คน โดยมีตัวแทนอาสาสมัครรับมอบ 80 คน", [900, 80]),
    # those checked or counselled at a service unit; a child sent into care is not there
    ("มีแรงงานเข้ารับการตรวจ 400 คน", [400]),
    ("ให้คำปรึกษาและช่วยกรอกคำขอแก่ชาวบ้าน 50 ราย", [50]),
    ("มีมติให้ส่งเด็ก 2 รายเข้ารับการดูแลในครอบครัวอุปถัมภ์", []),
    # the places a call for applicants offers
    ("เปิดรับสมัครเยาวชนอายุ 15-20 ปี จำนวน 30 คน เข้าร่วมค่าย", []),
])
def test_participant_counts(text, expected):
    assert [c.value for c in participant_counts(normalise_text(text))] == expected


SEMINAR = (
    "กองบริหารยุทธศาสตร์ ศอ.บต. จัดกิจกรรมประชุมเชิงปฏิบัติการถอดบทเรียนการทำงาน ระหว่างวันที่ 14-16 กันยายน 2563 "
    "ณ ห้องประชุมรัตนโกสินทร์ โรงแรมบี.พี.แกรนด์ทาวเวอร์ อำเภอหาดใหญ่ จังหวัดสงขลา\n"
    "โดยในวันที่ (14 กันยายน 2563 ) นาวาเอก จักรพงษ์ อภิมหาธรรม ผู้อำนวยการกอง เป็นประธานในพิธีเปิดฯ "
    "โดยมี อาจารย์อุทัย อัตถาพร วิทยากรผู้ทรงคุณวุฒิ และแกนนำชุมชน จำนวน 160 คน เข้าร่วม"
)


def test_one_event_for_a_date_inside_another_events_days():
    (event,), places, _ = events(SEMINAR)
    assert (event.start, event.end, event.participants) == ("2020-09-14", "2020-09-16", 160)
    venue = next(p for p in places if p.key == event.venue)
    province = next(p for p in places if p.key == event.province)
    assert venue.name == "ห้องประชุมรัตนโกสินทร์" and province.name == "สงขลา"
    assert event.name.startswith("กิจกรรมประชุมเชิงปฏิบัติการถอดบทเรียนการทำงาน")


def test_chair_speaker_and_organiser_from_actors():
    (event,), _, _ = events(
        SEMINAR,
        persons={"person:1": "จักรพงษ์ อภิมหาธรรม", "person:2": "อุทัย อัตถาพร"},
        orgs={"org:1": "กองบริหารยุทธศาสตร์", "org:2": "ศอ.บต."},
    )
    assert event.chair == "person:1"
    assert "person:2" in event.speakers and "person:1" not in event.speakers
    assert "org:2" in event.organizers
    labels = {label for label, _ in event.evidence}
    assert {"start", "participants", "venue", "province", "chair", "organizer:org:2"} <= labels
    for _, ev in event.evidence:
        assert SEMINAR[ev.start:ev.end] == ev.quote


def test_two_dated_happenings_are_two_events_with_their_own_counts():
    text = (
        "สงขลา – เมื่อวันที่ 9 สิงหาคม 2566 สภาองค์กรชุมชนตำบลชิงโค จัดเวทีประชุมสภาองค์กรชุมชน ประจำปี 2566 "
        "ณ ศาลาประชาคมบ้านหัวเขาแดง หมู่ที่ 2 ตำบลชิงโค โดยมีชาวบ้าน เข้าร่วมประมาณ 80 คน\n"
        "หลังจากนั้น ระหว่างวันที่ 30 สิงหาคม – 1 กันยายน 2566 สำนักงานภาคใต้ ได้จัดประชุมเชิงปฏิบัติการ "
        "ณ ห้องประชุมสมิหลา โรงแรมลีการ์เดนส์พลาซ่า มีผู้นำรุ่นใหม่เข้าร่วม 65 คน"
    )
    found, _, _ = events(text)
    assert [(e.start, e.end, e.participants) for e in found] == [
        ("2023-08-09", "2023-08-09", 80), ("2023-08-30", "2023-09-01", 65),
    ]


def test_programme_of_the_event_and_year_from_elsewhere():
    text = ("พช.พัทลุง เปิดเวที \"โครงการหมู่บ้านเศรษฐกิจพอเพียงต้นแบบ\" ปี 2566\n"
            "วันที่ 28 พฤศจิกายน เวลา 09.30 น. เป็นประธานเปิดการประชุมเชิงปฏิบัติการขับเคลื่อน"
            "โครงการหมู่บ้านเศรษฐกิจพอเพียงต้นแบบ ประจำปีงบประมาณ พ.ศ. 2566 เข้าร่วมจำนวนกว่า 120 คน")
    (event,), _, programmes = events(text)
    assert event.start == "2022-11-28" and event.participants == 120  # fiscal 2566 began October 2022
    assert event.programme == programmes[0].key
    assert event.name.startswith("การประชุมเชิงปฏิบัติการขับเคลื่อนโครงการหมู่บ้านเศรษฐกิจพอเพียงต้นแบบ")


def test_count_without_a_date_still_makes_an_event():
    (event,), _, _ = events("อบต. จัดอบรมแกนนำ มีผู้เข้าร่วม 45 คน")
    assert event.start is None and event.participants == 45


def test_no_event_without_a_date_or_count():
    assert events("สถาบันพัฒนาองค์กรชุมชนสนับสนุนงบประมาณแก่ชุมชน")[0] == ()


def test_the_last_day_to_apply_is_not_an_event():
    found, _, _ = events("ค่ายเยาวชนจัดระหว่างวันที่ 8-10 ธันวาคม 2567 สนใจสมัครได้ตั้งแต่บัดนี้ถึงวันที่ 25 พฤศจิกายน 2567")
    assert [e.start for e in found] == ["2024-12-08"]


def test_an_events_name_drops_a_quote_mark_left_open():
    (event,), _, _ = events('เชิญเยาวชนสมัครเข้าร่วม "ค่ายรักษ์ป่าต้นน้ำ ครั้งที่ 3" ระหว่างวันที่ 8-10 ธันวาคม 2567')
    assert '"' not in event.name and event.name.startswith("ค่ายรักษ์ป่าต้นน้ำ")


def test_an_opening_is_named_by_what_opened_not_by_who_came():
    (event,), _, _ = events("วันที่ 3 มีนาคม 2568 มูลนิธิเพื่อนแรงงาน เปิดศูนย์ให้คำปรึกษาแรงงาน มีแรงงานร่วมงานราว 90 คน")
    assert event.name.startswith("เปิดศูนย์ให้คำปรึกษาแรงงาน") and event.participants == 90


def test_those_handed_something_count_only_where_no_one_else_is_counted():
    (event,), _, _ = events("วันที่ 5 มิถุนายน 2567 มอบทุนการศึกษาแก่นักเรียนยากจน 1,500 คน จาก 80 โรงเรียน "
                            "โดยมีผู้ปกครองและนักเรียนตัวแทนเข้าร่วมพิธี 300 คน")
    assert event.participants == 300


def test_an_events_name_ends_before_its_weekday_and_date():
    (event,), _, _ = events("เทศบาลจัดพิธีปิดหลักสูตรโรงเรียนผู้สูงอายุ รุ่นที่ 2 เมื่อวันศุกร์ที่ 7 มีนาคม 2568 ณ หอประชุม")
    assert event.name == "พิธีปิดหลักสูตรโรงเรียนผู้สูงอายุ รุ่นที่ 2"


def test_an_events_name_ends_where_who_came_begins():
    (event,), _, _ = events("วันที่ 9 มีนาคม 2568 จัดเวทีรับฟังความคิดเห็นผู้นำศาสนา มีโต๊ะอิหม่าม และผู้นำสตรี เข้าร่วมราว 80 คน")
    assert event.name == "เวทีรับฟังความคิดเห็นผู้นำศาสนา" and event.participants == 80


def test_an_events_name_runs_past_words_ending_in_na_and_is_no_un_body():
    (event,), _, _ = events("วันที่ 10 มีนาคม 2568 อบจ. จัดประชุมชี้แจงผู้อำนวยการ รพ.สต. ที่ถ่ายโอนในปีงบประมาณ 2568 รวม 120 คน")
    assert event.name.endswith("ปีงบประมาณ 2568")
    (event,), _, _ = events("เมื่อวันที่ 4 มีนาคม 2568 โครงการพัฒนาแห่งสหประชาชาติ (UNDP) เปิดตัวโครงการ \"ชุมชนรับมือภัยแล้ง\"")
    assert event.name.startswith("เปิดตัวโครงการ")


def test_a_competition_is_named_by_its_title():
    (event,), _, _ = events("ระหว่างวันที่ 21-22 ธ.ค. 67 สมาคมคนพิการจัดการแข่งขันกีฬาคนพิการสัมพันธ์ ครั้งที่ 9 ณ สนามกีฬา")
    assert event.name == "การแข่งขันกีฬาคนพิการสัมพันธ์ ครั้งที่ 9" and event.end == "2024-12-22"


def test_an_event_word_before_a_count_names_no_event():
    (event,), _, _ = events("วันที่ 9 มีนาคม 2568 ส่งมอบฝายให้ชาวบ้าน มีชาวบ้านร่วมพิธีประมาณ 100 คน")
    assert event.name.startswith("ส่งมอบฝาย") or not event.name.startswith("พิธีประมา")


def test_a_headlines_total_does_not_take_the_place_of_each_events_count():
    found, _, _ = events("เครือข่ายจัดเวที 2 จังหวัด ผู้เข้าร่วมรวมกว่า 300 คน\n"
                         "ครั้งแรก เมื่อวันที่ 8 มีนาคม 2568 ที่หอประชุมอำเภอ มีชาวบ้านเข้าร่วม 180 คน\n"
                         "ครั้งที่สอง เมื่อวันที่ 15 มีนาคม 2568 ที่ศาลาวัด มีผู้เข้าร่วม 130 คน")
    assert [(e.start, e.participants) for e in found] == [("2025-03-08", 180), ("2025-03-15", 130)]


def test_a_market_day_is_named_by_its_market():
    (event,), _, _ = events("วันที่ 12 มีนาคม 2568 สำนักงานพัฒนาชุมชนอำเภอโพนทอง จัดตลาดนัดสินค้าชุมชน ณ ลานหน้าอำเภอ")
    assert event.name == "ตลาดนัดสินค้าชุมชน"


def test_a_word_that_ends_the_paragraph_before_does_not_touch_the_date():
    found, _, _ = events("พายุพัดบ้านพัง ไม่มีผู้เสียชีวิต\n\nวันที่ 4 มีนาคม 2568 นายอำเภอลงพื้นที่มอบถุงยังชีพ "
                         "โดยมีอาสาสมัครกว่า 40 คน ช่วยซ่อมบ้าน")
    assert [(e.start, e.participants) for e in found] == [("2025-03-04", 40)]


def test_the_date_of_a_fire_is_not_an_event():
    found, _, _ = events("จากเหตุเพลิงไหม้บ้านเรือนในชุมชนริมคลอง เมื่อคืนวันที่ 2 มีนาคม 2568 ล่าสุดวันที่ 4 มีนาคม 2568 "
                         "ผู้อำนวยการเขตลงพื้นที่ตรวจเยี่ยมผู้ประสบภัย")
    assert [e.start for e in found] == ["2025-03-04"]


def test_a_statements_own_date_and_a_resolution_it_cites_are_no_events():
    text = ("แถลงการณ์เครือข่ายเกษตรกร เรื่องราคาปุ๋ย\nวันที่ 10 เมษายน 2568\n"
            "ตามที่คณะรัฐมนตรีได้มีมติปรับเงื่อนไขโครงการสินเชื่อ เมื่อวันที่ 1 เมษายน 2568 นั้น เครือข่ายฯ ขอคัดค้าน")
    assert events(text)[0] == ()


@pytest.mark.parametrize("text", [
    # "since" a date: an ongoing relief operation, no happening
    "ตั้งแต่วันที่ 28 พฤศจิกายน 2567 เป็นต้นมา อาสาสมัครทำอาหารแจกผู้ประสบภัยวันละ 5,000 กล่อง",
    # the day someone spoke to the press
    "นายอำเภอเปิดเผยเมื่อวันที่ 12 มิถุนายน 2567 ว่า อำเภอได้ขุดลอกคลองครบทุกสาย",
    # the last day to apply
    "สนใจสมัครได้ที่สำนักงานจัดหางาน จนถึงวันที่ 30 มิถุนายน 2568 ไม่มีค่าใช้จ่าย",
    # the days accidents happened on
    "ศูนย์ฯ สรุปว่า ระหว่างวันที่ 11-17 เมษายน 2568 เกิดอุบัติเหตุ 80 ครั้ง",
    # the day a finding was published
    "ทีมนักวิจัยเผยแพร่ผลการสำรวจแรงงานสูงวัย เมื่อวันที่ 2 มิถุนายน 2568 โดยเก็บข้อมูลจาก 4 จังหวัด",
    # the day someone died
    "นายบุญ ใจดี อดีตกำนัน ถึงแก่กรรมอย่างสงบเมื่อวันที่ 4 มีนาคม 2568 สิริอายุ 80 ปี",
])
def test_dates_of_no_happening(text):
    assert events(text)[0] == ()




def test_deadline_is_not_an_event():
    found, _, _ = events("จัดประชุมเมื่อวันที่ 3 มีนาคม 2566 และให้ส่งรายงานภายในวันที่ 31 มีนาคม 2566")
    assert [e.start for e in found] == ["2023-03-03"]


@pytest.mark.parametrize("text, expected", [
    ("แกนนำ 60 คน จากทั่วประเทศเข้าร่วม", [60]),
    ("มีญาติผู้ดูแลเข้าอบรม 80 คน", [80]),
    # those a speaker taught at the event
    ("วิทยากรสาธิตการทำปุ๋ยหมักให้กับชาวบ้านราว 45 คน", [45]),
    ("สมาชิกใหม่ 120 คน เข้าร่วมเป็นสมาชิกกองทุน", []),
    ("จังหวัดมีผู้สูงอายุ 137,540 คน และอยู่ลำพังกว่า 9,800 คน โดยมีผู้เข้าร่วมประชุม 40 คน", [40]),
])
def test_counts_before_the_attend_word(text, expected):
    assert [c.value for c in participant_counts(text)] == expected


def test_opening_day_and_the_range_are_one_event():
    text = ("กรุงเทพฯ / วันนี้ (15 มีนาคม 2566) นางสาวพรทิพย์ สุขใจ เป็นประธานเปิดการสัมมนาวิชาการ "
            "ระหว่างวันที่ 15-16 มีนาคม 2566 มีผู้เข้าร่วมจากทั่วประเทศทั้งสิ้น 320 คน")
    (event,), _, _ = events(text)
    assert (event.start, event.end, event.participants) == ("2023-03-15", "2023-03-16", 320)


def test_announced_event_later_in_the_article_is_its_own_event():
    text = ("ตาก - วันที่ 5 ก.ค. 67 ที่โรงเรียนบ้านห้วยนกแล อำเภอท่าสองยาง จังหวัดตาก จัดกิจกรรมปลูกป่า "
            "โดยมีชาวบ้านร่วมกิจกรรมกว่า 250 คน\nนอกจากนี้ ในวันที่ 12 ก.ค. 67 จะมีการประชุมสรุปบทเรียน")
    found, _, _ = events(text)
    assert [(e.start, e.participants) for e in found] == [("2024-07-05", 250), ("2024-07-12", None)]


@pytest.mark.parametrize("text, expected", [
    ("นครพนม: 12 พ.ย. 2565 -- เครือข่ายฯ จัดประชุมขับเคลื่อนแผน ณ ศาลาประชาคมอำเภอธาตุพนม มีแกนนำ 11 อำเภอ รวม 88 คน", 88),
    ("วันที่ 3 ก.พ. 2566 ผู้ว่าราชการจังหวัดน่าน ลงพื้นที่ พร้อมรับฟังปัญหาจากราษฎรกว่า 120 คน", 120),
    ("วันที่ 22-24 เมษายน 2567 จะจัดอบรมผู้นำสตรีรุ่นใหม่ สำหรับกลุ่มเป้าหมาย 80 คน", None),
    ("วันที่ 8 มีนาคม 2567 ลงพื้นที่ตำบลที่มีประชากร 1,284 คน และผู้สูงอายุกว่า 300 คน", None),
])
def test_qualified_count_in_the_sentence_of_the_happening(text, expected):
    (event,), _, _ = events(text)
    assert event.participants == expected


def test_names_written_just_before_each_date():
    text = ("ที่ประชุมกำหนดจัดเวทีภาคเหนือ วันที่ 15 มี.ค. เวทีภาคอีสาน วันที่ 22 มี.ค. "
            "และเวทีภาคใต้ วันที่ 29 มี.ค. 2567 ตามลำดับ")
    found, _, _ = events(text)
    assert [(e.name, e.start) for e in found] == [
        ("เวทีภาคเหนือ", "2024-03-15"), ("เวทีภาคอีสาน", "2024-03-22"), ("เวทีภาคใต้", "2024-03-29"),
    ]


def test_one_paragraph_with_two_happenings_keeps_both_counts():
    text = ("เมื่อวันที่ 3 มีนาคม 2567 จัดเวทีประชาคม มีผู้เข้าร่วม 80 คน จากนั้นวันที่ 10 มีนาคม 2567 "
            "จัดอบรมแกนนำ มีผู้เข้าร่วม 45 คน")
    found, _, _ = events(text)
    assert [(e.start, e.participants) for e in found] == [("2024-03-03", 80), ("2024-03-10", 45)]


_PIECES = [
    "วันที่", " 22-23 ", "มิถุนายน", " 2567", "โครงการ", "“", "”", '"', "ณ ", "ห้องประชุม", "โรงแรม", " ", "\n",
    "จังหวัด", "สงขลา", "อำเภอ", "เมือง", "ตำบล", "หมู่ที่ ", "7", "บ้าน", "ผู้เข้าร่วม", "กว่า ", "70 คน",
    "เป็นประธาน", "กิจกรรมที่ 1 ", "ภาคใต้", "เลย", "(", ")", "Relate topics", ".", "ก.พ.", "–", "ปีงบประมาณ", "31",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_every_mention_and_evidence_quotes_the_text(pieces):
    found, places, programmes = events("".join(pieces))
    text = normalise_text("".join(pieces))
    for item in (*found, *places, *programmes):
        assert all(text[m.start:m.end] == m.quote for m in item.mentions)
    for event in found:
        assert all(text[ev.start:ev.end] == ev.quote for _, ev in event.evidence)
        assert event.start is None or event.start <= event.end


def test_listed_speakers_before_the_cue():
    text = ("เมื่อวันที่ 9 สิงหาคม 2566 จัดเวทีประชุม โดยนายสุริยา หมัดอาดัม, นางรอฮานี เจะหลง และนางสาวปิยนุช ทองสม "
            "คณะทำงานขบวนองค์กรชุมชน ร่วมเป็นวิทยากรกระบวนการ ส่วนนายสมชาย ใจดี กล่าวว่า เห็นด้วย")
    names = {"person:1": "สุริยา หมัดอาดัม", "person:2": "รอฮานี เจะหลง", "person:3": "ปิยนุช ทองสม",
             "person:4": "สมชาย ใจดี"}
    (event,), _, _ = events(text, persons=names)
    assert set(event.speakers) == {"person:1", "person:2", "person:3"}


def test_organisers_joined_before_the_verb():
    text = ("เมื่อวันพุธที่ 17 มกราคม 2567 กองทุนสวัสดิการชุมชนตำบลนางาม ร่วมกับสภาองค์กรชุมชนตำบลนางาม "
            "องค์การบริหารส่วนตำบลนางาม และเครือข่ายสวัสดิการชุมชนจังหวัดร้อยเอ็ด จัดงานมหกรรมสวัสดิการชุมชน")
    orgs = {"org:1": "กองทุนสวัสดิการชุมชนตำบลนางาม", "org:2": "สภาองค์กรชุมชนตำบลนางาม",
            "org:3": "องค์การบริหารส่วนตำบลนางาม", "org:4": "เครือข่ายสวัสดิการชุมชนจังหวัดร้อยเอ็ด"}
    (event,), _, _ = events(text, orgs=orgs)
    assert set(event.organizers) == set(orgs)


def test_a_province_named_only_later_is_not_the_events_province():
    text = ("จัดประชุมสมัชชาคนจนเมือง ระหว่างวันที่ 9 - 10 พ.ย. 2565 ณ หอประชุมใหญ่ มหาวิทยาลัยธรรมศาสตร์\n"
            "การประชุมครั้งถัดไปจะจัดที่จังหวัดขอนแก่น")
    (event,), places, _ = events(text)
    assert event.province is None
    assert next(p for p in places if p.name == "หอประชุมใหญ่").province is None


def test_venue_introduced_by_na_later_in_the_events_part():
    text = ("วันที่ 21 ธันวาคม 2565 เวลา 13.00 น.\nนายสำรวย เกษกุล ผู้ว่าราชการจังหวัด เป็นประธานในพิธีเปิดการประชุม\n"
            "ณ ห้องประชุมศูนย์แสดงสินค้า องค์การบริหารส่วนจังหวัดศรีสะเกษ")
    (event,), places, _ = events(text, persons={"person:1": "สำรวย เกษกุล"})
    venue = next(p for p in places if p.key == event.venue)
    assert venue.name == "ห้องประชุมศูนย์แสดงสินค้า" and event.chair == "person:1"


@pytest.mark.parametrize("text, expected", [
    ("มีน้องๆ จาก 6 ศูนย์การเรียนรู้มาร่วม 48 คน รวมพี่เลี้ยงอาสาแล้วทั้งค่ายก็ 59 คนพอดี", [59]),
    # so many per village, with a qualifier between
    ("ขอเชิญผู้แทนเข้าร่วมประชุม หมู่บ้านละไม่น้อยกว่า 10 คน", []),
    # those who came out of the whole number that could have come
    ("มีกรรมการเข้าร่วมประชุม 21 คน จากทั้งหมด 25 คน", [21]),
    ("สมาชิกเข้าร่วมประชุม 812 คน จากสมาชิกทั้งหมด 4,100 คน", [812]),
])
def test_a_total_after_its_part(text, expected):
    assert [c.value for c in participant_counts(text)] == expected


def test_cases_visited_are_not_attendance():
    (event,), _, _ = events("วันที่ 4 มีนาคม 2568 อสม. ลงพื้นที่เยี่ยมบ้านผู้ป่วยติดเตียงที่บ้านนาหอ หมู่ที่ 2 ตำบลนาหอ จำนวน 6 ราย")
    assert event.participants is None


def test_a_count_in_a_roundups_own_item_is_that_items_event():
    text = ("ข่าวชุมชนรอบสัปดาห์\n• น่าน – กลุ่มเยาวชนบ้านนาเหลืองปลูกป่า เมื่อวันที่ 3 มีนาคม 2568\n"
            "• แพร่ – ชมรมผู้สูงอายุตำบลทุ่งโฮ้งจัดรำวงย้อนยุค มีผู้เข้าร่วมกว่า 150 คน")
    assert [(e.start, e.participants) for e in events(text)[0]] == [("2025-03-03", None), (None, 150)]


@pytest.mark.parametrize(("text", "expected"), [
    # a list of who came and its total line
    ("วันที่ 8 มกราคม 2568 อำเภอจัดประชุมคณะกรรมการ\nผู้เข้าร่วมประชุม ประกอบด้วย\n"
     "1. นายเอ ดีงาม ปลัดอำเภอ\n2. นางบี ใจดี เกษตรอำเภอ\nรวมทั้งสิ้น 41 คน\n\nที่ประชุมมีมติให้สำรวจแหล่งน้ำ", [41]),
    # a team led out counts only where no one else is counted
    ("วันที่ 4 ตุลาคม 2567 ผู้กำกับนำตำรวจ 6 นาย ลงพื้นที่ชุมชนริมน้ำ พบปะเยาวชน มีเยาวชนเข้าร่วมกิจกรรม 48 คน", [48]),
    # a group led to see the work came
    ("เมื่อวันที่ 9 กันยายน 2568 เกษตรอำเภอนำเกษตรกรรุ่นใหม่ 25 คน จากโครงการเกษตรกรน้อย มาศึกษาดูงานที่ศูนย์ฯ", [25]),
    # members led to a rally came
    ("เมื่อวันที่ 3 มีนาคม 2568 เครือข่ายเกษตรกรนำสมาชิกกว่า 400 คน จาก 5 จังหวัด ชุมนุมหน้าศาลากลาง", [400]),
    # the graduates of a graduation
    ("จัดพิธีมอบประกาศนียบัตรแก่นักเรียนโรงเรียนผู้สูงอายุ รุ่นที่ 3 เมื่อวันที่ 14 มีนาคม 2568 "
     "มีผู้สูงอายุสำเร็จการศึกษา 48 คน", [48]),
    # a later paragraph that points back at the ceremony counts who stood by
    ("มูลนิธิส่งมอบแท็งก์น้ำให้โรงเรียนบ้านห้วยหก เมื่อวันที่ 2 เมษายน 2568\n\n"
     "ผู้อำนวยการโรงเรียนกล่าวว่า นักเรียนจะมีน้ำดื่มตลอดปี\n\n"
     "ในพิธีส่งมอบ มีกำนันตำบลแม่คะร่วมเป็นสักขีพยาน พร้อมผู้ปกครองกว่า 70 คน", [70]),
])
def test_participants_of_the_events(text, expected):
    assert [e.participants for e in events(text)[0]] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the day someone spoke is an event's day when something was done that day
    ("เจ้าอาวาสเปิดเผยเมื่อวันที่ 12 มิถุนายน 2567 ว่า วัดตั้งธนาคารข้าว "
     "วันเดียวกันนั้น มีพิธีเปิดธนาคารข้าว มีชาวบ้านร่วมงาน 120 คน", ["2024-06-12"]),
    # a meeting that passed a resolution is an event
    ("ที่ประชุมคณะกรรมการกองทุนได้มีมติอนุมัติเงินกู้ เมื่อวันที่ 1 เมษายน 2568", ["2025-04-01"]),
    # a letter's own date is no event; the meeting it calls is
    ("ที่ ลป 0017/ว 21\nสำนักงานพัฒนาชุมชนจังหวัดลำปาง\n\n3 มีนาคม 2568\n\nเรื่อง ขอเชิญประชุม\n\n"
     "เรียน ผู้นำกลุ่มอาชีพ\n\nด้วยสำนักงานฯ กำหนดประชุมในวันที่ 10 มีนาคม 2568 ณ ห้องประชุมสำนักงาน", ["2025-03-10"]),
    # the day someone retired is no event; the welcome on the day of the order is
    ("กรมออกคำสั่งลงวันที่ 5 พฤษภาคม 2568 ให้นายเอ มีสุข เป็นพัฒนาการจังหวัด แทนนายบี ดีใจ ซึ่งเกษียณอายุราชการ"
     "เมื่อวันที่ 30 กันยายน 2567\n\nวันที่ 12 พฤษภาคม 2568 ข้าราชการจัดพิธีต้อนรับ ณ ศาลากลางจังหวัด", ["2025-05-12"]),
    # the day a director spoke to the press is no event; the send-off he announced is
    ("วันนี้ (28 ก.พ. 68) นายเอ ดีงาม ผู้อำนวยการสำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัด เปิดเผยว่า "
     "จังหวัดประกาศห้ามเผา\n\nเครือข่ายอาสาจะจัดพิธีปล่อยขบวนอาสาดับไฟป่า ในวันที่ 3 มี.ค. 68 ที่ลานหน้าศาลากลาง",
     ["2025-03-03"]),
    # but the day of a visit told before what the visitor said is
    ("นางบี ใจดี พาณิชย์จังหวัด ซึ่งมาเยี่ยมชมตลาดเมื่อวันที่ 19 ตุลาคม 2568 กล่าวว่า จะช่วยออกแบบบรรจุภัณฑ์",
     ["2025-10-19"]),
])
def test_the_days_of_the_events(text, expected):
    assert [e.start for e in events(text)[0]] == expected
