"""`make bench`: for each journal size, medians and 95th percentiles of what a user waits for.

    python -m bench.run [--sizes 1000,10000,100000] [--repeat N] [--out docs/bench]

Journals are generated once into bench/journals/ (kept between runs). Prints a table and
writes it as JSON (with the machine's description) so that runs can be compared.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent
QUERIES = {  # realistic searches, typed one keystroke at a time
    "romaji": "yamada taro", "kana": "やまだ", "kanji": "山田", "company": "tanaka denki",
    "e-mail": "example42.co.jp",
    # the wider search (issue 18.4): none of these is in anyone's name, so the names and
    # organisations parts are searched and found empty before the rest answers
    "phone": "03-1234-0042", "title": "部長", "title (every contact)": "manager",
    "region": "東京", "note": "mornings",
}
TARGETS_MS = {"cold start": 1000, "search keystroke (p95)": 16, "open heavy contact": 50,
              "follow-ups pane": 50, "briefing PDF": 300, "meishi sheet": 300,
              "vCard import of 10,000": 5000, "paths to a person": 200,
              "paths to an organisation": 200, "paths to a group": 1000, "health list": 100,
              "health column sort": 200,
              "meetings ahead (view refresh)": 100}


def pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))]


def summary(values: list[float]) -> dict:
    return {"median": round(statistics.median(values), 2), "p95": round(pct(values, 95), 2),
            "n": len(values)}


def timed(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


STARTUP = r"""
import os, resource, sys, time
t0 = float(sys.argv[2])
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from kizuna_desktop.app import follow_system_colour_scheme, settle_memory
from kizuna_desktop.store import Journal
from kizuna_desktop.ui import fonts
from kizuna_desktop.ui.main_window import MainWindow
app = QApplication([])
fonts.install(app)
follow_system_colour_scheme(app)
w = MainWindow(Journal.open(sys.argv[1]))
w.show()
def ready():
    # VmHWM: this process's peak resident set (ru_maxrss would carry the parent's over exec)
    hwm = next(int(x.split()[1]) for x in open("/proc/self/status") if x.startswith("VmHWM"))
    print(f"READY {(time.time() - t0) * 1000:.1f} {hwm}", flush=True)
    app.quit()
QTimer.singleShot(0, settle_memory)  # as run_app does
QTimer.singleShot(0, ready)  # the first turn of the event loop: the window is up and responsive
app.exec()
"""


def cold_start(path: Path, repeat: int, env: dict) -> tuple[list[float], list[float]]:
    """Each start a new process, as an installed app starts: with its modules' bytecode
    compiled (pip compiles it on install), so an environment with PYTHONDONTWRITEBYTECODE
    (this machine's sessions set it) does not make every start compile ~70 modules (~190 ms);
    the first, untimed start writes that bytecode into a cache folder of its own."""
    times, rss = [], []
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "startup.py"
        script.write_text(STARTUP)
        env = {k: v for k, v in env.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
        subprocess.run([sys.executable, str(script), str(path), str(time.time())],
                       capture_output=True, text=True, env=env, timeout=120)
        for _ in range(repeat):
            out = subprocess.run([sys.executable, str(script), str(path), str(time.time())],
                                 capture_output=True, text=True, env=env, timeout=120)
            line = next(x for x in out.stdout.splitlines() if x.startswith("READY"))
            _, ms, kb = line.split()
            times.append(float(ms))
            rss.append(int(kb) / 1024)
    return times, rss


def measure(path: Path, repeat: int, env: dict) -> dict:
    from PySide6.QtWidgets import QApplication

    from kizuna_desktop.app import settle_memory, warm_up
    from kizuna_desktop.pdf.meishi_layout import MeishiOptions
    from kizuna_desktop.services import briefing, cards, meishi
    from kizuna_desktop.services.search import ContactFilter
    from kizuna_desktop.store import Journal
    from kizuna_desktop.ui import fonts
    from kizuna_desktop.ui.contacts_pane import ContactsModel
    from kizuna_desktop.ui.followups_pane import FollowUpsPane
    from kizuna_desktop.ui.timeline_pane import TimelinePane

    app = QApplication.instance() or QApplication([])
    fonts.install(app)
    with Journal.open(path) as j, j.session() as s:  # an older journal brought up to date,
        from kizuna_desktop.services import indexing  # schema and search text, as opening

        indexing.bring_up_to_date(s)  # does; not timed
    r: dict = {}
    starts, rss = cold_start(path, max(3, repeat // 2), env)
    r["cold start"] = summary(starts)
    r["peak memory MB (app)"] = summary(rss)
    journal = Journal.open(path)
    model = ContactsModel(journal)
    settle_memory()  # as the app does once its window is up
    warm_up(journal)  # as the app does in the background once its window is up
    keystrokes: dict[str, list[float]] = {}
    counts: list[float] = []
    for label, q in QUERIES.items():
        times = []
        for _ in range(repeat):
            for n in range(1, len(q) + 1):
                f = ContactFilter(text=q[:n])
                t = time.perf_counter()
                model.set_filter(f)  # the rows: what the list shows at once
                times.append((time.perf_counter() - t) * 1000)
                while model.counting:  # "N contacts" under the list, counted off the UI thread
                    app.processEvents()
                    time.sleep(0.0005)
                counts.append((time.perf_counter() - t) * 1000)
        keystrokes[label] = times
        r[f"search keystroke: {label}"] = summary(times)
    r["search keystroke (p95)"] = summary([x for v in keystrokes.values() for x in v])
    r["search count shown"] = summary(counts)
    pane = TimelinePane(journal)
    r["open heavy contact"] = summary(timed(lambda: pane.show_contact(1, "heavy"), repeat))
    fpane = FollowUpsPane(journal)
    r["follow-ups pane"] = summary(timed(fpane.reload, repeat))
    meeting = briefing.Meeting(title="Bench")
    with tempfile.TemporaryDirectory() as tmp:
        r["briefing PDF"] = summary(timed(lambda: briefing.write_pdf(
            journal, [1], Path(tmp) / "b.pdf", meeting), repeat))
        profile = meishi.list_all(journal)[0]
        r["meishi sheet"] = summary(timed(lambda: cards.render(
            profile, MeishiOptions(), sheet=True), repeat))
    r.update(network_rows(journal, repeat))
    journal.close()
    from bench import meetings_case  # issue 23: on a copy given planned meetings

    r.update(meetings_case.rows(path, repeat))
    return r


def network_rows(journal, repeat: int) -> dict:
    """Issue 24: who can introduce me (3 hops, to a person, to an organisation that is not a
    group and to a whole group) and the health list (the first 100 going cold)."""
    from sqlalchemy import func, select

    from kizuna_desktop.services import health, network
    from kizuna_desktop.store.models import Contact, Organization

    with journal.session() as s:
        people = s.scalar(select(func.count()).select_from(Contact))
        orgs = s.scalar(select(func.count()).select_from(Organization))
    # the first orgs // 50 are groups; the person's id within a small (smoke-test) journal too
    person, org = people // 2 + min(345, people // 4), orgs - 7
    return {"paths to a person": summary(timed(
                lambda: network.paths(journal, contact_id=person), repeat)),
            "paths to an organisation": summary(timed(
                lambda: network.paths(journal, organization_id=org), repeat)),
            # organisation 1 is a group's head: ~950 people now there at 100,000
            "paths to a group": summary(timed(
                lambda: network.paths(journal, organization_id=1), repeat)),
            "health list": summary(timed(lambda: health.going_cold(journal, limit=100),
                                         repeat)),
            "health column sort": summary(health_column_clicks(journal, repeat)),
            "health sort keystroke": summary(health_sorted_keystrokes(journal))}


def health_sorted_keystrokes(journal) -> list[float]:
    """The QUERIES typed one keystroke at a time while the list is sorted by its Health
    column, most in need first and then the other way round (the rows of the first page)."""
    from PySide6.QtCore import Qt

    from kizuna_desktop.services.search import ContactFilter
    from kizuna_desktop.ui.contacts_pane import HEALTH, ContactsModel

    model = ContactsModel(journal)
    model.set_filter(ContactFilter())
    out = []
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        model.sort(HEALTH, order)
        for q in QUERIES.values():
            for n in range(1, len(q) + 1):
                t = time.perf_counter()
                model.set_filter(ContactFilter(text=q[:n]))
                out.append((time.perf_counter() - t) * 1000)
    model.sort(0, Qt.SortOrder.AscendingOrder)
    return out


def health_column_clicks(journal, repeat: int) -> list[float]:
    """A header click on the contacts list's Health column, most in need first and then the
    other way round (issue 24.4), from the list in its own order each time."""
    from PySide6.QtCore import Qt

    from kizuna_desktop.services.search import ContactFilter
    from kizuna_desktop.ui.contacts_pane import HEALTH, ContactsModel

    model = ContactsModel(journal)
    model.set_filter(ContactFilter())
    out = []
    for k in range(repeat):
        order = Qt.SortOrder.DescendingOrder if k % 2 else Qt.SortOrder.AscendingOrder
        t = time.perf_counter()
        model.sort(HEALTH, order)
        out.append((time.perf_counter() - t) * 1000)
        model.sort(0, Qt.SortOrder.AscendingOrder)
    return out


def import_file_people(n: int = 10_000) -> list:
    """A realistic vCard export: names with readings from the generator's pools (so many share
    a name with contacts of the bench journals), 1,000 companies, e-mail, phone, title, and
    a note or tags on some."""
    import random

    from bench.generate import COMPANY, FAMILY, GIVEN, LATIN
    from kizuna_desktop.formats.records import Person

    rng = random.Random(7)
    people = []
    for i in range(n):
        if i % 10 == 9:
            family, given, family_reading, given_reading = rng.choice(LATIN)
            email = f"{given.lower()}.{family.lower()}{i}@partner{i % 40}.example"
        else:
            (family, family_reading, latin_f), (given, given_reading, latin_g) = (
                rng.choice(FAMILY), rng.choice(GIVEN))
            email = f"{latin_g.lower()}.{latin_f.lower()}{i}@imported{i % 300}.example.co.jp"
        k = i % 1000
        people.append(Person(
            family_name=family, given_name=given, family_reading=family_reading,
            given_reading=given_reading, emails=[("work", email)],
            phones=[("work", f"03-{5000 + k:04d}-{i % 10000:04d}")],
            organization=f"{FAMILY[k % len(FAMILY)][0]}{COMPANY[k % len(COMPANY)]}{k}株式会社",
            department="営業部", title=rng.choice(["部長", "課長", "主任", "担当"]),
            notes="展示会で名刺交換。来月フォロー。" if i % 4 == 0 else "",
            tags=["展示会2026"] if i % 5 == 0 else []))
    return people


def vcard_import(repeat: int, into: Path | None, n: int = 10_000) -> dict[str, dict]:
    """Importing a file of ``n`` vCards (read, checked for duplicates, written) into a new
    journal and into a copy of ``into`` (the largest bench journal); into that one also as
    the app and `kizuna import` do it, with the backup of the journal written alongside."""
    import shutil

    from kizuna_desktop.formats import vcard
    from kizuna_desktop.services import backup, importing, japanese
    from kizuna_desktop.store import Journal

    japanese.hepburn("やまだ")  # the app has the kana converter loaded before any import
    out: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "10k.vcf"
        src.write_text(vcard.write_vcards(import_file_people(n)), "utf-8")
        targets: dict[str, tuple[Path | None, bool]] = {
            f"import {n:,} vCards (new journal)": (None, False)}
        if into is not None:
            from kizuna_desktop.services import search

            with Journal.open(into) as j:  # closed again: no WAL left beside it to copy
                size = search.count(j, search.ContactFilter(include_archived=True))
            targets[f"import {n:,} vCards (into {size:,})"] = (into, False)
            targets["  … with its backup, as in the app"] = (into, True)
        for label, (base, with_backup) in targets.items():
            times = []
            for k in range(repeat):
                path = Path(tmp) / f"j{k}.kizuna"
                if base is not None:
                    shutil.copyfile(base, path)
                    # The copy's 500 MB would otherwise be written out to disk during the
                    # import's commit (its fsync), timing the bench's own copying.
                    os.sync()
                # Each repetition from the state of the first: the last one's plan and
                # result collected before the clock starts, not during this import.
                plan = None
                gc.collect()
                with Journal.open(path) as j:
                    t = time.perf_counter()
                    plan = importing.import_file(j, src)
                    if with_backup:
                        importing.import_with_backup(j, plan)
                    else:
                        importing.apply(j, plan)
                    times.append((time.perf_counter() - t) * 1000)
                    made = backup.list_backups(j.path)
                # The backup's check runs after the import committed (and is not timed):
                # done before the next import is timed, which it would otherwise slow.
                backup.wait_for_checks()
                for extra in ("", "-wal", "-shm"):
                    Path(f"{path}{extra}").unlink(missing_ok=True)
                for old in made:
                    old.unlink()
            out[label] = summary(times)
    return out


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--out", type=Path, default=ROOT.parent / "docs" / "bench")
    ap.add_argument("--journals", type=Path, default=ROOT / "journals")
    ap.add_argument("--imports-only", action="store_true",
                    help="only the import rows (into the largest size's journal)")
    args = ap.parse_args(argv)
    from bench.generate import generate

    env = dict(os.environ, XDG_CONFIG_HOME=tempfile.mkdtemp(), XDG_DATA_HOME=tempfile.mkdtemp())
    os.environ.update({k: env[k] for k in ("XDG_CONFIG_HOME", "XDG_DATA_HOME")})
    results: dict = {"machine": machine(), "when": datetime.now(UTC).isoformat(), "sizes": {}}
    args.journals.mkdir(parents=True, exist_ok=True)
    for size in (int(s) for s in args.sizes.split(",")):
        path = args.journals / f"synthetic-{size}.kizuna"
        if not path.exists():
            print(f"generating {size:,} contacts…", file=sys.stderr)
            results.setdefault("generated", {})[size] = generate(path, size, quiet=True)
        if args.imports_only:
            continue
        print(f"measuring {size:,} contacts…", file=sys.stderr)
        results["sizes"][size] = measure(path, args.repeat, env)
    largest = max((int(x) for x in args.sizes.split(",")), default=None)
    results["imports"] = vcard_import(
        max(3, args.repeat // 2),
        args.journals / f"synthetic-{largest}.kizuna" if largest else None)
    results["peak memory MB (bench process)"] = round(
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    print_table(results)
    args.out.mkdir(parents=True, exist_ok=True)
    out = args.out / f"bench-{datetime.now():%Y%m%d-%H%M%S}.json"
    out.write_text(json.dumps(results, indent=2, ensure_ascii=False))
    print(f"\nwritten to {out}", file=sys.stderr)
    sys.stdout.flush()
    sys.stderr.flush()
    # PySide6 can crash while the interpreter tears its objects down; the results are written.
    os._exit(0)


def print_table(results: dict) -> None:
    sizes = list(results["sizes"])
    rows = list(next(iter(results["sizes"].values()))) if sizes else []
    print(f"\nKizuna Desktop benchmarks — {results['machine']}")
    head = f"{'measure (ms; median / p95)':34}" + "".join(f"{s:>20,}" for s in sizes)
    print(head + f"{'target':>10}")
    for row in rows:
        cells = "".join(f"{results['sizes'][s][row]['median']:>11.1f} /"
                        f"{results['sizes'][s][row]['p95']:>7.1f}" for s in sizes)
        target = TARGETS_MS.get(row)
        print(f"{row:34}{cells}{(str(target) if target else ''):>10}")
    for label, v in results["imports"].items():
        print(f"{label:34}{v['median']:>11.1f} /{v['p95']:>7.1f}"
              f"{'':>{20 * max(len(sizes) - 1, 0)}}{5000:>10}")
    print(f"peak memory of the bench process: {results['peak memory MB (bench process)']} MB")


if __name__ == "__main__":
    sys.exit(main())
