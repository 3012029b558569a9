"""Synthetic press statements of the seeds' size and shape, for the bench scripts.

    python bench/corpus.py N OUTDIR     writes N statements as OUTDIR/NNNNN.txt

Varied organisations, leaders, places, datelines, quotes (with continuations and she/he
said), subheads, asks, cases and contact trailers in Amnesty and Human Rights Watch styles.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

LEADERS = [
    ("Vladimir Putin", "Russian"),
    ("Donald Trump", "US"),
    ("Xi Jinping", "Chinese"),
    ("Joe Biden", "US"),
    ("Emmanuel Macron", "French"),
    ("Angela Merkel", "German"),
    ("Narendra Modi", "Indian"),
    ("Recep Tayyip Erdogan", "Turkish"),
    ("Shinzo Abe", "Japanese"),
    ("Moon Jae-in", "South Korean"),
    ("Kim Jong-un", "North Korean"),
    ("Justin Trudeau", "Canadian"),
    ("Jair Bolsonaro", "Brazilian"),
    ("Cyril Ramaphosa", "South African"),
    ("Mohammed bin Salman", "Saudi"),
    ("Benjamin Netanyahu", "Israeli"),
]
PLACES = [
    "Helsinki",
    "Florida",
    "Osaka",
    "Singapore",
    "Hanoi",
    "Brussels",
    "Geneva",
    "Beijing",
    "Moscow",
    "Hamburg",
    "Buenos Aires",
    "Biarritz",
    "Sochi",
    "Vienna",
    "Bali",
]
WHEN = [
    "on Monday",
    "on Thursday and Friday",
    "next week",
    "on 28-29 June",
    "this weekend",
    "on Tuesday",
    "later this month",
    "on 12 July",
]
ORGS = [
    ("Amnesty International", "amnesty.org", "+44 20 7413 5566"),
    ("Human Rights Watch", "hrw.org", "+1-212-290-4700"),
    ("Amnesty International USA", "aiusa.org", "+1 202 509 8194"),
]
SPEAKERS = [
    ("Anna Neistat", "Senior Director of Research"),
    ("Salil Shetty", "Secretary General"),
    ("Margaret Huang", "Executive Director"),
    ("Sophie Richardson", "China director"),
    ("Kenneth Roth", "executive director"),
    ("Lotte Leicht", "EU director"),
    ("Tanya Lokshina", "Russia director"),
    ("Nicholas Bequelin", "East Asia Director"),
]
CASES = [
    ("Oleg Sentsov", "the film director from Crimea who has been on hunger strike for weeks"),
    ("Ilham Tohti", "the Uyghur economist sentenced to life imprisonment in 2014"),
    ("Wang Quanzhang", "the human rights lawyer detained incommunicado since 2015"),
    ("Nasrin Sotoudeh", "the lawyer jailed for defending women protesters"),
    ("Raif Badawi", "the blogger sentenced to 1,000 lashes and ten years in prison"),
    ("Loujain al-Hathloul", "the women's rights activist held in detention without trial"),
]
ISSUES = [
    "the war in Syria",
    "the forced return of refugees",
    "torture in police custody",
    "the persecution of LGBTI people",
    "family separation at the border",
    "arms transfers to the Saudi Arabia-led coalition in Yemen",
    "the crackdown on lawyers",
    "vague national security laws",
    "the use of the veto at the UN Security Council",
    "settlement activity in the Occupied Palestinian Territories",
    "the occupation of Crimea",
]
SUBHEADS = [
    "Crackdown on civil society",
    "Paralysis at UN Security Council",
    "Refugees left behind",
    "Arms sales fuel abuses",
    "Prisoners of conscience",
]
MONTHS = ["January", "March", "May", "June", "July", "September", "November"]
CONTACT_CITIES = [
    ("London", "+44 20 7413 5566"),
    ("Brussels", "+32-2-737-1486"),
    ("Geneva", "+41-22-738-0481"),
    ("Washington, DC", "+1-202-612-4321"),
]


def _quote(rng: random.Random) -> str:
    issue = rng.choice(ISSUES)
    return rng.choice(
        [
            f"The leaders cannot ignore {issue} any longer. Millions of people are watching",
            f"This summit is a test of whether both men will confront {issue}",
            f"History will judge them by what they do about {issue}",
            f"Silence on {issue} would be a betrayal of the victims and their families",
        ]
    )


def generate_statement(rng: random.Random, number: int) -> tuple[str, str]:
    (a, a_dem), (b, b_dem) = rng.sample(LEADERS, 2)
    place, when = rng.choice(PLACES), rng.choice(WHEN)
    org, domain, phone = rng.choice(ORGS)
    (s1, r1), (s2, r2) = rng.sample(SPEAKERS, 2)
    case, case_desc = rng.choice(CASES)
    a_last, b_last = a.split()[-1], b.split()[-1]
    hrw = org == "Human Rights Watch"
    lines: list[str] = []
    label = rng.choice([f"{a_last}-{b_last} summit", f"{a_dem} {b_dem} Summit"])
    lines.append(f"{label}: leaders must put human rights on the agenda")
    if hrw:
        day = rng.randint(1, 28)
        lines.append(
            f"(Geneva, {rng.choice(MONTHS)} {day}, 20{rng.randint(15, 24)}) \u2013 "
            f"{a} and {b} should use their meeting in {place} {when} to address "
            f"{rng.choice(ISSUES)}, {org} said today."
        )
    else:
        lines.append(
            f"{a} and {b} must use their upcoming summit in {place} {when} to tackle "
            f"{rng.choice(ISSUES)} and {rng.choice(ISSUES)}, {org} said today."
        )
    lines.append(
        f"The organization calls on the two leaders to put {rng.choice(ISSUES)} at the "
        "top of their agenda during the summit."
    )
    lines.append(f"\u201c{_quote(rng)}. {_quote(rng)},\u201d said {s1}, {org}\u2019s {r1}.")
    lines.append(f"\u201c{_quote(rng)}. They must act now.\u201d")
    for _ in range(rng.randint(2, 4)):
        lines.append(
            f"{a_dem} authorities have been responsible for {rng.choice(ISSUES)} while "
            f"the {b_dem} government has ignored {rng.choice(ISSUES)} for years, "
            "despite repeated promises to the contrary."
        )
    lines.append(rng.choice(SUBHEADS))
    lines.append(
        f"Among those jailed is {case}, {case_desc}, whose case has drawn "
        "international condemnation."
    )
    lines.append(f"\u201c{_quote(rng)},\u201d she said, \u201c{_quote(rng)}.\u201d")
    lines.append(f"{s2}, {r2} at {org}, said: ")
    lines.append(f"\u201c{_quote(rng)}. The world is watching.\u201d")
    lines.append(
        f"When {b} spoke at the United Nations last year, he urged states to "
        f"\u201crespect the sovereignty and dignity of every nation\u201d."
    )
    lines.append(rng.choice(SUBHEADS))
    for _ in range(rng.randint(1, 3)):
        lines.append(
            f"The situation regarding {rng.choice(ISSUES)} has deteriorated sharply, "
            f"with reports of {rng.choice(ISSUES)} and \u201cextremism\u201d charges "
            "brought against peaceful critics."
        )
    lines.append(f"{org} urges both governments to release {case} immediately and unconditionally.")
    text = "\n".join(lines)
    if hrw:
        city, number_text = rng.choice(CONTACT_CITIES)
        text += (
            f"\n\nFor more {org} reporting on human rights, please visit:\n"
            f"https://www.{domain}/topic/summits\n\n"
            "For more information, please contact:\n"
            f"In {city}, {s2} (English): {number_text}; or +32-475-28-75-46 (mobile); "
            f"or {s2.split()[-1].lower()}@{domain}. Twitter: @{s2.split()[0]}HRW\n"
        )
    else:
        text += (
            f"\nFor media requests, please contact {s1}, Media Relations: {phone}\n\n\n\n"
            f"{s1}\nMedia and External Communications Officer\n{org}\n"
            f"Office:    {phone}, extension {rng.randint(100, 299)}\n"
            f"Mobile:  +1 613 853 {rng.randint(1000, 9999)}\nEmail: press@{domain}"
        )
    return f"{number:05d}.txt", text


def generate_statements(n: int, seed: int = 0) -> list[tuple[str, str]]:
    """`n` synthetic statements as (file name, text), the same for the same seed."""
    rng = random.Random(seed)
    return [generate_statement(rng, k) for k in range(n)]


def main(argv: list[str]) -> int:
    if len(argv) != 2 or not argv[0].isdigit():
        print("usage: python bench/corpus.py N OUTDIR", file=sys.stderr)
        return 2
    out = Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for name, text in generate_statements(int(argv[0])):
        (out / name).write_text(text, encoding="utf-8")
    print(f"corpus: {argv[0]} statements written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
