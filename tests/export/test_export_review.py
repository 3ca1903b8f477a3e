"""The facilitator reviews the flagged passages, releases the outcome, and shares it."""

from __future__ import annotations

import sqlalchemy as sa

from dialogue.extensions import db
from dialogue.models import ExportRelease

from ..conftest import Browser


def _flagged_session(factory, kit):
    session = factory.live_session()
    person = kit.attendee(session, name="Ottilie Brandvogt", email="o.brandvogt@example.org")
    kit.contribution(session, "Ottilie Brandvogt says the fund needs a cap.", votes=2, by=person)
    kit.contribution(session, "Pool the training budgets.", votes=1)
    return session


def test_preview_highlights_every_flagged_span(factory, kit, facilitator_browser):
    session = _flagged_session(factory, kit)
    page = facilitator_browser.get(f"/facilitate/{session.public_id}/export")
    html = page.get_data(as_text=True)
    assert page.status_code == 200
    assert html.count('class="flag flag-undecided"') == 1
    assert "Ottilie Brandvogt</a></mark>" in html
    assert "1 flagged, 1 still to decide" in html


def test_another_facilitator_gets_404_for_the_preview(app, factory, kit):
    session = _flagged_session(factory, kit)
    other = factory.make_facilitator("other@example.org")
    browser = Browser(app.test_client())
    browser.post("/facilitate/login", {"email": other.email, "password": factory.password},
                 token_from="/facilitate/login")
    for url in ("", "/download/pdf"):
        assert browser.get(f"/facilitate/{session.public_id}/export{url}").status_code == 404
    response = browser.post(f"/facilitate/{session.public_id}/export/redact-rest",
                            token_from="/facilitate/")
    assert response.status_code == 404


def _reload(session):
    from dialogue.models import DialogueSession

    db.session.expire_all()
    return db.session.get(DialogueSession, session.id)


def _decide(browser, session, key, decision):
    url = f"/facilitate/{session.public_id}/export"
    return browser.post(f"{url}/decide", {"key": key, "decision": decision}, token_from=url)


def test_a_cleared_span_stays_and_a_confirmed_one_is_redacted(factory, kit,
                                                             facilitator_browser):
    from dialogue.export import services

    session = factory.live_session()
    kit.attendee(session, name="Ottilie Brandvogt", email="o.brandvogt@example.org")
    kit.contribution(session, "Ottilie Brandvogt: o.brandvogt@example.org", votes=1)
    person, contact = services.flag_rows(services.preview(session))
    assert (person.label, contact.label) == ("PERSON", "CONTACT")
    assert _decide(facilitator_browser, session, person.key, "cleared").status_code == 303
    assert _decide(facilitator_browser, session, contact.key, "confirmed").status_code == 303
    session = _reload(session)
    text = str(services.build_export(session).agenda[0].contributions[0].text)
    assert text == "Ottilie Brandvogt: [redacted]"
    german = services.build_export(session, "de")
    assert str(german.agenda[0].contributions[0].text) == "Ottilie Brandvogt: [entfernt]"
    page = facilitator_browser.get(f"/facilitate/{session.public_id}/export").get_data(
        as_text=True)
    assert "flag flag-cleared" in page and "flag flag-confirmed" in page
    assert "2 flagged, 0 still to decide" in page


def test_an_undecided_span_is_redacted_and_an_edit_makes_a_decision_lapse(factory, kit):
    from dialogue.export import services

    session = factory.live_session()
    kit.attendee(session, name="Ottilie Brandvogt")
    contribution = kit.contribution(session, "Ottilie Brandvogt agrees.", votes=1)
    assert str(services.build_export(session).agenda[0].contributions[0].text) == (
        "[redacted] agrees.")
    (row,) = services.flag_rows(services.preview(session))
    services.decide(session, [row.key], "cleared")
    db.session.commit()
    assert "Ottilie" in str(services.build_export(session).agenda[0].contributions[0].text)
    contribution.text = "Ottilie Brandvogt agrees strongly."
    db.session.commit()
    assert str(services.build_export(session).agenda[0].contributions[0].text) == (
        "[redacted] agrees strongly.")


def test_a_key_that_is_not_flagged_is_refused(factory, kit, facilitator_browser):
    session = _flagged_session(factory, kit)
    response = _decide(facilitator_browser, session, "0" * 40, "cleared")
    assert response.status_code == 409
    assert db.session.scalar(sa.select(sa.func.count()).select_from(ExportRelease)) == 0


def test_release_needs_every_flag_decided_and_is_recorded(factory, kit, facilitator_browser):
    session = _flagged_session(factory, kit)
    url = f"/facilitate/{session.public_id}/export"
    form = {"formats": ["pdf", "json"], "language": "de"}
    refused = facilitator_browser.post(f"{url}/release", form, token_from=url)
    assert refused.status_code == 409
    assert "still undecided" in refused.get_data(as_text=True)
    facilitator_browser.post(f"{url}/redact-rest", token_from=url)
    released = facilitator_browser.post(f"{url}/release", form, token_from=url)
    assert released.status_code == 303
    (release,) = db.session.scalars(sa.select(ExportRelease))
    assert release.facilitator_id == factory.facilitator.id
    assert release.formats == ["pdf", "json"] and release.language == "de"
    assert release.released_on is not None and not release.shared_with_participants
    assert release.content["language"] == "de"
    assert "[entfernt] says the fund needs a cap." in str(release.content)
    assert "Released on" in facilitator_browser.get(url).get_data(as_text=True)


def test_participants_download_only_a_released_and_shared_export(factory, kit,
                                                                  facilitator_browser):
    session = _flagged_session(factory, kit)
    joined = factory.join(session)
    url = f"/facilitate/{session.public_id}/export"
    outcome = f"/s/{session.code}/outcome"
    assert "not been shared yet" in joined.client.get(outcome).get_data(as_text=True)
    assert joined.client.get(f"{outcome}/json").status_code == 409
    assert facilitator_browser.get(f"{url}/download/json").status_code == 409

    facilitator_browser.post(f"{url}/redact-rest", token_from=url)
    facilitator_browser.post(f"{url}/release", {"formats": ["json", "md"], "language": "en"},
                             token_from=url)
    assert joined.client.get(f"{outcome}/json").status_code == 409  # released, not shared
    assert facilitator_browser.get(f"{url}/download/json").status_code == 200

    assert facilitator_browser.post(f"{url}/share", {"shared": "y"},
                                    token_from=url).status_code == 303
    page = joined.client.get(outcome).get_data(as_text=True)
    assert f"{outcome}/json" in page and f"{outcome}/md" in page and f"{outcome}/pdf" not in page
    download = joined.client.get(f"{outcome}/json")
    assert download.status_code == 200
    assert download.headers["Content-Disposition"].startswith('attachment; filename="outcome-')
    assert "[redacted] says the fund needs a cap." in download.get_data(as_text=True)
    assert joined.client.get(f"{outcome}/pdf").status_code == 404  # not a released format
    assert Browser(factory.app.test_client()).get(f"{outcome}/json").status_code == 404

    facilitator_browser.post(f"{url}/share", {}, token_from=url)
    assert joined.client.get(f"{outcome}/json").status_code == 409


def test_a_release_is_frozen_against_later_changes(factory, kit):
    from dialogue.export import services

    session = factory.live_session()
    kit.contribution(session, "Before the release.", votes=1)
    release = services.release_export(session, factory.facilitator, ["md"], "en")
    db.session.commit()
    kit.contribution(session, "After the release.", votes=9)
    text = services.render(services.released_export(release), "md").decode()
    assert "Before the release." in text and "After the release." not in text


def test_after_close_a_browser_that_took_part_can_still_download(factory, kit,
                                                                 facilitator_browser):
    from dialogue.export import services
    from dialogue.facilitate.services import close_session

    session = factory.live_session()
    joined = factory.join(session)
    kit.contribution(session, "Pool the budgets.", votes=1)
    services.release_export(session, factory.facilitator, ["md"], "en")
    services.set_shared(session, True)
    db.session.commit()
    close_session(session)
    outcome = f"/s/{session.code}/outcome"
    assert joined.client.get(f"{outcome}/md").status_code == 200
    assert factory.app.test_client().get(f"{outcome}/md").status_code == 404
