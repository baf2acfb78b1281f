"""Synthetic Thai community-development articles for benchmarks (not for accuracy).

Every article is made from our own templates: a headline, a dated opening
sentence with an official, their post and organisation, a meeting at a venue
in a province, a count of participants, and a closing paragraph. Names,
posts, organisations, provinces, dates (Buddhist Era, sometimes Thai digits)
and counts vary, so articles differ in length and content like real ones.

    python bench/generate.py 10000 bench/corpora/10k            # .txt files
    python bench/generate.py 10000 bench/corpora/10k.jsonl --jsonl
"""
from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

GIVEN = ["สมชาย", "สมศักดิ์", "จิราพร", "ประเสริฐ", "วิไลวรรณ", "ธนภณ", "กมล", "สุภาพร", "อนุชา", "ปราณี",
         "ณัฐวุฒิ", "ศิริพร", "บุญเลิศ", "อรุณี", "วีระพงษ์", "พรทิพย์", "ชัยวัฒน์", "มาลัย", "สุริยา", "นงลักษณ์"]
FAMILY = ["ใจดี", "ทองคำ", "แก้วมณี", "ศรีสุข", "บุญมา", "เมืองเฉลิม", "ปุยยะรุน", "รักษ์ไทย", "สายสุวรรณ",
          "พงษ์พันธ์", "จันทร์แก้ว", "วงศ์ใหญ่", "ดวงดี", "มีสุข", "ชัยมงคล"]
HONORIFIC = ["นาย", "นาง", "นางสาว", "ดร.", "ผศ.ดร.", "ว่าที่ร้อยตรี", "พ.ต.อ."]
POSTS = [
    ("พัฒนาการจังหวัด{province}", None), ("ผู้ว่าราชการจังหวัด{province}", None),
    ("ผู้อำนวยการ", "สถาบันพัฒนาองค์กรชุมชน (องค์การมหาชน)"), ("ประธาน", "สภาองค์กรชุมชนตำบล{tambon}"),
    ("นายอำเภอ{district}", None), ("หัวหน้าสำนักงาน", "สำนักงานพัฒนาชุมชนอำเภอ{district}"),
    ("รองอธิบดี", "กรมการพัฒนาชุมชน"), ("ผู้จัดการ", "กองทุนสวัสดิการชุมชนตำบล{tambon}"),
    ("นายกองค์การบริหารส่วนตำบล{tambon}", None), ("ผู้ใหญ่บ้าน", "บ้าน{village} หมู่ที่ {moo}"),
]
PROVINCES = {
    "พัทลุง": (["เมืองพัทลุง", "ควนขนุน", "ปากพะยูน"], ["ควนมะพร้าว", "ลำปำ", "พนางตุง"]),
    "สงขลา": (["หาดใหญ่", "สทิงพระ", "ระโนด"], ["คูเต่า", "คลองแห", "บ่อแดง"]),
    "ร้อยเอ็ด": (["เมืองร้อยเอ็ด", "เสลภูมิ", "สุวรรณภูมิ"], ["รอบเมือง", "ขวัญเมือง", "หนองแวง"]),
    "นครศรีธรรมราช": (["ท่าศาลา", "ปากพนัง", "สิชล"], ["ปากพูน", "ท่าขึ้น", "ฉลอง"]),
    "ลำปาง": (["เมืองลำปาง", "เกาะคา", "แม่ทะ"], ["พิชัย", "ศาลา", "นาครัว"]),
    "ขอนแก่น": (["เมืองขอนแก่น", "น้ำพอง", "ชุมแพ"], ["ศิลา", "บ้านค้อ", "โนนทอง"]),
    "นราธิวาส": (["ระแงะ", "ตากใบ", "สุไหงโก-ลก"], ["ตันหยงมัส", "เจ๊ะเห", "ปาเสมัส"]),
    "เชียงใหม่": (["แม่ริม", "สันทราย", "ฝาง"], ["ริมใต้", "หนองหาร", "เวียง"]),
}
VILLAGES = ["หนองบัว", "ทุ่งใหญ่", "ดอนแก้ว", "ธารเลิศ", "โคกสูง", "ป่าหวาย"]
EVENTS = ["การประชุมเชิงปฏิบัติการ", "เวทีแลกเปลี่ยนเรียนรู้", "การสัมมนา", "การประชุมคณะทำงาน",
          "การอบรมพัฒนาศักยภาพ", "เวทีประชาคม"]
PROGRAMMES = ["โครงการหมู่บ้านเศรษฐกิจพอเพียง", "โครงการบ้านมั่นคงชนบท", "โครงการพัฒนาเศรษฐกิจฐานราก",
              "กองทุนสวัสดิการชุมชน", "โครงการโคก หนอง นา", "โครงการตลาดนัดชุมชน"]
VENUES = ["ห้องประชุมศาลากลางจังหวัด{province}", "ศาลาประชาคมอำเภอ{district}", "โรงแรมบีพี สมิหลา บีช",
          "ศูนย์เรียนรู้ชุมชนบ้าน{village}", "ห้องประชุมองค์การบริหารส่วนตำบล{tambon}"]
HEADLINE = ["พช.{province}", "พอช.", "สภาองค์กรชุมชนตำบล{tambon}", "อำเภอ{district}", "จังหวัด{province}",
            "อบต.{tambon}"]
MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม",
          "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
CLOSING = [
    "ทั้งนี้ ที่ประชุมได้ร่วมกันกำหนดแนวทางการติดตามผลการดำเนินงานในระยะต่อไป",
    "กิจกรรมดังกล่าวมุ่งเสริมสร้างความเข้มแข็งของชุมชนและการบูรณาการของภาคีเครือข่าย",
    "ผู้เข้าร่วมได้แลกเปลี่ยนประสบการณ์และถอดบทเรียนการพัฒนาอาชีพของกลุ่มสตรี",
    "โดยมีการมอบเกียรติบัตรแก่ผู้นำชุมชนที่มีผลงานดีเด่นด้านการพัฒนาคุณภาพชีวิต",
]
_THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def person(rng: random.Random) -> str:
    honorific = rng.choice(HONORIFIC)
    space = " " if honorific.endswith(".") or rng.random() < 0.3 else ""
    return f"{honorific}{space}{rng.choice(GIVEN)} {rng.choice(FAMILY)}"


def article(rng: random.Random, number: int) -> str:
    """One article; the number makes every text unique."""
    province = rng.choice(sorted(PROVINCES))
    districts, tambons = PROVINCES[province]
    slots = {"province": province, "district": rng.choice(districts), "tambon": rng.choice(tambons),
             "village": rng.choice(VILLAGES), "moo": rng.randint(1, 15)}
    role, org = rng.choice(POSTS)
    post = role.format(**slots) + (f" {org.format(**slots)}" if org else "")
    day, month, year = rng.randint(1, 28), rng.choice(MONTHS), rng.randint(2563, 2568)
    date = f"{day} {month} {year}"
    if rng.random() < 0.2:
        date = date.translate(_THAI_DIGITS)
    event, programme = rng.choice(EVENTS), rng.choice(PROGRAMMES)
    venue = rng.choice(VENUES).format(**slots)
    lines = [
        f"{rng.choice(HEADLINE).format(**slots)} จัด{event}{programme} ครั้งที่ {number}",
        f"วันที่ {date} {person(rng)} {post} เป็นประธานเปิด{event}ขับเคลื่อน{programme} "
        f"ณ {venue} ตำบล{slots['tambon']} อำเภอ{slots['district']} จังหวัด{province} "
        f"โดยมีผู้นำชุมชน อาสาพัฒนา และภาคีเครือข่ายเข้าร่วมจำนวน {rng.randint(20, 400)} คน",
    ]
    for _ in range(rng.randint(1, 4)):
        lines.append(f"{person(rng)} {rng.choice(POSTS)[0].format(**slots)} กล่าวว่า {rng.choice(CLOSING)}")
    lines.append(rng.choice(CLOSING))
    return "\n".join(lines) + "\n"


def generate(count: int, out: Path, jsonl: bool = False, seed: int = 2567) -> Path:
    """Write ``count`` articles: .txt files in folders of 1,000, or one JSON Lines file."""
    rng = random.Random(seed)
    if jsonl:
        out.parent.mkdir(parents=True, exist_ok=True)
        with open(out, "w", encoding="utf-8") as handle:
            for i in range(count):
                handle.write(json.dumps({"id": f"a{i:06d}", "text": article(rng, i)}, ensure_ascii=False) + "\n")
        return out
    for i in range(count):
        path = out / f"{i // 1000:03d}" / f"{i:06d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(article(rng, i), encoding="utf-8")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("count", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--jsonl", action="store_true", help="one JSON Lines file instead of .txt files")
    parser.add_argument("--seed", type=int, default=2567)
    args = parser.parse_args()
    generate(args.count, args.out, args.jsonl, args.seed)


if __name__ == "__main__":
    main()
