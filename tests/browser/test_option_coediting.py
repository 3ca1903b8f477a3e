"""Option pages in a real room: live updates, co-editing that never loses text, and
amendments that start from the current text and come back to their proposer (issue 16).

In English and in German: every person joins, then switches the page language with the
header's language button, as a person would."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from .conftest import (
    LAPTOP,
    PHONE,
    Person,
    check_accessibility,
    no_horizontal_scroll,
    story_languages,
)
from .steps import create_session, join_as_walk_in, log_in, wait_live

pytestmark = pytest.mark.browser

SHOTS = Path("/tmp/h16b-shots")  # looked at by hand; not part of the repository

WORDS = {
    "en": {"updated": "Updated just now.", "untouched": "Someone else changed this field",
           "touched": "Someone else saved a new text", "conflict": "changed on both sides",
           "yours": "Your amendments", "pending": "waiting for the facilitator",
           "accepted": "accepted", "rejected": "not taken up", "round": "Round open",
           "discussion": "in discussion"},
    "de": {"updated": "Soeben aktualisiert.", "untouched": "Jemand anderes hat dieses Feld",
           "touched": "Jemand anderes hat für dieses Feld", "conflict": "auf beiden Seiten",
           "yours": "Ihre Änderungsvorschläge", "pending": "wartet auf die Moderation",
           "accepted": "angenommen", "rejected": "nicht übernommen", "round": "Runde offen",
           "discussion": "in Diskussion"},
}


def shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def in_language(person: Person, lang: str) -> None:
    """Switch this person's pages to ``lang`` with the header's button (if not already)."""
    if person.page.locator("html").get_attribute("lang") != lang:
        person.page.locator(".lang-switch button").click()
        # The button reloads the page; until the new document is parsed it has no <html>.
        person.page.wait_for_function(
            f"() => document.documentElement && document.documentElement.lang === '{lang}'")
        person.page.wait_for_load_state()


def create_option(facilitator: Person, setup: str, title: str, **fields: str) -> str:
    """From the options workspace; returns the option's public id."""
    facilitator.goto(setup + "/options")
    form = facilitator.page.locator("#create form")
    form.locator("#new-f_title").fill(title)
    for key, text in fields.items():
        form.locator(f"#new-f_{key}").fill(text)
    form.locator("button[type=submit]").click()
    facilitator.page.wait_for_load_state()
    link = facilitator.page.locator("#options a", has_text=title).first
    return link.get_attribute("href").rstrip("/").split("/")[-1]


def option_page(person: Person, code: str, option_id: str, edit: bool = False) -> None:
    person.goto(f"/s/{code}/options/{option_id}" + ("/edit" if edit else ""))
    wait_live(person)


def mark_no_reload(person: Person) -> None:
    person.page.evaluate("() => { window.__stayed = true; }")


def stayed(person: Person) -> bool:
    return person.page.evaluate("() => window.__stayed === true")


def field_text(person: Person, key: str) -> str:
    return person.page.locator(f"dd[data-field={key}] [data-field-text]").inner_text()


def room(people, lang: str):
    facilitator = people("facilitator", **LAPTOP)
    log_in(facilitator, check=False)
    setup, code = create_session(facilitator, check=False)
    option_id = create_option(facilitator, setup, "Joint skills fund",
                              measure="A fund both countries pay into")
    alice = people("alice", **LAPTOP)
    bea = people("bea", **PHONE)
    carol = people("carol", **PHONE)
    for person, name in ((alice, "Alice Canary"), (bea, "Bea Canary"), (carol, "Carol Canary")):
        join_as_walk_in(person, code, name, check=False)
        in_language(person, lang)
    in_language(facilitator, lang)
    return facilitator, setup, code, option_id, alice, bea, carol


@story_languages("en")
def test_two_people_edit_at_once_and_nobody_loses_a_word(people, lang):
    words = WORDS[lang]
    facilitator, setup, code, option_id, alice, bea, carol = room(people, lang)

    # Carol reads the option page; Alice and Bea open the edit form at the same version.
    option_page(carol, code, option_id)
    mark_no_reload(carol)
    option_page(alice, code, option_id, edit=True)
    option_page(bea, code, option_id, edit=True)
    mark_no_reload(bea)

    # -- Different fields: Alice rewrites the measure, Bea (not touching it) adds costs.
    alice.page.locator("#f_measure").fill("A joint fund, paid in by both countries")
    alice.page.locator("main form button[type=submit]").click()
    alice.page.wait_for_url(re.compile(rf"/options/{option_id}$"))
    # Bea had not touched the measure: her box now shows Alice's text, with a notice.
    bea.page.wait_for_function(
        "() => document.querySelector('#f_measure').value.startsWith('A joint fund')")
    assert bea.page.locator("#f_measure").input_value() == (
        "A joint fund, paid in by both countries")
    notice = bea.page.locator("[data-option-field=measure] [data-field-notice]")
    assert words["untouched"] in notice.inner_text()
    assert stayed(bea)
    # Carol's page shows the new text in place, without a reload.
    carol.page.locator("dd[data-field=measure]", has_text="A joint fund").wait_for()
    assert words["updated"] in carol.page.locator("[data-option-updated]").inner_text()
    assert stayed(carol)
    shot(carol.page, f"{lang}-phone-option-updated-live")

    bea.page.locator("#f_costs_risks").fill("About two million euros a year")
    bea.page.locator("main form button[type=submit]").click()
    bea.page.wait_for_url(re.compile(rf"/options/{option_id}$"))
    # Both edits are in: merged by field, no conflict.
    assert field_text(bea, "measure") == "A joint fund, paid in by both countries"
    assert field_text(bea, "costs_risks") == "About two million euros a year"
    carol.page.locator("dd[data-field=costs_risks]", has_text="two million").wait_for()
    assert stayed(carol)

    # -- The same field: both write open questions; Alice saves first.
    option_page(alice, code, option_id, edit=True)
    option_page(bea, code, option_id, edit=True)
    alice.page.locator("#f_open_questions").fill("Who pays first?")
    bea.page.locator("#f_open_questions").fill("Which ministry leads?")
    alice.page.locator("main form button[type=submit]").click()
    alice.page.wait_for_url(re.compile(rf"/options/{option_id}$"))
    # Bea is typing there: her text stays, the new text shows beside the box.
    notice = bea.page.locator("[data-option-field=open_questions] [data-field-notice]")
    notice.wait_for()
    assert words["touched"] in notice.inner_text() and "Who pays first?" in notice.inner_text()
    assert bea.page.locator("#f_open_questions").input_value() == "Which ministry leads?"
    shot(bea.page, f"{lang}-phone-edit-changed-underneath")
    bea.page.locator("main form button[type=submit]").click()
    # The conflict page shows both versions and the box holds both texts.
    versions = bea.page.locator("[data-conflict=open_questions]")
    versions.wait_for()
    assert words["conflict"] in versions.inner_text()
    assert "Who pays first?" in versions.locator("[data-version=theirs]").inner_text()
    assert "Which ministry leads?" in versions.locator("[data-version=mine]").inner_text()
    box = bea.page.locator("#f_open_questions").input_value()
    assert "Who pays first?" in box and "Which ministry leads?" in box
    # Fields that were not in conflict hold the current text, not a stale one.
    assert bea.page.locator("#f_costs_risks").input_value() == "About two million euros a year"
    assert no_horizontal_scroll(bea.page)
    check_accessibility(bea.page, f"edit conflict ({lang})")
    shot(bea.page, f"{lang}-phone-edit-conflict")
    bea.page.set_viewport_size(LAPTOP["viewport"])
    shot(bea.page, f"{lang}-laptop-edit-conflict")
    bea.page.set_viewport_size(PHONE["viewport"])
    # Saving again as most people would: nobody's words are lost.
    bea.page.locator("main form button[type=submit]").click()
    bea.page.wait_for_url(re.compile(rf"/options/{option_id}$"))
    questions = field_text(bea, "open_questions")
    assert "Who pays first?" in questions and "Which ministry leads?" in questions
    assert field_text(bea, "measure") == "A joint fund, paid in by both countries"
    carol.page.locator("dd[data-field=open_questions]", has_text="Which ministry").wait_for()
    assert stayed(carol)


@story_languages("de")
def test_amendments_start_from_the_text_and_come_back_to_their_proposer(people, lang):
    words = WORDS[lang]
    facilitator, setup, code, option_id, alice, bea, carol = room(people, lang)
    option_page(bea, code, option_id)

    # -- The amendment box starts from the field's current text.
    bea.page.locator("dd[data-field=measure] [data-amend-link]").click()
    bea.page.wait_for_url(re.compile(r"amend=measure"))
    wait_live(bea)
    box = bea.page.locator("#amend-text")
    assert box.input_value() == "A fund both countries pay into"
    assert bea.page.locator("#amend-field_key").input_value() == "measure"
    # Choosing another field starts from that field's text (the title here).
    bea.page.locator("#amend-field_key").select_option("title")
    assert box.input_value() == "Joint skills fund"
    bea.page.locator("#amend-field_key").select_option("measure")
    assert box.input_value() == "A fund both countries pay into"
    box.fill(box.input_value() + ", for five years")
    bea.page.locator("[data-amend-form] button[type=submit]").click()
    bea.page.wait_for_load_state()
    wait_live(bea)
    mine = bea.page.locator("[data-own-amendments]")
    assert words["yours"] in mine.inner_text()
    assert "for five years" in mine.inner_text()
    assert mine.locator("[data-amendment-status]").inner_text().strip() == words["pending"]
    mark_no_reload(bea)
    assert no_horizontal_scroll(bea.page)
    check_accessibility(bea.page, f"own amendment ({lang})")
    shot(bea.page, f"{lang}-phone-own-amendment-pending")

    # Nobody else sees it on their page.
    option_page(carol, code, option_id)
    assert carol.page.locator("[data-own-amendments]").is_hidden()
    assert "for five years" not in carol.page.locator("main").inner_text()
    mark_no_reload(carol)

    # -- The facilitator accepts it: Bea's open page shows what became of it, live.
    facilitator.goto(setup + "/options")
    facilitator.page.locator("#amendments form[action$='/accept'] button").click()
    facilitator.page.wait_for_load_state()
    status = mine.locator("[data-amendment-status]")
    status.filter(has_text=words["accepted"]).wait_for()
    bea.page.locator("dd[data-field=measure]", has_text="for five years").wait_for()
    carol.page.locator("dd[data-field=measure]", has_text="for five years").wait_for()
    assert stayed(bea) and stayed(carol)
    shot(bea.page, f"{lang}-phone-own-amendment-accepted")

    # -- A second one, rejected: also shown to her, and the text stays as it was.
    bea.page.locator("dd[data-field=problem] [data-amend-link]").click()
    bea.page.wait_for_url(re.compile(r"amend=problem"))
    wait_live(bea)
    assert bea.page.locator("#amend-text").input_value() == ""
    bea.page.locator("#amend-text").fill("Too few skilled workers")
    bea.page.locator("[data-amend-form] button[type=submit]").click()
    bea.page.wait_for_load_state()
    wait_live(bea)
    mark_no_reload(bea)
    facilitator.goto(setup + "/options")
    facilitator.page.locator("#amendments form[action$='/reject'] button").click()
    facilitator.page.wait_for_load_state()
    rejected = bea.page.locator("[data-own-amendments] li[data-status=rejected]")
    rejected.wait_for()
    assert words["rejected"] in rejected.inner_text()
    assert stayed(bea)
    bea.page.set_viewport_size(LAPTOP["viewport"])
    shot(bea.page, f"{lang}-laptop-own-amendments")


@story_languages("en")
def test_the_options_list_and_page_follow_status_rounds_and_arguments_live(people, lang):
    words = WORDS[lang]
    facilitator, setup, code, option_id, alice, bea, carol = room(people, lang)
    carol.goto(f"/s/{code}/options")
    wait_live(carol)
    mark_no_reload(carol)
    option_page(bea, code, option_id)
    mark_no_reload(bea)

    # A new option appears in the list.
    second = create_option(facilitator, setup, "Visa fast lane")
    carol.page.locator(f"#option-{second}", has_text="Visa fast lane").wait_for()
    # A status change shows in the list and on the option page.
    facilitator.goto(setup + "/options")
    facilitator.page.locator(f"#option-{option_id} select").select_option("discussion")
    facilitator.page.locator(f"#option-{option_id} .status-form button").click()
    facilitator.page.wait_for_load_state()
    carol.page.locator(f"#option-{option_id} .badge-option-discussion").wait_for()
    assert words["discussion"] in carol.page.locator(f"#option-{option_id}").inner_text()
    bea.page.locator("[data-option-status] .badge-option-discussion").wait_for()

    # An argument appears on the option page.
    option_page(alice, code, option_id)
    alice.page.locator("details summary").first.click()
    alice.page.locator("input[name=arg-side][value=pro]").check()
    alice.page.locator("#arg-text").fill("Both sides gain skilled people")
    alice.page.locator("details form button[type=submit]").click()
    alice.page.wait_for_load_state()
    bea.page.locator("[data-arguments=pro] li", has_text="Both sides gain").wait_for()

    # A consent round on the option: the list marks it, the page shows the form.
    facilitator.goto(setup + "/options")
    rounds = facilitator.page.locator("#rounds form")
    rounds.locator("input[value=consent]").check()
    rounds.locator(f"input[value='{option_id}']").check()
    rounds.locator("button[type=submit]").click()
    facilitator.page.wait_for_load_state()
    carol.page.locator(f"#option-{option_id} [data-option-round]:visible").wait_for()
    assert words["round"] in carol.page.locator(f"#option-{option_id}").inner_text()
    assert carol.page.locator(f"#option-{second} [data-option-round]").is_hidden()
    bea.page.locator("[data-live-part=rounds] input[name=consent-choice]").first.wait_for()
    assert stayed(carol) and stayed(bea)
    check_accessibility(carol.page, f"options list, live ({lang})")
    shot(carol.page, f"{lang}-phone-options-list-live")
    shot(bea.page, f"{lang}-phone-option-round-live")
    # Bea answers with the form that arrived live.
    bea.page.locator("input[name=consent-choice][value=agree]").check()
    bea.page.locator("[data-live-part=rounds] button[type=submit]").click()
    bea.page.wait_for_load_state()
    assert bea.page.locator("[data-live-part=rounds] .flash-success").count() == 1
