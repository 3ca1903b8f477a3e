"""The report's annex counts what moderators did, by reason, in every format: counts only,
the console's offered reasons by name and any reason a moderator wrote as "another reason",
never quoted (issue 17, "Moderation that can be accounted for")."""

from __future__ import annotations

from dialogue.boards import moderation
from dialogue.export import services
from dialogue.export.model import build_export
from dialogue.extensions import db

from .conftest import FORMATS, readable

OWN_WORDS = "Mentions Quillfeather from the Lagos desk"


def test_the_annex_counts_dismissals_merges_and_edits_by_reason(factory, kit):
    session = factory.live_session()
    posts = [kit.contribution(session, f"Point {n}") for n in range(5)]
    moderation.moderate(session, posts[0], "dismiss", reason="Off topic for this item")
    moderation.moderate(session, posts[1], "dismiss", reason="Off topic for this item")
    moderation.moderate(session, posts[2], "dismiss", reason=OWN_WORDS)
    moderation.merge(session, posts[3], posts[4])
    moderation.moderate(session, posts[4], "edit", text="Point 4, shorter")
    db.session.commit()
    export = build_export(session)
    counts = {(each.action, each.reason): each.count for each in export.moderation}
    assert counts == {("dismissed", "off_topic"): 2, ("dismissed", "other"): 1,
                      ("merged", "none"): 1, ("edited", "none"): 1}
    for fmt in FORMATS:
        text = readable(fmt, services.render(export, fmt))
        assert "Quillfeather" not in text and "Lagos desk" not in text, fmt
        if fmt in ("pdf", "docx", "html", "md"):
            assert "Dismissed: 3 (off topic for the item: 2, another reason: 1)" in " ".join(
                text.split()), fmt
            assert "Merged with a similar post: 1" in text, fmt


def test_a_german_report_names_the_reasons_in_german(factory, kit):
    session = factory.live_session(language="de")
    post = kit.contribution(session, "Punkt")
    with_german = "Passt nicht zu diesem Punkt"  # the console's German offered reason
    moderation.moderate(session, post, "dismiss", reason=with_german)
    db.session.commit()
    text = readable("md", services.render(build_export(session), "md"))
    assert "Abgelehnt: 1 (nicht zum Thema des Punkts: 1)" in text


def test_nothing_moderated_is_said_so(factory, kit):
    session = factory.live_session()
    kit.contribution(session, "Point")
    export = build_export(session)
    assert export.moderation == []
    assert "No post was dismissed, merged, edited or redacted." in readable(
        "html", services.render(export, "html"))
