"""Synthetic journals of a given size with a realistic shape: Japanese and Latin names with
readings, organisations in groups, position histories, interactions with several participants
over years (a few contacts with thousands), follow-ups, introductions and gifts.

    python -m bench.generate PATH --contacts 100000

Rows are written in bulk (SQLAlchemy Core, one transaction a table) with the same derived
columns the services keep, so the journal is exactly what the app would have written.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

from sqlalchemy import insert, text

from kizuna_desktop.services import indexing
from kizuna_desktop.store import Journal
from kizuna_desktop.store.models import Base

T = Base.metadata.tables
FAMILY = [("山田", "やまだ", "Yamada"), ("佐藤", "さとう", "Sato"), ("鈴木", "すずき", "Suzuki"),
          ("高橋", "たかはし", "Takahashi"), ("田中", "たなか", "Tanaka"), ("伊藤", "いとう", "Ito"),
          ("渡辺", "わたなべ", "Watanabe"), ("中村", "なかむら", "Nakamura"),
          ("小林", "こばやし", "Kobayashi"), ("加藤", "かとう", "Kato"), ("吉田", "よしだ", "Yoshida"),
          ("山本", "やまもと", "Yamamoto"), ("松本", "まつもと", "Matsumoto"),
          ("井上", "いのうえ", "Inoue"), ("木村", "きむら", "Kimura"), ("林", "はやし", "Hayashi"),
          ("清水", "しみず", "Shimizu"), ("山口", "やまぐち", "Yamaguchi"), ("森", "もり", "Mori"),
          ("池田", "いけだ", "Ikeda"), ("橋本", "はしもと", "Hashimoto"), ("石川", "いしかわ", "Ishikawa"),
          ("小川", "おがわ", "Ogawa"), ("岡田", "おかだ", "Okada"), ("長谷川", "はせがわ", "Hasegawa")]
GIVEN = [("太郎", "たろう", "Taro"), ("花子", "はなこ", "Hanako"), ("一郎", "いちろう", "Ichiro"),
         ("健太", "けんた", "Kenta"), ("美咲", "みさき", "Misaki"), ("誠", "まこと", "Makoto"),
         ("さくら", "さくら", "Sakura"), ("大輔", "だいすけ", "Daisuke"), ("直樹", "なおき", "Naoki"),
         ("由美", "ゆみ", "Yumi"), ("翔", "しょう", "Sho"), ("恵子", "けいこ", "Keiko"),
         ("隆", "たかし", "Takashi"), ("雅人", "まさと", "Masato"), ("拓也", "たくや", "Takuya"),
         ("陽子", "ようこ", "Yoko"), ("浩二", "こうじ", "Koji"), ("愛", "あい", "Ai"),
         ("健一", "けんいち", "Kenichi"), ("美穂", "みほ", "Miho")]
LATIN = [("Smith", "Emily", "スミス", "エミリー"), ("Müller", "Jonas", "ミュラー", "ヨナス"),
         ("Dubois", "Claire", "デュボワ", "クレール"), ("Rossi", "Marco", "ロッシ", "マルコ"),
         ("Johnson", "Mark", "ジョンソン", "マーク"), ("Nguyen", "Linh", "グエン", "リン"),
         ("Garcia", "Lucia", "ガルシア", "ルシア"), ("Kim", "Minjun", "キム", "ミンジュン")]
COMPANY = ["商事", "精機", "物流", "電機", "化学", "銀行", "テック", "ソリューションズ", "製作所", "工業"]
COMPANY_EN = ["Shoji", "Seiki", "Logistics", "Denki", "Chemical", "Bank", "Tech", "Solutions",
              "Seisakusho", "Kogyo"]
PLACES = ["Marunouchi", "Otemachi", "Umeda", "Nagoya", "Shimbashi", "Video call", "Toranomon"]
KINDS = ["meeting", "meal", "nomikai", "call", "email", "message", "event", "meishi_exchange"]


def _chunks(rows: list[dict], size: int = 20_000):
    for i in range(0, len(rows), size):
        yield rows[i:i + size]


def generate(path: Path, contacts: int, interactions_per_contact: float = 10.0,
             seed: int = 42, today: date | None = None, quiet: bool = False) -> dict:
    rng = random.Random(seed)
    today = today or datetime.now(UTC).date()
    now = datetime.now(UTC).replace(tzinfo=None)
    started = time.perf_counter()
    journal = Journal.open(path)
    n_orgs = max(10, contacts // 20)
    orgs, groups = [], max(3, n_orgs // 50)
    for i in range(1, n_orgs + 1):
        base = f"{FAMILY[i % len(FAMILY)][0]}{COMPANY[i % len(COMPANY)]}"
        orgs.append({"id": i, "name_ja": f"{base}{i}株式会社", "name_en":
                     f"{FAMILY[i % len(FAMILY)][2]} {COMPANY_EN[i % len(COMPANY)]} {i} Co., Ltd.",
                     "kind": rng.choice(["client", "distributor", "partner", "competitor",
                                         "association", "other"]),
                     "group_id": (i % groups) + 1 if i > groups else None, "notes": "",
                     "created_at": now, "updated_at": now})
    people, methods, positions, tags = [], [], [], []
    for cid in range(1, contacts + 1):
        if rng.random() < 0.12:
            fam, giv, fr, gr = rng.choice(LATIN)
            row = dict(family_name=fam, given_name=giv, family_reading=fr, given_reading=gr,
                       family_latin=fam, given_latin=giv)
        else:
            f, g = rng.choice(FAMILY), rng.choice(GIVEN)
            row = dict(family_name=f[0], given_name=g[0], family_reading=f[1],
                       given_reading=g[1], family_latin=f[2], given_latin=g[2])
        row.update(id=cid, latin_order="given_first", honorific="様",
                   region=rng.choice(["東京都", "大阪府", "愛知県", "福岡県", "北海道", ""]),
                   birth_year=None, birth_month=None, birth_day=None, interests="",
                   how_we_met="", notes="Prefers mornings." if cid % 7 == 0 else "",
                   cadence_days=rng.choice([None, 30, 60, 90]), archived=cid % 97 == 0,
                   created_at=now - timedelta(days=900), updated_at=now,
                   last_interaction_at=None)
        org_id = rng.randint(1, n_orgs)
        email = f"{row['given_latin'].lower()}.{row['family_latin'].lower()}{cid}@" \
                f"example{org_id}.co.jp"
        methods.append({"contact_id": cid, "kind": "email", "label": "work", "value": email,
                        "position": 0})
        phone = f"03-{cid % 10000:04d}-{org_id % 10000:04d}"
        methods.append({"contact_id": cid, "kind": "phone", "label": "office",
                        "value": phone, "position": 1})
        start = today - timedelta(days=rng.randint(400, 4000))
        held = [org_id]
        if rng.random() < 0.3:  # a transfer: an older position, closed
            held.insert(0, rng.randint(1, n_orgs))
            positions.append({"contact_id": cid, "organization_id": held[0],
                              "department_ja": "営業部", "department_en": "Sales",
                              "title_ja": "課長", "title_en": "Section Manager",
                              "start_date": start - timedelta(days=1500),
                              "end_date": start - timedelta(days=1)})
        positions.append({"contact_id": cid, "organization_id": org_id,
                          "department_ja": "営業部", "department_en": "Sales",
                          "title_ja": rng.choice(["部長", "課長", "主任", "担当"]),
                          "title_en": "Manager", "start_date": start, "end_date": None})
        tag_names = ["golf"] if cid % 11 == 0 else []
        shim = SimpleNamespace(
            **row, methods=[SimpleNamespace(kind=m, value=v) for m, v in
                            (("email", email), ("phone", phone))],
            positions=[SimpleNamespace(**p) for p in positions[-len(held):]],  # this one's
            tags=[SimpleNamespace(name=t) for t in tag_names])
        # every organisation held, former ones too, as indexing.refresh does
        org_names = [SimpleNamespace(name_ja=orgs[o - 1]["name_ja"], name_en=orgs[o - 1]["name_en"])
                     for o in held]
        row["sort_key"] = indexing.contact_sort_key(shim)
        row["search_text"] = indexing.contact_search_text(shim, org_names)
        people.append(row)
        if tag_names:
            tags.append({"contact_id": cid, "tag_id": 1})
    spacing = (1 << 62) // (len(people) + 1)  # list order, evenly spaced (indexing.renumber)
    # Written in list order: the search index is keyed by rank, and FTS5 starts a new segment
    # whenever a rowid comes lower than the one before (in id order: one per contact).
    people.sort(key=lambda r: (r["sort_key"], r["id"]))
    for n, row in enumerate(people, 1):
        row["sort_rank"] = n * spacing
    with journal.engine.begin() as conn:
        conn.execute(insert(T["tags"]), [{"id": 1, "name": "golf"}])
        for table_name, rows in (("organizations", orgs), ("contacts", people),
                                 ("contact_methods", methods), ("positions", positions),
                                 ("contact_tags", tags)):
            for chunk in _chunks(rows):
                conn.execute(insert(T[table_name]), chunk)
    # Interactions: most contacts a few, a handful thousands; two people present on average.
    total = int(contacts * interactions_per_contact)
    heavy = list(range(1, min(contacts, 5) + 1))
    inter, parts = [], []
    for iid in range(1, total + 1):
        if iid % 200 == 0 and heavy:
            who = {rng.choice(heavy)}
        else:
            who = {rng.randint(1, contacts)}
        if rng.random() < 0.5:
            who.add(rng.randint(1, contacts))
        when = now - timedelta(days=rng.random() * 1500)
        inter.append({"id": iid, "kind": rng.choice(KINDS), "occurred_at": when,
                      "place": rng.choice(PLACES), "summary": f"Discussed item {iid % 500}",
                      "notes": "Promised: send the quote." if iid % 9 == 0 else "",
                      "created_at": now, "updated_at": now})
        parts += [{"interaction_id": iid, "contact_id": c} for c in who]
    heavy_extra = 0
    for c in heavy:  # a few contacts with thousands of interactions
        for k in range(1200):
            heavy_extra += 1
            iid = total + heavy_extra
            inter.append({"id": iid, "kind": "call", "occurred_at": now - timedelta(hours=k * 13),
                          "place": "", "summary": f"Weekly call {k}", "notes": "",
                          "created_at": now, "updated_at": now})
            parts.append({"interaction_id": iid, "contact_id": c})
    follow, intros, gifts = [], [], []
    for cid in range(1, contacts + 1, 3):
        follow.append({"contact_id": cid, "interaction_id": None,
                       "title": "Send the quote we discussed", "notes": "",
                       "due_date": today + timedelta(days=rng.randint(-20, 40)),
                       "state": "open", "snoozed_until": None, "done_at": None,
                       "created_at": now})
        follow[-1]["due_on"] = follow[-1]["due_date"]
    for cid in range(2, contacts + 1, 10):
        intros.append({"introducer_id": cid - 1, "introduced_id": cid, "introduced_to_id": None,
                       "introduced_on": today - timedelta(days=rng.randint(10, 1000)),
                       "note": "", "created_at": now})
        gifts.append({"contact_id": cid, "direction": rng.choice(["given", "received"]),
                      "kind": "gift", "occasion": rng.choice(["oseibo", "ochugen", "omiyage"]),
                      "description": "Sweets", "value": 3000, "currency": "JPY",
                      "occurred_on": today - timedelta(days=rng.randint(10, 700)),
                      "created_at": now})
    with journal.engine.begin() as conn:
        for table_name, rows in (("interactions", inter), ("interaction_participants", parts),
                                 ("follow_ups", follow), ("introductions", intros),
                                 ("ledger_entries", gifts)):
            for chunk in _chunks(rows):
                conn.execute(insert(T[table_name]), chunk)
        conn.execute(text(
            "UPDATE contacts SET last_interaction_at = (SELECT max(i.occurred_at) FROM "
            "interactions i JOIN interaction_participants p ON p.interaction_id = i.id "
            "WHERE p.contact_id = contacts.id)"))
        conn.execute(text(f"UPDATE contacts SET cold_after = {indexing.COLD_AFTER_SQL}"))
        conn.execute(text("INSERT INTO meishi_profiles (profile_name, name_ja, reading_ja, "
                          "name_en, title_ja, title_en, department_ja, department_en, "
                          "company_ja, company_en, address_ja, address_en, phone, email, web, "
                          "line_id, include_qr, created_at, updated_at) VALUES ('Main card', "
                          "'アレックス・ハートマン', 'あれっくす', 'Alex Hartmann', '代表', 'CEO', '', "
                          "'', 'ノルドリヒト合同会社', 'Nordlicht G.K.', '東京都港区', 'Tokyo', "
                          "'+81-3-5555-0000', 'alex@example.jp', 'example.jp', '', 1, :n, :n)"),
                     {"n": now})
    with journal.session() as s:
        indexing.mark_search_text_current(s)
        indexing.compact_search_index(s)
    with journal.engine.connect() as conn:
        conn.execute(text("ANALYZE"))
        conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    journal.close()
    stats = {"contacts": contacts, "organizations": n_orgs, "interactions": len(inter),
             "participants": len(parts), "follow_ups": len(follow),
             "heavy_contacts": heavy, "seconds": round(time.perf_counter() - started, 1)}
    if not quiet:
        print(f"{path}: {stats}", file=sys.stderr)
    return stats


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", type=Path)
    ap.add_argument("--contacts", type=int, default=1000)
    ap.add_argument("--per-contact", type=float, default=10.0)
    args = ap.parse_args(argv)
    if args.path.exists():
        ap.error(f"{args.path} exists; give a new path")
    generate(args.path, args.contacts, args.per_contact)
    return 0


if __name__ == "__main__":
    sys.exit(main())
