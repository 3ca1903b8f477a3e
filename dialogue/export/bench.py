"""Times the export of a large session in every format: ``python -m dialogue.export.bench``.

Builds a scratch SQLite database (10,000 contributions, 200 options with arguments,
amendments and revealed rating and consent rounds, a 60-person roster), then times
``build_export`` (cold: the detector runs over every text; warm: its results are cached)
and each format end to end (build + write): wall-clock seconds, and CPU seconds of this
process and its children (the PDF's layout runs in children), which a busy machine
disturbs less. Figures go to docs/export.md.
"""

from __future__ import annotations

import argparse
import random
import resource
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa

if TYPE_CHECKING:
    from ..models import DialogueSession

WORDS = ("training partnership partner country recruitment return visa skills labour "
         "market integration ministry budget pilot cooperation employers trainees "
         "language courses recognition diaspora remittances coherence implementation "
         "agreement mobility scheme vocational certificate standards fair ethical").split()


def _text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def populate(contributions: int, options: int, seed: int = 7) -> DialogueSession:
    """A live session with the given numbers of contributions and options."""
    from .. import PROJECT_ROOT
    from ..auth.services import create_facilitator
    from ..extensions import db
    from ..facilitate.services import create_session
    from ..models import Argument, ConsentVote, Contribution, Rating, RosterEntry
    from ..models.base import utcnow
    from ..options import rounds, services
    from ..session_templates import load_template

    rng = random.Random(seed)
    owner = create_facilitator("bench@example.org", "bench password long enough", "Bench")
    session = create_session(owner, load_template(PROJECT_ROOT / "sessions" / "demo.toml"))
    session.status = "live"
    groups = session.stakeholder_groups
    db.session.execute(sa.insert(RosterEntry), [
        {"session_id": session.id, "name": f"Vorname{i} Nachname{i}",
         "email": f"person{i}@example.org", "affiliation": f"Organisation {i} (ORG{i})",
         "stakeholder_group": groups[i % len(groups)], "joined_on": utcnow(),
         "public_id": f"{i:032x}", "invite_nonce": f"n{i}"} for i in range(60)])
    items = [item.id for item in session.agenda]
    db.session.execute(sa.insert(Contribution), [
        {"session_id": session.id, "agenda_item_id": items[i % len(items)],
         "text": _text(rng, rng.randint(12, 60)) + (" Nachname3 said so." if i % 50 == 0
                                                    else ""),
         "status": "published", "kind": "contribution", "vote_count": rng.randint(0, 40),
         "author_ref": f"{i:064x}", "public_id": f"c{i:031x}", "flags": [],
         "cleared_flags": [], "labels": []} for i in range(contributions)])
    made = [services.create_option(session, services.FACILITATOR, {
        "title": f"Option {i}: {_text(rng, 5)}", "problem": _text(rng, 40),
        "measure": _text(rng, 50), "actors": ["ministries", "eu"], "time_frame": "2 years",
        "costs_risks": _text(rng, 30), "open_questions": _text(rng, 20)})
        for i in range(options)]
    db.session.execute(sa.insert(Argument), [
        {"session_id": session.id, "option_id": option.id, "side": side,
         "text": _text(rng, 25), "vote_count": rng.randint(0, 20), "author_ref": "a" * 64,
         "public_id": f"a{index:05d}{option.id:026x}"}
        for option in made for index, side in enumerate(("pro", "pro", "pro", "contra",
                                                          "contra"))])
    for option in made[:options // 4]:
        amendment = services.propose_amendment(option, "b" * 64, "measure", _text(rng, 30))
        services.decide_amendment(amendment, accept=True)
    rating = rounds.open_round(session, "rating", [o.public_id for o in made])
    consent = rounds.open_round(session, "consent", [o.public_id for o in made])
    db.session.execute(sa.insert(Rating), [
        {"session_id": session.id, "round_id": rating.id, "option_id": option.id,
         "criterion_id": criterion.id, "score": rng.randint(1, 5), "author_ref": f"{r:064x}",
         "stakeholder_group": groups[r % len(groups)]}
        for option in made for criterion in session.criteria for r in range(30)])
    db.session.execute(sa.insert(ConsentVote), [
        {"session_id": session.id, "round_id": consent.id, "option_id": option.id,
         "choice": rng.choice(("agree", "live_with", "disagree")), "author_ref": f"{r:064x}",
         "stakeholder_group": groups[r % len(groups)]} for option in made for r in range(30)])
    for found in (rating, consent):
        found.is_open, found.revealed = False, True
    db.session.commit()
    return session


def _cpu() -> float:
    """CPU seconds of this process and of its waited-for children so far."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def run(contributions: int = 10_000, options: int = 200
        ) -> list[tuple[str, float, float, int]]:
    """(step, seconds, CPU seconds, bytes) for the cold and warm build and every format."""
    from .. import create_app
    from ..extensions import db
    from . import services

    figures = []
    with tempfile.TemporaryDirectory(prefix="dialogue-export-bench-") as folder:
        scratch = Path(folder)  # the ~20 MB database goes with it
        app = create_app({"TESTING": True, "SECRET_KEY": "bench-only-secret-key",
                          "INSTANCE_PATH": str(scratch / "instance"),
                          "SQLALCHEMY_DATABASE_URI": f"sqlite:///{scratch / 'bench.sqlite'}"})

        def timed(label, work):
            db.session.expire_all()
            start, cpu = time.perf_counter(), _cpu()
            data = work()
            figures.append((label, time.perf_counter() - start, _cpu() - cpu,
                            len(data) if isinstance(data, bytes) else 0))

        with app.app_context(), app.test_request_context():
            db.create_all()
            populated: list[DialogueSession] = []
            timed("populate (not part of the export)",
                  lambda: populated.append(populate(contributions, options)))
            (session,) = populated
            for label in ("build_export, cold", "build_export, warm"):
                timed(label, lambda: services.build_export(session))
            for fmt in services.FORMATS:
                timed(f"{fmt}: build + write",
                      lambda fmt=fmt: services.render(services.build_export(session), fmt))
            db.session.remove()
            db.engine.dispose()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contributions", type=int, default=10_000)
    parser.add_argument("--options", type=int, default=200)
    args = parser.parse_args()
    print(f"{args.contributions:,} contributions, {args.options} options")
    print(f"{'':36} {'wall':>9} {'CPU':>9}")
    for step, seconds, cpu, size in run(args.contributions, args.options):
        print(f"{step:36} {seconds:7.2f} s {cpu:7.2f} s"
              + (f"  {size / 1e6:6.2f} MB" if size else ""))


if __name__ == "__main__":
    main()
