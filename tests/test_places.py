"""Places: provinces in every written form, regions, districts, subdistricts, villages, venues."""
from __future__ import annotations

import pytest

from phakhi.records import Article, PlaceType
from phakhi.recognise.places import recognise_places
from phakhi.text.normalise import normalise_text
from phakhi.text.segment import segment


def places(text: str):
    return recognise_places(segment(Article("t", "t", normalise_text(text))))


def provinces(text: str) -> set[str]:
    return {p.name for p in places(text) if p.type is PlaceType.PROVINCE}


def of_type(text: str, kind: PlaceType) -> dict[str, object]:
    return {p.name: p for p in places(text) if p.type is kind}


@pytest.mark.parametrize("text, expected", [
    ("ณ ศาลากลางจังหวัดสงขลา", {"สงขลา"}),
    ("ที่ อ.หาดใหญ่ จ.สงขลา", {"สงขลา"}),
    ("สงขลา – เมื่อวันที่ 9 สิงหาคม 2566", {"สงขลา"}),
    ("ผู้แทนจาก กทม. และ กรุงเทพฯ", {"กรุงเทพมหานคร"}),
    ("ณ กรุงเทพมหานคร", {"กรุงเทพมหานคร"}),
    ("ภาคใต้ 6 จังหวัด(พัทลุง ชุมพร กระบี่ พังงา ปัตตานี นครศรีธรรมราช)",
     {"พัทลุง", "ชุมพร", "กระบี่", "พังงา", "ปัตตานี", "นครศรีธรรมราช"}),
    ("สำนักงานพัฒนาชุมชนจังหวัดพัทลุง จัดขึ้น", {"พัทลุง"}),  # inside an organisation's name
    ("พช.จันทบุรี ร่วมประชุม", {"จันทบุรี"}),
    ("จังหวัดใกล้เคียง (สตูล พัทลุง ตรัง)", {"สตูล", "พัทลุง", "ตรัง"}),
    ("ชาวโคราชร่วมงาน", {"นครราชสีมา"}),
    ("จังหวัดพระนครศรีอยุธยา", {"พระนครศรีอยุธยา"}),
    ("ทีมงานจากนครศรีฯ", {"นครศรีธรรมราช"}),
    ("สภาองค์กรชุมชนจังหวัดศรีสะเกศ", {"ศรีสะเกษ"}),
    ("ชาวอุบล และ จ.สุพรรณ", {"อุบลราชธานี", "สุพรรณบุรี"}),
    ("นางอุบล ศรีสุข กล่าว", set()),
    ("ชาวอุดรร่วมงาน และทีมจากนราฯ ปทุมฯ", {"อุดรธานี", "นราธิวาส", "ปทุมธานี"}),
    ("นายอุดร ใจดี และนางกาญจนา มีสุข กล่าว", set()),
])
def test_provinces_in_every_written_form(text, expected):
    assert provinces(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("ข้อมูลนี้เผยแพร่ทางเว็บไซต์ ไม่เลยสักครั้ง", set()),  # แพร่, เลย as everyday words
    ("นำผ้าไปตากแดด และน่านน้ำไทย", set()),  # ตาก, น่าน inside words
    ("อำเภอตากใบ จังหวัดนราธิวาส", {"นราธิวาส"}),  # a district named with a province word
    ("จังหวัดเลย และ จ.แพร่ และจังหวัดน่าน", {"เลย", "แพร่", "น่าน"}),
    ("นายชุมพร ใจดี กล่าว", set()),  # a person's given name
    ("นางสาวพลอย ใสสะอาด ณ อยุธยา กล่าว", set()),  # a family's royal lineage
    ("สำนักงานตั้งอยู่ถนนเพชรบุรี และมีบัญชีธนาคารกรุงเทพ", set()),  # a road, a bank
    ("พื้นที่ 5 จังหวัด ได้แก่ ยะลา ปัตตานี ตาก", {"ยะลา", "ปัตตานี", "ตาก"}),  # a list marks it
    # the seat a body is named by, without จังหวัด
    ("ส่งต่อผู้ป่วยไปโรงพยาบาลน่าน และมหาวิทยาลัยราชภัฏเลย", {"น่าน", "เลย"}),
    ("นักศึกษามหาวิทยาลัยแม่โจ้-แพร่ เฉลิมพระเกียรติ ลงพื้นที่", {"แพร่"}),
    ("โรคแพร่ระบาดในโรงพยาบาลหลายแห่ง ไม่มีใครช่วยเลย", set()),
])
def test_province_words_that_are_everyday_words(text, expected):
    assert provinces(text) == expected


def test_province_record_has_standard_name_and_dopa_code():
    (p,) = [p for p in places("ณ จ.อุดรธานี") if p.type is PlaceType.PROVINCE]
    assert (p.name, p.code, p.province) == ("อุดรธานี", "41", "อุดรธานี")
    assert p.mentions[0].quote == "อุดรธานี"


def test_district_and_subdistrict_linked_through_the_written_chain():
    found = places("ณ บ้านธารเลิศ เทศบาลตำบลหมากแข้ง อำเภอเมือง จังหวัดอุดรธานี")
    district = next(p for p in found if p.type is PlaceType.DISTRICT)
    tambon = next(p for p in found if p.type is PlaceType.SUBDISTRICT)
    province = next(p for p in found if p.type is PlaceType.PROVINCE)
    assert (district.name, district.code, district.within) == ("เมือง", "4101", province.key)
    assert (tambon.name, tambon.code, tambon.within) == ("หมากแข้ง", "410101", district.key)


def test_mueang_district_written_whole():
    d = of_type("อำเภอเมืองพัทลุง จังหวัดพัทลุง", PlaceType.DISTRICT)
    assert d["เมืองพัทลุง"].code == "9301"


def test_repeated_name_gets_no_code_without_its_province():
    # ตำบลนาดี exists in many provinces; the article names none of them
    d = of_type("สภาองค์กรชุมชนตำบลนาดี ร่วมประชุม", PlaceType.SUBDISTRICT)
    assert d["นาดี"].code is None and d["นาดี"].province is None


def test_repeated_name_resolved_by_the_articles_province():
    d = of_type("จังหวัดสงขลา มีการประชุมที่อำเภอหาดใหญ่ ในตำบลคอหงส์", PlaceType.SUBDISTRICT)
    assert d["คอหงส์"].province == "สงขลา" and d["คอหงส์"].code is not None


@pytest.mark.parametrize("text", [
    "ทั้ง 20 อำเภอ และระดับตำบลซึ่งเป็นพื้นที่สำคัญ",
    "แบ่งเป็นโซนๆ ละ 5 อำเภอ ตำบลละ 15 คน",
    "ผู้แทนเขต 11 และเขตสุขภาพ",
])
def test_generic_type_words_are_not_places(text):
    kinds = {p.type for p in places(text)}
    assert not kinds & {PlaceType.DISTRICT, PlaceType.SUBDISTRICT}


def test_bangkok_khet_and_khwaeng():
    found = places("ณ ชุมชนในแขวงคลองเตย เขตคลองเตย กรุงเทพมหานคร")
    names = {(p.type, p.name) for p in found}
    assert (PlaceType.DISTRICT, "คลองเตย") in names and (PlaceType.SUBDISTRICT, "คลองเตย") in names


@pytest.mark.parametrize("text, expected", [
    ("การขยายผลไปยังจังหวัดอื่นในพื้นที่ภาคใต้", {"ภาคใต้"}),
    ("ผู้อำนวยการสำนักงานภาคใต้ กล่าว", set()),  # an office, not the region
    ("ความรุนแรงในจังหวัดชายแดนภาคใต้ และ จชต.", {"จังหวัดชายแดนภาคใต้"}),
    ("ชุมชนในภาคอีสาน และภาคเหนือ", {"ภาคตะวันออกเฉียงเหนือ", "ภาคเหนือ"}),
    ("เครือข่ายภาคอีสาน ร่วมประชุม", set()),  # a network named after the region
    ("ภาคตะวันออกเฉียงเหนือ และภาคตะวันออก", {"ภาคตะวันออกเฉียงเหนือ", "ภาคตะวันออก"}),
])
def test_regions(text, expected):
    assert set(of_type(text, PlaceType.REGION)) == expected


def test_room_within_hotel_and_district_after():
    found = of_type(
        "ณ ห้องประชุมรัตนโกสินทร์ โรงแรมบี.พี.แกรนด์ทาวเวอร์ อำเภอหาดใหญ่ จังหวัดสงขลา", PlaceType.VENUE
    )
    room, hotel = found["ห้องประชุมรัตนโกสินทร์"], found["โรงแรมบี.พี.แกรนด์ทาวเวอร์"]
    assert room.within == hotel.key and hotel.province == "สงขลา"


@pytest.mark.parametrize("text, expected", [
    ("ณ ห้อง War Room ชั้น 5 กรมการพัฒนาชุมชน", {"ห้อง War Room"}),
    ("ที่ห้องประชุมพัทลุง ชั้น 3 ศาลากลางจังหวัดพัทลุง นายอนุชา", {"ห้องประชุมพัทลุง", "ศาลากลางจังหวัดพัทลุง"}),
    ("ในวันที่ 20 พฤษภาคม 2565 ณ หอประชุมอำเภอทุ่งสง เพื่อจัดทำแผน", {"หอประชุมอำเภอทุ่งสง"}),
    ("ณ ศาลาการเปรียญวัดบ้านนางาม ตำบลนางาม", {"ศาลาการเปรียญวัดบ้านนางาม"}),
    ("ณ วัดป่าสุทธาวาส โดยมีพระครู", {"วัดป่าสุทธาวาส"}),
    ("ได้วัดผลการเรียนรู้ และใช้ห้องน้ำ", set()),  # วัด, ห้อง as ordinary words
    ("ที่ประชุมมีมติ และที่ห้องประชุมดังกล่าว", set()),
])
def test_venues_with_their_end(text, expected):
    assert set(of_type(text, PlaceType.VENUE)) == expected


def test_villages_with_their_number():
    found = of_type("บ้านควนดินแดง หมู่ที่ 7 ตำบลพนางตุง อำเภอควนขนุน จังหวัดพัทลุง", PlaceType.VILLAGE)
    village = found["บ้านควนดินแดง"]
    assert village.province == "พัทลุง" and village.within is not None


def test_nothing_from_a_related_articles_list():
    text = "จังหวัดสงขลา จัดประชุม\nRelate topics\n- พอช. ลงพื้นที่ อำเภอปะนาเระ ปัตตานี\n- สตูล ร่วมเวที"
    assert provinces(text) == {"สงขลา"}


@pytest.mark.parametrize("text, expected", [
    ("นายสุรินทร์ พิจิตรา และนางสาวพะเยาว์ ใจบุญ ร่วมสาธิต", set()),  # surnames that start with a province
    ("ณ ห้องประชุมพระยาพิชัย ชั้น 2 ศาลากลางจังหวัดอุตรดิตถ์", {"อุตรดิตถ์"}),  # ชุมพร across ประชุม|พระยา
    # a district whose name ends with another province's (ศรีเชียงใหม่ is in หนองคาย); เมือง… is the province's own
    ("กองทุนเทศบาลตำบลศรีเชียงใหม่ อำเภอศรีเชียงใหม่ จังหวัดหนองคาย", {"หนองคาย"}),
    ("ที่อำเภอเมืองเชียงใหม่", {"เชียงใหม่"}),
    # a province inside an everyday word written without spaces; a body's name that ends with one
    ("สมาชิกขอให้ลดอัตราดอกเบี้ยลง โดยอาจารย์จากมหาวิทยาลัยขอนแก่นให้คำแนะนำ", {"ขอนแก่น"}),
    # a lake or river named after a province is water, not the province
    ("ชาวประมงพัทลุงจับปลาในทะเลสาบสงขลา และลุ่มน้ำน่านแห้ง", {"พัทลุง"}),
])
def test_province_names_inside_longer_words(text, expected):
    assert provinces(text) == expected


def test_room_takes_the_province_of_its_building():
    room = of_type("ณ ห้องประชุมพระยาพิชัย ชั้น 2 ศาลากลางจังหวัดอุตรดิตถ์", PlaceType.VENUE)["ห้องประชุมพระยาพิชัย"]
    assert room.province == "อุตรดิตถ์"


@pytest.mark.parametrize("text, expected", [
    ("ชาวบ้านจากบ้านหัวเขาแดง หมู่ที่ 2 ตำบลชิงโค", {"บ้านหัวเขาแดง"}),
    ("กลุ่มทอผ้าหมู่ที่ ๗ ตำบลนาเชือก อำเภอยางตลาด", {"หมู่ที่ 7"}),
    ("ชาวบ้านร่วมกันปลูกผัก", set()),
])
def test_village_names(text, expected):
    assert set(of_type(text, PlaceType.VILLAGE)) == expected


@pytest.mark.parametrize("text, expected", [
    ("ส่งสินค้าไปยังสาธารณรัฐประชาธิปไตยประชาชนลาว (สปป.ลาว)", {"สาธารณรัฐประชาธิปไตยประชาชนลาว"}),
    ("ผู้แทนจากประเทศกัมพูชาและประเทศไทย", {"กัมพูชา", "ไทย"}),
    ("ร้านอาหารจีนในชุมชน", set()),
])
def test_countries(text, expected):
    assert set(of_type(text, PlaceType.COUNTRY)) == expected


@pytest.mark.parametrize("text, expected", [
    ("นายสุรินทร์ ใจดี ประธานสภา กล่าวว่า สุรินทร์ เห็นด้วย", set()),  # a given name, used again bare
    ("นายสุรินทร์ ใจดี เดินทางไปจังหวัดสุรินทร์", {"สุรินทร์"}),  # marked: the province
    ("นายสมชาย สุรินทร์ ผู้ใหญ่บ้าน", set()),  # a family name
    ("ผู้แทนจากจังหวัดสุรินทร์ และบุรีรัมย์", {"สุรินทร์", "บุรีรัมย์"}),
])
def test_province_names_that_are_also_personal_names(text, expected):
    assert provinces(text) == expected


def test_hotel_names_with_spaces_end_before_the_province():
    found = of_type("ที่โรงแรมเซ็นทารา แกรนด์ แอท เซ็นทรัลพลาซา ลาดพร้าว กรุงเทพมหานคร นางสาวพรทิพย์", PlaceType.VENUE)
    assert set(found) == {"โรงแรมเซ็นทารา แกรนด์ แอท เซ็นทรัลพลาซา ลาดพร้าว"}


def test_room_named_by_the_body_that_owns_it():
    assert set(of_type("ณ ห้องประชุม อบต.บ้านแหง โดยมีผู้เข้ารับการอบรม", PlaceType.VENUE)) == {"ห้องประชุม อบต.บ้านแหง"}


def test_mueang_of_two_provinces_are_two_districts():
    found = [p for p in places("อำเภอเมือง จังหวัดสงขลา และอำเภอเมือง จังหวัดพัทลุง") if p.type is PlaceType.DISTRICT]
    assert sorted((p.name, p.province, p.code) for p in found) == [("เมือง", "พัทลุง", "9301"), ("เมือง", "สงขลา", "9001")]


def test_a_name_read_before_its_province_is_one_place():
    found = of_type("ตำบลชิงโค ร่วมประชุม\nสภาองค์กรชุมชนตำบลชิงโค อำเภอสิงหนคร จังหวัดสงขลา", PlaceType.SUBDISTRICT)
    assert len(found) == 1 and found["ชิงโค"].province == "สงขลา" and len(found["ชิงโค"].mentions) == 2


def test_venue_and_village_take_the_province_of_their_address():
    text = ("สภาองค์กรชุมชนตำบลชิงโค อำเภอสิงหนคร จังหวัดสงขลา เชื่อมกับจังหวัดใกล้เคียง (สตูล พัทลุง ตรัง)\n"
            "ณ ศาลาประชาคมบ้านหัวเขาแดง หมู่ที่ 2 ตำบลชิงโค เพื่อทบทวนแผน")
    assert of_type(text, PlaceType.VENUE)["ศาลาประชาคมบ้านหัวเขาแดง"].province == "สงขลา"
    assert of_type(text, PlaceType.VILLAGE)["บ้านหัวเขาแดง"].province == "สงขลา"


@pytest.mark.parametrize("text, expected", [
    ("ขยายผลไปยังเชียงราย พะเยา น่าน แพร่ เลย ตาก และตราด ในปีหน้า",
     {"เชียงราย", "พะเยา", "น่าน", "แพร่", "เลย", "ตาก", "ตราด"}),
    ("พื้นที่นำร่อง 5 จังหวัด ได้แก่ น่าน แพร่ เลย ตาก และตราด", {"น่าน", "แพร่", "เลย", "ตาก", "ตราด"}),
    ("ตัวแทนจาก น่าน แพร่ และเลย ร่วมเวที", {"น่าน", "แพร่", "เลย"}),  # three in a row are a list
    ("ชาวบ้านนำผ้าไปตาก แล้วก็เลย ไปทำนา", set()),
    ("เครือข่าย 2 จังหวัด ได้แก่ น่าน และแพร่ ร่วมงาน", {"น่าน", "แพร่"}),  # introduced as a list
    ("ผ้าที่ตาก เลย ไม่แห้ง", set()),
    ("#น่าน #เที่ยวเมืองรอง #ชุมชนท่องเที่ยว", {"น่าน"}),  # a hashtag marks the province
])
def test_a_list_licenses_every_province_in_it(text, expected):
    assert provinces(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("นักเรียนสาธิตกระบี่กระบองในงานวัด", set()),
    ("ชมรมกระบี่กระบองจังหวัดกระบี่ ร่วมแสดง", {"กระบี่"}),
    ("ชาวบ้านเดินทางไปพักตากอากาศริมทะเล", set()),
    ("น้ำจากเขื่อนอุบลรัตน์ ไหลลงลำน้ำพอง", set()),
    ("นักศึกษามหาวิทยาลัยนราธิวาสราชนครินทร์ ลงพื้นที่", {"นราธิวาส"}),
])
def test_province_name_at_the_start_of_a_longer_word(text, expected):
    assert provinces(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("ลงพื้นที่ตำบลสุโขทัย อำเภอเมือง จังหวัดพิษณุโลก เยี่ยมกลุ่มทอผ้าบ้านสุโขทัย ซึ่งสุโขทัยมีชื่อเรื่องผ้า", {"พิษณุโลก"}),
    ("ชาวบ้านลำปางร่วมงาน ที่ตำบลลำปาง และจังหวัดลำปาง", {"ลำปาง"}),  # marked once: the province too
])
def test_a_province_name_used_for_a_subdistrict_or_village_needs_a_marker(text, expected):
    assert provinces(text) == expected
