"""Persons and titles: what a careful reader finds, and what they do not."""
from __future__ import annotations

import pytest

from actors_support import actors_of, persons

FOUND = [
    # title attached, title spaced, extra spaces
    ("นายธนภณ เมืองเฉลิม ผู้อำนวยการสำนักงานภาคใต้ กล่าวเปิดเวที", {("นาย", "ธนภณ เมืองเฉลิม")}),
    ("นาย กมล ปุยยะรุน ผู้อำนวยการสำนักพัฒนาผู้นำ ร่วมกับภาคี", {("นาย", "กมล ปุยยะรุน")}),
    ("นาย สุเมธ  วงศ์คำ  นายอำเภอเชียงคาน มอบนโยบาย", {("นาย", "สุเมธ วงศ์คำ")}),
    # stacked and abbreviated academic titles
    ("ผศ.ดร.วรวุฒิ ชูแก้ว คณบดีคณะเศรษฐศาสตร์ บรรยายพิเศษ", {("ผศ. ดร.", "วรวุฒิ ชูแก้ว")}),
    ("ผศ.ดร. อนันต์ รักษ์ศรี อาจารย์ประจำสาขาวิชาพัฒนาชุมชน เป็นวิทยากร", {("ผศ. ดร.", "อนันต์ รักษ์ศรี")}),
    ("รศ.ดร.วิภาวรรณ แสงทอง คณบดีคณะพยาบาลศาสตร์ ร่วมเสวนา", {("รศ. ดร.", "วิภาวรรณ แสงทอง")}),
    ("ดร.อรทัย ก๊กผล ผู้อำนวยการสถาบันพระปกเกล้า บรรยายพิเศษ", {("ดร.", "อรทัย ก๊กผล")}),
    # military, police and acting ranks
    ("ซึ่งมีว่าที่ร้อยตรี อัครวิทย์ หมื่นกุล มาเป็นวิทยากร", {("ว่าที่ร้อยตรี", "อัครวิทย์ หมื่นกุล")}),
    ("ว่าที่ ร.ต.หญิง สุภาพร ศรีเมือง นักวิเคราะห์นโยบายและแผนชำนาญการ กล่าวรายงาน",
     {("ว่าที่ ร.ต.หญิง", "สุภาพร ศรีเมือง")}),
    ("นาวาเอก จักรพงษ์ อภิมหาธรรม เป็นประธานในพิธีเปิด", {("นาวาเอก", "จักรพงษ์ อภิมหาธรรม")}),
    ("พล.ต.อ.สมศักดิ์ ใจกล้า ประธานมูลนิธิเพื่อการพัฒนาชนบท กล่าวว่า", {("พล.ต.อ.", "สมศักดิ์ ใจกล้า")}),
    ("พ.ต.ท.อนุวัฒน์ แก้วมณี สารวัตรใหญ่สถานีตำรวจภูธรรือเสาะ ร่วมประชุม", {("พ.ต.ท.", "อนุวัฒน์ แก้วมณี")}),
    ("จ.ส.อ.ประยุทธ มั่นคง ผู้ใหญ่บ้านหมู่ที่ 5 ร่วมต้อนรับคณะ", {("จ.ส.อ.", "ประยุทธ มั่นคง")}),
    ("ร.ต.อ.หญิง สมใจ ดีมาก รองสารวัตร สภ.หาดใหญ่ บรรยาย", {("ร.ต.อ.หญิง", "สมใจ ดีมาก")}),
    ("ทพ.ญ.สุดารัตน์ ทองคำ ทันตแพทย์ชำนาญการ ให้บริการตรวจฟัน", {("ทพ.ญ.", "สุดารัตน์ ทองคำ")}),
    # a quotation, then the speaker
    ("“ชุมชนเราเข้มแข็งได้เพราะทุกคนร่วมมือกัน” นายบุญส่ง มั่นคง กล่าว", {("นาย", "บุญส่ง มั่นคง")}),
    # honorifics: คุณ, อาจารย์, นางสาว, น.ส.
    ("คุณ ปรีชา สถิตย์เรืองศักดิ์ ผอ.ภ.9 นิตยสารตำรวจเพื่อมวลชน รายงาน", {("คุณ", "ปรีชา สถิตย์เรืองศักดิ์")}),
    ("และอาจารย์วิเชียร แสงโชติ มาเป็นวิทยากรให้ความรู้", {("อาจารย์", "วิเชียร แสงโชติ")}),
    ("น.ส.กนกพร วงศ์ใหญ่ หัวหน้ากลุ่มการพัฒนาสังคมและสวัสดิการ ชี้แจง", {("น.ส.", "กนกพร วงศ์ใหญ่")}),
    ("นางสาววันวิสาข์ นามแก้ว ผู้อำนวยการกลุ่มงานประสาน ร่วมรับฟัง", {("นางสาว", "วันวิสาข์ นามแก้ว")}),
    # monks, with and without a monastic name
    ("พระครูสุนทรธรรมโชติ เจ้าคณะตำบลนางาม เป็นประธานในพิธีเปิด", {("พระครู", "สุนทรธรรมโชติ")}),
    ("โดยพระมหาอำนาจ ปญฺญาวชิโร รองเจ้าอาวาสวัดบ้านนางาม ร่วมเสวนา", {("พระมหา", "อำนาจ ปญฺญาวชิโร")}),
    ("พระครูปลัดสุวัฒน์ สุวณฺโณ เจ้าอาวาสวัดป่าสามัคคี ให้โอวาท", {("พระครูปลัด", "สุวัฒน์ สุวณฺโณ")}),
    # a name followed directly by a role word, no space
    ("นายสมหมาย ใจเย็นผู้อำนวยการโรงเรียนบ้านหนองแวง กล่าวต้อนรับ", {("นาย", "สมหมาย ใจเย็น")}),
    # lists joined by commas and และ
    ("นางสาวศิริพร ใจงาม, นายวีระ คำดี และนางมาลี สุขสม เข้าร่วมประชุม",
     {("นางสาว", "ศิริพร ใจงาม"), ("นาย", "วีระ คำดี"), ("นาง", "มาลี สุขสม")}),
    # dictionary words can be family names; a verb after the given name is not
    ("นางอัมพร ชื่นใจ นักวิชาการพัฒนาชุมชนชำนาญการพิเศษ มอบเกียรติบัตร", {("นาง", "อัมพร ชื่นใจ")}),
    ("นายสมชาย กล่าวว่า การดำเนินงานในปีนี้ได้รับความร่วมมือเป็นอย่างดี", {("นาย", "สมชาย")}),
    ("นายสมชาย ใจดีกล่าวว่า ชุมชนเข้มแข็ง และนายวิชัยเปิดเผยว่า", {("นาย", "สมชาย ใจดี"), ("นาย", "วิชัย")}),
    # a family name that begins like a title is still a family name
    ("และคุณฟาตีมะห์ หะยีสาแม จากกลุ่มเยาวชน ร่วมแลกเปลี่ยน", {("คุณ", "ฟาตีมะห์ หะยีสาแม")}),
    # นาง + สาวิตรี, not นางสาว + ิตรี
    ("นางสาวิตรี ศรีสุข ประธานกลุ่มแม่บ้าน กล่าวว่า", {("นาง", "สาวิตรี ศรีสุข")}),
    # a title glued to a preceding function word
    ("กำนันบุญศรี ยังขอบคุณนายอุดม เตชะวงค์ ที่รับซื้อปุ๋ยหมัก", {("นาย", "อุดม เตชะวงค์")}),
    # royal-descent family names written with ณ
    ("นายสมชาย ณ อยุธยา ผู้ช่วยผู้อำนวยการ พอช. ชี้แจง", {("นาย", "สมชาย ณ อยุธยา")}),
    # no title at all, but a known given name, a family name and a role
    ("สมชาย ใจดี ผู้อำนวยการสำนักงานภาคใต้ กล่าวว่า การประชุมครั้งนี้สำคัญ", {("", "สมชาย ใจดี")}),
    # the credit line names a person without a title
    ("รายงานโดย สมศักดิ์ รักดี สำนักงานประชาสัมพันธ์จังหวัดน่าน", {("", "สมศักดิ์ รักดี")}),
    # a photo credit with a colon; a villager called by a kinship word, with a full name
    ("ชาวบ้านรับถุงยังชีพ (ภาพ : ธีรวัฒน์ ศรีสุข)", {("", "ธีรวัฒน์ ศรีสุข")}),
    ("ป้าสมศรี ทองดี อายุ 68 ปี เล่าว่าน้ำท่วมทุกปี", {("ป้า", "สมศรี ทองดี")}),
    # a weak title before a common-word given name with a known family name; a name between two roles
    ("วิทยากรคืออาจารย์วิภาวดี ทองคำ จากวิทยาลัยสารพัดช่างแพร่", {("อาจารย์", "วิภาวดี ทองคำ")}),
    ("ท่านนายกฯ อนุชา ศรีวิชัย นายกเทศมนตรีตำบลบ้านกลาง มอบหมาย", {("", "อนุชา ศรีวิชัย")}),
    # a given name written alone with the rest of its clause glued on
    ("นอกจากนี้ นายประจักษ์ได้เชิญชวนประชาชนร่วมงานตลาดนัดสีเขียว", {("นาย", "ประจักษ์")}),
    ("ในเวทีประชาคม โดยนางสายทองเสนอให้ อบต. สนับสนุนโรงเรือนตากกก", {("นาง", "สายทอง")}),
    ("ส่วนพระอธิการสมพรเล่าประสบการณ์ตั้งธนาคารข้าวร่วมกับชาวบ้าน", {("พระอธิการ", "สมพร")}),
    ("นายบุญมาจึงได้ชวนสมาชิกออมเงินวันละบาท", {("นาย", "บุญมา")}),
    # a family name that opens with a stop word or is a word, kept before a role
    ("วันที่ 9 ธ.ค. นางสาวซูไรดา หลังปูเต๊ะ พัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดสตูล มอบถุงยังชีพ",
     {("นางสาว", "ซูไรดา หลังปูเต๊ะ")}),
    ("โดยมีนายวิชัย ตั้งตรง ผู้อำนวยการเขตบางเขน ร่วมพิธี", {("นาย", "วิชัย ตั้งตรง")}),
    ("ผู้ว่าราชการจังหวัดหนองคาย นายเอกวิทย์ มีเพียร เป็นประธานเปิดงาน", {("นาย", "เอกวิทย์ มีเพียร")}),
    # …but a verb of saying is never a family name, even before a role
    ("นายสมชาย กล่าวว่า ผู้ว่าราชการจังหวัดเห็นด้วย", {("นาย", "สมชาย")}),
    # foreign staff written in English with an English honorific
    ("Ms. Laura Bennett ผู้แทน UNFPA และ Dr. Kenji Sato จาก JICA ร่วมประชุม",
     {("Ms.", "Laura Bennett"), ("Dr.", "Kenji Sato")}),
    # a Facebook-page post: a role used as the title (ท่านนายกฯ สุรชัย…, ผู้ว่าฯ …)
    ("วันนี้ท่านนายกฯ สุรชัย แก้วมณี ลงพื้นที่มอบถุงยังชีพ พร้อมผู้ว่าฯ ประยูร ทองสุข",
     {("", "สุรชัย แก้วมณี"), ("", "ประยูร ทองสุข")}),
    # a hill-tribe name whose syllables are also words (จะ…), with its family name, before a role
    ("ขณะที่ นายจะลอ จะหมื่อ ประธานเครือข่ายชาติพันธุ์ เล่าว่า", {("นาย", "จะลอ จะหมื่อ")}),
    # a Muslim pilgrim's title, in the spelling with ย
    ("ฮัจยีอับดุลเลาะ มะแซ รองประธานคณะกรรมการอิสลาม กล่าวว่า", {("ฮัจยี", "อับดุลเลาะ มะแซ")}),
    # a woman doctor's title that starts like the role แพทย์
    ("โดยมีแพทย์หญิงรัตนา ดีงาม กุมารแพทย์ ร่วมตรวจ", {("แพทย์หญิง", "รัตนา ดีงาม")}),
    # the northern village head's honorific
    ("พ่อหลวงสมศักดิ์ ใจดี ผู้ใหญ่บ้านห้วยหก เล่าว่า", {("พ่อหลวง", "สมศักดิ์ ใจดี")}),
    # a southern given name ending in the syllable และ, before its family name; "and" still is none
    ("นายมะสอและ ยูโซะ ประธานกลุ่ม และนายวีระและ คณะ ร่วมงาน", {("นาย", "มะสอและ ยูโซะ")}),
    # a kinship title before a given name that is also a word: a person when an age follows
    ("ลุงสมาน แก้วดี อายุ 74 ปี เล่าว่า และน้องเก่ง มากมาย อายุ 12 ปี", {("ลุง", "สมาน แก้วดี")}),
    # ท่าน before a foreign official's full name; never before a clause
    ("โดยมีท่านบุนมี ไชยะวง หัวหน้าแผนกแรงงาน และท่านใดสนใจ สมัครได้", {("ท่าน", "บุนมี ไชยะวง")}),
    # a Catholic sister and a brother of a religious order
    ("ซิสเตอร์อัญชลี ทองมา และบราเดอร์ปีเตอร์ สุขใจ ร่วมแจกข้าวสาร", {("ซิสเตอร์", "อัญชลี ทองมา"),
                                                                      ("บราเดอร์", "ปีเตอร์ สุขใจ")}),
    # a Thai name spelt again in English in brackets is one person; an English name alone is another
    ("ดร.สุดา แก้วใส (Dr. Suda Kaewsai) กล่าวต้อนรับ Ms. Anna Berg จากสวีเดน",
     {("ดร.", "สุดา แก้วใส"), ("Ms.", "Anna Berg")}),
    # a number, then a title spaced from a full name (a floor, then the person)
    ("ห้องประชุมชั้น 5 นาย ธวัช ศรีงาม ประธานในพิธี กล่าวเปิด", {("นาย", "ธวัช ศรีงาม")}),
    # a name of three parts (Burmese, Karen) before a role
    ("นางหน่อ เล ซอ ผู้จัดการศูนย์การเรียนรู้บ้านห้วยปลากั้ง กล่าวว่า", {("นาง", "หน่อ เล ซอ")}),
    # a southern Muslim's "older brother" before a full name; after an honorific the same letters start a name
    ("บังยูโซะ ดอเลาะ แกนนำชาวประมง และนางบังอร ทองมา ร่วมประชุม", {("บัง", "ยูโซะ ดอเลาะ"), ("นาง", "บังอร ทองมา")}),
    # a Thai traditional medicine practitioner's title
    ("พท.ป.ขวัญใจ ยาดี แพทย์แผนไทยประยุกต์ ให้คำแนะนำ", {("พท.ป.", "ขวัญใจ ยาดี")}),
    # a Karen elder's and a grandfather's address before full names
    ("พะตีสุเมธ ป่าไผ่งาม ผู้อาวุโส และปู่สม ใจดี เล่าว่า", {("พะตี", "สุเมธ ป่าไผ่งาม"), ("ปู่", "สม ใจดี")}),
    # a nickname in brackets between the names; a withheld family name is no name part
    ("คุยกับนางสมใจ (ยายใจ) ดีงาม ผู้ก่อตั้งกลุ่ม", {("นาง", "สมใจ ดีงาม")}),
    ("นางบัวผัน (สงวนนามสกุล) อายุ 61 ปี เล่าว่า", {("นาง", "บัวผัน")}),
    # "now" glued before the title
    ("ตอนนี้นายก้อง ใจดี ดูแลบัญชี", {("นาย", "ก้อง ใจดี")}),
    # appointed, glued before the title
    ("ที่ประชุมแต่งตั้งนายหาญ กล้าดี เป็นประธาน", {("นาย", "หาญ กล้าดี")}),
    # Catholic clergy and religious: a baptismal name, then the Thai given and family names
    ("พระสังฆราชยอห์น สมพร ใจเย็น ประมุขสังฆมณฑลนครสวรรค์ และบาทหลวงสมชาย ใจดี กล่าวว่า",
     {("พระสังฆราช", "ยอห์น สมพร ใจเย็น"), ("บาทหลวง", "สมชาย ใจดี")}),
    # a northern elder's address before a full name (but a merchant and parents are no one)
    ("พ่อบุญมา แสนดี อายุ 70 ปี เล่าว่า พ่อค้าคนกลางมากดราคา และพ่อแม่ ผู้ปกครอง มาร่วม", {("พ่อ", "บุญมา แสนดี")}),
    # a name of three parts, then whom the person speaks for
    ("นายซอ มิน ทุน ตัวแทนแรงงาน กล่าวผ่านล่ามว่า", {("นาย", "ซอ มิน ทุน")}),
    # "once held" and "moved" after a given name are no family name
    ("ก่อนหน้านี้ นายธนกร เคยดำรงตำแหน่งปลัดอำเภอ และนายธนกร ย้ายไปเป็นนายอำเภอ", {("นาย", "ธนกร")}),
    # a family name with its royal lineage; ณ before a room is "at"
    ("นางสาวพลอย ใสสะอาด ณ อยุธยา และนายต้น ดีงาม ณ ห้องประชุม", {("นางสาว", "พลอย ใสสะอาด ณ อยุธยา"), ("นาย", "ต้น ดีงาม")}),
]

NOT_PERSONS = [
    # roles that begin like a title: นายก, นายอำเภอ, นายกเทศมนตรี, นายแพทย์…จังหวัด
    "นายอำเภอเมืองยโสธร เป็นประธานในพิธี โดยมีนายกเทศมนตรีเมืองยโสธร ร่วมเปิดงาน",
    "นายก อบต.นาแก้ว กล่าวรายงาน และนายกองค์การบริหารส่วนตำบลนางาม ร่วมต้อนรับ",
    "ผู้แทนนายแพทย์สาธารณสุขจังหวัดพะเยา ร่วมประชุม",
    # people named only by role
    "ผู้แทนพัฒนาการจังหวัด ผู้แทนศึกษาธิการจังหวัด และผู้ว่าราชการจังหวัด ร่วมประชุม",
    # two dictionary words before a role are not a name
    "ทะเล สีคราม ผู้อำนวยการกอง ร่วมประชุม",
    # after a role, two dictionary words are not a name
    "ท่านนายกฯ ลงพื้นที่ ผู้ว่าฯ ห่วงใย ชาวบ้าน ประธาน ประสงค์ ให้ช่วยกัน",
    # kinship words without a full name, or before common words
    "น้องๆ และพี่เลี้ยง รวมถึงพี่น้องชาวบ้าน น้องใหม่ และน้องมะลิ อายุ 12 ปี ร่วมค่าย",
    # a weak title glued into a common word before two more words
    "คุณภาพชีวิต ดีขึ้น และคุณค่าของ ชุมชน ยังคงอยู่",
    # a title glued into a common word (นายจ้าง), a role after a role-like title, a body after a title-like role
    "ทั้งครอบครัว นายจ้าง เจ้าหน้าที่รัฐ และโรงเรียน",
    "มีอิหม่าม คอเต็บ บิหลั่น และคณะกรรมการมัสยิดร่วมประชุม",
    # คุณ as part of a common word
    "คุณภาพชีวิตที่ดี ด้วยการมีส่วนร่วมของชุมชน และผู้ทรงคุณวุฒิ ให้ข้อเสนอ",
    # the employer and the broker, not นาย and a name
    "ลูกเรือได้ค่าอาหาร และนายจ้างยึดหนังสือเดินทางไว้ ส่วนนายหน้าจัดหางานหายตัวไป",
    # a kind of teacher after a title-like role
    "มีโต๊ะอิหม่าม ครูตาดีกา และผู้นำสตรี เข้าร่วมเวที",
    # นาย after a number counts officers
    "ส่งตำรวจ 24 นาย ออกตรวจตราตลาดนัด และทหารอีก 10 นาย ช่วยขนของ",
]


@pytest.mark.parametrize(("text", "expected"), FOUND, ids=[e[0][:24] for e in FOUND])
def test_persons_found_with_titles(text, expected):
    assert persons(text) == expected


@pytest.mark.parametrize("text", NOT_PERSONS, ids=[t[:24] for t in NOT_PERSONS])
def test_no_person_where_there_is_none(text):
    assert persons(text) == set()


def test_given_name_alone_later_is_the_same_person():
    text = ("นางบุญเรือน พลศักดิ์ ประธานกองทุนสวัสดิการชุมชนตำบลนางาม รายงานว่า กองทุนเติบโต\n"
            "ขณะที่บุญเรือน เสนอให้ขยายผล และนางบุญเรือน ยังกล่าวอีกว่า")
    (person,) = actors_of(text).persons
    assert person.name == "บุญเรือน พลศักดิ์"
    assert len(person.mentions) == 3
    assert [m.quote for m in person.mentions][1:] == ["บุญเรือน", "นางบุญเรือน"]


def test_title_and_given_name_later_is_the_same_person():
    text = "อาจารย์ประสาน ดีงาม จากวิทยาลัยชุมชนน่าน ร่วมแลกเปลี่ยน ก่อนที่อาจารย์ประสาน จะสรุปผล"
    (person,) = actors_of(text).persons
    assert (person.title, person.name, len(person.mentions)) == ("อาจารย์", "ประสาน ดีงาม", 2)


def test_nothing_from_related_article_lists():
    text = ("นายสมชาย ใจดี ผู้อำนวยการสำนักงานภาคใต้ กล่าวเปิดงาน\n"
            "ข่าวที่เกี่ยวข้อง\n- นายวิชัย ศรีสุข ประธานสภาองค์กรชุมชนตำบลหนองบัว รับรางวัล")
    assert persons(text) == {("นาย", "สมชาย ใจดี")}


def test_every_mention_quotes_the_text():
    text = "นายธนภณ เมืองเฉลิม ผู้อำนวยการสำนักงานภาคใต้ กล่าวว่า ต่อมานายธนภณ ได้มอบเกียรติบัตร"
    a = actors_of(text)
    for p in a.persons:
        for ev in p.mentions:
            assert ev.quote == text[ev.start:ev.end] and ev.rule.startswith("person.")


def test_a_given_name_with_a_clause_glued_on_is_the_person_named_before():
    text = "นายอนุรักษ์ ใจมั่น ประธานกรรมาธิการ รับเรื่อง ต่อมา นายอนุรักษ์รับปากว่าจะติดตาม"
    (person,) = actors_of(text).persons
    assert person.name == "อนุรักษ์ ใจมั่น" and len(person.mentions) == 2


def test_a_monk_whose_name_starts_like_someone_else_keeps_it():
    text = "นายสุนทร ทองดี ร่วมงาน และพระครูสุนทรธรรมวัฒน์ เจ้าอาวาสวัดป่า เล่าว่า"
    assert {p.name for p in actors_of(text).persons} == {"สุนทร ทองดี", "สุนทรธรรมวัฒน์"}
