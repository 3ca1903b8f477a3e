"""What the set-up operations answer with: public ids and the facilitator's own texts.

Nothing here carries an author ref, a seat, a roster id next to a contribution or any
time finer than a day. The roster shows what the set-up page's invite list shows (name,
organisation, group, walk-in, invited/joined/removed) and nothing more; a personal link
is only in the answer of the operation that makes it (adding, a new link).
"""

from __future__ import annotations

from typing import Any

from flask import url_for

from ..models import AgendaItem, DialogueSession, RosterEntry
from ..session_templates import SessionTemplate


def template_payload(template: SessionTemplate) -> dict[str, Any]:
    return {"slug": template.slug, "title": template.title.en, "title_de": template.title.de,
            "description": template.description.en,
            "description_de": template.description.de, "language": template.language,
            "rule": template.rule, "agenda_items": len(template.agenda)}


def session_summary(session: DialogueSession) -> dict[str, Any]:
    return {"id": session.public_id, "code": session.code, "status": session.status,
            "title": session.title, "title_de": session.title_de,
            "held_on": session.held_on.date().isoformat()}


def session_payload(session: DialogueSession) -> dict[str, Any]:
    groups = list(session.stakeholder_groups or [])
    german = list(session.stakeholder_groups_de or [])
    return {
        **session_summary(session),
        "template": session.template_slug, "description": session.description,
        "description_de": session.description_de, "language": session.language,
        "rule": session.rule, "round": session.round_name,
        "meets_on": session.meets_on.isoformat() if session.meets_on else None,
        "place": session.place, "k_anonymity": session.k_anonymity,
        "max_contribution_length": session.max_contribution_length,
        "participants_may_create_options": session.participants_may_create_options,
        "stakeholder_groups": [{"name": name, "name_de": german[i] if i < len(german)
                                else ""} for i, name in enumerate(groups)],
        "join_url": url_for("join.walk_in", code=session.code, _external=True),
    }


def agenda_item_payload(item: AgendaItem) -> dict[str, Any]:
    return {"id": item.public_id, "position": item.position, "title": item.title,
            "title_de": item.title_de, "question": item.question,
            "question_de": item.question_de, "board_kind": item.board_kind,
            "on_the_record": item.on_the_record, "premoderation": item.premoderation,
            "minutes": item.minutes, "state": item.state}


def entry_status(entry: RosterEntry) -> str:
    """As the set-up page says it: removed, joined or invited."""
    if entry.revoked:
        return "removed"
    return "joined" if entry.joined_on is not None else "invited"


def roster_entry_payload(entry: RosterEntry) -> dict[str, Any]:
    return {"id": entry.public_id, "name": entry.name, "affiliation": entry.affiliation,
            "stakeholder_group": entry.stakeholder_group, "walk_in": entry.walk_in,
            "status": entry_status(entry)}


def failed_delivery_payload(entry: RosterEntry) -> dict[str, Any]:
    """As the invitations page lists a failed delivery: the person, the address, why."""
    return {"id": entry.public_id, "name": entry.name, "email": entry.email,
            "error": entry.invitation_error}
