# ruff: noqa: B023  (every lambda here is called at once, inside its loop)
"""Experiment, round 3: PERSON recall (and AFFILIATION where it helps) of the learned tagger.
Not a test: run by hand,

    .venv/bin/python tests/deid/learned_round3.py VARIANT ...   (VARIANT: ctx@0.1,0.01 ...)

Trains on main, dev and blind to blind7 and measures rules ∪ CRF on blind8 and blind9, held
out, per fixture and pooled (with HOLD=blind5,blind6: a sanity check holding those two out of
training instead).  Each line: the variant, the operating point, then for blind8 |
blind9 | pooled the found/gold of PERSON, CONTACT, AFFILIATION and the false alarms/clean.
docs/deid-learned.md (round 3) has the table; docs/deid-learned-round3.txt the raw output.
"""

from __future__ import annotations

import os
import pickle
import sys
import tempfile
from pathlib import Path

import pycrfsuite

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from learned_round2 import counts, words_of  # noqa: E402  (this folder: run as a script)

from dialogue.deid import learned_features as lf  # noqa: E402
from dialogue.deid.command import read_records, read_roster  # noqa: E402
from dialogue.deid.detector import Detector, Span  # noqa: E402
from dialogue.deid.learned import combine, tag  # noqa: E402
from dialogue.deid.train import PARAMS  # noqa: E402
from dialogue.deid.train import train as train_model  # noqa: E402

FIXTURES = ROOT / "tests" / "deid" / "fixtures"
FOLDERS = [".", "dev", "blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7"]
# HOLD=blind5,blind6: the sanity check (train on the other seven; blind8 and blind9 unseen)
HELD_OUT = os.environ.get("HOLD", "blind8,blind9").split(",")
TRAIN = [f for f in FOLDERS if f not in HELD_OUT]
CACHE = Path(tempfile.gettempdir()) / f"deid_round3_rules_{ROOT.name}_{'_'.join(HELD_OUT)}.pkl"
# How a learned PERSON span's word must match a roster name (learned_cues.name_match): as in
# round 2 ("roster"), or also with a genitive -s or a typo ("+gen+typo")
MATCHES = {"roster": ("first", "last"), "+gen+typo": ("first", "last", "gen", "typo")}


def load(folder: str):
    roster = read_roster(FIXTURES / folder / "roster.csv")
    return roster, read_records(FIXTURES / folder / "contributions.jsonl")


def rule_spans() -> dict:
    """The rules' spans of every held-out text (cached: the rules do not change here)."""
    if CACHE.exists():
        return pickle.loads(CACHE.read_bytes())
    out = {}
    for folder in HELD_OUT:
        roster, records = load(folder)
        d = Detector(roster, learned=False)
        out[folder] = {r["id"]: [(s.start, s.end, s.label) for s in d.find(r["text"])]
                       for r in records}
    CACHE.write_bytes(pickle.dumps(out))
    return out


def train(model: Path, extras: frozenset[str], c1: float, c2: float) -> None:
    """The package's own training (``dialogue.deid.train``) on TRAIN, with these parameters."""
    train_model(FIXTURES, TRAIN, model, {**PARAMS, "c1": c1, "c2": c2}, extras)


def fmt(c: list[int]) -> str:
    found = " ".join(f"{c[2 * k]}/{c[2 * k + 1]}" for k in range(3))
    return f"{found} {c[6]}/{c[7]}"


def run(name: str, extras: frozenset[str], c1: float, c2: float, show: bool = False) -> None:
    lf.EXTRAS = extras
    rules = rule_spans()
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        model = Path(tmp) / "m.crfsuite"
        train(model, extras, c1, c2)
        tagger = pycrfsuite.Tagger()
        tagger.open(str(model))
        for folder in HELD_OUT:
            roster, records = load(folder)
            words = words_of(roster)
            ruled = {r["id"]: rules[folder][r["id"]] for r in records}
            res = {"rules": counts(records, lambda r: [Span(*t) for t in ruled[r["id"]]])}
            for mname, matches in MATCHES.items():
                learned = {r["id"]: tag(r["text"], words, tagger, matches=matches)
                           for r in records}
                for new in (0.85, 0.9, 0.95):
                    for person in (0.9, 0.95, 2.0):
                        for cue in (0.2, 0.25, 0.3, 0.4, 0.5, 0.7, 0.9, 0.95):
                            if person == 2.0 and cue != 0.95:
                                continue
                            key = f"{mname} new{new} person{person} cue{cue}".replace(
                                "person2.0 cue0.95", "no-learned-person")
                            res[key] = counts(records, lambda r, n=new, p=person, q=cue: [
                                Span(*t) for t in combine(ruled[r["id"]], learned[r["id"]], n,
                                                          person=p, person_cue=q)])
                if show and mname == "roster":
                    shown(records, ruled, learned, folder)
            out[folder] = res
    a, b = HELD_OUT
    for k in out[a]:
        pooled = [x + y for x, y in zip(out[a][k], out[b][k], strict=True)]
        print(f"{name:<20} {k:<39} " + " | ".join(fmt(v) for v in (out[a][k], out[b][k],
                                                                         pooled)), flush=True)


def shown(records, ruled, learned, folder) -> None:
    """The learned PERSON spans the rules did not have, with their probability."""
    for r in records:
        for (s, e, label), p, cue in learned[r["id"]]:
            if label == "PERSON" and not any(x[0] < e and s < x[1] for x in ruled[r["id"]]):
                gold = any(g["label"] == "PERSON" and g["start"] < e and s < g["end"]
                           for g in r.get("spans", []))
                print(f"  {folder} {r['id']} {r['text'][s:e]!r} p={p:.3f} cue={cue} "
                      f"gold={gold}", file=sys.stderr)


VARIANTS = {"ctx": frozenset({"ctx"}), "ctx+who": frozenset({"ctx", "who"}),
            "who": frozenset({"who"}), "ctx+org+who": frozenset({"ctx", "org", "who"}),
            "ctx+org": frozenset({"ctx", "org"})}

if __name__ == "__main__":
    for spec in sys.argv[1:]:
        vname, _, reg = spec.partition("@")
        c1, c2 = (float(x) for x in (reg or "0.1,0.01").split(","))
        run(spec, VARIANTS[vname], c1, c2, show=True)
