"""A facilitator creates a session from a template and edits it; others cannot touch it."""

import sqlalchemy as sa

from dialogue.cli import cli
from dialogue.extensions import db
from dialogue.models import DialogueSession


def _setup_url(session):
    return f"/facilitate/{session.public_id}"


def test_facilitator_creates_a_session_from_a_template(facilitator_browser, app):
    page = facilitator_browser.get("/facilitate/new").get_data(as_text=True)
    assert "Mixed migration" in page or "mixed" in page.lower()
    response = facilitator_browser.post("/facilitate/new", {"template": "migration-agreements"},
                                        token_from="/facilitate/new")
    assert response.status_code == 302
    session = db.session.scalar(sa.select(DialogueSession))
    assert session.template_slug == "migration-agreements"
    assert len(session.agenda) >= 4 and len(session.criteria) >= 3
    assert len(session.code) == 6 and len(session.public_id) == 32
    assert session.author_key is not None and len(session.author_key) == 32
    setup = facilitator_browser.get(response.headers["Location"]).get_data(as_text=True)
    assert session.code in setup


def test_unknown_template_is_refused_and_creates_nothing(facilitator_browser):
    response = facilitator_browser.post("/facilitate/new", {"template": "../etc/passwd"},
                                        token_from="/facilitate/new")
    assert response.status_code == 400
    assert db.session.scalar(sa.select(sa.func.count()).select_from(DialogueSession)) == 0


def test_public_ids_and_codes_are_random_not_sequential(factory):
    sessions = [factory.session() for _ in range(3)]
    assert len({s.code for s in sessions}) == 3
    assert all(not s.public_id.isdigit() for s in sessions)
    assert len({s.public_id[:8] for s in sessions}) == 3


def test_facilitator_edits_settings(facilitator_browser, factory):
    session = factory.session()
    response = facilitator_browser.post(f"{_setup_url(session)}/settings", {
        "title": "Training partnerships – taster", "description": "New text", "language": "de",
        "k_anonymity": "6", "max_contribution_length": "800"}, token_from=_setup_url(session))
    assert response.status_code == 302
    db.session.refresh(session)
    assert (session.title, session.language, session.k_anonymity) == (
        "Training partnerships – taster", "de", 6)
    assert session.participants_may_create_options is False


def test_settings_out_of_range_are_refused_and_nothing_changes(facilitator_browser, factory):
    session = factory.session()
    before = (session.title, session.k_anonymity)
    response = facilitator_browser.post(f"{_setup_url(session)}/settings", {
        "title": "", "language": "en", "k_anonymity": "1", "max_contribution_length": "10"},
        token_from=_setup_url(session))
    assert response.status_code == 400
    db.session.refresh(session)
    assert (session.title, session.k_anonymity) == before


def test_facilitator_adds_moves_and_removes_agenda_items(facilitator_browser, factory):
    session = factory.session()
    url = _setup_url(session)
    response = facilitator_browser.post(f"{url}/agenda", {
        "new-title": "Wrap-up", "new-question": "What do we take home?",
        "new-board_kind": "questions"}, token_from=url)
    assert response.status_code == 302
    db.session.refresh(session)
    added = session.agenda[-1]
    added_id = added.public_id
    assert (added.title, added.board_kind) == ("Wrap-up", "questions")
    facilitator_browser.post(f"{url}/agenda/{added_id}/up", token_from=url)
    db.session.expire_all()
    assert session.agenda[-2].public_id == added_id
    facilitator_browser.post(f"{url}/agenda/{added_id}/remove", token_from=url)
    db.session.expire_all()
    assert added_id not in [item.public_id for item in session.agenda]
    assert len(session.agenda) == 3


def test_facilitator_opens_advances_and_finishes_items(facilitator_browser, factory):
    session = factory.session()
    url = _setup_url(session)
    first, second = session.agenda[0], session.agenda[1]
    facilitator_browser.post(f"{url}/next", token_from=url)
    db.session.refresh(session)
    assert session.status == "live" and session.current_item.public_id == first.public_id
    facilitator_browser.post(f"{url}/next", token_from=url)
    db.session.refresh(first)
    db.session.refresh(second)
    assert (first.state, second.state) == ("done", "open")
    facilitator_browser.post(f"{url}/agenda/{second.public_id}/lock", token_from=url)
    db.session.refresh(second)
    assert second.state == "locked"


def test_opened_item_cannot_be_removed(facilitator_browser, factory):
    session = factory.live_session()
    url = _setup_url(session)
    response = facilitator_browser.post(f"{url}/agenda/{session.agenda[0].public_id}/remove",
                                        token_from=url)
    assert response.status_code == 409
    db.session.refresh(session)
    assert len(session.agenda) == 3


def test_another_facilitator_cannot_see_or_change_the_session(app, factory):
    from .conftest import Browser

    session = factory.session()
    factory.make_facilitator("other@example.org")
    other = Browser(app.test_client())
    other.post("/facilitate/login", {"email": "other@example.org",
                                     "password": factory.password},
               token_from="/facilitate/login")
    assert other.get(_setup_url(session)).status_code == 404
    response = other.post(f"{_setup_url(session)}/settings", {
        "title": "Hijacked", "language": "en", "k_anonymity": "5",
        "max_contribution_length": "1000"}, token_from="/facilitate/")
    assert response.status_code == 404
    db.session.refresh(session)
    assert session.title != "Hijacked"


def test_anonymous_visitor_is_sent_to_login(client, factory):
    session = factory.session()
    response = client.get(_setup_url(session))
    assert response.status_code == 302 and "/facilitate/login" in response.headers["Location"]


def test_qr_code_is_an_svg_of_the_join_page(facilitator_browser, factory):
    session = factory.session()
    response = facilitator_browser.get(f"{_setup_url(session)}/qr.svg")
    assert response.status_code == 200 and response.mimetype == "image/svg+xml"
    assert b"<svg" in response.data


def test_cli_loads_a_template_into_a_session(runner, factory):
    assert factory.facilitator.id  # the only facilitator becomes the owner
    result = runner.invoke(cli, ["session", "load", "sessions/mixed-migration.toml"])
    assert result.exit_code == 0, result.output
    assert db.session.scalar(sa.select(DialogueSession)).template_slug == "mixed-migration"


def test_cli_refuses_a_malformed_template_naming_file_line_and_field(runner, factory, tmp_path):
    assert factory.facilitator.id
    bad = tmp_path / "broken.toml"
    bad.write_text('title = {en = "T", de = "T"}\ndescription = {en = "D", de = "D"}\n'
                   'stakeholder_groups = [{en = "A", de = "A"}]\n\n'
                   '[[agenda]]\ntitle = {en = "Opening", de = "Start"}\n\n'
                   '[[criteria]]\nkey = "support"\nlabel = {en = "Support", de = "Zustimmung"}\n')
    result = runner.invoke(cli, ["session", "load", str(bad)])
    assert result.exit_code != 0
    assert "broken.toml:5" in result.output and "agenda[0].question" in result.output
    assert db.session.scalar(sa.select(sa.func.count()).select_from(DialogueSession)) == 0


def test_cli_refuses_a_missing_file(runner, factory):
    result = runner.invoke(cli, ["session", "load", "sessions/nope.toml"])
    assert result.exit_code != 0 and "no such file" in result.output


def test_invalid_agenda_edit_shows_the_error_and_changes_nothing(facilitator_browser, factory):
    session = factory.session()
    item = session.agenda[0]
    before = (item.title, item.question)
    url = _setup_url(session)
    response = facilitator_browser.post(f"{url}/agenda/{item.public_id}", {
        f"{item.public_id}-title": "", f"{item.public_id}-question": "x" * 1001,
        f"{item.public_id}-board_kind": "wall"}, token_from=url)
    assert response.status_code == 400
    assert "Not a valid choice" in response.get_data(as_text=True)
    db.session.refresh(item)
    assert (item.title, item.question) == before


def test_unknown_agenda_action_is_refused(facilitator_browser, factory):
    session = factory.session()
    url = _setup_url(session)
    response = facilitator_browser.post(f"{url}/agenda/{session.agenda[0].public_id}/explode",
                                        token_from=url)
    assert response.status_code == 400


def test_facilitator_writes_title_and_agenda_in_both_languages_and_each_reader_gets_theirs(
        facilitator_browser, factory, app):
    session = factory.live_session()
    setup = _setup_url(session)
    response = facilitator_browser.post(f"{setup}/settings", {
        "title": "Skills partnerships", "title_de": "Qualifizierungspartnerschaften",
        "description": "", "language": "en", "k_anonymity": "5",
        "max_contribution_length": "800"}, token_from=setup)
    assert response.status_code == 302
    item = session.agenda[0]
    response = facilitator_browser.post(f"{setup}/agenda/{item.public_id}", {
        f"{item.public_id}-title": "Welcome", f"{item.public_id}-title_de": "Willkommen",
        f"{item.public_id}-question": "Who are you?",
        f"{item.public_id}-question_de": "Wer sind Sie?",
        f"{item.public_id}-board_kind": "contributions"}, token_from=setup)
    assert response.status_code == 302
    joined = factory.join(session)
    german = joined.client.get(f"/s/{session.code}", headers={"Accept-Language": "de"})
    text = german.get_data(as_text=True)
    assert "Qualifizierungspartnerschaften" in text and "Willkommen" in text
    assert "Wer sind Sie?" in text and "Skills partnerships" not in text
    english = joined.client.get(f"/s/{session.code}", headers={"Accept-Language": "en"})
    assert "Skills partnerships" in english.get_data(as_text=True)
    assert "Willkommen" not in english.get_data(as_text=True)


def test_a_settings_post_without_the_german_fields_keeps_the_german_texts(
        facilitator_browser, factory):
    session = factory.session()
    german = session.title_de
    assert german  # the demo template's German title
    response = facilitator_browser.post(f"{_setup_url(session)}/settings", {
        "title": "New English title", "language": "en", "k_anonymity": "5",
        "max_contribution_length": "800"}, token_from=_setup_url(session))
    assert response.status_code == 302
    db.session.refresh(session)
    assert (session.title, session.title_de) == ("New English title", german)
