# ruff: noqa: B023  (every lambda here is called at once, inside its loop)
"""Experiment, round 2: which features, parameters and thresholds make the learned tagger
generalise?  Not a test: run by hand,

    .venv/bin/python tests/deid/learned_round2.py VARIANT ...

Trains on main, dev and blind to blind5 and measures rules ∪ CRF on blind6 and blind7, held
out (the only fixtures tuned on), per fixture and pooled.  docs/deid-learned.md has the table.
"""

from __future__ import annotations

import json
import pickle
import sys
import tempfile
from pathlib import Path

import pycrfsuite

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from dialogue.deid import learned_features as lf  # noqa: E402
from dialogue.deid.command import read_records, read_roster  # noqa: E402
from dialogue.deid.detector import LABELS, Detector, Span  # noqa: E402
from dialogue.deid.evaluate import covers_half  # noqa: E402
from dialogue.deid.learned import combine, tag  # noqa: E402

FIXTURES = ROOT / "tests" / "deid" / "fixtures"
TRAIN = [".", "dev", "blind", "blind2", "blind3", "blind4", "blind5"]
HELD_OUT = ["blind6", "blind7"]
AC = ("AFFILIATION", "CONTACT")
CACHE = Path(tempfile.gettempdir()) / "deid_round2_rules.pkl"


def load(folder: str):
    roster = read_roster(FIXTURES / folder / "roster.csv")
    return roster, read_records(FIXTURES / folder / "contributions.jsonl")


def rule_spans() -> dict:
    """The rules' spans of every text of every folder used (cached: the rules do not change)."""
    if CACHE.exists():
        return pickle.loads(CACHE.read_bytes())
    out = {}
    for folder in TRAIN + HELD_OUT:
        roster, records = load(folder)
        d = Detector(roster, learned=False)
        out[folder] = {r["id"]: [(s.start, s.end, s.label) for s in d.find(r["text"])]
                       for r in records}
    CACHE.write_bytes(pickle.dumps(out))
    return out


def words_of(roster):
    return lf.roster_words((e.name for e in roster), (e.affiliation for e in roster))


def train(model: Path, extras: frozenset[str], c1: float, c2: float, rules: dict) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for folder in TRAIN:
        roster, records = load(folder)
        words = words_of(roster)
        for r in records:
            offsets, xseq = lf.featurise(r["text"], words, rules[folder][r["id"]], extras)
            gold = [(g["start"], g["end"], g["label"]) for g in r.get("spans", [])]
            trainer.append(xseq, lf.bio(offsets, gold))
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": 200,
                        "feature.possible_transitions": True})
    trainer.train(str(model))


def counts(records, predict) -> list[int]:
    """found/gold per label, then alarms and clean."""
    c = [0] * 8
    for r in records:
        gold = [Span(g["start"], g["end"], g["label"]) for g in r.get("spans", [])]
        pred = predict(r)
        for g in gold:
            k = LABELS.index(g.label)
            c[2 * k + 1] += 1
            c[2 * k] += any(p.label == g.label and covers_half(p, g) for p in pred)
        if not gold:
            c[7] += 1
            c[6] += len(pred)
    return c


def first_person(text: str, start: int, end: int) -> bool:
    """A first-person pronoun inside the span or among the three tokens before it."""
    toks = [m for m in lf._TOKEN.finditer(text) if m.start() < end]
    before = [m for m in toks if m.end() <= start][-3:]
    inside = [m for m in toks if m.start() >= start]
    return any(m.group().lower() in lf._FIRST for m in before + inside)


def rostered(text, span, words) -> bool:
    names = words[0] | words[1]
    return any(lf.fold(m.group()) in names for m in lf._TOKEN.finditer(text[span[0]:span[1]]))


def first_person_combine(text, rules, learned, low, high, widen=0.5):
    fp = [x for x in learned if first_person(text, x[0][0], x[0][1])]
    rest = [x for x in learned if x not in fp]
    return combine(combine(rules, fp, low, AC, widen), rest, high, AC, widen)


def fmt(c: list[int]) -> str:
    recall = " ".join(f"{c[2 * k] / c[2 * k + 1]:.3f}" for k in range(3))
    return f"{recall} {100 * c[6] / c[7]:.2f}"


def run(name: str, extras: frozenset[str], c1: float = 0.1, c2: float = 0.05) -> dict:
    lf.EXTRAS = extras
    rules = rule_spans()
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        model = Path(tmp) / "m.crfsuite"
        train(model, extras, c1, c2, rules)
        tagger = pycrfsuite.Tagger()
        tagger.open(str(model))
        for folder in HELD_OUT:
            roster, records = load(folder)
            words = words_of(roster)
            learned = {r["id"]: tag(r["text"], words, tagger, rules=rules[folder][r["id"]])
                       for r in records}
            res = {"rules": counts(records, lambda r: [Span(*t) for t in rules[folder][r["id"]]])}
            for new in (0.8, 0.85, 0.9, 0.92, 0.94, 0.95, 0.96, 0.97, 0.98, 2.0):
                for widen in (0.5, 0.8):
                    res[f"new{new}_w{widen}"] = counts(records, lambda r, n=new, w=widen: [
                        Span(*t) for t in combine(rules[folder][r["id"]], learned[r["id"]], n,
                                                  AC, widen=w)])
            for low in (0.8, 0.9, 0.95):  # a lower bar in a first-person context
                for high in (0.98, 0.99):
                    res[f"fp{low}_else{high}"] = counts(records, lambda r, lo=low, hi=high: [
                        Span(*t) for t in first_person_combine(
                            r["text"], rules[folder][r["id"]], learned[r["id"]], lo, hi)])
            for pt in (0.5, 0.8, 0.95):  # PERSON spans holding a roster name's token
                res[f"person{pt}_new0.95"] = counts(records, lambda r, pt=pt: [
                    Span(*t) for t in combine(combine(
                        rules[folder][r["id"]], [x for x in learned[r["id"]] if x[0][2] == "PERSON"
                                                 and rostered(r["text"], x[0], words)],
                        pt, labels=("PERSON",), widen=pt), learned[r["id"]], 0.95, AC, 0.5)])
            for pt in (0.9, 0.95, 2.0):  # learned.py's defaults, PERSON at *pt*
                res[f"package_person{pt}"] = counts(records, lambda r, pt=pt: [
                    Span(*t) for t in combine(rules[folder][r["id"]], learned[r["id"]],
                                              person=pt)])
            for n in (0.85, 0.9, 0.92, 0.95):  # learned.py's widening and PERSON, new at *n*
                res[f"package_new{n}"] = counts(records, lambda r, n=n: [
                    Span(*t) for t in combine(rules[folder][r["id"]], learned[r["id"]], n)])
            for w in (0.9, 0.93, 0.95):  # learned.py's defaults, widening at *w*
                res[f"package_widen{w}"] = counts(records, lambda r, w=w: [
                    Span(*t) for t in combine(rules[folder][r["id"]], learned[r["id"]],
                                              widen=w)])
            out[folder] = res
    pooled = {k: [a + b for a, b in zip(out[HELD_OUT[0]][k], out[HELD_OUT[1]][k], strict=True)]
              for k in out[HELD_OUT[0]]}
    for k in pooled:
        print(f"{name:<24} {k:<14} " + " | ".join(
            fmt(v) for v in (out["blind6"][k], out["blind7"][k], pooled[k])), flush=True)
    return {"name": name, "c1": c1, "c2": c2, "extras": sorted(extras), **out}


VARIANTS = {
    "base": (frozenset(), 0.1, 0.05),
    "ctx": (frozenset({"ctx"}), 0.1, 0.05),
    "caps": (frozenset({"caps"}), 0.1, 0.05),
    "org": (frozenset({"org"}), 0.1, 0.05),
    "stack": (frozenset({"stack"}), 0.1, 0.05),
    "ctx+caps+org": (frozenset({"ctx", "caps", "org"}), 0.1, 0.05),
    "all": (lf.ALL_EXTRAS, 0.1, 0.05),
    "ctx+org": (frozenset({"ctx", "org"}), 0.1, 0.05),
    "ctx+caps": (frozenset({"ctx", "caps"}), 0.1, 0.05),
    "ctx+caps+org@": (frozenset({"ctx", "caps", "org"}), 0.1, 0.01),
}

if __name__ == "__main__":
    results = []
    for spec in sys.argv[1:]:
        name, _, reg = spec.partition("@")
        extras, c1, c2 = VARIANTS[name]
        if reg:
            c1, c2 = (float(x) for x in reg.split(","))
        results.append(run(spec, extras, c1, c2))
    with open(Path(tempfile.gettempdir()) / f"round2_{'_'.join(sys.argv[1:])}.json", "w") as f:
        json.dump(results, f)
