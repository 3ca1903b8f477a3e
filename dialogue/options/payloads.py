"""What options look like on the wire: public ids and text, never an author ref or a time."""

from __future__ import annotations

from flask_babel import gettext

from ..models import (
    Amendment,
    Argument,
    DialogueSession,
    OptionRevision,
    PolicyOption,
    RatingRound,
)
from .fields import field_specs


def option_payload(option: PolicyOption) -> dict:
    return {"id": option.public_id, "status": option.status, "version": option.version,
            "fields": dict(option.fields), "carried_over": option.origin_id is not None}


def revision_payload(option: PolicyOption, revision: OptionRevision | None) -> dict:
    return {**option_payload(option),
            "revision": {"version": revision.version, "kind": revision.kind,
                         "by_facilitator": revision.by_facilitator} if revision else None}


def argument_payload(argument: Argument, option: PolicyOption) -> dict:
    return {"id": argument.public_id, "option": option.public_id, "side": argument.side,
            "text": argument.text, "votes": argument.vote_count}


def amendment_payload(amendment: Amendment) -> dict:
    return {"id": amendment.public_id, "option": amendment.option.public_id,
            "field": amendment.field_key, "text": amendment.text, "reason": amendment.reason,
            "base_version": amendment.base_version, "status": amendment.status}


def round_payload(session: DialogueSession, found: RatingRound) -> dict:
    return {"id": found.public_id, "kind": found.kind, "open": found.is_open,
            "revealed": found.revealed,
            "options": [option.public_id for option in found.options],
            "criteria": [{"key": c.key, "label": c.label, "description": c.description,
                          "label_de": c.label_de, "description_de": c.description_de,
                          "low": c.low, "low_de": c.low_de, "high": c.high,
                          "high_de": c.high_de}
                         for c in session.criteria] if found.kind == "rating" else []}


def template_payload(session: DialogueSession) -> list[dict]:
    # Sent to one connection (its snapshot): in that connection's language.
    return [{"key": spec.key, "label": gettext(spec.label), "kind": spec.kind,
             "help": spec.help,
             "choices": {key: gettext(label) for key, label in (spec.choices or {}).items()}}
            for spec in field_specs(session)]


def choice_labels(session: DialogueSession) -> dict:
    """{choice field: {key: label}} in the current language, for the live pages."""
    return {spec.key: {key: gettext(label) for key, label in (spec.choices or {}).items()}
            for spec in field_specs(session) if spec.kind == "choices"}


def snapshot(session: DialogueSession, author_ref: str | None, facilitator: bool) -> dict:
    """The options part of a client's snapshot, as seen by this person."""
    from . import rounds, services

    options = services.options_of(session)
    by_id = {option.id: option for option in options}
    arguments = services.arguments_in_order(session, options)
    every_round = rounds.rounds_of(session)  # one query, read three ways below
    data: dict = {
        "template": template_payload(session),
        "items": [option_payload(option) for option in options],
        "arguments": [argument_payload(argument, by_id[argument.option_id])
                      for argument in arguments],
        "rounds": [round_payload(session, each) for each in every_round
                   if each.is_open or each.revealed],
        "results": rounds.revealed_results(session, every_round),
    }
    if author_ref:  # only this person's own marks, for their own screen
        supported = services.voted_arguments(session, author_ref)
        data["supported"] = [argument.public_id for argument in arguments
                             if argument.id in supported]
        data["answered"] = {
            each.public_id: [by_id[option_id].public_id
                             for option_id in rounds.answered(each, author_ref)]
            for each in every_round if each.is_open}
        # Their own answers, so their phone shows them and they can change them.
        data["my_answers"] = {
            each.public_id: {by_id[option_id].public_id: answer for option_id, answer
                             in rounds.own_answers(each, author_ref).items()}
            for each in every_round if each.is_open}
        # Their own amendments and what became of them (the `amendment` notice updates it).
        data["own_amendments"] = [amendment_payload(each) for each in
                                  services.own_amendments(session, author_ref)]
    if facilitator:
        data["amendments"] = [amendment_payload(each)
                              for each in services.pending_amendments(session)]
        # How many answered each open round: in steps of k, never who.
        data["answered_counts"] = {each.public_id: rounds.answered_count(each)
                                   for each in every_round if each.is_open}
    return {"options": data}
