#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""real_score.py: scores what the real pipeline published for one half of the
real pages (eval/real_pages.py makes the halves and the feed).

    python3 eval/real_score.py REAL SEED dev|check OUTPUT [CATALOG]

OUTPUT is what `wirewatch tail --from 1` printed while the half went through
wirewatchd and the workers (eval/eval.sh real-dev|real-check runs it all).
CATALOG (default deploy/catalog/events.catalog) only lists the event types.
Prints coverage, the figures per event type, lavrov_kerry_call by language,
dates, grouping, reprint pairs, a summary against the targets of issue 12,
and every error on one line. Reports, does not gate: exit status 0, or 2
when an input cannot be read. Standard library only. The definitions are
written down in docs/EVALUATION.md, "Real pages"; the functions follow them."""

import re
import signal
import sys
from collections import Counter, defaultdict
from itertools import combinations

import real_pages
from eval_score import InputError, Output, f1, fmt, ratio

LK_CALL, LK_MEETING = "lavrov_kerry_call", "lavrov_kerry_meeting"
PUTIN_OBAMA, LAVROV_FM = "putin_obama_call", "lavrov_foreign_minister_call"
LK_TYPES = (LK_CALL, LK_MEETING)
# The catalog's role us_secretary_of_state is not an office foreign_minister:
# Lavrov's calls with Kerry's predecessor and successors have no type.
US_SECRETARIES = ("clinton", "tillerson", "pompeo", "blinken", "rubio")
UNKNOWN = "?"   # other_call without call_pair: no Lavrov-Kerry type, else unknown
TARGETS = {"precision": 0.95, "recall": 0.93, "dates": 0.95, "grouping F1": 0.93,
           "reprint recall": 0.90, "reprint precision": 0.99}


def expected(p):
    """The event type a page should come out with (None: none), or UNKNOWN.

    label         call_pair                              expected type
    lk_call       -                                      lavrov_kerry_call
    lk_meeting    -                                      lavrov_kerry_meeting
    other_call    putin-obama                            putin_obama_call
    other_call    lavrov-<foreign minister>              lavrov_foreign_minister_call
    other_call    lavrov-<US Secretary of State>         none
    other_call    any other pair (kerry-yun, ...)        none
    other_call    null                                   UNKNOWN
    mention_only, unrelated                              none"""
    label = p["label"]
    if label == "lk_call":
        return LK_CALL
    if label == "lk_meeting":
        return LK_MEETING
    if label != "other_call":
        return None
    pair = p.get("call_pair")
    if not pair:
        return UNKNOWN
    if pair in ("putin-obama", "obama-putin"):
        return PUTIN_OBAMA
    m = re.fullmatch(r"lavrov-(.+)|(.+)-lavrov", pair)
    if m:
        other = m.group(1) or m.group(2)
        return None if other in US_SECRETARIES + ("kerry",) else LAVROV_FM
    return None


def catalog_types(path):
    types = []
    try:
        with open(path, encoding="utf-8") as f:
            for line in f:
                m = re.match(r"event\s+(\S+)", line)
                if m:
                    types.append(m.group(1))
    except OSError as e:
        raise InputError(f"cannot read catalog {path}: {e.strerror}") from e
    return types


def came_out(o):
    """(type, date, id) of a published item's event, or Nones."""
    ev = (o or {}).get("event")
    if not isinstance(ev, dict):
        return None, None, None
    return ev.get("type"), ev.get("date"), ev.get("id")


class Half:
    """One half's pages with what came out for each."""

    def __init__(self, pages, out):
        self.pages = pages
        self.out = out
        self.exp = {p["id"]: expected(p) for p in pages}
        self.got = {p["id"]: came_out(out.by_id.get(p["id"])) for p in pages}
        self.errors = []   # (kind, page, expected text, came-out text)

    def error(self, kind, p, want, got):
        self.errors.append((kind, p, want, got))


def describe_got(h, p):
    t, d, _ = h.got[p["id"]]
    return "null" if t is None else f"{t} {d}"


def score_types(h, types):
    """Per type: labelled, predicted (scored), correct; errors by page."""
    known = [t for t in types if t in (LK_CALL, LK_MEETING, PUTIN_OBAMA, LAVROV_FM)]
    rows = []
    for t in known:
        lab = sum(1 for p in h.pages if h.exp[p["id"]] == t)
        pred = [p for p in h.pages if h.got[p["id"]][0] == t]
        scored = [p for p in pred if h.exp[p["id"]] != UNKNOWN or t in LK_TYPES]
        ok = sum(1 for p in scored if h.exp[p["id"]] == t)
        rows.append((t, ok, len(scored), lab, len(pred) - len(scored)))
    print("event types (expected type per label: docs/EVALUATION.md, \"Real pages\"):")
    print(f"  {'type':<30}{'precision':>18}{'recall':>18}{'F1':>7}  unscored")
    for t, ok, npred, nlab, unscored in rows:
        p, r = ratio(ok, npred), ratio(ok, nlab)
        print(f"  {t:<30}{fmt(p):>8} ({ok:>3}/{npred:<3}){fmt(r):>8} ({ok:>3}/{nlab:<3})"
              f"{fmt(f1(p, r)):>7}  {unscored or ''}")
    for t in types:
        if t not in known:
            n = sum(1 for p in h.pages if h.got[p["id"]][0] == t)
            print(f"  {t:<30} no label speaks for this type: {n} pages came out with it")
    unk = Counter(h.got[p["id"]][0] for p in h.pages if h.exp[p["id"]] == UNKNOWN)
    if unk:
        print("  other_call pages without call_pair (only Lavrov-Kerry types are errors): "
              + ", ".join(f"{t or 'null'} {n}" for t, n in sorted(unk.items(), key=str)))

    for p in h.pages:
        e, (t, d, _) = h.exp[p["id"]], h.got[p["id"]]
        if e == UNKNOWN:
            if t in LK_TYPES:
                h.error("FALSE ALARM", p, "no Lavrov-Kerry type", describe_got(h, p))
        elif e is not None and t is None:
            h.error("MISSED", p, f"{e} {p.get('event_date') or ''}".strip(), "null")
        elif e is not None and t != e:
            h.error("WRONG TYPE", p, e, describe_got(h, p))
        elif e is None and t in known:
            h.error("FALSE ALARM", p, "null", describe_got(h, p))
        elif e == LK_CALL and p.get("event_date") and d != p["event_date"]:
            h.error("WRONG DATE", p, f"{e} {p['event_date']}", describe_got(h, p))
    return {t: (ok, npred, nlab) for t, ok, npred, nlab, _ in rows}


def score_languages(h):
    """lavrov_kerry_call recall (and precision) by language; returns
    {"en": (ok, labelled, predicted), "other": ...}."""
    by = defaultdict(lambda: [0, 0, 0])
    for p in h.pages:
        t = h.got[p["id"]][0]
        row = by[p["lang"]]
        row[0] += h.exp[p["id"]] == LK_CALL and t == LK_CALL
        row[1] += h.exp[p["id"]] == LK_CALL
        row[2] += t == LK_CALL
    groups = {"en": [0, 0, 0], "other": [0, 0, 0]}
    for lang, row in by.items():
        g = groups["en" if lang == "en" else "other"]
        for i in range(3):
            g[i] += row[i]
    print("lavrov_kerry_call by language (recall: of lk_call pages; precision: of pages "
          "that came out lavrov_kerry_call):")
    print(f"  {'lang':<16}{'recall':>18}{'precision':>18}")
    order = sorted(by, key=lambda k: (-by[k][1], k))
    for name, (ok, lab, pred) in [(k, by[k]) for k in order if by[k][1] or by[k][2]] + \
            [("English", groups["en"]), ("outside English", groups["other"])]:
        print(f"  {name:<16}{fmt(ratio(ok, lab)):>8} ({ok:>3}/{lab:<3}){fmt(ratio(ok, pred)):>8}"
              f" ({ok:>3}/{pred:<3})")
    return {k: tuple(v) for k, v in groups.items()}


def score_dates(h):
    """Of lk_call pages with an event_date that came out lavrov_kerry_call."""
    n = ok = 0
    for p in h.pages:
        t, d, _ = h.got[p["id"]]
        if h.exp[p["id"]] == LK_CALL and t == LK_CALL and p.get("event_date"):
            n += 1
            ok += d == p["event_date"]
    print(f"dates: {ok}/{n} lk_call pages that came out lavrov_kerry_call have the "
          f"event_date ({fmt(ratio(ok, n)).strip()}); "
          f"{sum(1 for p in h.pages if p['label'] == 'lk_call' and not p.get('event_date'))}"
          " lk_call pages without event_date not counted")
    return ok, n


def pair_figures(lab, pred):
    both = len(lab & pred)
    p, r = ratio(both, len(pred)), ratio(both, len(lab))
    return both, p, r, f1(p, r)


def majority(keys):
    """The most common key (ties: the smallest as a string)."""
    c = Counter(keys)
    return min(c, key=lambda k: (-c[k], str(k)))


def score_grouping(h):
    """Pairwise over lk_call pages: labelled together = same event_group,
    predicted together = same event id. Scored over the pairs whose two pages
    both came out lavrov_kerry_call (a miss or a wrong type is told by the
    type figures), and shown over all lk_call pairs too. Returns (both,
    predicted, labelled) of the first."""
    lk = [p for p in h.pages if p["label"] == "lk_call"]
    found = [p for p in lk if h.got[p["id"]][0] == LK_CALL]
    results = []
    for pages in (found, lk):
        lab, pred = set(), set()
        for a, b in combinations(pages, 2):
            if a.get("event_group") and a.get("event_group") == b.get("event_group"):
                lab.add((a["id"], b["id"]))
            ia, ib = h.got[a["id"]][2], h.got[b["id"]][2]
            if ia is not None and ia == ib:
                pred.add((a["id"], b["id"]))
        results.append((lab, pred))
    (lab, pred), (lab_all, pred_all) = results
    both, p, r, f = pair_figures(lab, pred)
    print(f"grouping (pairs of lk_call pages that both came out lavrov_kerry_call): "
          f"precision {fmt(p).strip()} ({both}/{len(pred)}), recall {fmt(r).strip()} "
          f"({both}/{len(lab)}), F1 {fmt(f).strip()}")
    ab, ap, ar, af = pair_figures(lab_all, pred_all)
    print(f"  over all lk_call pairs (misses and wrong types included): precision "
          f"{fmt(ap).strip()} ({ab}/{len(pred_all)}), recall {fmt(ar).strip()} "
          f"({ab}/{len(lab_all)}), F1 {fmt(af).strip()}")
    # A line for each page that came out apart from most of its group, or in
    # an instance where most pages belong to another group, unless a type or
    # date error of the page already tells why.
    told = {e[1]["id"] for e in h.errors}
    by_group, by_inst = defaultdict(list), defaultdict(list)
    for p in found:
        by_inst[h.got[p["id"]][2]].append(p)
        if p.get("event_group"):
            by_group[p["event_group"]].append(p)
    for g, ps in by_group.items():
        m = majority(h.got[p["id"]][2] for p in ps)
        for p in ps:
            if h.got[p["id"]][2] != m and p["id"] not in told:
                h.error("GROUP SPLIT", p, f"{g}, as most of its group: {m}", h.got[p["id"]][2])
    for inst, ps in by_inst.items():
        m = majority(p.get("event_group") or "p:" + p["id"] for p in ps)
        for p in ps:
            g = p.get("event_group") or "p:" + p["id"]
            if g != m and p["id"] not in told:
                h.error("GROUP MERGE", p, p.get("event_group") or "no group",
                        f"{inst}, with {sum(1 for q in ps if q.get('event_group') == m)} "
                        f"pages of {m}")
    return both, len(pred), len(lab)


def score_reprints(h):
    """Pairs of one dup_group are found when the pages are joined by dup
    verdicts naming a page of the same group (directly or through a common
    root). Precision is over verdicts: an exact/near verdict naming a page of
    another group, of no group, or no page of this half is a false merge. An
    other root a verdict names (dup.also) counts as a verdict of its own."""
    group = {p["id"]: p.get("dup_group") for p in h.pages}
    parent = {i: i for i in group}

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    verdicts = correct = 0
    for p in h.pages:
        dup = (h.out.by_id.get(p["id"]) or {}).get("dup") or {}
        if dup.get("status") not in ("exact", "near"):
            continue
        also = [a.get("of") for a in dup.get("also") or [] if isinstance(a, dict)]
        for k, of in enumerate([dup.get("of")] + also):
            verdicts += 1
            if of in group and of != p["id"] and group[p["id"]] and group[of] == group[p["id"]]:
                correct += 1
                parent[find(p["id"])] = find(of)
                continue
            sim = dup.get("similarity")
            sim = f"{sim:.3f}" if isinstance(sim, (int, float)) else str(sim)
            where = (f"{of} of {group[of] or 'no group'}" if of in group
                     else f"{of} (not in this half)")
            want = f"a copy within {p['dup_group']}" if p.get("dup_group") else "no copy"
            h.error("FALSE MERGE", p, want,
                    f"{dup.get('status')} {'also ' if k else ''}of {where}, similarity {sim}")
    members = defaultdict(list)
    for p in h.pages:
        if p.get("dup_group"):
            members[p["dup_group"]].append(p)
    pairs = found = 0
    for g, ms in sorted(members.items()):
        for a, b in combinations(ms, 2):
            pairs += 1
            if find(a["id"]) == find(b["id"]):
                found += 1
                continue
            h.error("REPRINT MISSED", a, f"copy of {b['id']} ({g})",
                    f"{dup_text(h, a)}; {b['id']} {dup_text(h, b)}")
    r, p = ratio(found, pairs), ratio(correct, verdicts)
    print(f"reprint pairs: recall {fmt(r).strip()} ({found}/{pairs} pairs in "
          f"{len(members)} dup groups), precision {fmt(p).strip()} ({correct}/{verdicts} "
          f"exact/near verdicts and other roots named (also) name a copy of the same group)")
    return found, pairs, correct, verdicts


def dup_text(h, p):
    o = h.out.by_id.get(p["id"])
    if o is None:
        return "not published"
    dup = o.get("dup") or {}
    return dup.get("status") if dup.get("status") == "new" else \
        f"{dup.get('status')} of {dup.get('of')}"


def summary(rows):
    print("against the targets of issue 12 (reported, not gated):")
    print(f"  {'measure':<44}{'value':>7}  {'counts':<10}target")
    for name, num, den, target in rows:
        x = ratio(num, den) if den is not None else num
        counts = f"{num}/{den}" if den is not None else ""
        met = "met" if x is not None and x >= target else "NOT MET"
        print(f"  {name:<44}{fmt(x):>7}  {counts:<10}>= {target:.2f}  {met}")


def print_errors(h):
    kinds = Counter(e[0] for e in h.errors)
    print(f"errors: {len(h.errors)} ({', '.join(f'{k} {n}' for k, n in sorted(kinds.items()))})")
    for kind, p, want, got in h.errors:
        notes = " ".join((p.get("notes") or "").split())[:80]
        print(f"  {kind:<14} {p['id']} [{p['lang']} {p['label']}] expected {want}; "
              f"got {got} | {notes}")


def score(pages, out, types):
    """Prints every figure and error of one half; returns the Half and the
    summary rows {measure: (num, den)} (den None: num is the figure)."""
    h = Half(pages, out)
    by_type = score_types(h, types)
    langs = score_languages(h)
    dok, dn = score_dates(h)
    g_both, g_pred, g_lab = score_grouping(h)
    r_found, r_pairs, r_ok, r_verdicts = score_reprints(h)
    ok, npred, _ = by_type.get(LK_CALL, (0, 0, 0))
    rows = {
        "lavrov_kerry_call precision": (ok, npred),
        "lavrov_kerry_call recall, English": langs["en"][:2],
        "lavrov_kerry_call recall, outside English": langs["other"][:2],
        "dates right": (dok, dn),
        "grouping F1 (pairs both found)": (f1(ratio(g_both, g_pred), ratio(g_both, g_lab)), None),
        "reprint pairs recall": (r_found, r_pairs),
        "reprint precision (verdicts)": (r_ok, r_verdicts),
    }
    targets = ("precision", "recall", "recall", "dates", "grouping F1", "reprint recall",
               "reprint precision")
    summary([(k, *v, TARGETS[t]) for (k, v), t in zip(rows.items(), targets)])
    print_errors(h)
    return h, rows


def main(argv):
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    if len(argv) not in (5, 6) or argv[3] not in real_pages.HALVES:
        print("usage: real_score.py REAL SEED dev|check OUTPUT [CATALOG]", file=sys.stderr)
        return 2
    try:
        pages = real_pages.split(real_pages.load(argv[1]), argv[2])[argv[3]]
        types = catalog_types(argv[5] if len(argv) == 6 else "deploy/catalog/events.catalog")
        out = Output(argv[4], pages)
    except (real_pages.PagesError, InputError) as e:
        print(f"real_score: {e}", file=sys.stderr)
        return 2
    print(f"-- real pages, half {argv[3]} (seed {argv[2]}): scored against {argv[4]}")
    out.report(pages)
    score(pages, out, types)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
