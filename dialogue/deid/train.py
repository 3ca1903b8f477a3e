"""``python -m dialogue.deid.train``: retrain the learned tagger on the labelled fixtures.

Reads every fixture folder of ``tests/deid/fixtures`` (a ``roster.csv`` and a
``contributions.jsonl`` each), trains the CRF of ``learned.py`` with fixed parameters and
writes ``dialogue/deid/model/tagger.crfsuite`` and ``tagger.json``: the parameters, the
optional feature groups in use (``learned_features.EXTRAS``), the
SHA-256 of every training file, of the modules the features are made of (the word lists) and
of the model.  Training is deterministic, so the same fixtures give the same model byte for
byte; a test checks that the committed model was trained on the fixtures and word lists as
they are (retrain after changing one).  docs/deid-learned.md.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections.abc import Sequence
from pathlib import Path

from .learned import MODEL
from .learned_features import EXTRAS, bio, featurise, roster_words

FIXTURES = Path(__file__).resolve().parents[2] / "tests" / "deid" / "fixtures"
FOLDERS = (".", "dev", "blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7",
           "blind8", "blind9", "blind10", "blind11", "blind12", "blind13", "blind14",
           "blind15", "blind16", "blind17", "blind18")
PARAMS = {"c1": 0.1, "c2": 0.01, "max_iterations": 200, "feature.possible_transitions": True}
MANIFEST = MODEL.with_suffix(".json")
# The modules the features are made of: a changed word list changes what the model sees.
FEATURE_SOURCES = ("learned_features.py", "learned_cues.py", "tokens.py", "affiliation_words.py",
                   "name_words.py", "gazetteer.py", "countries.py")


def training_files(fixtures: Path = FIXTURES, folders: Sequence[str] = FOLDERS) -> list[Path]:
    return [fixtures / f / name for f in folders for name in ("roster.csv", "contributions.jsonl")]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def train(fixtures: Path, folders: Sequence[str], model: Path,
          params: dict | None = None, extras: frozenset[str] | None = None) -> None:
    """Train on *folders* of *fixtures* and write the model to *model*.

    With the "stack" features the rules' own spans are features, so they are computed here on
    the training texts as the detector computes them at run time (``learned=False``)."""
    import pycrfsuite

    from .command import read_records, read_roster
    from .detector import Detector

    extras = EXTRAS if extras is None else extras
    trainer = pycrfsuite.Trainer(verbose=False)
    for folder in folders:
        roster = read_roster(fixtures / folder / "roster.csv")
        words = roster_words((e.name for e in roster), (e.affiliation for e in roster))
        rules = Detector(roster, learned=False) if "stack" in extras else None
        for record in read_records(fixtures / folder / "contributions.jsonl"):
            text = record["text"]
            found = None if rules is None else [
                (s.start, s.end, s.label) for s in rules.find(text)]
            offsets, xseq = featurise(text, words, found, extras)
            gold = [(g["start"], g["end"], g["label"]) for g in record.get("spans", [])]
            trainer.append(xseq, bio(offsets, gold))
    trainer.set_params(params or PARAMS)
    model.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(model))


def manifest(fixtures: Path = FIXTURES, model: Path = MODEL) -> dict:
    """What the model was trained on: parameters and the hash of every file."""
    return {
        "params": PARAMS,
        "feature_groups": sorted(EXTRAS),
        "training_files": {str(p.relative_to(fixtures)): sha256(p)
                           for p in training_files(fixtures)},
        "feature_sources": {name: sha256(Path(__file__).parent / name)
                            for name in FEATURE_SOURCES},
        "model_sha256": sha256(model),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fixtures", type=Path, default=FIXTURES)
    parser.add_argument("--model", type=Path, default=MODEL)
    args = parser.parse_args(argv)
    train(args.fixtures, FOLDERS, args.model)
    record = manifest(args.fixtures, args.model)
    args.model.with_suffix(".json").write_text(json.dumps(record, indent=2, sort_keys=True)
                                               + "\n", encoding="utf-8")
    print(f"wrote {args.model} ({args.model.stat().st_size:,} bytes) and its manifest")


if __name__ == "__main__":
    main()
