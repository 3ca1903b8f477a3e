"""Attribution by choice on phones (h19a): on an item on the record a participant ticks
"Post under my name"; the post shows "— Name, Affiliation" on another phone and on the
projector. Another post on the same item, unticked, shows no name. English and German."""

from __future__ import annotations

import pytest

from .conftest import PHONE, check_accessibility, screenshot, small_touch_targets, story_languages
from .steps import (
    create_session,
    log_in,
    open_next_item,
    open_setup_section,
    projector_on,
    wait_live,
)

pytestmark = pytest.mark.browser

LANGUAGES = {"en": "en-GB", "de": "de-DE"}
WORDS = {
    "en": {"box": "Post under my name", "shown": "Shown as: Ada Held, BMZ",
           "under": "Under your name"},
    "de": {"box": "Unter meinem Namen veröffentlichen", "shown": "Angezeigt als: Ada Held, BMZ",
           "under": "Unter Ihrem Namen"},
}


def walk_in(people, code: str, name: str, affiliation: str, lang: str):
    phone = people(name, locale=LANGUAGES[lang], **PHONE)
    phone.goto(f"/join/{code}")
    phone.page.locator("#name").fill(name)
    phone.page.locator("#affiliation").fill(affiliation)
    phone.page.locator("#stakeholder_group").select_option(index=1)
    phone.page.locator("main button[name=accept]").tap()
    phone.page.wait_for_url(f"**/s/{code}")
    wait_live(phone)
    return phone


def first_item_on_the_record(facilitator, setup: str) -> None:
    open_setup_section(facilitator, setup, "agenda")
    item = facilitator.page.locator("li.agenda-item").first
    item.locator("details > summary").click()
    item.locator("input[name$=on_the_record]").check()
    item.locator("details form button[type=submit]").click()
    facilitator.page.wait_for_load_state()


@story_languages("de")
def test_a_phone_posts_under_its_name_and_the_room_sees_it(people, lang):
    words = WORDS[lang]
    facilitator = people("facilitator")
    log_in(facilitator, check=False)
    setup, code = create_session(facilitator, check=False)
    first_item_on_the_record(facilitator, setup)
    open_next_item(facilitator, setup)
    projector = projector_on(people, setup)
    ada = walk_in(people, code, "Ada Held", "BMZ", lang)
    ben = walk_in(people, code, "Ben Okafor", "Kiezladen", lang)

    page = ada.page
    box = page.get_by_label(words["box"])
    box.wait_for()
    assert words["shown"] in page.locator("[data-attribute]").inner_text()
    check_accessibility(page, f"post form with the attribution box ({lang})")
    assert not small_touch_targets(page)
    page.locator("#post-text").fill(f"Fund the language courses ({lang})")
    box.tap()
    assert box.is_checked()
    screenshot(page, f"h19a-phone-{lang}-attribute-box")
    page.locator("[data-post-submit]").tap()
    own = page.locator(".board-item.mine", has_text=f"Fund the language courses ({lang})")
    own.locator(".attribution").wait_for()
    assert own.locator(".attribution").inner_text() == "— Ada Held, BMZ"
    assert words["under"] in own.inner_text()
    assert not box.is_checked()  # the next post is anonymous unless ticked again

    # An unticked post on the same item: no name anywhere.
    ben.page.locator("#post-text").fill(f"Shorter visa queues ({lang})")
    ben.page.locator("[data-post-submit]").tap()

    other = ben.page.locator(".board-item", has_text=f"Fund the language courses ({lang})")
    other.locator(".attribution").wait_for()
    assert other.locator(".attribution").inner_text() == "— Ada Held, BMZ"
    screenshot(ben.page, f"h19a-phone-{lang}-attributed-post")
    on_ada = page.locator(".board-item", has_text=f"Shorter visa queues ({lang})")
    on_ada.wait_for()
    assert on_ada.locator(".attribution").count() == 0
    assert "Ben Okafor" not in page.locator("main").inner_text()

    shown = projector.page.locator(".projector-item, .spotlight-item",
                                   has_text=f"Fund the language courses ({lang})")
    shown.locator(".attribution").wait_for()
    assert shown.locator(".attribution").inner_text() == "— Ada Held, BMZ"
    plain = projector.page.locator(".projector-item", has_text=f"Shorter visa queues ({lang})")
    plain.wait_for()
    assert plain.locator(".attribution").count() == 0
    screenshot(projector.page, f"h19a-projector-{lang}-attributed-post")

    # The facilitator's console shows the name too (and never Ben's).
    facilitator.goto(setup + "/console")
    wait_live(facilitator)
    moderated = facilitator.page.locator("main li", has_text=f"Fund the language courses ({lang})")
    moderated.locator(".attribution").first.wait_for()
    assert moderated.locator(".attribution").first.inner_text() == "— Ada Held, BMZ"
    assert "Ben Okafor" not in facilitator.page.locator("main").inner_text()
