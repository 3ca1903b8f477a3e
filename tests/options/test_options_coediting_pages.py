"""Co-editing over plain forms: merges, conflicts that keep both texts, amendments that
start from the current text, and a proposer's own amendments on their page."""

import re

from dialogue.extensions import db
from dialogue.options import services

from ..conftest import Browser
from .conftest import option_state, table_counts


def _url(session, option) -> str:
    return f"/s/{session.code}/options/{option.public_id}"


def _statuses(page: str) -> list[str]:
    return [each.strip() for each in re.findall(r"data-amendment-status>([^<]*)<", page)]


def _form(option, **changes) -> dict:
    """The whole edit form as the page fills it from ``option``, with ``changes``."""
    values = {f"f_{key}": value for key, value in option.fields.items()
              if not isinstance(value, list)}
    values.update({f"f_{key}": value for key, value in changes.items()})
    return values


def test_two_forms_from_the_same_version_merge_field_by_field(factory, kit):
    session = factory.live_session()
    option = kit.option(session, measure="Original", costs_risks="")
    alice, bea = Browser(factory.join(session).client), Browser(factory.join(session).client)
    url = _url(session, option) + "/edit"
    stale = _form(option)  # both opened the form at version 1
    assert alice.post(url, {**stale, "base_version": "1", "f_costs_risks": "2 million"},
                      token_from=url).status_code == 302
    response = bea.post(url, {**stale, "base_version": "1", "f_measure": "Bea's measure"},
                        token_from=url)
    assert response.status_code == 302
    fields = option_state(option)[2]
    assert fields["costs_risks"] == "2 million" and fields["measure"] == "Bea's measure"


def test_a_same_field_conflict_page_holds_both_texts_so_saving_again_loses_nothing(factory,
                                                                                   kit):
    session = factory.live_session()
    option = kit.option(session, measure="", problem="Old problem")
    alice, bea = Browser(factory.join(session).client), Browser(factory.join(session).client)
    url = _url(session, option) + "/edit"
    stale = _form(option)
    alice.post(url, {**stale, "base_version": "1", "f_measure": "Alice's measure",
                     "f_problem": "Alice's problem"}, token_from=url)
    before = option_state(option), table_counts()
    conflict = bea.post(url, {**stale, "base_version": "1", "f_measure": "Bea's <b>measure",
                              "f_open_questions": "Bea asks"}, token_from=url)
    assert conflict.status_code == 409
    assert (option_state(option), table_counts()) == before
    page = conflict.get_data(as_text=True)
    assert 'name="base_version" value="2"' in page
    assert 'data-conflict="measure"' in page and 'data-conflict="problem"' not in page
    assert "<b>" not in page and "&lt;b&gt;" in page
    box = re.search(r'<textarea[^>]*name="f_measure"[^>]*>(.*?)</textarea>', page, re.S)
    assert box and "Alice&#39;s measure" in box.group(1)
    assert "Bea&#39;s &lt;b&gt;measure" in box.group(1)
    problem = re.search(r'<textarea[^>]*name="f_problem"[^>]*>(.*?)</textarea>', page, re.S)
    assert problem and problem.group(1).strip() == "Alice&#39;s problem"  # not her stale one
    # Bea saves the page as it came back, without touching it: nothing is lost.
    resubmit = {"base_version": "2", "f_title": option.fields["title"],
                "f_measure": "Alice's measure\n\nBea's <b>measure", "f_problem": "Alice's problem",
                "f_open_questions": "Bea asks"}
    assert bea.post(url, resubmit, token_from=url).status_code == 302
    fields = option_state(option)[2]
    assert "Alice's measure" in fields["measure"] and "Bea's <b>measure" in fields["measure"]
    assert fields["problem"] == "Alice's problem" and fields["open_questions"] == "Bea asks"


def test_a_form_without_or_with_a_forged_base_version_changes_nothing(factory, kit):
    session = factory.live_session()
    option = kit.option(session, measure="Original")
    bea = Browser(factory.join(session).client)
    url = _url(session, option) + "/edit"
    before = option_state(option), table_counts()
    for forged in ("", "0", "99", "-1", "1e9", "x"):
        response = bea.post(url, {**_form(option), "base_version": forged,
                                  "f_measure": "Sneaky"}, token_from=url)
        assert response.status_code in (400, 409, 422), forged
        assert (option_state(option), table_counts()) == before


def test_the_amendment_box_starts_from_the_current_text_of_the_chosen_field(factory, kit):
    session = factory.live_session()
    option = kit.option(session, problem="Shortage of nurses",
                        measure="A joint training fund\nwith two lines")
    joined = factory.join(session)
    page = joined.client.get(_url(session, option)).get_data(as_text=True)
    assert re.search(r'name="amend-text"[^>]*>\s*Joint skills fund</textarea>', page)
    assert f'href="{_url(session, option)}?amend=measure#amend"' in page
    page = joined.client.get(_url(session, option) + "?amend=measure").get_data(as_text=True)
    assert re.search(r'<option selected value="measure">|<option value="measure" selected',
                     page)
    assert re.search(r'name="amend-text"[^>]*>\s*A joint training fund\nwith two lines</textarea>',
                     page)
    for hostile in ("actors", "nonsense", "<script>", "x" * 5000):
        response = joined.client.get(_url(session, option), query_string={"amend": hostile})
        assert response.status_code == 200
        assert "<script>" not in response.get_data(as_text=True).split("</header>")[1]


def test_the_proposer_sees_their_pending_amendment_and_what_became_of_it(factory, kit):
    session = factory.live_session()
    option = kit.option(session, measure="A fund")
    joined, other = factory.join(session), factory.join(session)
    proposer = Browser(joined.client)
    url = _url(session, option)
    response = proposer.post(url + "/amend", {"amend-field_key": "measure",
                                              "amend-text": "A joint fund",
                                              "amend-reason": "clearer"}, token_from=url)
    assert response.status_code == 302
    page = joined.client.get(url).get_data(as_text=True)
    assert "Your amendments" in page and "A joint fund" in page
    assert _statuses(page) == ["waiting for the facilitator"]
    # Someone else sees neither the list nor the text.
    elsewhere = other.client.get(url).get_data(as_text=True)
    assert "A joint fund" not in elsewhere
    (amendment,) = services.pending_amendments(session)
    services.decide_amendment(amendment, False)
    db.session.commit()
    page = joined.client.get(url).get_data(as_text=True)
    assert _statuses(page) == ["not taken up"]


def test_the_proposer_sees_it_in_german_too(factory, kit):
    session = factory.live_session()
    option = kit.option(session, measure="Ein Fonds")
    joined = factory.join(session)
    proposer = Browser(joined.client)
    url = _url(session, option)
    proposer.post(url + "/amend", {"amend-field_key": "measure",
                                   "amend-text": "Ein gemeinsamer Fonds"}, token_from=url)
    proposer.post("/lang/de", {"next": url}, token_from=url)
    page = joined.client.get(url).get_data(as_text=True)
    assert "Ihre Änderungsvorschläge" in page
    assert _statuses(page) == ["wartet auf die Moderation"]
    assert "beginnt mit dem aktuellen Text" in page
