"""Rating and consent rounds: opened, answered, closed and revealed; results per option.

A rating round asks for a 1-5 score on each of the session's criteria; a consent round
for agree / can live with it / disagree / block (a block needs a reason). While the
session runs, the rater's stakeholder group is stored as a label with each answer so
results can be broken down, but only through results.group_breakdown, which suppresses
small groups; a result with fewer than k answers shows no figure at all (results.too_few).
At close the figures are kept and the answers deleted (freeze_results).
"""

from __future__ import annotations

import copy
from collections import defaultdict
from collections.abc import Iterable, Mapping
from datetime import datetime

import sqlalchemy as sa
from flask_babel import gettext as _

from ..anonymity import predates_seat
from ..extensions import db
from ..models import ConsentVote, Criterion, DialogueSession, PolicyOption, Rating, RatingRound
from ..models.options import CONSENT_CHOICES, ROUND_KINDS
from ..refusals import Refused
from ..texts import group_label
from .errors import BeforeNewLink
from .results import consent_summary, group_breakdown, rating_summary, too_few
from .services import MAX_REASON, in_session, require_writable


def rounds_of(session: DialogueSession) -> list[RatingRound]:
    return list(db.session.scalars(sa.select(RatingRound).filter_by(session_id=session.id)
                                   .order_by(RatingRound.id.desc())))


def round_in(session: DialogueSession, public_id: object) -> RatingRound:
    return in_session(RatingRound, session, public_id, "round")


def open_round(session: DialogueSession, kind: str, option_ids: Iterable[str]) -> RatingRound:
    """Facilitator only: open a rating or consent round on the chosen options."""
    require_writable(session)
    if kind not in ROUND_KINDS:
        raise Refused("invalid", _("A round is either a rating or a consent round."))
    if kind == "rating" and not session.criteria:
        raise Refused("no_criteria", _("This session has no rating criteria."))
    wanted = list(dict.fromkeys(str(each)[:64] for each in option_ids))
    options = list(db.session.scalars(sa.select(PolicyOption).where(
        PolicyOption.session_id == session.id, PolicyOption.public_id.in_(wanted))))
    if not wanted or len(options) != len(wanted):
        raise Refused("invalid", _("Choose one or more options of this session."))
    if any(option.status == "parked" for option in options):
        raise Refused("parked", _("A parked option cannot be put to a round."))
    found = RatingRound(session_id=session.id, kind=kind, options=options)
    db.session.add(found)
    db.session.flush()
    return found


def close_round(found: RatingRound) -> None:
    require_writable(db.session.get_one(DialogueSession, found.session_id))
    if not found.is_open:
        raise Refused("round_closed", _("This round is already closed."))
    found.is_open = False


def reveal_results(found: RatingRound) -> dict:
    """Show the results to everyone (and the projector); returns the results payload."""
    require_writable(db.session.get_one(DialogueSession, found.session_id))
    found.revealed = True
    return round_results(found)


def open_rounds_for(option: PolicyOption) -> list[RatingRound]:
    return [each for each in db.session.scalars(
        sa.select(RatingRound).filter_by(session_id=option.session_id, is_open=True)
        .order_by(RatingRound.id)) if option in each.options]


def _require_answerable(found: RatingRound, option: PolicyOption, kind: str,
                        votes_from: datetime | None) -> DialogueSession:
    session = db.session.get_one(DialogueSession, found.session_id)
    require_writable(session)
    if predates_seat(found.opened_at, votes_from):
        raise BeforeNewLink()
    if found.kind != kind:
        raise Refused("invalid", _("This is not a rating round.") if kind == "rating" else _(
            "This is not a consent round."))
    if not found.is_open:
        raise Refused("round_closed", _("This round is closed; answers are no longer taken."))
    if option not in found.options:
        raise Refused("not_in_round", _("This option is not part of the round."))
    return session


def rate(found: RatingRound, option: PolicyOption, author_ref: str, group: str,
         scores: Mapping[str, object], votes_from: datetime | None = None) -> list[Rating]:
    """Scores 1-5 by criterion key; all or nothing. While the round is open a person may
    rate again: a new score replaces their earlier one on that criterion (changed in its
    own row, so no new row, time or order tells that an answer was changed)."""
    session = _require_answerable(found, option, "rating", votes_from)
    criteria = {criterion.key: criterion for criterion in session.criteria}
    if not scores or any(key not in criteria for key in scores):
        raise Refused("invalid", _("Rate on this session's criteria."))
    if any(isinstance(v, bool) or not isinstance(v, int) or not 1 <= v <= 5
           for v in scores.values()):
        raise Refused("out_of_range", _("Each rating is a whole number from 1 to 5."))
    earlier = {rating.criterion_id: rating for rating in db.session.scalars(
        sa.select(Rating).where(
            Rating.round_id == found.id, Rating.option_id == option.id,
            Rating.author_ref == author_ref,
            Rating.criterion_id.in_([criteria[key].id for key in scores])))}
    ratings = []
    for key, value in scores.items():
        rating = earlier.get(criteria[key].id)
        if rating is None:
            rating = Rating(session_id=session.id, round_id=found.id, option_id=option.id,
                            criterion_id=criteria[key].id, stakeholder_group=group,
                            author_ref=author_ref)
            db.session.add(rating)
        rating.score = value  # type: ignore[assignment]  # checked above: an int 1-5
        ratings.append(rating)
    db.session.flush()
    return ratings


def give_consent(found: RatingRound, option: PolicyOption, author_ref: str, group: str,
                 choice: str, reason: str = "",
                 votes_from: datetime | None = None) -> ConsentVote:
    """Agree, live with it, disagree or block (with a reason); changeable while open."""
    session = _require_answerable(found, option, "consent", votes_from)
    if choice not in CONSENT_CHOICES:
        raise Refused("invalid", _("Choose agree, can live with it, disagree or block."))
    reason = reason.strip() if isinstance(reason, str) else ""
    if choice == "block" and not reason:
        raise Refused("reason_required", _("A block needs a reason, so the group can "
                             "address it."))
    if len(reason) > MAX_REASON:
        raise Refused("invalid", _("The reason can be at most %(n)d characters.", n=MAX_REASON))
    # While the round is open an answer can be changed: in its own row (see rate).
    vote = db.session.scalar(sa.select(ConsentVote).filter_by(
        round_id=found.id, option_id=option.id, author_ref=author_ref))
    if vote is None:
        vote = ConsentVote(session_id=session.id, round_id=found.id, option_id=option.id,
                           stakeholder_group=group, author_ref=author_ref)
        db.session.add(vote)
    vote.choice, vote.reason = choice, reason if choice == "block" else ""
    db.session.flush()
    return vote


def own_answers(found: RatingRound, author_ref: str) -> dict[int, dict]:
    """This person's own answers in the round, by option id, to show them on their own
    screen so they can change them: ``{"scores": {criterion key: score}}`` or
    ``{"choice": ..., "reason": ...}``. Never sent to anyone else."""
    mine: dict[int, dict] = {}
    if found.kind == "rating":
        keys = {criterion_id: key for criterion_id, key in db.session.execute(
            sa.select(Criterion.id, Criterion.key).filter_by(session_id=found.session_id))}
        for option_id, criterion_id, score in db.session.execute(
                sa.select(Rating.option_id, Rating.criterion_id, Rating.score).filter_by(
                    round_id=found.id, author_ref=author_ref)):
            mine.setdefault(option_id, {"scores": {}})["scores"][keys[criterion_id]] = score
    else:
        for option_id, choice, reason in db.session.execute(
                sa.select(ConsentVote.option_id, ConsentVote.choice, ConsentVote.reason)
                .filter_by(round_id=found.id, author_ref=author_ref)):
            mine[option_id] = {"choice": choice, "reason": reason}
    return mine


def answered_count(found: RatingRound) -> int:
    """How many people answered the round (at least one option), for the console: in
    steps of k, 0 meaning "fewer than k" (boards.participation's rule), never who."""
    model = Rating if found.kind == "rating" else ConsentVote
    people = db.session.scalar(sa.select(sa.func.count(sa.distinct(model.author_ref)))
                               .where(model.round_id == found.id)) or 0
    k = db.session.get_one(DialogueSession, found.session_id).k_anonymity
    return people - people % k


def answered(found: RatingRound, author_ref: str) -> set[int]:
    """The option ids this person already answered in the round (their own screen only)."""
    model = Rating if found.kind == "rating" else ConsentVote
    return set(db.session.scalars(sa.select(model.option_id).filter_by(
        round_id=found.id, author_ref=author_ref).distinct()))


def freeze_results(session: DialogueSession) -> None:
    """At close, before the answers are deleted: keep every round's figures, suppressed.

    An answer carries its rater's group, and the answers of one submission sit in
    neighbouring rows; in a small room either can name the rater, so the close deletes
    them (``deleted_at_close``). The figures are all that pages and exports show, so they
    show exactly the same afterwards.
    """
    for each in rounds_of(session):
        each.results = round_results(each)


def round_results(found: RatingRound) -> dict:
    """Every option's figures, overall and by stakeholder group (small groups suppressed)."""
    if found.results is not None:  # the session closed: its answers are gone
        return copy.deepcopy(found.results)
    session = db.session.get_one(DialogueSession, found.session_id)
    groups, k = session.stakeholder_groups, session.k_anonymity
    if found.kind == "rating":
        rows = db.session.execute(sa.select(Rating.option_id, Rating.criterion_id,
                                            Rating.stakeholder_group, Rating.score)
                                  .filter_by(round_id=found.id))
        by_option: dict = defaultdict(lambda: defaultdict(lambda: defaultdict(list)))
        for option_id, criterion_id, group, score in rows:
            by_option[option_id][criterion_id][group].append(score)
        options = [{"option": option.public_id, "title": option.title,
                    "criteria": [_criterion_result(criterion, by_option[option.id][criterion.id],
                                                   groups, k)
                                 for criterion in session.criteria]}
                   for option in found.options]
    else:
        answers = db.session.execute(sa.select(ConsentVote.option_id,
                                               ConsentVote.stakeholder_group,
                                               ConsentVote.choice, ConsentVote.reason)
                                     .filter_by(round_id=found.id))
        choices: dict = defaultdict(lambda: defaultdict(list))
        reasons: dict = defaultdict(list)
        for option_id, group, choice, reason in answers:
            choices[option_id][group].append(choice)
            if choice == "block":
                reasons[option_id].append(reason)
        options = [{"option": option.public_id, "title": option.title,
                    **_shown(consent_summary(_flatten(choices[option.id])), k),
                    "block_reasons": (sorted(reasons[option.id])
                                      if _enough(choices[option.id], k) else []),
                    "groups": group_breakdown(choices[option.id], groups, k, consent_summary)}
                   for option in found.options]
    # Stakeholder groups are stored by their English names; results go to rooms of both
    # languages, so the German names travel beside them and each reader picks theirs.
    german = {group: group_label(session, group, "de") for group in groups}
    return {"round": found.public_id, "kind": found.kind, "k": k, "options": options,
            "group_labels_de": german}


def _flatten(by_group: Mapping[str, list]) -> list:
    return [value for values in by_group.values() for value in values]


def _enough(by_group: Mapping[str, list], k: int) -> bool:
    return len(_flatten(by_group)) >= k


def _shown(summary: dict, k: int) -> dict:
    """The summary, or no figure at all when fewer than k answered (docs/method.md)."""
    return (summary | {"too_few": False}) if summary["n"] >= k else too_few(summary)


def _criterion_result(criterion: Criterion, by_group: Mapping[str, list], groups: list[str],
                      k: int) -> dict:
    # Results go to rooms of readers in both languages: both labels travel.
    return {"key": criterion.key, "label": criterion.label,
            "label_de": criterion.label_de or criterion.label,
            **_shown(rating_summary(_flatten(by_group)), k),
            "groups": group_breakdown(by_group, groups, k, rating_summary)}


def revealed_results(session: DialogueSession,
                     every_round: list[RatingRound] | None = None) -> list[dict]:
    """Results of every revealed round, newest first (``every_round``: rounds_of, if read)."""
    return [round_results(each) for each in (rounds_of(session) if every_round is None
                                             else every_round) if each.revealed]
