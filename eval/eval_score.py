#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""eval_score.py: scores what the real pipeline published for a labelled corpus.

    python3 eval/eval_score.py dups   CORPUS OUTPUT
    python3 eval/eval_score.py events CORPUS OUTPUT

CORPUS is a JSON Lines file of tests/data/eval (raw items, each with a "label"
object); OUTPUT is what `wirewatch tail --from 1` printed while the corpus went
through wirewatchd and the workers (eval/eval.sh runs both). The script
prints coverage (published against fed), the figures with their targets, the
breakdowns, and every error. It reports and does not gate: the exit status is
0, or 2 when an input cannot be read. Standard library only.

How each figure is computed is written down in docs/EVALUATION.md; the
functions below follow it. Items are joined on "id" (the scraper id, which the
corpus sets). When an id was published more than once (a resend after a lost
ack), the first publication (lowest seq) is scored and the others are errors."""

import json
import signal
import sys
from collections import Counter, defaultdict
from itertools import combinations

DUP_TARGETS = {"precision": 0.99, "recall": 0.95}
EVENT_TARGETS = {"precision": 0.97, "recall": 0.95, "date accuracy": 0.95, "grouping F1": 0.95}
EVENT_TYPES = ("lavrov_kerry_call", "lavrov_kerry_meeting", "putin_obama_call",
               "lavrov_foreign_minister_call")


class InputError(Exception):
    pass


# --------------------------------------------------------------------------
# Reading the inputs


def read_jsonl(path, what):
    """Returns [(line_no, object)]; a line that is not a JSON object is an error."""
    rows, bad = [], []
    try:
        with open(path, encoding="utf-8") as f:
            for no, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except ValueError as e:
                    bad.append(f"{path}:{no}: not JSON ({e})")
                    continue
                if not isinstance(obj, dict):
                    bad.append(f"{path}:{no}: not a JSON object")
                    continue
                rows.append((no, obj))
    except OSError as e:
        raise InputError(f"cannot read {what} {path}: {e.strerror}") from e
    return rows, bad


def load_corpus(path):
    """Returns the corpus items in file order, each with its "label"."""
    rows, bad = read_jsonl(path, "corpus")
    if bad:
        raise InputError("corpus is damaged:\n  " + "\n  ".join(bad))
    items = []
    for no, obj in rows:
        if not isinstance(obj.get("id"), str) or not isinstance(obj.get("label"), dict):
            raise InputError(f"{path}:{no}: an item needs a string id and a label object")
        items.append(obj)
    if not items:
        raise InputError(f"corpus {path} is empty")
    return items


class Output:
    """The published messages, joined to the corpus by id."""

    def __init__(self, path, corpus):
        rows, self.errors = read_jsonl(path, "output")
        self.messages = len(rows)
        self.dead = []        # dead letters, in seq order
        self.by_id = {}       # id -> first publication (lowest seq)
        extra = defaultdict(list)
        items = sorted((o for _, o in rows if str(o.get("topic", "")).startswith("item.")),
                       key=lambda o: o.get("seq") or 0)
        for o in items:
            i = o.get("id")
            if i in self.by_id:
                extra[i].append(o.get("seq"))
            else:
                self.by_id[i] = o
        for _, o in rows:
            if o.get("topic") == "dead":
                self.dead.append(o)
            elif not str(o.get("topic", "")).startswith(("item.", "update.", "event.")):
                self.errors.append(f"unexpected topic {o.get('topic')!r} at seq {o.get('seq')}")
        fed = {it["id"] for it in corpus}
        self.missing = [it["id"] for it in corpus if it["id"] not in self.by_id]
        self.unknown = sorted(i for i in self.by_id if i not in fed)
        self.extra = extra

    def report(self, corpus):
        n = len(corpus)
        print(f"coverage: fed {n}, published {n - len(self.missing)} of them "
              f"({self.messages} messages: {len(self.dead)} dead letters, "
              f"{sum(len(v) for v in self.extra.values())} repeated publications)")
        for i in self.missing:
            print(f"  ERROR missing: {i} was fed and never published")
        for i in self.unknown:
            print(f"  ERROR unknown: {i} was published but is not in the corpus")
        for i, seqs in sorted(self.extra.items()):
            print(f"  ERROR repeated: {i} published again at seq {', '.join(map(str, seqs))} "
                  f"(first at seq {self.by_id[i].get('seq')})")
        for d in self.dead:
            print(f"  ERROR dead letter: seq {d.get('seq')} {d.get('code')}: {d.get('reason')}")
        for e in self.errors:
            print(f"  ERROR output: {e}")


# --------------------------------------------------------------------------
# Figures


def ratio(num, den):
    return num / den if den else None


def f1(p, r):
    """Harmonic mean; 0 when either side is 0, n/a when one is undefined (0/0)
    and the other is not 0."""
    if p is None or r is None:
        return 0.0 if 0 in (p, r) else None
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def fmt(x):
    return "  n/a" if x is None else f"{x:.3f}"


def verdict(x, target):
    if target is None:
        return ""
    ok = x is not None and x >= target
    return f"  (target >= {target:.2f}: {'met' if ok else 'NOT MET'})"


def figure(name, x, counts, target=None):
    print(f"  {name:<14} {fmt(x)}  {counts:<16}{verdict(x, target)}")


# --------------------------------------------------------------------------
# Duplicates (tests/data/eval/dups.jsonl)


def dup_hard_kind(a, b, label, cluster_of, members):
    """The label kind of the hard pair that a false merge of a and b breaks:
    the hard_with link between the two items, else one between their clusters."""
    if label[a].get("hard_with") == b:
        return label[a]["kind"]
    if label.get(b, {}).get("hard_with") == a:
        return label[b]["kind"]
    ca, cb = cluster_of.get(a), cluster_of.get(b)
    for x, y in ((ca, cb), (cb, ca)):
        for m in members.get(x, ()):
            if cluster_of.get(label[m].get("hard_with")) == y:
                return label[m]["kind"] + " (via cluster)"
    return "no hard_with link"


def score_dups(corpus, out):
    label = {it["id"]: it["label"] for it in corpus}
    cluster_of = {i: lab.get("cluster") for i, lab in label.items()}
    members = defaultdict(list)
    for it in corpus:
        members[cluster_of[it["id"]]].append(it["id"])

    predicted, false_merges, correct_item, targets = 0, [], set(), set()
    status = Counter()
    for i in (it["id"] for it in corpus):
        o = out.by_id.get(i)
        if o is None:
            continue
        dup = o.get("dup") or {}
        status[dup.get("status")] += 1
        if dup.get("status") not in ("exact", "near"):
            continue
        predicted += 1
        of = dup.get("of")
        if of in cluster_of and cluster_of[of] == cluster_of[i] and of != i:
            correct_item.add(i)
            targets.add(of)
        else:
            false_merges.append((i, of, dup))
        # an other root the verdict names (dup.also) is a verdict of its own
        for a in dup.get("also") or []:
            predicted += 1
            if not (isinstance(a, dict) and cluster_of.get(a.get("of")) == cluster_of[i]):
                false_merges.append((i, a.get("of") if isinstance(a, dict) else None, dup))

    expected, found, misses = 0, 0, []
    by_kind = defaultdict(lambda: [0, 0])   # kind -> [found, expected]
    for c, ms in members.items():
        k = len(ms)
        if k < 2:
            continue
        expected += k - 1
        found += min(len(set(ms) & correct_item), k - 1)
        # One member stands as the earliest copy and is not expected to be
        # found: the one the correct pairs point at, else the first in file
        # order (the labelled original) of those not found.
        rest = [m for m in ms if m not in correct_item]
        pointed = [m for m in rest if m in targets]
        first = (pointed or rest or [None])[0]
        for m in ms:
            if m == first:
                continue
            by_kind[label[m]["kind"]][1] += 1
            if m in correct_item:
                by_kind[label[m]["kind"]][0] += 1
            else:
                misses.append(m)

    correct = predicted - len(false_merges)
    p, r = ratio(correct, predicted), ratio(found, expected)
    print("duplicates: pairs (item, dup.of) for every item published as exact or near, "
          "and (item, root) for each other root it names (dup.also)")
    print("  published status: " + ", ".join(f"{s} {n}" for s, n in sorted(status.items(),
                                                                          key=str)))
    figure("precision", p, f"{correct}/{predicted}", DUP_TARGETS["precision"])
    figure("recall", r, f"{found}/{expected}", DUP_TARGETS["recall"])
    figure("F1", f1(p, r), "")

    print("recall by kind (members expected to be found; found/expected):")
    for kind, (fd, ex) in sorted(by_kind.items()):
        print(f"  {kind:<28} {fd:>3}/{ex:<3} {fmt(ratio(fd, ex))}")

    hard_total = Counter(lab["kind"] for lab in label.values() if "hard_with" in lab)
    hard_merged = Counter()
    fm_rows = []
    for i, of, dup in false_merges:
        hk = dup_hard_kind(i, of, label, cluster_of, members) if of in label else "of unknown"
        hard_merged[hk] += 1
        fm_rows.append((i, of, dup, hk))
    print(f"false merges by hard kind (merges / hard pairs of that kind in the corpus): "
          f"{len(false_merges)} false merges")
    for kind in sorted(set(hard_total) | set(hard_merged)):
        total = hard_total.get(kind)
        print(f"  {kind:<36} {hard_merged[kind]:>3}/{total if total is not None else '-'}")

    print(f"errors: {len(false_merges)} false merges, {len(misses)} misses")
    for i, of, dup, hk in fm_rows:
        sim = dup.get("similarity")
        sim = f"{sim:.3f}" if isinstance(sim, (int, float)) else str(sim)
        print(f"  FALSE MERGE {i} ({label[i]['kind']}, {cluster_of[i]}) marked {dup.get('status')} "
              f"of {of} ({cluster_of.get(of, '?')}), similarity {sim}; hard kind: {hk}")
    for m in misses:
        o = out.by_id.get(m)
        got = "not published" if o is None else f"published {(o.get('dup') or {}).get('status')}"
        print(f"  MISS {m} ({label[m]['kind']}, {cluster_of[m]}): {got}")


# --------------------------------------------------------------------------
# Events (tests/data/eval/events.jsonl)


def predicted_event(o):
    """(type, date, id, confidence) of a published item's verdict, or Nones."""
    ev = o.get("event") if o else None
    if not isinstance(ev, dict):
        return None, None, None, None
    t, d = ev.get("type"), ev.get("date")
    return t, d, ev.get("id", f"{t}:{d}"), ev.get("confidence")


def pairs_by(groups):
    out = set()
    for ids in groups.values():
        out.update(combinations(sorted(ids), 2))
    return out


def grouping(label_groups, pred_groups, pred_type, t):
    """Pairwise grouping over type t (None: all types): returns (pairs both in
    one labelled instance and one predicted id, predicted pairs, labelled pairs).
    Labelled groups are keyed (type, date), predicted ones by event id."""
    lp = pairs_by({k: v for k, v in label_groups.items() if t is None or k[0] == t})
    pp = pairs_by({k: v for k, v in pred_groups.items() if t is None or pred_type[k] == t})
    return len(lp & pp), len(pp), len(lp)


def event_figures(rows, label_groups, pred_groups, pred_type, t):
    """Type verdict, date and grouping figures of type t (None: all types,
    micro-averaged); returns them with the formatted table cells."""
    def is_t(x):
        return x is not None if t is None else x == t
    tp = sum(1 for r in rows if is_t(r[4]) and r[4] == r[2])
    npred = sum(1 for r in rows if is_t(r[4]))
    nlab = sum(1 for r in rows if is_t(r[2]))
    dok = sum(1 for r in rows if is_t(r[4]) and r[4] == r[2] and r[5] == r[3])
    gboth, gpred, glab = grouping(label_groups, pred_groups, pred_type, t)
    p, r, d = ratio(tp, npred), ratio(tp, nlab), ratio(dok, tp)
    gp, gr = ratio(gboth, gpred), ratio(gboth, glab)

    def cell(x, num, den):
        return f"{fmt(x):>7} {f'({num}/{den})':>10}"
    cells = [cell(p, tp, npred), cell(r, tp, nlab), f"{fmt(f1(p, r)):>7}", cell(d, dok, tp),
             cell(gp, gboth, gpred), cell(gr, gboth, glab), f"{fmt(f1(gp, gr)):>7}"]
    return p, r, d, gp, gr, cells


def print_event_errors(rows):
    """Every item whose verdict differs from its label, with why."""
    errors = []
    for i, kind, lt, ld, pt, pd, pid, conf in rows:
        why = None
        if pt != lt:
            why = "missed" if pt is None else ("false event" if lt is None else "wrong type")
        elif lt is not None and pd != ld:
            why = "wrong date"
        elif pt is not None and pid != f"{pt}:{pd}":
            why = f"event id {pid!r} is not type:date"
        if why:
            errors.append((why, i, kind, lt, ld, pt, pd, conf))
    by_why = Counter(e[0] for e in errors)
    print(f"errors: {len(errors)} (" + ", ".join(f"{w} {n}" for w, n in sorted(by_why.items()))
          + ")")
    missed_kind = Counter(e[2] for e in errors)
    if errors:
        print("  by label kind: " + ", ".join(f"{k} {n}" for k, n in sorted(missed_kind.items())))
    for why, i, kind, lt, ld, pt, pd, conf in errors:
        conf = f"{conf:.2f}" if isinstance(conf, (int, float)) else "-"
        print(f"  {why.upper()} {i} ({kind}): labelled {lt or 'null'} {ld or '-'}, "
              f"predicted {pt or 'null'} {pd or '-'}, confidence {conf}")


def print_cross_event_dups(corpus, out):
    """Not an event figure: items published as duplicates of an item labelled
    with another event instance (or with none while they have one), which
    duplicate detection should not have merged. Two items labelled null are
    not listed: the corpus does not say whether they are copies."""
    label = {it["id"]: it["label"] for it in corpus}
    bad = []
    for it in corpus:
        dup = (out.by_id.get(it["id"]) or {}).get("dup") or {}
        of = dup.get("of")
        if dup.get("status") in ("exact", "near") and of in label:
            a, b = label[it["id"]], label[of]
            if (a.get("event"), a.get("date")) != (b.get("event"), b.get("date")):
                bad.append((it["id"], a, dup, of, b))
    print(f"duplicates across labelled events (not scored above): {len(bad)}")
    for i, a, dup, of, b in bad:
        sim = dup.get("similarity")
        sim = f"{sim:.3f}" if isinstance(sim, (int, float)) else str(sim)
        print(f"  CROSS-EVENT DUP {i} ({a.get('kind')}, {a.get('event') or 'null'} "
              f"{a.get('date') or '-'}) marked {dup.get('status')} of {of} ({b.get('kind')}, "
              f"{b.get('event') or 'null'} {b.get('date') or '-'}), similarity {sim}")


def score_events(corpus, out):
    rows = []   # (id, kind, label type, label date, pred type, pred date, pred id, confidence)
    dup_status = Counter()
    for it in corpus:
        lab, o = it["label"], out.by_id.get(it["id"])
        if o is not None:
            dup_status[(o.get("dup") or {}).get("status")] += 1
        rows.append((it["id"], lab.get("kind"), lab.get("event"), lab.get("date"))
                    + predicted_event(o))
    types = [t for t in EVENT_TYPES if any(r[2] == t for r in rows)]
    types += sorted({r[2] for r in rows if r[2] and r[2] not in types})

    label_groups, pred_groups, pred_type = defaultdict(set), defaultdict(set), {}
    for i, _, lt, ld, pt, _, pid, _ in rows:
        if lt is not None:
            label_groups[(lt, ld)].add(i)
        if pt is not None:
            pred_groups[pid].add(i)
            pred_type[pid] = pt

    print("events: type verdict, date, and grouping into event ids "
          "(published dup status: " + ", ".join(f"{s} {n}" for s, n in
                                                sorted(dup_status.items(), key=str)) + ")")
    cols = ("precision", "recall", "F1", "date acc", "grouping P", "grouping R", "grp F1")
    print(f"  {'type':<30}" + "".join(f"{c:>18}" if c[-2:] != "F1" else f"{c:>7}"
                                      for c in cols))
    for t in types + [None]:
        p, r, d, gp, gr, cells = event_figures(rows, label_groups, pred_groups, pred_type, t)
        name = t if t is not None else "all types (micro)"
        print(f"  {name:<30}" + "".join(cells))
    print("all types against the targets:")
    figure("precision", p, "", EVENT_TARGETS["precision"])
    figure("recall", r, "", EVENT_TARGETS["recall"])
    figure("date accuracy", d, "", EVENT_TARGETS["date accuracy"])
    figure("grouping F1", f1(gp, gr), "", EVENT_TARGETS["grouping F1"])

    print_event_errors(rows)
    print_cross_event_dups(corpus, out)


# --------------------------------------------------------------------------


def main(argv):
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)   # `| head` is not an error
    if len(argv) != 4 or argv[1] not in ("dups", "events"):
        print("usage: eval_score.py dups|events CORPUS OUTPUT", file=sys.stderr)
        return 2
    try:
        corpus = load_corpus(argv[2])
        out = Output(argv[3], corpus)
    except InputError as e:
        print(f"eval_score: {e}", file=sys.stderr)
        return 2
    print(f"-- {argv[1]}: {argv[2]} scored against {argv[3]}")
    out.report(corpus)
    (score_dups if argv[1] == "dups" else score_events)(corpus, out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
