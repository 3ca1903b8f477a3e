"""Amendments: a participant proposes new text for one field; the facilitator decides."""

import pytest

from dialogue.extensions import db
from dialogue.options import services
from dialogue.options.history import history
from dialogue.refusals import Refused

from .conftest import option_state, table_counts


def test_an_accepted_amendment_becomes_a_revision_credited_anonymously(factory, kit):
    session = factory.live_session()
    option = kit.option(session, problem="Skills shortages")
    ref = kit.participant(session)
    amendment = services.propose_amendment(option, ref, "problem",
                                           "Skills shortages in care and crafts",
                                           reason="More precise")
    db.session.commit()
    assert option_state(option)[0] == 1  # a proposal alone changes nothing
    revision = services.decide_amendment(amendment, accept=True)
    db.session.commit()
    assert amendment.status == "accepted" and revision.kind == "amendment"
    assert revision.author_ref == ref and not revision.by_facilitator
    version, _, fields = option_state(option)
    assert (version, fields["problem"]) == (2, "Skills shortages in care and crafts")
    assert history(option, services.field_specs(session))[0]["kind"] == "amendment"


def test_a_rejected_amendment_leaves_the_text_alone(factory, kit):
    session = factory.live_session()
    option = kit.option(session, problem="Original")
    amendment = services.propose_amendment(option, kit.participant(session), "problem", "New")
    assert services.decide_amendment(amendment, accept=False) is None
    db.session.commit()
    assert amendment.status == "rejected"
    assert option_state(option)[2]["problem"] == "Original"


def test_an_amendment_is_decided_only_once(factory, kit):
    session = factory.live_session()
    option = kit.option(session)
    amendment = services.propose_amendment(option, kit.participant(session), "problem", "New")
    services.decide_amendment(amendment, accept=False)
    db.session.commit()
    before = option_state(option), table_counts()
    with pytest.raises(Refused) as refused:
        services.decide_amendment(amendment, accept=True)
    assert refused.value.code == "decided"
    db.session.rollback()
    assert (option_state(option), table_counts()) == before


def test_consolidated_options_are_still_amendable_but_parked_ones_are_not(factory, kit):
    session = factory.live_session()
    option = kit.option(session)
    ref = kit.participant(session)
    services.set_status(option, "consolidated")
    services.propose_amendment(option, ref, "measure", "Sharper wording")
    services.set_status(option, "parked")
    db.session.commit()
    before = table_counts()
    with pytest.raises(Refused) as refused:
        services.propose_amendment(option, ref, "measure", "Even sharper")
    assert refused.value.code == "parked"
    db.session.rollback()
    assert table_counts() == before


@pytest.mark.parametrize("field, text", [("colour", "red"), ("actors", "EU"),
                                         ("measure", "x" * 5000), ("title", "")])
def test_an_amendment_to_an_unknown_or_choice_field_or_too_long_is_refused(factory, kit, field,
                                                                          text):
    session = factory.live_session()
    option = kit.option(session)
    with pytest.raises(Refused) as refused:
        services.propose_amendment(option, kit.participant(session), field, text)
    assert refused.value.code == "invalid"
