"""The canary test for networking by consent (DESIGN.md §2).

Here names do appear, but only to the participants who shared their own: the canary
people join, write, the session closes; two of them share (with values of their own
choosing, also canaries), the third does not. None of what was shared reaches the third
person, another session's participant, a visitor, the facilitator's pages (set-up, export,
console, projector), any export format, or any log line (the engine's included, at DEBUG).
"""

from __future__ import annotations

import logging

import pytest

from dialogue.export import services as export
from dialogue.extensions import db

from ..canary import CANARIES, CanaryWatch
from ..export.conftest import FORMATS, readable
from .conftest import share, withdraw

# What the two sharers type: canaries of their own, seen only by each other.
SHARED = [
    {"name": "Xylophon Q. Networkmeyer", "affiliation": "Quokkafisch Netzwerkamt",
     "contact": "https://xq-netcanary.example/card"},
    {"name": "Ingrid V.-T. Netcanary", "affiliation": "Freedonian Netcanary Desk",
     "contact": "+49 30 98765432"},
]


@pytest.fixture
def watch() -> CanaryWatch:
    return CanaryWatch()


def _shared_values() -> list[str]:
    return [value for card in SHARED for value in card.values()] + ["4930987654"]


def test_shared_contacts_reach_only_those_who_share(app, factory, facilitator_browser,
                                                    caplog):
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger="sqlalchemy")
    session = factory.live_session()
    people = []
    for name, email, affiliation, _acronym in CANARIES:
        people.append(factory.join(session, factory.roster_entry(
            session, name=name, email=email, affiliation=affiliation)))
    other_session = factory.live_session()
    elsewhere = factory.join(other_session)
    sid, code = session.public_id, session.code
    setup = f"/facilitate/{sid}"
    response = facilitator_browser.post(f"{setup}/close", {"confirm": "y"}, token_from=setup)
    assert response.status_code in (200, 302)
    db.session.expire_all()

    for person, card in zip(people, SHARED, strict=False):
        assert share(person, session, **card).status_code == 302
    sharer, other_sharer, bystander = people

    # The sharers see each other: the canary can be found (the watch is not blind).
    listing = sharer.client.get(f"/s/{code}/network").get_data(as_text=True)
    for value in SHARED[1].values():
        assert value in listing
    seen = CanaryWatch()
    seen.forbid(*_shared_values())
    seen.record("the list, to a sharer", listing)
    assert seen.leaks() != []

    # Everyone else, and everything else: none of it.
    watch = CanaryWatch()
    watch.forbid(*_shared_values())
    # The bystander also must not see the sharers' roster identities.
    for name, email, affiliation, _acronym in CANARIES[:2]:
        watch.forbid(name, email, affiliation, *name.split())
    visitor = app.test_client()
    for label, client in (("bystander", bystander.client), ("elsewhere", elsewhere.client),
                          ("visitor", visitor), ("facilitator", facilitator_browser.client)):
        for url in (f"/s/{code}", f"/s/{code}/network", f"/s/{code}/network/share",
                    f"/s/{code}/outcome"):
            response = client.get(url)
            watch.record(f"{label} GET {url}", response.get_data())
            watch.record(f"{label} headers {url}", dict(response.headers))
            if url.endswith("/network"):
                assert response.status_code in (403, 404), (label, url)
    # The facilitator's pages know the roster (its names are theirs to see), never the
    # shared cards: their own values are watched there.
    cards_only = CanaryWatch()
    cards_only.forbid(*_shared_values())
    for url in (setup, f"{setup}/export", f"{setup}/console", f"{setup}/projector",
                f"{setup}/invites.csv"):
        cards_only.record(f"facilitator GET {url}", facilitator_browser.get(url).get_data())
    # Every export format, built after the shares, and a release's downloads.
    built = export.build_export(session)
    for fmt in FORMATS:
        text = readable(fmt, export.render(built, fmt))
        watch.record(f"export {fmt}", text)
        cards_only.record(f"export {fmt}", text)
    release = export.release_export(session, session.owner, list(export.FORMATS), "en")
    export.set_shared(session, True)
    db.session.commit()
    for fmt in release.formats:
        data = sharer.client.get(f"/s/{code}/outcome/{fmt}").get_data()
        watch.record(f"released {fmt}", readable(fmt, data))
    # Withdrawing: the withdrawn person's card leaves the other sharer's list.
    assert withdraw(other_sharer, session).status_code == 302
    after = sharer.client.get(f"/s/{code}/network").get_data(as_text=True)
    gone = CanaryWatch()
    gone.forbid(*SHARED[1].values())
    gone.record("the list after a withdrawal", after)
    watch.record("the withdrawn person's view", other_sharer.client.get(
        f"/s/{code}/network").get_data())

    watch.record("log", "\n".join(record.getMessage() for record in caplog.records))
    cards_only.record("log", "\n".join(record.getMessage() for record in caplog.records))
    assert watch.leaks() == []
    assert cards_only.leaks() == []
    assert gone.leaks() == []
