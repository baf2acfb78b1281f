"""Organisations: name boundaries, aliases, abbreviations, units and generic groups."""
from __future__ import annotations

import pytest

from actors_support import actors_of, orgs, units

NAMES = [
    # the end boundary: stop before verbs, ร่วมกับ, จัด, dates
    ("คณะทำงานขบวนองค์กรชุมชนจังหวัดอุดรธานี จัดโครงการพัฒนาศักยภาพแกนนำ",
     {"คณะทำงานขบวนองค์กรชุมชนจังหวัดอุดรธานี", "ขบวนองค์กรชุมชนจังหวัดอุดรธานี"}),
    ("สำนักงานพัฒนาชุมชนจังหวัดพัทลุงกำหนดแผนงาน", {"สำนักงานพัฒนาชุมชนจังหวัดพัทลุง"}),
    ("กองทุนสวัสดิการชุมชนตำบลนางาม ร่วมกับสภาองค์กรชุมชนตำบลนางาม จัดงานมหกรรม",
     {"กองทุนสวัสดิการชุมชนตำบลนางาม", "สภาองค์กรชุมชนตำบลนางาม"}),
    # the legal form kept, attached or spaced
    ("สถาบันพัฒนาองค์กรชุมชน (องค์การมหาชน) สนับสนุนงบประมาณ", {"สถาบันพัฒนาองค์กรชุมชน (องค์การมหาชน)"}),
    ("เมื่อวันที่ 5 มีนาคม 2566 บริษัท ไทยเบฟเวอเรจ จำกัด (มหาชน) มอบถุงยังชีพ",
     {"บริษัท ไทยเบฟเวอเรจ จำกัด (มหาชน)"}),
    # foundations, associations, universities, hospitals, schools, local government
    ("มูลนิธิรักษ์ไทย และสมาคมพัฒนาประชากรและชุมชน จัดเวทีแลกเปลี่ยน",
     {"มูลนิธิรักษ์ไทย", "สมาคมพัฒนาประชากรและชุมชน"}),
    ("ณ หอประชุมองค์การบริหารส่วนตำบลนาแก้ว อำเภอเกาะคา จังหวัดลำปาง", {"องค์การบริหารส่วนตำบลนาแก้ว"}),
    ("สภาองค์กรชุมชนตำบลท่าช้าง อำเภอบางกล่ำ จังหวัดสงขลา จัดประชุมสามัญ", {"สภาองค์กรชุมชนตำบลท่าช้าง"}),
    # a place word ending the name, its place after a space
    ("สภาองค์กรชุมชนตำบล นางาม จัดประชุม", {"สภาองค์กรชุมชนตำบล นางาม"}),
    ("ผศ.วันเพ็ญ แก้วประเสริฐ รองคณบดีฝ่ายวิชาการ วิทยาลัยพยาบาลบรมราชชนนี นครพนม สาธิตการดูแล",
     {"วิทยาลัยพยาบาลบรมราชชนนี นครพนม"}),
    # federations, parties, state enterprises, courts, agencies, police; not a pavilion (ศาลา)
    ("สหพันธ์เกษตรกรภาคเหนือ และพรรคเพื่อไทย ร่วมกับการไฟฟ้าส่วนภูมิภาคจังหวัดน่าน จัดกิจกรรม ณ ศาลาประชาคม",
     {"สหพันธ์เกษตรกรภาคเหนือ", "พรรคเพื่อไทย", "การไฟฟ้าส่วนภูมิภาคจังหวัดน่าน"}),
    ("องค์การสวนยาง และศาลจังหวัดสงขลา ร่วมประชุม โดยตำรวจภูธรจังหวัดสงขลาดูแลความปลอดภัย",
     {"องค์การสวนยาง", "ศาลจังหวัดสงขลา", "ตำรวจภูธรจังหวัดสงขลา"}),
    # a known abbreviation alone; an abbreviation with a province
    ("ศอ.บต. จัดกิจกรรมประชุมเชิงปฏิบัติการถอดบทเรียน", {"ศอ.บต."}),
    # churches and religious orders: a council, a diocese's centre, a congregation of sisters
    ("สภาคริสตจักรในประเทศไทย ศูนย์สังคมพัฒนาสังฆมณฑลอุดรธานี และคณะภคินีพระกุมารเยซู ร่วมแจกข้าว",
     {"สภาคริสตจักรในประเทศไทย", "ศูนย์สังคมพัฒนาสังฆมณฑลอุดรธานี", "คณะภคินีพระกุมารเยซู"}),
    # the sea or region a centre serves, after a space
    ("ศูนย์วิจัยทรัพยากรทางทะเล ฝั่งอันดามัน และสำนักบริหารพื้นที่อนุรักษ์ ภาคใต้ตอนบน สำรวจหญ้าทะเล",
     {"ศูนย์วิจัยทรัพยากรทางทะเล ฝั่งอันดามัน", "สำนักบริหารพื้นที่อนุรักษ์ ภาคใต้ตอนบน"}),
    # a court ends before the verb after its province; a group ends before จดทะเบียน
    ("ศาลปกครองเชียงใหม่สั่งระงับโครงการ และกลุ่มทอผ้าบ้านดอนจดทะเบียนเป็นวิสาหกิจ",
     {"ศาลปกครองเชียงใหม่", "กลุ่มทอผ้าบ้านดอน"}),
    # a national network or association needs no place; homeworkers, a kind of people with ที่ in it
    ("เครือข่ายผู้ป่วยโรคไตประเทศไทย และกลุ่มผู้รับงานไปทำที่บ้านชุมชนคลองเตย ร่วมเสวนา",
     {"เครือข่ายผู้ป่วยโรคไตประเทศไทย", "กลุ่มผู้รับงานไปทำที่บ้านชุมชนคลองเตย"}),
    # a hospital's crisis centre, whose name has ได้ in it; schools of the border patrol police as a kind
    ("ศูนย์พึ่งได้ (OSCC) โรงพยาบาลสกลนคร รับเรื่อง และครูในโรงเรียนตำรวจตระเวนชายแดน 12 แห่ง",
     {"ศูนย์พึ่งได้", "โรงพยาบาลสกลนคร", "ตำรวจตระเวนชายแดน"}),
    # an office whose district is followed by what it does; an irrigation office named like a project
    ("ให้สำนักงานเกษตรอำเภอท่าวังผาแนะนำเกษตรกร และหัวหน้าโครงการชลประทานน่าน ร่วมสำรวจ",
     {"สำนักงานเกษตรอำเภอท่าวังผา", "โครงการชลประทานน่าน"}),
    # a network named by its cause; a movement spanning the country's regions; a purpose clause after a name
    ("เครือข่ายลดบริโภคหวาน และเครือข่ายคนไร้บ้าน 4 ภาค ประสานกรมเจ้าท่าเพื่อหาทางออก",
     {"เครือข่ายลดบริโภคหวาน", "เครือข่ายคนไร้บ้าน 4 ภาค", "กรมเจ้าท่า"}),
    # a fund of a level "throughout" a zone ends before ทั่ว
    ("ใช้งบกองทุนหลักประกันสุขภาพเทศบาลตำบลนาดีทั่วเขตสุขภาพ", {"กองทุนหลักประกันสุขภาพเทศบาลตำบลนาดี"}),
    # a working group of a level, appointed by an order
    ("คำสั่งอำเภอ เรื่อง แต่งตั้งคณะทำงานขับเคลื่อนการพัฒนาคุณภาพชีวิตระดับอำเภอ",
     {"คณะทำงานขับเคลื่อนการพัฒนาคุณภาพชีวิตระดับอำเภอ"}),
    # UNDP spelt in Thai letters holds the letters of UN
    ("ยูเอ็นดีพีมอบรางวัล โครงการพัฒนาแห่งสหประชาชาติ (UNDP) ร่วมกับเยาวชน", {"โครงการพัฒนาแห่งสหประชาชาติ"}),
    # a network of the East; an evacuation centre ends before the temple it is at
    ("เครือข่ายประชาชนตะวันออก ร่วมกับเทศบาลตำบลนาดี ตั้งศูนย์อพยพตำบลนาดีที่วัดนาดี",
     {"เครือข่ายประชาชนตะวันออก", "เทศบาลตำบลนาดี", "ศูนย์อพยพตำบลนาดี"}),
    # a headline's verb glued to a group; a province's chamber of commerce
    ("กลุ่มทอผ้าบ้านนาดีคว้ารางวัล\nประธานหอการค้าจังหวัดเลย ร่วมแสดงความยินดี", {"กลุ่มทอผ้าบ้านนาดี", "หอการค้าจังหวัดเลย"}),
    # a national association with its royal patronage cut short, and its provincial branch
    ("ประธานสมาคมสภาผู้สูงอายุแห่งประเทศไทยฯ สาขาจังหวัดเลย กล่าวว่า",
     {"สมาคมสภาผู้สูงอายุแห่งประเทศไทยฯ สาขาจังหวัดเลย", "สมาคมสภาผู้สูงอายุแห่งประเทศไทยฯ"}),
    # a council member's constituency is no part of the municipality
    ("นางดารา ดีงาม สมาชิกสภาเทศบาลเมืองน่าน เขต 3 อภิปราย", {"เทศบาลเมืองน่าน"}),
    # faculties named after a field that is not a ศาสตร์
    ("อาจารย์คณะทรัพยากรธรรมชาติ และคณะสิ่งแวดล้อม สำรวจ ส่วนคณะเกษตรกรมาดูงาน",
     {"คณะทรัพยากรธรรมชาติ", "คณะสิ่งแวดล้อม"}),
    ("พช.จันทบุรี ร่วมประชุมเตรียมความพร้อม", {"พช.จันทบุรี"}),
    # an international body and its Latin abbreviation
    ("มูลนิธิรักษ์ไทย ร่วมกับองค์การอนามัยโลก (WHO) จัดเวที", {"มูลนิธิรักษ์ไทย", "องค์การอนามัยโลก"}),
    # a police station by abbreviation, glued to the rank-role before it
    ("พ.ต.ท.สุรชัย มีสุข สวป.สภ.เมืองยะลา สั่งการ", {"สภ.เมืองยะลา"}),
    # a long name that a bracketed abbreviation closes, past a word that would end it elsewhere
    ("ศูนย์ประสานงานด้านการพัฒนาในพื้นที่สูงตามแนวพระราชดำริจังหวัดตาก (ศปพส.จ.ตาก) รายงานผล",
     {"ศูนย์ประสานงานด้านการพัฒนาในพื้นที่สูงตามแนวพระราชดำริจังหวัดตาก"}),
    ("สำนักงานเกษตรจังหวัดยโสธรจัดโครงการอบรมผู้นำ (อผน.) ขึ้น", {"สำนักงานเกษตรจังหวัดยโสธร"}),
    # an abbreviation with a province and an education-area number
    ("นายวิทยา คงดี ผอ.สพป.ลำพูน เขต 2 ตรวจเยี่ยมโรงเรียน", {"สพป.ลำพูน เขต 2"}),
    # a university joined to its place by a hyphen, the royal suffix, a campus after a space
    ("มหาวิทยาลัยเทคโนโลยีราชมงคลล้านนา-ตาก ร่วมกับวิทยาลัยชุมชนน่าน เฉลิมพระเกียรติ จัดอบรม",
     {"มหาวิทยาลัยเทคโนโลยีราชมงคลล้านนา-ตาก", "วิทยาลัยชุมชนน่าน เฉลิมพระเกียรติ"}),
    ("นักศึกษาจากมหาวิทยาลัยราชภัฏอุตรดิตถ์ แม่สอด มาช่วยสอน", {"มหาวิทยาลัยราชภัฏอุตรดิตถ์ แม่สอด"}),
    # a club or group named by its members' abbreviation and a place
    ("ชมรม อสม.ตำบลนาดี และกลุ่มอสม.บ้านโคกสูง ร่วมรณรงค์", {"ชมรม อสม.ตำบลนาดี", "กลุ่มอสม.บ้านโคกสูง"}),
    # a village after an abbreviation runs to its end, not to a shorter tambon name inside it
    ("เจ้าหน้าที่ รพ.สต.บ้านหนองแสงทอง ออกเยี่ยมบ้าน", {"รพ.สต.บ้านหนองแสงทอง"}),
    # a long quote is someone's words: the bodies in it are named as usual
    ('"ขอบคุณสำนักงานพัฒนาชุมชนจังหวัดแพร่ที่ช่วยเหลือชาวบ้านมาตลอด ปีนี้เราจะทำต่อไป" ผู้ใหญ่บ้านกล่าว',
     {"สำนักงานพัฒนาชุมชนจังหวัดแพร่"}),
    # a quoted proper name after a group's head word, named as written; not a chat group
    ('กลุ่ม "ลูกหลานเมืองแพร่" ร่วมกับวิสาหกิจชุมชน “ผ้าทอบ้านนาแหลม” จัดงาน และตั้งกลุ่ม "ไลน์" ไว้ติดต่อ',
     {'กลุ่ม "ลูกหลานเมืองแพร่"', "วิสาหกิจชุมชน “ผ้าทอบ้านนาแหลม”"}),
    # a network of the border region is named; a bare type with the border is not
    ("นักข่าวพลเมืองจากเครือข่ายเยาวชนรักษ์ชายแดน และกลุ่มชายแดน ร่วมงาน", {"เครือข่ายเยาวชนรักษ์ชายแดน"}),
    # a type of body takes its subdistrict or district written after a space, never the province
    ("สภาองค์กรชุมชน ตำบลบ้านเหล่า และกองทุนสวัสดิการชุมชน ต.บ้านเหล่า อ.เมืองแพร่ และกลุ่มแม่บ้าน จังหวัดแพร่ ร่วมงาน",
     {"สภาองค์กรชุมชน ตำบลบ้านเหล่า", "กองทุนสวัสดิการชุมชน ต.บ้านเหล่า"}),
    # a regional centre numbered with ที่ and its seat after a space
    ("ศูนย์อนามัยที่ 2 พิษณุโลก ร่วมกับสำนักงานป้องกันควบคุมโรคที่ 2 พิษณุโลก ลงพื้นที่",
     {"ศูนย์อนามัยที่ 2 พิษณุโลก", "สำนักงานป้องกันควบคุมโรคที่ 2 พิษณุโลก"}),
    # military units need a number or a place
    ("มณฑลทหารบกที่ 39 ร่วมกับหน่วยพัฒนาการเคลื่อนที่ 22 และกองร้อยอาสารักษาดินแดนจังหวัดแพร่ ซ่อมบ้าน "
     "ส่วนชาวบ้านต่างกองพันกันมาช่วย",
     {"มณฑลทหารบกที่ 39", "หน่วยพัฒนาการเคลื่อนที่ 22", "กองร้อยอาสารักษาดินแดนจังหวัดแพร่"}),
    # organisations named in English: by an English head word, or known to the gazetteer
    ("ได้รับทุนจาก Hill Area Development Foundation และ Mekong Youth Network ร่วมกับ UN Women",
     {"Hill Area Development Foundation", "Mekong Youth Network", "UN Women"}),
    ("อ่านต่อได้ที่ Facebook Page ของโครงการ", set()),
    # a work unit written before its university or hospital (credit lines)
    ("ข่าว/ภาพ : งานประชาสัมพันธ์ มหาวิทยาลัยราชภัฏสกลนคร", {"งานประชาสัมพันธ์", "มหาวิทยาลัยราชภัฏสกลนคร"}),
    # a known agency whose name is written with spaces
    ("โดยกรมอุทยานแห่งชาติ สัตว์ป่า และพันธุ์พืช ร่วมจัดเวที", {"กรมอุทยานแห่งชาติ สัตว์ป่า และพันธุ์พืช"}),
    # a working group named by its task; a committee's type and its task as a clause are not
    ("เสนอโดยคณะทำงานยกร่างข้อเสนอเชิงนโยบาย 7 คน ขณะที่คณะกรรมการหมู่บ้าน และคณะกรรมการมัสยิดลงทะเบียนเยาวชนทุกคน",
     {"คณะทำงานยกร่างข้อเสนอเชิงนโยบาย"}),
    # a division with its body written after it; a role's wing and a bare division are not
    ("ฝ่ายสื่อสารองค์กร พอช. รายงาน ส่วนรองคณบดีฝ่ายวิชาการ และ (ฝ่ายสื่อสาร) ไม่ใช่", {"ฝ่ายสื่อสารองค์กร", "พอช."}),
    # a council of a local government; an embassy
    ("สภาองค์การบริหารส่วนตำบลหนองบัว และสถานเอกอัครราชทูตเยอรมนีประจำประเทศไทย ร่วมกัน",
     {"สภาองค์การบริหารส่วนตำบลหนองบัว", "สถานเอกอัครราชทูตเยอรมนีประจำประเทศไทย"}),
    # the legal form closes a cooperative's name; สหกรณ์จังหวัด… is an official, not a cooperative
    ("ณ สหกรณ์การเกษตรโนนสูง จำกัด อำเภอโนนสูง โดยนายเอก ดีมาก สหกรณ์จังหวัดนครราชสีมา ร่วมงาน",
     {"สหกรณ์การเกษตรโนนสูง จำกัด"}),
    # two bodies joined by และ; a verb phrase after a head is not a name; a generic โครงการ before a body
    ("โครงการทั้งสองนี้เป็นนโยบายของมหาเถรสมาคมและสำนักงานพระพุทธศาสนาแห่งชาติ ที่ต้องการ และมหาวิทยาลัยให้ความสำคัญ",
     {"มหาเถรสมาคม", "สำนักงานพระพุทธศาสนาแห่งชาติ"}),
    # a college named after the province's city
    ("อาจารย์วิทยาลัยพยาบาลบรมราชชนนี นครลำปาง บรรยาย", {"วิทยาลัยพยาบาลบรมราชชนนี นครลำปาง"}),
    # English names by International or Fund
    ("ร่วมกับ Plan International และ Kindred Futures Fund (KFF) จัดอบรม",
     {"Plan International", "Kindred Futures Fund"}),
    # a type of facility without its place is not one body; จัดการศึกษา is part of a division's name
    ("ศูนย์พัฒนาเด็กเล็กในสังกัด อปท. และศูนย์พัฒนาเด็กเล็กบ้านนาดี และกองส่งเสริมและพัฒนาการจัดการศึกษาท้องถิ่น ร่วมประชุม",
     {"ศูนย์พัฒนาเด็กเล็กบ้านนาดี", "กองส่งเสริมและพัฒนาการจัดการศึกษาท้องถิ่น"}),
    # a company named in several words; a numbered facility with its area; a Bangkok bureau (not "in" the city);
    # an area office's section with its body after it; a bare district office is a type
    ("โดยบริษัท ซีพี ออลล์ จำกัด (มหาชน) และศูนย์บริการสาธารณสุข 54 ลุมพินี สำนักอนามัย กรุงเทพมหานคร "
     "ส่วนสำนักงานเขตจะประสาน ข่าว : กลุ่มส่งเสริมการจัดการศึกษา สพป.ร้อยเอ็ด เขต 2",
     {"บริษัท ซีพี ออลล์ จำกัด (มหาชน)", "ศูนย์บริการสาธารณสุข 54 ลุมพินี", "สำนักอนามัย", "กลุ่มส่งเสริมการจัดการศึกษา",
      "สพป.ร้อยเอ็ด เขต 2"}),
    # bodies of different levels stay apart however alike their names
    ("สภาองค์กรชุมชนตำบลจังหวัดศรีสะเกษ และสภาองค์กรชุมชนจังหวัดศรีสะเกษ ร่วมประชุม",
     {"สภาองค์กรชุมชนตำบลจังหวัดศรีสะเกษ", "สภาองค์กรชุมชนจังหวัดศรีสะเกษ"}),
    # a school whose name opens with its district
    ("ในศูนย์พักพิงที่โรงเรียนศรีสำโรงชนูปถัมภ์ มีผู้ประสบภัย", {"โรงเรียนศรีสำโรงชนูปถัมภ์"}),
    # a network named by its cause that defines its own abbreviation; a campus written with its university
    ("เครือข่ายผู้หญิงภาคประชาสังคมเพื่อสันติภาพ หรือ คปส. จัดเวทีที่มหาวิทยาลัยสงขลานครินทร์ วิทยาเขตปัตตานี",
     {"เครือข่ายผู้หญิงภาคประชาสังคมเพื่อสันติภาพ", "มหาวิทยาลัยสงขลานครินทร์ วิทยาเขตปัตตานี",
      "มหาวิทยาลัยสงขลานครินทร์"}),  # a campus names its university too
    # a university's business incubator
    ("ทีมจากหน่วยบ่มเพาะวิสาหกิจ มหาวิทยาลัยพะเยา ลงพื้นที่", {"หน่วยบ่มเพาะวิสาหกิจ", "มหาวิทยาลัยพะเยา"}),
    # Latin words in a group's name, then its province
    ("กลุ่ม Young Smart Farmer จังหวัดชัยนาท และชมรม TO BE NUMBER ONE จังหวัดน่าน ร่วมกิจกรรม",
     {"กลุ่ม Young Smart Farmer จังหวัดชัยนาท", "ชมรม TO BE NUMBER ONE จังหวัดน่าน"}),
    # a district's administration office is a body, except where it is only the place
    ("นายกอบชัย ดีงาม ปลัดอำเภอ ที่ว่าการอำเภอเชียงแสน ชี้แจง ส่วนพิธีจัดที่ลานอเนกประสงค์ที่ว่าการอำเภอแม่จัน "
     "และ ณ ที่ว่าการอำเภอพาน", {"ที่ว่าการอำเภอเชียงแสน"}),
    ("ข่าว : งานประชาสัมพันธ์ ที่ทำการปกครองอำเภอนาหมื่น", {"งานประชาสัมพันธ์", "ที่ทำการปกครองอำเภอนาหมื่น"}),
    # a national park's office; a numbered regional office (ภาค 4)
    ("เจ้าหน้าที่อุทยานแห่งชาติเขาสก และสำนักงานทรัพยากรน้ำภาค 8 ร่วมสำรวจ",
     {"อุทยานแห่งชาติเขาสก", "สำนักงานทรัพยากรน้ำภาค 8"}),
    # a House committee named by its subjects, listed with spaces, the last after และ
    ("คณะกรรมาธิการการแรงงาน สวัสดิการสังคม และความมั่นคงของมนุษย์ สภาผู้แทนราษฎร ลงพื้นที่ชุมชน",
     {"คณะกรรมาธิการการแรงงาน สวัสดิการสังคม และความมั่นคงของมนุษย์", "สภาผู้แทนราษฎร"}),
    # an international body's Thai name with อินเตอร์เนชั่นแนล and its country office
    ("องค์การเวิลด์วิชั่น อินเตอร์เนชั่นแนล ประเทศไทย มอบทุนการศึกษา",
     {"องค์การเวิลด์วิชั่น อินเตอร์เนชั่นแนล ประเทศไทย"}),
    # a body named before its programme owner (โครงการ…ของกรม…) is still a body
    ("ชาวบ้านสมัครโครงการปลูกผักปลอดภัยของกรมส่งเสริมการเกษตร จำนวนมาก", {"กรมส่งเสริมการเกษตร"}),
    # a group of those who share water or a trade is a body; a club qualified by its university after it
    ("นางแก้ว ดีใจ ประธานกลุ่มผู้เลี้ยงโคบ้านหนองไผ่ เล่าว่า", {"กลุ่มผู้เลี้ยงโคบ้านหนองไผ่"}),
    ("นักศึกษาชมรมค่ายอาสา มหาวิทยาลัยราชภัฏสุรินทร์ ออกค่าย ต่อมา ชมรมค่ายอาสา ได้สรุปผล",
     {"ชมรมค่ายอาสา", "มหาวิทยาลัยราชภัฏสุรินทร์"}),
    # a division handed a task, glued to the verb (มอบหมายฝ่าย…); "every side" is no division
    ("ผู้อำนวยการเขตสั่งการฝ่ายพัฒนาชุมชนและสวัสดิการสังคม สำนักงานเขตบางนา ดูแล ทุกฝ่ายพัฒนาร่วมกัน",
     {"ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม", "สำนักงานเขตบางนา"}),
    # the province a centre serves, after a space
    ("เด็กได้รับการคัดกรองจากศูนย์การศึกษาพิเศษ ประจำจังหวัดมหาสารคาม แล้ว",
     {"ศูนย์การศึกษาพิเศษ ประจำจังหวัดมหาสารคาม"}),
    # an English name that opens with its head word
    ("อาจารย์จาก University of Melbourne และ Institute of Social Studies ร่วมวิจัย",
     {"University of Melbourne", "Institute of Social Studies"}),
    # a numbered list of signatories: each line is a name, even without a place
    ("องค์กรร่วมลงนาม\n1. เครือข่ายผู้หญิงคนพิการภาคเหนือ\n2. มูลนิธิเพื่อนชาวนา\n3. เครือข่ายองค์กรชุมชน",
     {"เครือข่ายผู้หญิงคนพิการภาคเหนือ", "มูลนิธิเพื่อนชาวนา"}),
    # a children's home named with its province, a welfare home named by its own name, not by "for now"
    ("ส่งต่อบ้านพักเด็กและครอบครัวจังหวัดขอนแก่น และสถานสงเคราะห์เด็กหญิงบ้านศรีสุข ชั่วคราว",
     {"บ้านพักเด็กและครอบครัวจังหวัดขอนแก่น", "สถานสงเคราะห์เด็กหญิงบ้านศรีสุข"}),
    # a sub-district whose name holds a word that would end a name elsewhere (จะ)
    ("ผู้แทนจากองค์การบริหารส่วนตำบลหนองจะบก ร่วมประชุม", {"องค์การบริหารส่วนตำบลหนองจะบก"}),
    # state enterprises; a school named after its temple
    ("การนิคมอุตสาหกรรมแห่งประเทศไทย และการยางแห่งประเทศไทย ร่วมกับโรงเรียนวัดบ้านดอน จัดกิจกรรม",
     {"การนิคมอุตสาหกรรมแห่งประเทศไทย", "การยางแห่งประเทศไทย", "โรงเรียนวัดบ้านดอน"}),
    # a national council of a profession, with its royal patronage; "a school under" the office is no school's name
    ("สภาการพยาบาลในพระราชูปถัมภ์ และสภาองค์การนายจ้างแห่งประเทศไทย ร่วมกับโรงเรียนสังกัดสำนักงานเขตพื้นที่การศึกษา"
     "ประถมศึกษาลำปาง เขต 1 จัดงาน", {"สภาการพยาบาลในพระราชูปถัมภ์", "สภาองค์การนายจ้างแห่งประเทศไทย",
                                     "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาลำปาง เขต 1"}),
    # a community's own committee, named after ชุมชน; a faculty of applied arts; "the committees of every community" is none
    ("คณะกรรมการชุมชนสามัคคีพัฒนา และคณะศิลปประยุกต์และการออกแบบ มหาวิทยาลัยขอนแก่น ร่วมกับคณะกรรมการชุมชนทุกแห่ง",
     {"คณะกรรมการชุมชนสามัคคีพัฒนา", "คณะศิลปประยุกต์และการออกแบบ", "มหาวิทยาลัยขอนแก่น"}),
    # a forest protection unit by its code, number and the place it guards; "more than" ends a name
    ("เจ้าหน้าที่หน่วยป้องกันรักษาป่าที่ นน.5 (สะเนียน) ร่วมดับไฟ และคดีเข้าสู่ศาลกว่า 900 คดี",
     {"หน่วยป้องกันรักษาป่าที่ นน.5 (สะเนียน)"}),
    # a geopark is a body too
    ("อุทยานธรณีโคราช ร่วมกับชุมชนจัดเส้นทางท่องเที่ยว", {"อุทยานธรณีโคราช"}),
    # the two special local governments' councils; "also" after a name
    ("ส่งหนังสือถึงสภากรุงเทพมหานครด้วย และขอให้สภาเมืองพัทยาเพื่อพิจารณาร่วมกัน",
     {"สภากรุงเทพมหานคร", "สภาเมืองพัทยา"}),
    # centres of a kind at a level or in every subdistrict; a named one beside them
    ("เสนอให้ขยายศูนย์ดูแลกลางวันในระดับอำเภอ และศูนย์ซ่อมเครื่องมือเกษตรทุกอำเภอ ตามแบบศูนย์การเรียนรู้ชุมชนบ้านโคกสูง",
     {"ศูนย์การเรียนรู้ชุมชนบ้านโคกสูง"}),
    # an office for a numbered region after a space; a village's savings-and-loan body
    ("ขอรถจากสำนักงานทรัพยากรน้ำแห่งชาติ ภาค 3 และสถาบันการเงินชุมชนบ้านหนองหว้าให้กู้",
     {"สำนักงานทรัพยากรน้ำแห่งชาติ ภาค 3", "สถาบันการเงินชุมชนบ้านหนองหว้า"}),
    # a network of those affected in a river's basin; a cohort number and "again" end a name
    ("เครือข่ายผู้ได้รับผลกระทบลุ่มน้ำมูล ร่วมกับโรงเรียนผู้สูงอายุตำบลนาโพธิ์ รุ่นที่ 3 และพบสำนักงานชลประทานที่ 7อีกครั้ง",
     {"เครือข่ายผู้ได้รับผลกระทบลุ่มน้ำมูล", "โรงเรียนผู้สูงอายุตำบลนาโพธิ์", "สำนักงานชลประทานที่ 7"}),
    # Lao provincial departments, with their province or the capital after a space
    ("แผนกศึกษาธิการและกีฬา แขวงบ่อแก้ว และแผนกสาธารณสุข นครหลวงเวียงจันทน์ ร่วมประชุม",
     {"แผนกศึกษาธิการและกีฬา แขวงบ่อแก้ว", "แผนกสาธารณสุข นครหลวงเวียงจันทน์"}),
    # an Islamic boarding school by its name; such schools counted are a kind
    ("นักเรียนปอเนาะนูรุลญันนะห์ และเยาวชนจากสถาบันศึกษาปอเนาะ 4 แห่ง ร่วมงาน", {"ปอเนาะนูรุลญันนะห์"}),
    # a House committee whose subjects are closed already; the fund a known office runs; ส่ง ends a name
    ("เสนอต่อคณะกรรมาธิการการแรงงานและสวัสดิการ สภาผู้แทนราษฎร และทำหนังสือถึงกองทุนฟื้นฟูและพัฒนาเกษตรกรให้ช่วย "
     "โดยกลุ่มแม่บ้านบ้านนาเหลืองส่งผักทุกวัน",
     {"คณะกรรมาธิการการแรงงานและสวัสดิการ", "สภาผู้แทนราษฎร", "กองทุนฟื้นฟูและพัฒนาเกษตรกร", "กลุ่มแม่บ้านบ้านนาเหลือง"}),
    # a community committee named with its numbers; a range of a quantity is no part of a name
    ("คณะกรรมการชุมชนซอย 4-5-6 จัดประชุม และผ้าของกลุ่มใช้เวลาทอผืนละ 2-3 เดือน", {"คณะกรรมการชุมชนซอย 4-5-6"}),
    # the Sangha of a province; a vector-borne disease centre with its decimal number and seat; a union ends before its demand
    ("คณะสงฆ์จังหวัดน่าน ร่วมกับศูนย์ควบคุมโรคติดต่อนำโดยแมลงที่ 1.3 เชียงราย และสหภาพแรงงานโรงงานน้ำตาลอุตรดิตถ์เรียกร้องค่าจ้าง",
     {"คณะสงฆ์จังหวัดน่าน", "ศูนย์ควบคุมโรคติดต่อนำโดยแมลงที่ 1.3 เชียงราย", "สหภาพแรงงานโรงงานน้ำตาลอุตรดิตถ์"}),
    # a municipality asked to support: the verb after its place ends it
    ("ขอให้เทศบาลตำบลบ้านธิสนับสนุนทรายอะเบท", {"เทศบาลตำบลบ้านธิ"}),
    # schools named with the endings of Thai school names; a school's second name in brackets; a hospital named after a person;
    # a group named by the forest it cares for
    ("ครูโรงเรียนเลยพิทยาคม และโรงเรียนบ้านนาดี (ราษฎร์สามัคคี) ส่งนักเรียนไปโรงพยาบาลสมเด็จพระยุพราชด่านซ้าย "
     "กับกลุ่มคนรักษ์ป่าภูหลวง",
     {"โรงเรียนเลยพิทยาคม", "โรงเรียนบ้านนาดี (ราษฎร์สามัคคี)", "โรงพยาบาลสมเด็จพระยุพราชด่านซ้าย", "กลุ่มคนรักษ์ป่าภูหลวง"}),
    # a headline's verb (ชี้) and "and the donors" end a name
    ("ศูนย์อนามัยที่ 8 ชี้เด็กอ้วนเพิ่ม และขอบคุณมูลนิธิเด็กไทยและผู้บริจาค", {"ศูนย์อนามัยที่ 8", "มูลนิธิเด็กไทย"}),
    # a school named by its village, then what its pupils did; a group named by what it grows
    ("นักเรียนโรงเรียนบ้านนาแก้วปลูกป่าชายเลน และกลุ่มปลูกผักบ้านหนองบัวแดง ขายผัก",
     {"โรงเรียนบ้านนาแก้ว", "กลุ่มปลูกผักบ้านหนองบัวแดง"}),
    # a committee that runs a fund named inside it, after its task
    ("ประชุมคณะกรรมการบริหารกองทุนผู้สูงอายุจังหวัดตาก กำหนด",
     {"คณะกรรมการบริหารกองทุนผู้สูงอายุจังหวัดตาก", "กองทุนผู้สูงอายุจังหวัดตาก"}),
    # a policy committee; a health promoting hospital before what it does; a province's women for a cause
    ("เสนอต่อคณะกรรมการนโยบายปาล์มน้ำมันแห่งชาติ และโรงพยาบาลส่งเสริมสุขภาพตำบลนาป่าแซงตรวจคัดกรอง "
     "กับเครือข่ายสตรีปัตตานีเพื่อความยุติธรรม",
     {"คณะกรรมการนโยบายปาล์มน้ำมันแห่งชาติ", "โรงพยาบาลส่งเสริมสุขภาพตำบลนาป่าแซง", "เครือข่ายสตรีปัตตานีเพื่อความยุติธรรม"}),
    # a centre for workers abroad; community justice centres in general are no body
    ("ศูนย์ประสานงานแรงงานไทยในต่างประเทศ ให้ความรู้ ว่าศูนย์ยุติธรรมชุมชนเป็นกลไกสำคัญ",
     {"ศูนย์ประสานงานแรงงานไทยในต่างประเทศ"}),
    # a village name the word splitter breaks at a stop word (อี|ต่อ|ง); a naval area's forward command
    ("ครูโรงเรียนบ้านอีต่อง และกำลังพลทัพเรือภาคที่ 2 ส่วนหน้า ช่วยกัน", {"โรงเรียนบ้านอีต่อง", "ทัพเรือภาคที่ 2 ส่วนหน้า"}),
    # และ glued to the end of a name, before the next body's abbreviation (spaced or glued)
    ("ขอแรงโรงพยาบาลส่งเสริมสุขภาพตำบลบ้านโคกกลางและ กศน.อำเภอพิมาย มาช่วย",
     {"โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านโคกกลาง", "กศน.อำเภอพิมาย"}),
    ("ขอแรงโรงพยาบาลส่งเสริมสุขภาพตำบลหนองบัวและกศน.อำเภอพิมาย มาช่วย",
     {"โรงพยาบาลส่งเสริมสุขภาพตำบลหนองบัว", "กศน.อำเภอพิมาย"}),
    # a local government's council, the government written by its abbreviation
    ("สภา ทต.ท่าช้าง มีมติ", {"สภา ทต.ท่าช้าง"}),
    # a numbered region's office with its seat after the number; prisons and a juvenile centre
    ("อบรมที่สถาบันพัฒนาฝีมือแรงงาน 7 อุบลราชธานี และเรือนจำจังหวัดยโสธร กับทัณฑสถานหญิงพิษณุโลก",
     {"สถาบันพัฒนาฝีมือแรงงาน 7 อุบลราชธานี", "เรือนจำจังหวัดยโสธร", "ทัณฑสถานหญิงพิษณุโลก"}),
    # a headline's "joins hands with" glued between two bodies
    ("เรือนจำกลางลำปางจับมือวิทยาลัยเทคนิคลำปาง ฝึกอาชีพ", {"เรือนจำกลางลำปาง", "วิทยาลัยเทคนิคลำปาง"}),
    # a centre staffed twice a week (a rate); farmers of one large plot named by their subdistrict
    # schools counted in a district; a programme's quoted name; a short everyday word as a subdistrict's name
    ("มอบอุปกรณ์ให้ 4 โรงเรียนบ้านโป่ง ภายใต้โครงการ \"โรงเรียนปลอดขยะ\" ร่วมกับองค์การบริหารส่วนตำบลแร่ จัดงาน",
     {"องค์การบริหารส่วนตำบลแร่"}),
    # an office named "of the province" with ประจำ; a school's name by its ending; a cooperative's hall
    ("สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดน่าน อบรมครูโรงเรียนดอนชัยวิทยาการคุณ ณ หอประชุมสหกรณ์ อำเภอปัว",
     {"สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดน่าน", "โรงเรียนดอนชัยวิทยาการคุณ"}),
    # a school named by its ending keeps its district out; border posts by their place; "band together"
    ("ทีมโรงเรียนบ้านนาพิทยาคม อำเภอบ้านนา ชนะเลิศ ด่านศุลกากรเชียงของ ร่วมกับชาวบ้านที่รวมกลุ่มขายผ้า "
     "และคณะกรรมการหมู่บ้านบ้านนาเห็นชอบ",
     {"โรงเรียนบ้านนาพิทยาคม", "ด่านศุลกากรเชียงของ", "คณะกรรมการหมู่บ้านบ้านนา"}),
    # a council of indigenous peoples; a headline's "opens applications" glued to a foundation
    ("สภาชนเผ่าพื้นเมืองแห่งประเทศไทย จัดสมัชชา และมูลนิธิรักษ์ทะเลใต้เปิดรับอาสาสมัคร",
     {"สภาชนเผ่าพื้นเมืองแห่งประเทศไทย", "มูลนิธิรักษ์ทะเลใต้"}),
    # "a centre that is outside the city" is no name
    ("ต้องการที่พักใกล้งาน ไม่ใช่ศูนย์ที่อยู่นอกเมือง", set()),
    # a national fund
    ("ได้ทุนจากกองทุนพัฒนาสื่อปลอดภัยและสร้างสรรค์ 300,000 บาท", {"กองทุนพัฒนาสื่อปลอดภัยและสร้างสรรค์"}),
    # a city community's fund, named by the community's lane
    ("รายได้เข้ากองทุนสวัสดิการชุมชนซอยร่วมใจ ทุกเดือน", {"กองทุนสวัสดิการชุมชนซอยร่วมใจ"}),
    ("ส่งเจ้าหน้าที่ประจำศูนย์สัปดาห์ละ 2 วัน ให้แปลงใหญ่มะม่วงตำบลบ้านนา", {"แปลงใหญ่มะม่วงตำบลบ้านนา"}),
]

ALIASES = [
    # a regional office's number repeated in its abbreviation; the name again with its number alone
    ("ศูนย์ส่งเสริมการเรียนรู้ 9 (ศสร.9) จัดอบรม ผู้อำนวยการศูนย์ส่งเสริมการเรียนรู้ 9 กล่าวว่า",
     "ศูนย์ส่งเสริมการเรียนรู้ 9", {"ศสร.9"}),
    # an independent agency's abbreviation with a province is its provincial office
    ("กกต.ชัยนาท เชิญชวน\nสำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดชัยนาท จัดกิจกรรม",
     "สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดชัยนาท", {"กกต.ชัยนาท"}),
    # a headline's name without "of Thailand"
    ("อาสาสมัครสมาคมพัฒนาประชากรลงพื้นที่\nสมาคมพัฒนาประชากรแห่งประเทศไทย มอบถุงยังชีพ",
     "สมาคมพัฒนาประชากรแห่งประเทศไทย", {"สมาคมพัฒนาประชากร"}),
    # a network first named without its district, then with it
    ("ประชุมเครือข่ายเฝ้าระวังไฟป่า ครั้งที่ 1 และตั้งเครือข่ายเฝ้าระวังไฟป่าอำเภอเมืองสตูล",
     "เครือข่ายเฝ้าระวังไฟป่าอำเภอเมืองสตูล", {"เครือข่ายเฝ้าระวังไฟป่า"}),
    # the council by its full name and as สภา + the local government's abbreviation
    ("สภา อบต.โนนสูง อนุมัติงบ\nที่ประชุมสภาองค์การบริหารส่วนตำบลโนนสูง มีมติ",
     "สภาองค์การบริหารส่วนตำบลโนนสูง", {"สภา อบต.โนนสูง"}),
    ("กองบริหารยุทธศาสตร์การพัฒนาจังหวัดชายแดนภาคใต้ (กบย.) ศอ.บต. ลงพื้นที่ ก่อนที่ กบย. จะรวบรวมข้อเสนอ",
     "กองบริหารยุทธศาสตร์การพัฒนาจังหวัดชายแดนภาคใต้", {"กบย."}),
    ("สถาบันพัฒนาองค์กรชุมชน หรือ “พอช.” ได้สนับสนุนงบประมาณ โดย พอช. จะติดตามผล",
     "สถาบันพัฒนาองค์กรชุมชน", {"พอช."}),
    ("สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดสุรินทร์ (พมจ.สุรินทร์) จัดกิจกรรม ทั้งนี้ พมจ.สุรินทร์ ได้มอบเงิน",
     "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดสุรินทร์", {"พมจ.สุรินทร์"}),
    # a community body later called by its head and place only (a clause after it is not its name)
    ("กลุ่มสตรีสหกรณ์ผ้าหม้อห้อมบ้านทุ่งโฮ้ง ได้รับรางวัล สำนักงานจะใช้กลุ่มบ้านทุ่งโฮ้งเป็นต้นแบบ",
     "กลุ่มสตรีสหกรณ์ผ้าหม้อห้อมบ้านทุ่งโฮ้ง", {"กลุ่มบ้านทุ่งโฮ้ง"}),
    # a headline cuts a department's name short with ฯ; the body text names it in full
    ("สมาคมฯ ผนึกกรมทรัพยากรทางทะเลฯ ปล่อยปู\nโดยกรมทรัพยากรทางทะเลและชายฝั่ง ร่วมจัดกิจกรรม",
     "กรมทรัพยากรทางทะเลและชายฝั่ง", {"กรมทรัพยากรทางทะเลฯ"}),
    # a headline's name that is the start of the full one
    ("เครือข่ายสตรีลุ่มน้ำโขง จัดเวที\nเครือข่ายสตรีลุ่มน้ำโขงสองฝั่ง ร่วมกับสหภาพแม่หญิงลาวแขวงคำม่วน จัดเวที",
     "เครือข่ายสตรีลุ่มน้ำโขงสองฝั่ง", {"เครือข่ายสตรีลุ่มน้ำโขง"}),
    # สนง. before an office's abbreviation: the abbreviation with its province is the office
    ("สำนักงานพัฒนาชุมชนจังหวัดยโสธร จัดงาน ข่าว/ภาพ : สนง.พช.ยโสธร", "สำนักงานพัฒนาชุมชนจังหวัดยโสธร", {"พช.ยโสธร"}),
    # a gazetteer abbreviation with a province joins the full name written elsewhere
    ("สำนักงานพัฒนาชุมชนจังหวัดพัทลุง จัดประชุม ต่อมา พช.พัทลุง ได้ลงพื้นที่",
     "สำนักงานพัฒนาชุมชนจังหวัดพัทลุง", {"พช.พัทลุง"}),
    # a long name; the abbreviation after a committee's name belongs to the body inside it
    ("คณะทำงานศูนย์อำนวยการขับเคลื่อนการแก้ไขปัญหาความยากจนและพัฒนาคนทุกช่วงวัยอย่างยั่งยืนจังหวัดสกลนคร "
     "(ศจพ.จ.สกลนคร) ประชุม", "ศูนย์อำนวยการขับเคลื่อนการแก้ไขปัญหาความยากจนและพัฒนาคนทุกช่วงวัยอย่างยั่งยืนจังหวัดสกลนคร",
     {"ศจพ.จ.สกลนคร"}),
    # a committee that goes by the abbreviation of the centre it runs
    ("ประชุมคณะกรรมการขับเคลื่อนการแก้ไขปัญหาความยากจนตามหลักปรัชญาของเศรษฐกิจพอเพียงจังหวัดตรัง (ศจพ.จ.ตรัง) ครั้งที่ 1",
     "คณะกรรมการขับเคลื่อนการแก้ไขปัญหาความยากจนตามหลักปรัชญาของเศรษฐกิจพอเพียงจังหวัดตรัง", {"ศจพ.จ.ตรัง"}),
    # the same body with and without its legal form, with a typo in the legal form
    ("สถาบันพัฒนาองค์กรชุมชน(องค์กรมหาชน) ร่วมกับภาคี โดยสถาบันพัฒนาองค์กรชุมชน (องค์การมหาชน) สนับสนุน",
     "สถาบันพัฒนาองค์กรชุมชน (องค์การมหาชน)", {"สถาบันพัฒนาองค์กรชุมชน(องค์กรมหาชน)"}),
    # a ministry by its abbreviation
    ("กระทรวง พม. ร่วมกับ UNDP จัดประชุม และกระทรวงพม. จะขยายผล", "กระทรวง พม.", {"กระทรวงพม."}),
    # a defined abbreviation with a province and a zone number, used again later
    ("สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาเชียงราย เขต 3 (สพม.เชียงราย เขต 3) แจ้งว่า ต่อมา สพม.เชียงราย เขต 3 ได้ส่งครู",
     "สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาเชียงราย เขต 3", {"สพม.เชียงราย เขต 3"}),
    # an international body's country office and its Latin abbreviation
    ("องค์การยูนิเซฟ ประเทศไทย (UNICEF) มอบชุดอุปกรณ์ ต่อมา UNICEF ได้ติดตามผล",
     "องค์การยูนิเซฟ ประเทศไทย", {"UNICEF"}),
    # an English name in brackets after the Thai name is that body's English name; the Thai name leads
    ("มูลนิธิรักษ์ไทย (Raks Thai Foundation) มอบถุงยังชีพ", "มูลนิธิรักษ์ไทย", {"Raks Thai Foundation"}),
    # an English name joins the Thai name of the same body
    ("นักศึกษาจาก Chiang Mai University และคณาจารย์มหาวิทยาลัยเชียงใหม่ ร่วมลงพื้นที่",
     "มหาวิทยาลัยเชียงใหม่", {"Chiang Mai University"}),
    # short head words: สนง. for สำนักงาน, ม. for มหาวิทยาลัย (not a school grade or a month)
    ("มหาวิทยาลัยราชภัฏลำปาง และ สนง.เกษตรจังหวัดลำปาง ร่วมกับ ม.ราชภัฏลำปาง สอนนักเรียน ม.3 ในเดือน ม.ค. "
     "โดยสำนักงานเกษตรจังหวัดลำปาง ดูแล",
     "มหาวิทยาลัยราชภัฏลำปาง", {"ม.ราชภัฏลำปาง"}),
    ("สนง.เกษตรจังหวัดลำปาง จัดอบรม โดยสำนักงานเกษตรจังหวัดลำปาง ดูแล", "สำนักงานเกษตรจังหวัดลำปาง",
     {"สนง.เกษตรจังหวัดลำปาง"}),
    # a name cut short with ฯ after its head word is dropped (not a role, a place or a bare head)
    ("มหาวิทยาลัยเทคโนโลยีราชมงคลล้านนา น่าน จัดอบรม โดย ราชมงคลล้านนาฯ ร่วมกับผู้ว่าฯ ในกรุงเทพฯ และมหาวิทยาลัยฯ",
     "มหาวิทยาลัยเทคโนโลยีราชมงคลล้านนา น่าน", {"ราชมงคลล้านนาฯ"}),
    # the committee's name is closed by the inner body's abbreviation
    ("ประชุมคณะกรรมการศูนย์อำนวยการขับเคลื่อนการแก้ไขปัญหาความยากจนตามหลักปรัชญาของเศรษฐกิจพอเพียงจังหวัดแพร่ "
     "(ศจพ.จ.แพร่) ครั้งที่ 2",
     "ศูนย์อำนวยการขับเคลื่อนการแก้ไขปัญหาความยากจนตามหลักปรัชญาของเศรษฐกิจพอเพียงจังหวัดแพร่", {"ศจพ.จ.แพร่"}),
    # an English name with its abbreviation after a colon, in brackets after the Thai name
    ("มูลนิธิเพื่อนหญิงชายแดน (Border Women Friends Foundation: BWF) จัดอบรม ต่อมา BWF ได้ติดตาม",
     "มูลนิธิเพื่อนหญิงชายแดน", {"Border Women Friends Foundation", "BWF"}),
    # a headline's name without the country office is that country office
    ("Save the Children Thailand และ Plan International ช่วยเด็ก\nองค์การแพลน อินเตอร์เนชั่นแนล ประเทศไทย "
     "(Plan International Thailand) มอบทุน",
     "องค์การแพลน อินเตอร์เนชั่นแนล ประเทศไทย", {"Plan International", "Plan International Thailand"}),
    # กมธ. and a subject cut short with ฯ for the committee named in full
    ("กมธ.แรงงานฯ ลงพื้นที่\nคณะกรรมาธิการการแรงงาน สวัสดิการสังคม และความมั่นคงของมนุษย์ ลงพื้นที่ชุมชน",
     "คณะกรรมาธิการการแรงงาน สวัสดิการสังคม และความมั่นคงของมนุษย์", {"กมธ.แรงงานฯ"}),
    # the office of a known body whose name has spaces, and the same office by its abbreviation
    ("สำนักงานคณะกรรมการกิจการกระจายเสียง กิจการโทรทัศน์ และกิจการโทรคมนาคมแห่งชาติ จัดอบรม "
     "ต่อมา สำนักงาน กสทช. ได้ติดตามผล",
     "สำนักงานคณะกรรมการกิจการกระจายเสียง กิจการโทรทัศน์ และกิจการโทรคมนาคมแห่งชาติ", {"สำนักงาน กสทช."}),
    # a headline's ปภ. + province for the provincial disaster office named in full
    ("ปภ.ลำปาง ซ้อมแผน\nสำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดลำปาง จัดการฝึกซ้อม",
     "สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดลำปาง", {"ปภ.ลำปาง"}),
    # a foreign foundation written in Thai letters with a space, before its country office; later without it
    ("มูลนิธิคอนราด อาเดนาวร์ ประเทศไทย จัดเวที โดยผู้จัดการโครงการ มูลนิธิคอนราด อาเดนาวร์ กล่าวว่า",
     "มูลนิธิคอนราด อาเดนาวร์ ประเทศไทย", {"มูลนิธิคอนราด"}),
    # a royal honour dropped in a later mention; an abbreviation + district with or without อำเภอ
    ("สภาทนายความในพระบรมราชูปถัมภ์ ส่งทนาย ต่อมา สภาทนายความ ได้ติดตาม", "สภาทนายความในพระบรมราชูปถัมภ์",
     {"สภาทนายความ"}),
    ("กศน.บางบัวทอง จัดอบรม\nศูนย์ส่งเสริมการเรียนรู้อำเภอบางบัวทอง (กศน.อำเภอบางบัวทอง) ร่วมกับชุมชน",
     "ศูนย์ส่งเสริมการเรียนรู้อำเภอบางบัวทอง", {"กศน.บางบัวทอง", "กศน.อำเภอบางบัวทอง"}),
    # a company named in full, then without its legal form and with no space
    ("บริษัทมิตรผลดี จำกัด (มหาชน) มอบถังน้ำ โดยผู้จัดการบริษัทมิตรผลดี กล่าวว่า",
     "บริษัทมิตรผลดี จำกัด (มหาชน)", {"บริษัทมิตรผลดี"}),
    # a country office named in Thai letters and glossed in English
    ("ร่วมกับออกซ์แฟม ประเทศไทย (Oxfam Thailand) จัดเวที", "ออกซ์แฟม ประเทศไทย", {"Oxfam Thailand"}),
    # a headline names a centre without the province the body names it with
    ("เปิดศูนย์คุ้มครองคนไร้ที่พึ่ง แห่งใหม่\nกรมพัฒนาสังคมและสวัสดิการ เปิดศูนย์คุ้มครองคนไร้ที่พึ่งจังหวัดลำปาง",
     "ศูนย์คุ้มครองคนไร้ที่พึ่งจังหวัดลำปาง", {"ศูนย์คุ้มครองคนไร้ที่พึ่ง"}),
    # an English acronym spelt in Thai letters, defined in brackets and used alone later
    ("สถาบันวิจัยเพื่อการพัฒนาประเทศไทย (ทีดีอาร์ไอ) แถลงผลวิจัย โดยนักวิจัยของ ทีดีอาร์ไอ ระบุว่า",
     "สถาบันวิจัยเพื่อการพัฒนาประเทศไทย", {"ทีดีอาร์ไอ"}),
    # a body named in Thai letters with no head word, glossed in English and said to be an organisation
    ("ได้ทุนจากแมนนาไทย (Manna Thai) ซึ่งเป็นองค์กรด้านอาหาร", "แมนนาไทย", {"Manna Thai"}),
    # a body's fields listed with spaces, the last after และ, closed by its abbreviation
    ("ทุนวิจัยจากกองทุนส่งเสริมการศึกษา ศิลปะและดนตรีพื้นบ้าน (กศด.) ปีนี้", "กองทุนส่งเสริมการศึกษา ศิลปะและดนตรีพื้นบ้าน",
     {"กศด."}),
    ("สมาคมเพื่อการท่องเที่ยว กีฬา และนันทนาการชุมชน (สทกน.) เปิดรับสมาชิก", "สมาคมเพื่อการท่องเที่ยว กีฬา และนันทนาการชุมชน",
     {"สทกน."}),
    # a short form that keeps the head word before the abbreviation
    ("ได้รับงบจากกองทุนพัฒนานวัตกรรมชนบท (กองทุน พนช.) โดยเจ้าหน้าที่ กองทุน พนช. ลงพื้นที่", "กองทุนพัฒนานวัตกรรมชนบท",
     {"กองทุน พนช."}),
    # a group named again with the form it is registered in
    ("กลุ่มจักสานบ้านหนองบัวแดง ส่งสินค้าขายออนไลน์\nวิสาหกิจชุมชนกลุ่มจักสานบ้านหนองบัวแดง มีสมาชิก 20 ราย",
     "วิสาหกิจชุมชนกลุ่มจักสานบ้านหนองบัวแดง", {"กลุ่มจักสานบ้านหนองบัวแดง"}),
    # an English name and its abbreviation after a dash, in brackets after the Thai name
    ("มูลนิธิเด็กบนดอย (Hill Kids Foundation – HKF) จัดค่าย", "มูลนิธิเด็กบนดอย", {"Hill Kids Foundation", "HKF"}),
    # a name written with quotes goes by the same words without them
    ('กลุ่ม "ลูกหลานเมืองน่าน" จัดงาน', 'กลุ่ม "ลูกหลานเมืองน่าน"', {"กลุ่ม ลูกหลานเมืองน่าน"}),
    # a centre's own name in quotes after its kind, then its village
    ('ครูศูนย์การเรียนชุมชนชาวไทยภูเขา "ดอยงาม" บ้านห้วยตอง สอนหนังสือ', 'ศูนย์การเรียนชุมชนชาวไทยภูเขา "ดอยงาม" บ้านห้วยตอง',
     {"ศูนย์การเรียนชุมชนชาวไทยภูเขา ดอยงาม บ้านห้วยตอง"}),
    # a headline's everyday name of a local health fund
    ("กองทุนสุขภาพตำบลนาดี อนุมัติ 6 โครงการ\nคณะกรรมการกองทุนหลักประกันสุขภาพเทศบาลตำบลนาดี ประชุม และกองทุนหลักประกันสุขภาพเทศบาลตำบลนาดี อนุมัติ",
     "กองทุนหลักประกันสุขภาพเทศบาลตำบลนาดี", {"กองทุนสุขภาพตำบลนาดี"}),
    # the first words of a body's name, before the body it belongs to
    ("สมาคมศิษย์เก่าโรงเรียนนครพนมวิทยา มอบทุน และโรงเรียนขอบคุณสมาคมศิษย์เก่า", "สมาคมศิษย์เก่าโรงเรียนนครพนมวิทยา",
     {"สมาคมศิษย์เก่า"}),
]

GENERIC = [
    # the kind of centre every mosque has; clubs of two countries; an assembly held as a meeting
    "ครูในศูนย์การศึกษาอิสลามประจำมัสยิด และความร่วมมือระหว่างสโมสรโรตารีไทยและญี่ปุ่น",
    "สภาเด็กและเยาวชนจัดประชุมสมัชชาเด็กและเยาวชนจังหวัดเลย ประจำปี 2567",
    "เปิดรับศูนย์ข้าวชุมชนทั่วประเทศ 5,000 ศูนย์",
    # "the company" and a clause, written with no space: no company named
    "สหภาพฯ ขอให้บริษัทจ่ายโบนัส 3 เดือน เพราะผลประกอบการของบริษัทปีที่ผ่านมาเพิ่มขึ้น",
    # the village funds of a province: a kind
    "กองทุนหมู่บ้านร้อยเอ็ดใช้แอปบันทึกบัญชี",
    # "one of the model funds of the south": a description
    "ลำสินธุ์เป็นหนึ่งในกองทุนต้นแบบของภาคใต้ ที่มีคนมาดูงาน",
    # each village's committee; a centre "near home"
    "ให้คณะกรรมการจัดการน้ำของแต่ละหมู่บ้านตัดสินใจเอง และมีศูนย์ฝึกอาชีพใกล้บ้าน",
    "ผู้นำชุมชน หน่วยงานภาครัฐ และภาคประชาสังคม ร่วมกันขับเคลื่อนงานกับภาคีเครือข่าย",
    "การสร้างเครือข่ายเชื่อมประสานความร่วมมือ การสร้างกลไก กองทุนกลางในการทำงาน",
    "ผู้เข้าร่วมประกอบด้วยกำนัน ผู้ใหญ่บ้าน สมาชิกสภา อบต. และแกนนำครัวเรือน",
    "ณ ห้องประชุมศูนย์แสดงสินค้าหนึ่ง",
    # a centre after ณ is where it happened
    "จัดอบรม ณ ศูนย์เรียนรู้ชุมชนบ้านนาดี ตำบลนาดี",
    # an assembly named as the meeting; "our village's fund"
    "เตรียมข้อมูลสำหรับเวทีสมัชชาสวัสดิการชุมชนภาคใต้ ที่จะจัดขึ้น และกองทุนบ้านเราที่หลังสวนก็อยากได้",
    # a committee of a level (a type of committee), proposed for every town
    "เสนอให้ทุกเทศบาลตั้งคณะกรรมการพัฒนาที่อยู่อาศัยระดับเมือง โดยมีผู้แทนชุมชน",
    # a minister called by the ministry's abbreviation and a number
    "มท.1 และ มท.2 ลงพื้นที่ตรวจเยี่ยมผู้ประสบภัย",
    "เมื่อวันศุกร์ที่ 3 ก.พ. 2566 เวลา 09.00 น. ชาวบ้านรวมตัวกัน",
    "สภาองค์กรชุมชนตำบล และขบวนองค์กรชุมชนจังหวัด ร่วมเวที",
    # an organisation word inside a programme's name
    "ชาวบ้านเข้าร่วมโครงการพัฒนาศักยภาพคณะกรรมการกองทุนหมู่บ้านจังหวัดตรัง อย่างคึกคัก",
    # organisation words inside a quoted title of a workshop or model, after its first word
    'ชาวบ้านร่วมเวที "แกนนำสภาองค์กรชุมชนคนรุ่นใหม่ภาคเหนือ" และเยี่ยมแปลง "โคก หนอง นา พช." อย่างคึกคัก',
    # learning centres as a type, or before a verb
    "เด็กๆ จาก 5 ศูนย์การเรียนรู้ และศูนย์การเรียนรู้เด็กต่างด้าวในชุมชน ร่วมค่าย ศูนย์การเรียนรู้ตื่นตัวมาก",
    # a members' abbreviation alone does not name a club
    "ชมรม อสม. และกลุ่ม อพม. ร่วมกันเก็บขยะ",
    # a work unit's words as an activity, or with no body after it
    "นักศึกษาฝึกทำงานประชาสัมพันธ์ มหาวิทยาลัยให้ดีขึ้น และงานพัสดุ ต้องเร่งจัดซื้อ",
    # "this centre", "a new centre"; a body inside the name of an act; a place in front of a building
    "ศูนย์แห่งนี้เปิดทุกวัน และจะมีศูนย์แห่งใหม่ในปีหน้า",
    "ตามพระราชบัญญัติสถาบันการจัดการที่ดินชุมชน ที่ยังไม่ผ่านสภา",
    "จัดพิธีที่ลานหน้ากองบัญชาการค่ายเม็งรายมหาราช",
    # a committee called back by its type, and a verb: no subject, no name
    "ชาวบ้านเสนอให้คณะกรรมาธิการติดตามการออกกฎหมาย",
    # the court as the subject of a verb; a company sharing its profit; an assembly as an event's quoted title
    "ต่อมาศาลนัดฟังคำสั่ง และบริษัทแบ่งกำไรให้ชุมชน",
    'ภาคีจัดงาน "สมัชชาสุขภาพเด็กและเยาวชนแห่งชาติ ประจำปี 2568" ที่กรุงเทพฯ',
    # a company handing over is no company named ส่งมอบ
    "โดยผู้แทนบริษัทส่งมอบถุงยังชีพ",
    # the new board, not a board's name
    "ที่ประชุมได้เลือกคณะกรรมการบริหารชุดใหม่ และคณะทำงานชุดเดิม",
    # bodies of a kind, none named
    "มีผู้แทนจากสถาบันต่างๆ มูลนิธิต่าง ๆ และสมาคมทั้งหลาย ร่วมงาน",
    "ผู้นำสหภาพแรงงานจากทั่วประเทศเข้าร่วม",
    # bodies of a kind at a level, and in every district
    "ควรมีศูนย์ซ่อมเครื่องมือเกษตรทุกอำเภอ และขยายศูนย์ดูแลกลางวันในระดับตำบล",
    # a village fund of a kind, with "already" glued on
    "เดิมมีกองทุนหมู่บ้านอยู่แล้ว แต่ไม่พอ",
    # a kind of squad; a kind of centre glossed in English
    "ตำรวจชุดปฏิบัติการจิตอาสาช่วยกัน และศูนย์พักพิงผู้ลี้ภัย (Refugee Shelter Centre) 9 แห่ง",
    # a data centre of no name
    "ตกลงเปิดศูนย์ข้อมูลที่ด่านพรมแดน",
    # the office of the body just named; service units of no name
    "ให้คำปรึกษาที่สำนักงานมูลนิธิ และหน่วยบริการเสนอโครงการ",
    # funds of several subdistricts, a kind even when one such fund is a known body
    "ตรวจพบกองทุนผู้สูงอายุหลายตำบลจ่ายเงินซ้ำซ้อน",
]


@pytest.mark.parametrize(("text", "expected"), NAMES, ids=[n[0][:24] for n in NAMES])
def test_names_and_their_end(text, expected):
    assert set(orgs(text)) == expected


@pytest.mark.parametrize(("text", "name", "aliases"), ALIASES, ids=[a[1][:24] for a in ALIASES])
def test_aliases(text, name, aliases):
    found = orgs(text)
    assert name in found and aliases <= found[name]


@pytest.mark.parametrize("text", GENERIC, ids=[g[:24] for g in GENERIC])
def test_generic_groups_are_not_organisations(text):
    assert orgs(text) == {}


def test_units_written_together():
    text = "นายอุทัย ศรีสังข์ ผู้อำนวยการส่วนงานภาคประชาสังคม กบย. ศอ.บต. กล่าว กองบริหารยุทธศาสตร์การพัฒนาจังหวัดชายแดนภาคใต้ (กบย.) ศอ.บต."
    assert units(text) == {
        ("ส่วนงานภาคประชาสังคม", "กองบริหารยุทธศาสตร์การพัฒนาจังหวัดชายแดนภาคใต้"),
        ("กองบริหารยุทธศาสตร์การพัฒนาจังหวัดชายแดนภาคใต้", "ศอ.บต."),
    }


def test_department_of_ministry_and_faculty_of_university():
    text = "กรมการพัฒนาชุมชน กระทรวงมหาดไทย และคณะเศรษฐศาสตร์ มหาวิทยาลัยทักษิณ ร่วมกันจัด"
    assert units(text) == {("กรมการพัฒนาชุมชน", "กระทรวงมหาดไทย"), ("คณะเศรษฐศาสตร์", "มหาวิทยาลัยทักษิณ")}


def test_faculties_not_named_after_a_science():
    text = ("คณะวิทยาการจัดการ มหาวิทยาลัยราชภัฏอุตรดิตถ์ และคณะเทคโนโลยีการเกษตร มหาวิทยาลัยราชภัฏสกลนคร "
            "ต้อนรับคณะศึกษาดูงานและคณะผู้บริหาร")
    assert units(text) == {("คณะวิทยาการจัดการ", "มหาวิทยาลัยราชภัฏอุตรดิตถ์"),
                           ("คณะเทคโนโลยีการเกษตร", "มหาวิทยาลัยราชภัฏสกลนคร")}
    assert len(orgs(text)) == 4


def test_work_unit_of_its_body():
    text = "นางสาวนิดา ใจงาม หัวหน้างานการเจ้าหน้าที่ โรงพยาบาลน่าน แจ้งว่า"
    assert units(text) == {("งานการเจ้าหน้าที่", "โรงพยาบาลน่าน")}


def test_bodies_listed_side_by_side_are_not_units():
    text = "กองทุนสวัสดิการชุมชนตำบลนางาม สภาองค์กรชุมชนตำบลนางาม องค์การบริหารส่วนตำบลนางาม ร่วมจัดงาน"
    assert units(text) == set()


def test_every_mention_is_evidence():
    text = "สถาบันพัฒนาองค์กรชุมชน (พอช.) สนับสนุนงบประมาณ ต่อมา พอช. ได้ติดตามผล"
    (org,) = actors_of(text).organizations
    assert [m.quote for m in org.mentions] == ["สถาบันพัฒนาองค์กรชุมชน", "พอช.", "พอช."]
    assert all(text[m.start:m.end] == m.quote for m in org.mentions)


def test_a_branch_is_a_unit_of_its_office():
    text = "ยื่นคำขอที่สำนักงานที่ดินจังหวัดเลย สาขาวังสะพุง และธนาคารออมสิน สาขาปัว"
    assert units(text) == {("สำนักงานที่ดินจังหวัดเลย สาขาวังสะพุง", "สำนักงานที่ดินจังหวัดเลย"),
                           ("ธนาคารออมสิน สาขาปัว", "ธนาคารออมสิน")}


def test_a_campus_is_a_unit_of_its_university():
    text = "อาจารย์จากมหาวิทยาลัยเทคโนโลยีราชมงคลอีสาน วิทยาเขตสุรินทร์ ร่วมสอน"
    assert units(text) == {("มหาวิทยาลัยเทคโนโลยีราชมงคลอีสาน วิทยาเขตสุรินทร์", "มหาวิทยาลัยเทคโนโลยีราชมงคลอีสาน")}


def test_a_list_of_fields_stops_at_a_person_and_another_body():
    found = orgs("ปลัดกระทรวงพัฒนาการกีฬา นายสมบัติ ใจกล้า อธิบดีกรมกีฬาและนันทนาการ (กกน.) ร่วมงาน")
    assert "กระทรวงพัฒนาการกีฬา" in found and "กรมกีฬาและนันทนาการ" in found
