"""Stories about the session's other texts: the facilitator writes criteria, option fields
and group names in both languages on the set-up page, and each reader gets theirs."""

from dialogue.extensions import db


def _texts(facilitator_browser, session, values: dict):
    url = f"/facilitate/{session.public_id}"
    return facilitator_browser.post(f"{url}/texts", values, token_from=url)


def test_facilitator_writes_a_criterion_and_a_group_in_german_and_a_german_reader_sees_them(
        facilitator_browser, factory, client):
    session = factory.live_session()
    response = _texts(facilitator_browser, session, {
        "c_support_label": "Backing", "c_support_label_de": "Rückhalt",
        "g_1_de": "Unternehmen"})
    assert response.status_code == 302
    db.session.refresh(session)
    criterion = session.criteria[0]
    assert (criterion.label, criterion.label_de) == ("Backing", "Rückhalt")
    assert criterion.description_de == "Wie stark unterstützen Sie diese Option?"  # kept
    assert session.stakeholder_groups[1] == "Business"  # the stored name stays
    assert session.stakeholder_groups_de[1] == "Unternehmen"
    page = client.get(f"/join/{session.code}", headers={"Accept-Language": "de"})
    html = page.get_data(as_text=True)
    assert "Unternehmen" in html and 'value="Business"' in html and "Wirtschaft" not in html


def test_the_set_up_page_offers_every_text_in_both_languages(facilitator_browser, factory):
    session = factory.session("migration-agreements")
    page = facilitator_browser.get(f"/facilitate/{session.public_id}",
                                   headers={"Accept-Language": "de"}).get_data(as_text=True)
    assert 'value="Akzeptanz im Partnerland"' in page  # criterion label, German
    assert 'value="Nutzen für das Partnerland"' in page  # option field label, German
    assert 'value="Botschaften der Partnerländer"' in page  # group, German


def test_a_too_long_text_or_an_empty_english_label_is_refused_and_nothing_changes(
        facilitator_browser, factory):
    session = factory.session()
    before = [(c.label, c.label_de) for c in session.criteria]
    for values in ({"c_support_label": ""}, {"c_support_label_de": "x" * 121},
                   {"g_0_de": "y" * 101}):
        response = _texts(facilitator_browser, session, values)
        assert response.status_code == 400
    db.session.refresh(session)
    assert [(c.label, c.label_de) for c in session.criteria] == before
    assert "y" * 101 not in session.stakeholder_groups_de


def test_texts_of_a_closed_session_cannot_change(facilitator_browser, factory):
    session = factory.session(status="closed")
    response = _texts(facilitator_browser, session, {"c_support_label_de": "Neu"})
    assert response.status_code in (400, 409)
    db.session.refresh(session)
    assert session.criteria[0].label_de == "Zustimmung"
