"""Networking by consent on phones (375×667, touch), in English and German: after the
close, one person shares on the "Session ended" screen and sees the list, another who has
not shared is refused it, then shares and sees both; the first withdraws and is gone."""

from __future__ import annotations

import re

import pytest

from .conftest import (
    PHONE,
    check_accessibility,
    no_horizontal_scroll,
    screenshot,
    small_touch_targets,
    story_languages,
)
from .steps import create_session, log_in, open_next_item, open_setup_section, wait_live

pytestmark = pytest.mark.browser

LANGUAGES = {"en": "en-GB", "de": "de-DE"}
WORDS = {
    "en": {"ended": "Session ended", "offer": "Stay in touch", "share": "Share my contact",
           "send": "Share with the others who share", "list": "Who else shares",
           "see": "See who else shares", "you": "(you)", "withdraw": "Withdraw my contact",
           "refused": "only to those who share their own contact",
           "withdrawn": "has been deleted from the list", "contact": "How to reach you",
           "bad": "a web address"},
    "de": {"ended": "Sitzung beendet", "offer": "In Kontakt bleiben",
           "share": "Meinen Kontakt teilen", "send": "Mit den anderen teilen, die teilen",
           "list": "Wer noch teilt", "see": "Sehen, wer noch teilt", "you": "(Sie)",
           "withdraw": "Meinen Kontakt zurückziehen",
           "refused": "nur denen gezeigt, die ihren eigenen Kontakt teilen",
           "withdrawn": "wurde aus der Liste gelöscht", "contact": "So erreicht man Sie",
           "bad": "eine Webadresse"},
}


def _walk_in(people, code: str, name: str, lang: str):
    phone = people(name, locale=LANGUAGES[lang], **PHONE)
    phone.goto(f"/join/{code}")
    phone.page.locator("#name").fill(name)
    phone.page.locator("#affiliation").fill(f"Ministry of {name.split()[0]}")
    phone.page.locator("#stakeholder_group").select_option(index=1)
    phone.page.locator("main button[name=accept]").tap()
    phone.page.wait_for_url(f"**/s/{code}")
    wait_live(phone)
    return phone


def _fits_a_phone(page, where: str) -> None:
    check_accessibility(page, where)
    assert small_touch_targets(page) == [], where
    assert no_horizontal_scroll(page), where


def _share(phone, words, contact: str) -> None:
    page = phone.page
    offer = page.locator("[data-network-offer]")
    offer.wait_for(timeout=15000)
    assert words["offer"] in offer.inner_text()
    page.locator("[data-network-share-link]").tap()
    page.wait_for_url("**/network/share")
    _fits_a_phone(page, "share form")
    assert page.locator("#name").input_value() == phone.name  # prefilled from joining
    assert page.locator("#affiliation").input_value() == f"Ministry of {phone.name.split()[0]}"
    assert words["contact"] in page.locator("main").inner_text()
    page.locator("#contact").fill(contact)
    page.locator("main form[data-network-share] button[type=submit]").tap()


@story_languages("de")
def test_sharing_seeing_the_list_and_withdrawing_on_phones(people, lang):
    words = WORDS[lang]
    facilitator = people("facilitator")
    log_in(facilitator, check=False)
    setup, code = create_session(facilitator, check=False)
    open_next_item(facilitator, setup)
    ada = _walk_in(people, code, f"Ada Netlace {lang}", lang)
    ben = _walk_in(people, code, f"Ben Netbridge {lang}", lang)

    open_setup_section(facilitator, setup, "close")
    facilitator.page.locator("#close input[type=checkbox]").check()
    facilitator.page.locator("#close button[type=submit]").click()
    for phone in (ada, ben):  # the board turns into the "Session ended" screen
        phone.page.locator("[data-session-ended]").wait_for(timeout=15000)
        assert words["ended"] in phone.page.locator("main").inner_text()
    _fits_a_phone(ada.page, "session ended with the offer")
    screenshot(ada.page, f"h20c-phone-{lang}-ended-offer")

    # A contact that is none of the kinds: a clear error on the page, nothing shared.
    _share(ada, words, "call me maybe")
    assert words["bad"] in ada.page.locator(".errors").inner_text()
    _fits_a_phone(ada.page, "share form with an error")
    screenshot(ada.page, f"h20c-phone-{lang}-share-error")
    ada.page.locator("#contact").fill("ada.netlace@example.org")
    ada.page.locator("main form[data-network-share] button[type=submit]").tap()
    ada.page.wait_for_url(f"**/s/{code}/network")
    listing = ada.page.locator("[data-network-list]")
    assert f"Ada Netlace {lang}" in listing.inner_text()
    assert words["you"] in listing.inner_text()
    assert words["list"] in ada.page.locator("h1").inner_text()
    _fits_a_phone(ada.page, "the list")

    # Ben has not shared: the list is not his to see.
    response = ben.page.goto(ben.base_url + f"/s/{code}/network")
    assert response is not None and response.status == 403
    assert words["refused"] in ben.page.locator("main").inner_text()
    assert f"Ada Netlace {lang}" not in ben.page.content()
    ben.page.goto(ben.base_url + f"/s/{code}")
    _share(ben, words, "+49 30 1234567")
    ben.page.wait_for_url(f"**/s/{code}/network")
    names = ben.page.locator("[data-network-list] li strong").all_inner_texts()
    assert names == [f"Ada Netlace {lang}", f"Ben Netbridge {lang}"]  # by name
    assert ben.page.locator("[data-network-list] a[href^='mailto:']").count() == 1
    assert ben.page.locator("[data-network-list] a[href^='tel:']").count() == 1
    screenshot(ben.page, f"h20c-phone-{lang}-list")

    # The facilitator sees none of it.
    facilitator.goto(setup)
    assert "ada.netlace@example.org" not in facilitator.page.content()

    # Ada withdraws: she is back on the ended screen, offered to share again; Ben's list
    # no longer has her.
    ada.page.locator("[data-network-withdraw] button").tap()
    ada.page.wait_for_url(f"**/s/{code}")
    assert words["withdrawn"] in ada.page.locator("main").inner_text() + \
        ada.page.locator("body").inner_text()
    assert ada.page.locator("[data-network-share-link]").count() == 1
    _fits_a_phone(ada.page, "session ended after withdrawing")
    ben.page.reload()
    assert ben.page.locator("[data-network-list] li strong").all_inner_texts() == [
        f"Ben Netbridge {lang}"]
    response = ada.page.goto(ada.base_url + f"/s/{code}/network")
    assert response is not None and response.status == 403
    assert re.search(words["refused"], ada.page.locator("main").inner_text())
