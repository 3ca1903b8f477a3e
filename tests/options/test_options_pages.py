"""The options pages work without JavaScript: read, edit, argue, rate, and run the workspace."""

import re

import sqlalchemy as sa

from dialogue.extensions import db
from dialogue.models import Amendment, Argument, ConsentVote, PolicyOption, Rating, RatingRound
from dialogue.options import rounds, services

from ..conftest import Browser
from .conftest import option_state, table_counts


def _option_url(session, option) -> str:
    return f"/s/{session.code}/options/{option.public_id}"


def _workspace(session) -> str:
    return f"/facilitate/{session.public_id}/options"


def test_participant_reads_the_list_and_an_option_with_its_fields(factory, kit):
    session = factory.live_session()
    option = kit.option(session, measure="A fund both countries pay into",
                        actors=["ministries", "eu"])
    joined = factory.join(session)
    listing = joined.client.get(f"/s/{session.code}/options").get_data(as_text=True)
    assert "Joint skills fund" in listing and "draft" in listing
    page = joined.client.get(_option_url(session, option))
    text = page.get_data(as_text=True)
    assert page.status_code == 200
    assert "A fund both countries pay into" in text and "Federal ministries, EU" in text
    assert page.headers["Cache-Control"] == "no-store"


def test_someone_who_has_not_joined_is_sent_to_join(factory, kit, client):
    session = factory.live_session()
    option = kit.option(session)
    response = client.get(_option_url(session, option))
    assert response.status_code == 302 and f"/join/{session.code}" in response.headers["Location"]


def test_participant_edits_and_a_stale_form_gets_a_conflict_page_keeping_their_text(factory,
                                                                                    kit):
    session = factory.live_session()
    option = kit.option(session, measure="Original")
    alice, bea = Browser(factory.join(session).client), Browser(factory.join(session).client)
    url = _option_url(session, option) + "/edit"
    response = alice.post(url, {"base_version": "1", "f_title": "Joint skills fund",
                                "f_measure": "Alice's wording"}, token_from=url)
    assert response.status_code == 302
    conflict = bea.post(url, {"base_version": "1", "f_title": "Joint skills fund",
                              "f_measure": "Bea's wording"}, token_from=url)
    page = conflict.get_data(as_text=True)
    assert conflict.status_code == 409
    assert "Alice&#39;s wording" in page and "Bea&#39;s wording" in page
    assert 'name="base_version" value="2"' in page
    assert option_state(option)[2]["measure"] == "Alice's wording"


def test_history_page_shows_diffs_and_no_author_or_time(factory, kit):
    session = factory.live_session()
    option = kit.option(session, measure="A fund")
    joined = factory.join(session)
    services.edit_option(option, services.as_participant(kit.ref(session, joined.entry)), 1,
                         {"measure": "A joint fund"})
    db.session.commit()
    page = joined.client.get(_option_url(session, option) + "/history").get_data(as_text=True)
    assert "<ins>joint </ins>" in page
    assert kit.ref(session, joined.entry) not in page
    assert not re.search(r"\d{1,2}:\d{2}", page)  # no clock time anywhere


def test_editing_a_parked_option_over_http_is_refused_and_changes_nothing(factory, kit):
    session = factory.live_session()
    option = kit.option(session)
    services.set_status(option, "parked")
    db.session.commit()
    browser = Browser(factory.join(session).client)
    url = _option_url(session, option) + "/edit"
    before = option_state(option), table_counts()
    response = browser.post(url, {"base_version": "1", "f_title": "Renamed"},
                            token_from=_option_url(session, option))
    # a rule of the option's state: 409, as on the JSON API (refusals.STATUS)
    assert response.status_code == 409 and "parked" in response.get_data(as_text=True)
    assert (option_state(option), table_counts()) == before


def test_participant_argues_supports_and_amends_through_forms(factory, kit):
    session = factory.live_session()
    option = kit.option(session)
    browser = Browser(factory.join(session).client)
    url = _option_url(session, option)
    assert browser.post(url + "/arguments", {"arg-side": "pro", "arg-text": "Cheap"},
                        token_from=url).status_code == 302
    mine = db.session.scalar(sa.select(Argument))
    own = browser.post(f"{url}/arguments/{mine.public_id}/support", token_from=url)
    assert own.status_code == 409  # support counts what the others think of it
    argument = services.add_argument(option, kit.participant(session), "contra", "Slow")
    db.session.commit()
    assert browser.post(f"{url}/arguments/{argument.public_id}/support",
                        token_from=url).status_code == 302
    again = browser.post(f"{url}/arguments/{argument.public_id}/support", token_from=url)
    assert again.status_code == 409 and "already supported" in again.get_data(as_text=True)
    db.session.refresh(argument)
    assert argument.vote_count == 1
    assert browser.post(url + "/amend", {"amend-field_key": "problem",
                                         "amend-text": "Skills gaps"},
                        token_from=url).status_code == 302
    assert db.session.scalar(sa.select(Amendment)).status == "pending"


def test_rating_and_consent_forms_appear_while_a_round_is_open(factory, kit):
    session = factory.live_session()
    option = kit.option(session)
    rating_round = rounds.open_round(session, "rating", [option.public_id])
    consent_round = rounds.open_round(session, "consent", [option.public_id])
    db.session.commit()
    browser = Browser(factory.join(session).client)
    url = _option_url(session, option)
    page = browser.get(url).get_data(as_text=True)
    assert "Rate this option" in page and "Can you consent" in page
    rate = f"{url}/rounds/{rating_round.public_id}/rate"
    assert browser.post(rate, {"rate-c_support": "4", "rate-c_impact": "2"},
                        token_from=url).status_code == 302
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Rating)) == 2
    consent = f"{url}/rounds/{consent_round.public_id}/consent"
    blocked = browser.post(consent, {"consent-choice": "block"}, token_from=url)
    assert blocked.status_code == 400 and "needs a reason" in blocked.get_data(as_text=True)
    assert db.session.scalar(sa.select(sa.func.count()).select_from(ConsentVote)) == 0
    assert "You have rated this option" in browser.get(url).get_data(as_text=True)


def test_a_rating_out_of_range_or_after_close_is_refused_over_http(factory, kit):
    session = factory.live_session()
    option = kit.option(session)
    found = rounds.open_round(session, "rating", [option.public_id])
    db.session.commit()
    browser = Browser(factory.join(session).client)
    url = _option_url(session, option)
    rate = f"{url}/rounds/{found.public_id}/rate"
    before = table_counts()
    assert browser.post(rate, {"rate-c_support": "7"}, token_from=url).status_code == 400
    rounds.close_round(found)
    db.session.commit()
    late = browser.post(rate, {"rate-c_support": "3"}, token_from=url)
    assert late.status_code == 409 and "closed" in late.get_data(as_text=True)
    assert table_counts() == before


def test_facilitator_runs_the_workspace_from_contributions_to_revealed_results(
        factory, kit, facilitator_browser):
    session = factory.live_session()
    contribution = kit.contribution(session, "Pool training budgets")
    url = _workspace(session)
    page = facilitator_browser.get(url).get_data(as_text=True)
    assert "Pool training budgets" in page
    response = facilitator_browser.post(url, {
        "new-contributions": contribution.public_id, "new-f_title": "Joint skills fund",
        "new-f_actors": ["ministries", "business"]}, token_from=url)
    assert response.status_code == 302
    option = db.session.scalar(sa.select(PolicyOption))
    assert [c.public_id for c in option.contributions] == [contribution.public_id]
    assert facilitator_browser.post(f"{url}/{option.public_id}/status", {
        f"{option.public_id}-status": "discussion"}, token_from=url).status_code == 302
    assert facilitator_browser.post(f"{url}/rounds", {
        "round-kind": "consent", "round-options": option.public_id},
        token_from=url).status_code == 302
    found = db.session.scalar(sa.select(RatingRound))
    ref = kit.participant(session)
    rounds.give_consent(found, option, ref, "Business", "live_with")
    db.session.commit()
    for action in ("close", "reveal"):
        assert facilitator_browser.post(f"{url}/rounds/{found.public_id}/{action}",
                                        token_from=url).status_code == 302
    db.session.expire_all()
    assert option.status == "discussion" and found.revealed and not found.is_open
    joined = factory.join(session)
    shown = joined.client.get(_option_url(session, option)).get_data(as_text=True)
    assert "too few answers to show" in shown and "1 of 1" not in shown
    assert "fewer than 3" in shown


def test_facilitator_accepts_an_amendment_in_the_workspace(factory, kit, facilitator_browser):
    session = factory.live_session()
    option = kit.option(session, problem="Skills gaps")
    amendment = services.propose_amendment(option, kit.participant(session), "problem",
                                           "Skills gaps in care")
    db.session.commit()
    url = _workspace(session)
    assert "Skills gaps in care" in facilitator_browser.get(url).get_data(as_text=True)
    assert facilitator_browser.post(f"{url}/amendments/{amendment.public_id}/accept",
                                    token_from=url).status_code == 302
    assert option_state(option)[:1] == (2,)


def test_facilitator_carries_options_over_from_the_previous_session(factory, kit,
                                                                     facilitator_browser):
    first = factory.live_session(round_name="MSG 2025")
    kit.option(first, "Carried option")
    second = factory.live_session(round_name="MSG 2025")
    url = _workspace(second)
    assert first.title in facilitator_browser.get(url).get_data(as_text=True)
    assert facilitator_browser.post(f"{url}/carry-over", {"carry-source": first.public_id},
                                    token_from=url).status_code == 302
    (copy,) = services.options_of(second)
    joined = factory.join(second)
    page = joined.client.get(_option_url(second, copy)).get_data(as_text=True)
    assert "Carried over from" in page and "Changed since it was carried over" in page


def test_another_facilitator_cannot_open_the_workspace(factory, kit, app):
    session = factory.live_session()
    factory.make_facilitator("stranger@example.org")
    stranger = Browser(app.test_client())
    stranger.post("/facilitate/login", {"email": "stranger@example.org",
                                        "password": factory.password},
                  token_from="/facilitate/login")
    assert stranger.get(_workspace(session)).status_code == 404


def test_a_flood_of_form_posts_is_limited_and_the_refused_ones_change_nothing(
        factory, kit, limits_without_refill):
    session = factory.live_session()
    option = kit.option(session)
    browser = Browser(factory.join(session).client)
    url = _option_url(session, option)
    capacity = limits_without_refill["form"]
    answers = [browser.post(url + "/arguments", {"arg-side": "pro", "arg-text": f"Point {n}"},
                            token_from=url).status_code for n in range(capacity + 5)]
    assert answers[:capacity] == [302] * capacity
    assert 429 in answers[capacity:]
    stored = db.session.scalar(sa.select(sa.func.count()).select_from(Argument))
    assert stored == answers.count(302)
    # Reading is not limited: the option page still opens.
    assert browser.get(url).status_code == 200
