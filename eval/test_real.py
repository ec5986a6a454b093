#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""test_real.py: checks the split, the published times and the scorer of the
real-pages harness (eval/real_pages.py, eval/real_score.py) on records made
up here; it reads no real page. Run: python3 eval/test_real.py"""

import contextlib
import io
import json
import os
import sys
import tempfile
import unittest
from datetime import timedelta

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import real_pages  # noqa: E402
import real_score  # noqa: E402
from eval_score import Output  # noqa: E402


def page(i, label="unrelated", lang="en", event_date=None, event_group=None, dup_group=None,
         call_pair=None, notes=""):
    return {"id": i, "url": f"https://example.org/{i}", "source": "example.org", "lang": lang,
            "text": f"made-up text {i}", "label": label, "event_date": event_date,
            "event_group": event_group, "dup_group": dup_group, "call_pair": call_pair,
            "notes": notes}


def corpus():
    """40 made-up pages: chained groups, dup groups, singletons, two languages."""
    ps = []
    for g in range(6):   # six calls, three reports each, one copy pair per call
        d = f"2016-0{g + 1}-1{g}"
        for k in range(3):
            ps.append(page(f"c{g}-{k}", "lk_call", "en" if k else "ru", d, f"lkcall-{d}",
                           f"dup-c{g}" if k < 2 else None))
    # a copy of a call report filed without its event_group: joins its group
    ps.append(page("c0-copy", "mention_only", "de", dup_group="dup-c0"))
    for k in range(21):
        ps.append(page(f"u{k}", ["unrelated", "other_call", "lk_meeting"][k % 3],
                       ["en", "fr"][k % 2]))
    return ps


class Split(unittest.TestCase):
    def test_groups_follow_both_keys(self):
        groups = real_pages.groups_of(corpus())
        c0 = next(g for g in groups if any(p["id"] == "c0-0" for p in g))
        self.assertEqual(sorted(p["id"] for p in c0), ["c0-0", "c0-1", "c0-2", "c0-copy"])
        self.assertEqual(len(groups), 6 + 21)

    def test_no_group_spans_both_halves(self):
        ps = corpus()
        for seed in ("1", "12", "abc"):
            halves = real_pages.split(ps, seed)
            half = {p["id"]: h for h, hp in halves.items() for p in hp}
            self.assertEqual(sorted(half), sorted(p["id"] for p in ps))
            for g in real_pages.groups_of(ps):
                self.assertEqual(len({half[p["id"]] for p in g}), 1, g)

    def test_deterministic_and_balanced(self):
        ps = corpus()
        a, b = real_pages.split(ps, "7"), real_pages.split(list(ps), "7")
        self.assertEqual({h: [p["id"] for p in v] for h, v in a.items()},
                         {h: [p["id"] for p in v] for h, v in b.items()})
        self.assertLessEqual(abs(len(a["dev"]) - len(a["check"])), 4)
        for h in real_pages.HALVES:
            self.assertEqual(sum(p["label"] == "lk_call" for p in a[h]), 9)


class Times(unittest.TestCase):
    def test_windows(self):
        ps = corpus() + [page("p1", "other_call", call_pair="lavrov-pompeo"),
                         page("n1", notes="a quake (Oct 2013), AP")]
        t = real_pages.published_times(ps, "3")
        self.assertEqual(t, real_pages.published_times(ps, "3"))
        for p in ps:
            if p["event_date"]:   # 2016: Moscow is UTC+3
                began = real_pages.day(p["event_date"]) - timedelta(hours=3)
                self.assertGreaterEqual(t[p["id"]], began + timedelta(hours=10))
                self.assertLessEqual(t[p["id"]], began + timedelta(hours=36))
        self.assertLessEqual(abs(t["c0-copy"] - t["c0-0"]), timedelta(days=2))
        self.assertTrue(real_pages.day("2018-04-26") <= t["p1"] <= real_pages.day("2021-01-21"))
        self.assertEqual((t["n1"].year, t["n1"].month), (2013, 10))
        kerry = [t[p["id"]] for p in ps if p["id"].startswith("u")]
        self.assertTrue(all(real_pages.day("2013-02-01") <= x <= real_pages.day("2017-01-21")
                            for x in kerry))

    def test_feed_in_time_order(self):
        items = real_pages.feed_items(corpus(), "5")
        stamps = [it["published"] for it in items]
        self.assertEqual(stamps, sorted(stamps))
        self.assertEqual(items[0]["title"], "")
        self.assertTrue(all(it["body"].startswith("made-up") for it in items))


def published(i, seq, etype=None, date=None, status="new", of=None):
    ev = {"type": etype, "date": date, "id": f"{etype}:{date}"} if etype else None
    return {"topic": "item.x", "seq": seq, "id": i, "event": ev,
            "dup": {"status": status, "of": of, "similarity": 0.9 if of else 0}}


class Scorer(unittest.TestCase):
    def test_expected_table(self):
        e = real_score.expected
        self.assertEqual(e(page("a", "lk_call")), "lavrov_kerry_call")
        self.assertEqual(e(page("a", "other_call", call_pair="putin-obama")), "putin_obama_call")
        self.assertEqual(e(page("a", "other_call", call_pair="lavrov-le-drian")),
                         "lavrov_foreign_minister_call")
        self.assertIsNone(e(page("a", "other_call", call_pair="lavrov-tillerson")))
        self.assertIsNone(e(page("a", "other_call", call_pair="kerry-yun")))
        self.assertEqual(e(page("a", "other_call")), real_score.UNKNOWN)
        self.assertIsNone(e(page("a", "mention_only")))

    def test_arithmetic(self):
        ps = [page("a", "lk_call", "en", "2016-01-11", "g1", "d1"),
              page("b", "lk_call", "en", "2016-01-11", "g1", "d1"),
              page("c", "lk_call", "ru", "2016-01-11", "g1"),
              page("d", "lk_call", "ru", "2016-02-01", "g2"),
              page("e", "mention_only", "en", dup_group="d2"),
              page("f", "unrelated", "en", dup_group="d2"),
              page("g", "other_call", "en"),
              page("h", "other_call", "de", call_pair="putin-obama")]
        call, meet = "lavrov_kerry_call", "lavrov_kerry_meeting"
        out = [published("a", 1, call, "2016-01-11"),
               published("b", 2, call, "2016-01-11", "near", "a"),
               published("c", 3, call, "2016-01-12"),                 # wrong date
               published("d", 4),                                     # missed
               published("e", 5, call, "2016-01-11", "near", "a"),   # false alarm, false merge
               published("f", 6),                                     # reprint missed
               published("g", 7, "putin_obama_call", "2014-01-01"),  # unscored
               published("h", 8, meet, "2014-01-01")]                 # wrong type
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "out.jsonl")
            with open(path, "w") as f:
                f.write("".join(json.dumps(o) + "\n" for o in out))
            types = ["lavrov_kerry_call", meet, "putin_obama_call"]
            with contextlib.redirect_stdout(io.StringIO()) as text:
                h, rows = real_score.score(ps, Output(path, ps), types)
        self.assertEqual(rows["lavrov_kerry_call precision"], (3, 4))
        self.assertEqual(rows["lavrov_kerry_call recall, English"], (2, 2))
        self.assertEqual(rows["lavrov_kerry_call recall, outside English"], (1, 2))
        self.assertEqual(rows["dates right"], (2, 3))
        # found pairs labelled together: ab, ac, bc; predicted together: ab
        self.assertAlmostEqual(rows["grouping F1 (pairs both found)"][0], 0.5)   # P 1, R 1/3
        self.assertEqual(rows["reprint pairs recall"], (1, 2))
        self.assertEqual(rows["reprint precision (verdicts)"], (1, 2))
        kinds = sorted((e[0], e[1]["id"]) for e in h.errors)
        self.assertEqual(kinds, [("FALSE ALARM", "e"), ("FALSE MERGE", "e"), ("MISSED", "d"),
                                 ("REPRINT MISSED", "e"), ("WRONG DATE", "c"),
                                 ("WRONG TYPE", "h")])
        self.assertIn("without call_pair (only Lavrov-Kerry types are errors): putin_obama_call 1",
                      text.getvalue())


if __name__ == "__main__":
    unittest.main()
