#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""real_pages.py: the labelled real pages of ../shared/eval/real-dev.jsonl,
split in two halves and given the published times a live feed would have.

    python3 eval/real_pages.py split REAL SEED            # both halves' make-up
    python3 eval/real_pages.py feed REAL SEED HALF OUT    # HALF as feed JSON Lines

HALF is "dev" or "check". Everything is computed at run time from REAL and
SEED, so the page text never enters the repository. The rules (written down
in docs/EVALUATION.md, "Real pages"):

Split. Pages that share an event_group or a dup_group are one group
(union-find over both keys; a page with neither is a group alone). The groups,
in an order shuffled by SEED and then largest first, go one by one to the half
where they add the least imbalance: the sum, over every label, language,
(lk_call, English or not) and the pairs of copies in its dup_groups, of the
squared difference between the halves' counts, plus the squared difference
of their sizes. A tie goes by SEED.

Published times (UTC). A page is published at a time drawn in the span it
talks about, the most precise of: its anchor day, which is its event_date (a
Moscow day) or a YYYY-MM-DD in its event_group, then a YYYY-MM in its
event_group, then the first YYYY-MM-DD, "Month YYYY" or year in its notes
(our label metadata), then the term of the
U.S. Secretary of State its call_pair or notes name (Clinton, Tillerson,
Pompeo, Blinken, Rubio), then Kerry's term. On a day, the time falls 10 to
36 hours after that day began in Moscow; in a longer span, anywhere in it.
The copies of a dup_group, and the reports of an event_group (for a page in
no dup_group), share the most precise span of their members: on a day, each
falls in the same 10-36 h window; in a longer span, all fall within two days
after one time drawn for the group. Each draw comes from its own
random.Random seeded with SEED and the page id (or the group), so one
page's time does not depend on the others.

Feed lines: {id, source, url, title: "", body: text, lang, published}, in
time order (ties by id). Standard library only."""

import json
import random
import re
import signal
import sys
from collections import Counter, defaultdict
from datetime import datetime, timedelta, timezone

HALVES = ("dev", "check")
LABELS = ("lk_call", "lk_meeting", "other_call", "mention_only", "unrelated")
REQUIRED = ("id", "source", "url", "lang", "text", "label")

# Secretaries of State: (first day, last day) of each term, UTC days.
TERMS = {
    "clinton": ("2009-01-21", "2013-02-01"),
    "kerry": ("2013-02-01", "2017-01-20"),
    "tillerson": ("2017-02-01", "2018-03-31"),
    "pompeo": ("2018-04-26", "2021-01-20"),
    "blinken": ("2021-01-26", "2025-01-20"),
    "rubio": ("2025-01-21", "2025-12-31"),
}
EARLIEST_H, LATEST_H = 10, 36   # published this long after the anchor day began
COPIES_H = 47                   # copies without an anchor: within two days


class PagesError(Exception):
    pass


def load(path):
    """The pages of REAL in file order; a damaged line is an error."""
    pages, seen = [], set()
    try:
        with open(path, encoding="utf-8") as f:
            for no, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    p = json.loads(line)
                except ValueError as e:
                    raise PagesError(f"{path}:{no}: not JSON ({e})") from e
                if not isinstance(p, dict) or any(not isinstance(p.get(k), str)
                                                   for k in REQUIRED):
                    raise PagesError(f"{path}:{no}: needs string fields {', '.join(REQUIRED)}")
                if p["id"] in seen:
                    raise PagesError(f"{path}:{no}: id {p['id']} twice")
                seen.add(p["id"])
                pages.append(p)
    except OSError as e:
        raise PagesError(f"cannot read {path}: {e.strerror}") from e
    if not pages:
        raise PagesError(f"{path} holds no page")
    return pages


# --------------------------------------------------------------------------
# Split


def groups_of(pages):
    """Connected groups: lists of pages linked by a shared event_group or
    dup_group, in order of their first page."""
    parent = list(range(len(pages)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first = {}
    for i, p in enumerate(pages):
        for key in ("event_group", "dup_group"):
            g = p.get(key)
            if g:
                j = first.setdefault((key, g), i)
                parent[find(i)] = find(j)
    members = defaultdict(list)
    for i, p in enumerate(pages):
        members[find(i)].append(p)
    return [members[r] for r in sorted(members)]


def features(p):
    """What the halves are balanced on."""
    en = "en" if p["lang"] == "en" else "other"
    f = ["label:" + p["label"], "lang:" + p["lang"]]
    if p["label"] == "lk_call":
        f.append("lk_call:" + en)
    return f


def split(pages, seed):
    """{"dev": [pages], "check": [pages]}, each in file order."""
    rng = random.Random(f"{seed}:split")
    groups = groups_of(pages)
    rng.shuffle(groups)
    groups.sort(key=len, reverse=True)   # stable: equal sizes stay shuffled
    count = {h: Counter() for h in HALVES}
    size = dict.fromkeys(HALVES, 0)
    half_of = {}
    for g in groups:
        add = Counter(f for p in g for f in features(p))
        copies = Counter(p["dup_group"] for p in g if p.get("dup_group"))
        add["copy pairs"] = sum(k * (k - 1) // 2 for k in copies.values())

        def cost(h):
            other = HALVES[1 - HALVES.index(h)]
            c = sum((count[h][f] + n - count[other][f]) ** 2 - (count[h][f] - count[other][f]) ** 2
                    for f, n in add.items())
            return c + (size[h] + len(g) - size[other]) ** 2
        costs = {h: cost(h) for h in HALVES}
        best = min(costs.values())
        h = rng.choice([x for x in HALVES if costs[x] == best])
        count[h].update(add)
        size[h] += len(g)
        for p in g:
            half_of[p["id"]] = h
    return {h: [p for p in pages if half_of[p["id"]] == h] for h in HALVES}


def describe(name, pages):
    """Lines telling a half's make-up: pages, labels, languages."""
    labels = Counter(p["label"] for p in pages)
    langs = Counter(p["lang"] for p in pages)
    lk = [p for p in pages if p["label"] == "lk_call"]
    lk_en = sum(1 for p in lk if p["lang"] == "en")
    ngroups = len({p["event_group"] for p in pages if p.get("event_group")})
    copies = Counter(p["dup_group"] for p in pages if p.get("dup_group"))
    npairs = sum(k * (k - 1) // 2 for k in copies.values())
    return [f"half {name}: {len(pages)} pages, {ngroups} event groups, "
            f"{len(copies)} dup groups ({npairs} copy pairs)",
            "  labels: " + ", ".join(f"{lab} {labels[lab]}" for lab in LABELS if labels[lab]),
            f"  lk_call: {lk_en} in English, {len(lk) - lk_en} outside English",
            "  languages: " + ", ".join(f"{k} {n}" for k, n in
                                        sorted(langs.items(), key=lambda x: (-x[1], x[0])))]


# --------------------------------------------------------------------------
# Published times


def day(s):
    return datetime.strptime(s, "%Y-%m-%d").replace(tzinfo=timezone.utc)


def moscow_offset_h(d):
    """Moscow's UTC offset on day d: +4 from 2011-03-27 to 2014-10-25, else +3."""
    return 4 if day("2011-03-27") <= d < day("2014-10-26") else 3


MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")
MONTH_RE = re.compile(r"\b(" + "|".join(m[:3] for m in MONTHS) + r")[a-z]*\.? (20\d\d)\b", re.I)


def month_span(y, m):
    a = datetime(y, m, 1, tzinfo=timezone.utc)
    return a, (a + timedelta(days=32)).replace(day=1)


def span(p):
    """(precision, start, end, is_day) of what the page talks about; a lower
    precision is more precise. A day is a Moscow day, given by its UTC date."""
    if p.get("event_date"):
        return 0, day(p["event_date"]), None, True
    m = re.search(r"\d{4}-\d{2}-\d{2}", p.get("event_group") or "")
    if m:
        return 0, day(m.group(0)), None, True
    m = re.search(r"(20\d\d)-(\d\d)", p.get("event_group") or "")
    if m:
        return (2, *month_span(int(m.group(1)), int(m.group(2))), False)
    notes = p.get("notes") or ""
    m = re.search(r"\b20\d\d-\d\d-\d\d\b", notes)
    if m:
        return 1, day(m.group(0)), None, True
    m = MONTH_RE.search(notes)
    if m:
        mon = [x[:3] for x in MONTHS].index(m.group(1).lower()) + 1
        return (2, *month_span(int(m.group(2)), mon), False)
    m = re.search(r"\b(20[0-2]\d)\b", notes)
    if m:
        y = int(m.group(1))
        return 3, datetime(y, 1, 1, tzinfo=timezone.utc), datetime(y + 1, 1, 1,
                                                                   tzinfo=timezone.utc), False
    for text in (p.get("call_pair") or "", notes):
        for name in TERMS:
            if name != "kerry" and re.search(r"\b" + name + r"\b", text, re.I):
                return 4, day(TERMS[name][0]), day(TERMS[name][1]) + timedelta(days=1), False
    return 5, day(TERMS["kerry"][0]), day(TERMS["kerry"][1]) + timedelta(days=1), False


def draw(rng, sp):
    """A time in span sp: 10-36 h after a Moscow day began, or anywhere in a period."""
    _, a, b, is_day = sp
    if is_day:
        start = a - timedelta(hours=moscow_offset_h(a))
        return start + timedelta(seconds=rng.uniform(EARLIEST_H, LATEST_H) * 3600)
    return a + timedelta(seconds=rng.uniform(0, (b - a).total_seconds()))


def published_times(pages, seed):
    """{id: datetime (UTC)} by the rules of the module's docstring."""
    def linked(p):
        return p.get("dup_group") or p.get("event_group")
    by_link = defaultdict(list)
    for p in pages:
        if linked(p):
            by_link[linked(p)].append(p)
    out = {}
    for p in pages:
        rng = random.Random(f"{seed}:time:{p['id']}")
        if not linked(p):
            out[p["id"]] = draw(rng, span(p))
            continue
        sp = min((span(c), c["id"]) for c in by_link[linked(p)])[0]
        if sp[3]:
            out[p["id"]] = draw(rng, sp)
        else:
            t0 = draw(random.Random(f"{seed}:time:{linked(p)}"), sp)
            out[p["id"]] = t0 + timedelta(seconds=rng.uniform(0, COPIES_H * 3600))
    return out


def feed_items(pages, seed):
    """The feed lines (dicts) of pages, in time order."""
    times = published_times(pages, seed)
    items = [{"id": p["id"], "source": p["source"], "url": p["url"], "title": "",
              "body": p["text"], "lang": p["lang"],
              "published": times[p["id"]].strftime("%Y-%m-%dT%H:%M:%SZ")} for p in pages]
    items.sort(key=lambda it: (it["published"], it["id"]))
    return items


# --------------------------------------------------------------------------


def main(argv):
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)   # `| head` is not an error
    usage = "usage: real_pages.py split REAL SEED | feed REAL SEED dev|check OUT"
    if len(argv) < 4 or (argv[1], len(argv)) not in (("split", 4), ("feed", 6)) or \
            (argv[1] == "feed" and argv[4] not in HALVES):
        print(usage, file=sys.stderr)
        return 2
    try:
        halves = split(load(argv[2]), argv[3])
    except PagesError as e:
        print(f"real_pages: {e}", file=sys.stderr)
        return 2
    if argv[1] == "split":
        for h in HALVES:
            print("\n".join(describe(h, halves[h])))
        return 0
    items = feed_items(halves[argv[4]], argv[3])
    with open(argv[5], "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    print("\n".join(describe(argv[4], halves[argv[4]])))
    print(f"  published: {items[0]['published']} .. {items[-1]['published']}, fed in time order")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
