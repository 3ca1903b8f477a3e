"""The facilitator redacts any passage of any exported text, also after close; a release
made before a redaction is withdrawn; every mention of a participant's organisation is
listed for a look."""

from __future__ import annotations

import sqlalchemy as sa

from dialogue.export import services
from dialogue.extensions import db
from dialogue.facilitate.services import close_session
from dialogue.models import DialogueSession, ExportRedaction
from dialogue.models.export import ExportFile

from .conftest import FORMATS, readable

MISSED = "the pilot at Quillfeather Annex"


def _reload(session) -> DialogueSession:
    db.session.expire_all()
    return db.session.get(DialogueSession, session.id)


def passage_with(session, words: str, flagged_too: bool = False):
    """The preview's first passage showing ``words`` unredacted: key, digest, offsets."""
    for key, passage in services.preview(session).passages().items():
        offset = 0
        for part in passage.parts:
            if (flagged_too or part.flag is None) and words in part.text:
                start = offset + part.text.index(words)
                return {"passage": key, "digest": passage.digest, "start": start,
                        "end": start + len(words)}
            offset += len(part.text)
    raise AssertionError(f"no passage holds {words!r}")


def redact(browser, session, words: str | None = None, flagged_too: bool = False, **form):
    url = f"/facilitate/{session.public_id}/export"
    values = {**(passage_with(session, words, flagged_too) if words else {}), **form}
    return browser.post(f"{url}/redact", values, token_from=url)


def _every_kind_of_text(factory, kit):
    session = factory.live_session()
    kit.contribution(session, f"Ask about {MISSED}; it worked.", votes=2)
    option = kit.option(session, "Fund run from Quillfeather Annex",
                        problem="Quillfeather Annex found budgets fragmented.")
    kit.argument(option, "pro", "Quillfeather Annex has the figures.")
    kit.amend(option, "time_frame", "Two years, as at Quillfeather Annex")
    return session


def test_the_facilitator_redacts_words_the_detector_missed_in_every_kind_of_text(
        factory, kit, facilitator_browser):
    session = _every_kind_of_text(factory, kit)
    assert services.flag_rows(services.preview(session)) == []  # the detector saw nothing
    # contribution, option title, field, argument, the amended field, the amendment
    for _ in range(6):
        assert redact(facilitator_browser, session, "Quillfeather Annex").status_code == 303
    session = _reload(session)
    export = services.build_export(session)
    assert str(export.agenda[0].contributions[0].text) == (
        "Ask about the pilot at [redacted]; it worked.")
    for fmt in FORMATS:
        text = readable(fmt, services.render(export, fmt))
        assert "Quillfeather" not in text, fmt
        assert "[redacted]" in text, fmt
    rows = services.flag_rows(services.preview(session))
    assert {(row.label, row.decision) for row in rows} == {("MANUAL", "confirmed")}
    assert len(rows) == 6


def test_a_redaction_after_close_withdraws_the_release_and_the_next_release_carries_it(
        factory, kit, facilitator_browser):
    session = _every_kind_of_text(factory, kit)
    sid = session.public_id
    services.release_export(session, session.owner, ["md", "json"], "en")
    services.set_shared(session, True)
    db.session.commit()
    first = facilitator_browser.get(f"/facilitate/{sid}/export/download/md")
    assert b"Quillfeather" in first.get_data()  # stored now, as released
    close_session(_reload(session))
    session = _reload(session)
    assert redact(facilitator_browser, session, MISSED).status_code == 303
    assert db.session.scalar(sa.select(sa.func.count()).select_from(ExportFile)) == 0
    assert services.shared_release(session) is None  # participants get nothing either
    refused = facilitator_browser.get(f"/facilitate/{sid}/export/download/md")
    assert refused.status_code == 409 and "released anew" in refused.get_data(as_text=True)
    page = facilitator_browser.get(f"/facilitate/{sid}/export").get_data(as_text=True)
    assert "files were withdrawn" in page
    services.release_export(_reload(session), session.owner, ["md"], "en")
    db.session.commit()
    again = facilitator_browser.get(f"/facilitate/{sid}/export/download/md").get_data(
        as_text=True)
    assert "the pilot at" not in again and "Ask about [redacted]; it worked." in again


def test_bad_selections_are_refused_and_store_nothing(factory, kit, facilitator_browser):
    session = _every_kind_of_text(factory, kit)
    good = passage_with(session, MISSED)
    assert redact(facilitator_browser, session, MISSED).status_code == 303
    session = _reload(session)
    fresh = passage_with(session, "it worked")  # the same text, as it reads now
    cases = [
        ({**fresh, "end": 999}, "outside the text"),
        ({**fresh, "end": fresh["start"]}, "empty"),
        ({**fresh, "start": 3, "end": 4}, "empty"),  # the space between two words
        ({**good, "start": good["start"] + 2, "end": good["end"] + 4}, "redacted already"),
        ({**fresh, "digest": "0" * 64}, "has changed"),
        ({**fresh, "passage": "f" * 40}, "has changed"),
        ({**fresh, "start": "x"}, "Select the words"),
        ({"passage": fresh["passage"]}, "Select the words"),
    ]
    for form, message in cases:
        response = redact(facilitator_browser, session, **form)
        assert response.status_code == 409, form
        assert message in response.get_data(as_text=True), form
    assert db.session.scalar(sa.select(sa.func.count()).select_from(ExportRedaction)) == 1


def test_a_redacted_text_that_changes_is_withheld_whole_until_looked_at(
        factory, kit, facilitator_browser):
    session = factory.live_session()
    contribution = kit.contribution(session, f"Ask about {MISSED}.")
    assert redact(facilitator_browser, session, MISSED).status_code == 303
    contribution = db.session.merge(contribution)
    contribution.text = f"Ask about {MISSED} and more."
    db.session.commit()
    session = _reload(session)
    (row,) = services.flag_rows(services.preview(session))
    assert (row.label, row.decision) == ("CHANGED", "undecided")
    assert str(services.build_export(session).agenda[0].contributions[0].text) == "[redacted]"
    assert redact(facilitator_browser, session, "Quillfeather Annex",
                  flagged_too=True).status_code == 303
    text = str(services.build_export(_reload(session)).agenda[0].contributions[0].text)
    assert text == "Ask about the pilot at [redacted] and more."


def test_the_facilitator_can_show_a_passage_again(factory, kit, facilitator_browser):
    session = factory.live_session()
    kit.contribution(session, f"Ask about {MISSED}.")
    assert redact(facilitator_browser, session, MISSED).status_code == 303
    (row,) = services.flag_rows(services.preview(_reload(session)))
    url = f"/facilitate/{session.public_id}/export"
    assert facilitator_browser.post(f"{url}/unredact", {"redaction": row.key[1:]},
                                    token_from=url).status_code == 303
    assert MISSED in str(services.build_export(_reload(session)).agenda[0].contributions[0].text)


def test_every_mention_of_a_participants_organisation_is_listed_and_kept(factory, kit):
    session = factory.live_session()
    kit.attendee(session, affiliation="Nordic Migration Council (NMC)")
    kit.contribution(session, "The Nordic Migration Council's monitoring shows a rise.")
    kit.contribution(session, "NMC figures agree; the nordic migration council said so.")
    rows = services.flag_rows(services.preview(session))
    assert sorted(row.span for row in rows) == [
        "NMC", "Nordic Migration Council", "nordic migration council"]
    assert {(row.label, row.decision) for row in rows} == {("MENTION", "cleared")}
    assert services.undecided_keys(services.preview(session)) == []  # seen, not blocking
    texts = {str(each.text) for each in services.build_export(session).agenda[0].contributions}
    assert "The Nordic Migration Council's monitoring shows a rise." in texts
    services.decide(session, [rows[0].key], "confirmed")
    assert "[redacted]" in str(services.build_export(session).agenda[0])
