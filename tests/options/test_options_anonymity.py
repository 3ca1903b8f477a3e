"""No page or payload about options tells a participant who wrote, edited, argued or rated."""

import logging

from ..canary import CANARIES, CanaryWatch
from ..conftest import Browser


def test_no_canary_or_author_ref_reaches_any_options_page_or_payload(live, caplog):
    caplog.set_level(logging.DEBUG)
    watch = CanaryWatch()
    option_id = live.option(measure="A fund both countries pay into")
    facilitator = live.facilitator()
    seats = []
    for name, email, affiliation, acronym in CANARIES:
        seat = live.participant(name=name, email=email, affiliation=affiliation,
                                group="Business")
        watch.forbid_entry(seat.entry)
        watch.forbid(acronym, live.factory.ref(live.reload(), seat.entry))
        seats.append(seat)
    first, second, third = seats

    acks = [
        first.emit("option_edit", {"option": option_id, "base_version": 1,
                                   "fields": {"problem": "Employers lack trainees"}}),
        second.emit("option_edit", {"option": option_id, "base_version": 1,
                                    "fields": {"problem": "Conflicting edit"}}),
        second.emit("amendment_propose", {"option": option_id, "field": "measure",
                                          "text": "A fund with employers"}),
        third.emit("argument_add", {"option": option_id, "side": "pro", "text": "Cheap"}),
    ]
    amendment_id = acks[2]["amendment"]
    # A merged edit from an old version, and the proposer told what became of theirs.
    acks.append(third.emit("option_edit", {"option": option_id, "base_version": 1,
                                           "fields": {"open_questions": "Who pays?"}}))
    acks.append(facilitator.emit("amendment_decide", {"amendment": amendment_id,
                                                      "accept": True}))
    argument_id = acks[3]["argument"]
    acks.append(first.emit("argument_vote", {"argument": argument_id}))
    rating = facilitator.emit("round_open", {"kind": "rating", "options": [option_id]})
    consent = facilitator.emit("round_open", {"kind": "consent", "options": [option_id]})
    for seat in seats:
        acks.append(seat.emit("rating_submit", {"round": rating["round"], "option": option_id,
                                                "scores": {"support": 4}}))
        acks.append(seat.emit("consent_submit", {"round": consent["round"],
                                                 "option": option_id, "choice": "block",
                                                 "reason": "Not with this budget"}))
    for found in (rating, consent):
        facilitator.emit("results_reveal", {"round": found["round"]})
    assert all(ack.get("ok") or ack.get("error") == "conflict" for ack in acks), acks

    watch.record("acks", acks)
    base = f"/s/{live.code}/options"
    for seat in seats:
        for url in (base, f"{base}/{option_id}", f"{base}/{option_id}/history",
                    f"{base}/{option_id}/edit", f"{base}/{option_id}?amend=measure"):
            watch.record(f"GET {url}", seat.client.get(url).get_data())
        # The conflict page of a form from the first version (both texts on it).
        conflict = Browser(seat.client).post(
            f"{base}/{option_id}/edit", {"base_version": "1", "f_title": "Joint skills fund",
                                         "f_problem": "Yet another problem"},
            token_from=f"{base}/{option_id}/edit")
        assert conflict.status_code == 409
        watch.record("conflict page", conflict.get_data())
        watch.record("snapshot", seat.emit("sync", {}))
        watch.record("events", seat.events())
    watch.record("log", "\n".join(record.getMessage() for record in caplog.records))
    assert len(watch.outputs) >= 20
    assert watch.leaks() == []


def test_the_facilitator_sees_group_results_but_never_who_rated(live, facilitator_browser):
    option_id = live.option()
    facilitator = live.facilitator()
    round_id = facilitator.emit("round_open", {"kind": "rating",
                                               "options": [option_id]})["round"]
    watch = CanaryWatch()
    for name, email, affiliation, _ in CANARIES:
        seat = live.participant(name=name, email=email, affiliation=affiliation,
                                group="Civil society")
        watch.forbid(live.factory.ref(live.reload(), seat.entry), seat.entry.public_id)
        seat.emit("rating_submit", {"round": round_id, "option": option_id,
                                    "scores": {"support": 3}})
    page = facilitator_browser.get(f"/facilitate/{live.sid}/options").get_data(as_text=True)
    watch.record("workspace", page)
    assert "Civil society" in page and watch.leaks() == []
