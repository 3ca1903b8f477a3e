"""The set-up hands out the session: date and place, the join QR code full screen and as
files, and a printable sheet with one page per participant."""

import io
import re
from datetime import date
from pathlib import Path

from dialogue.export.build import ExportBuilder
from dialogue.extensions import db


def _setup(session) -> str:
    return f"/facilitate/{session.public_id}"


def _settings(session, **changes) -> dict:
    values = {"title": session.title, "description": "", "language": "en",
              "k_anonymity": "5", "max_contribution_length": "800"}
    values.update(changes)
    return values


def test_facilitator_sets_date_and_place_and_participants_see_them(
        app, facilitator_browser, factory):
    session = factory.live_session()
    response = facilitator_browser.post(f"{_setup(session)}/settings", _settings(
        session, meets_on="2026-03-04", place="  Berlin, Europasaal  "),
        token_from=_setup(session))
    assert response.status_code == 302
    db.session.refresh(session)
    assert (session.meets_on, session.place) == (date(2026, 3, 4), "Berlin, Europasaal")
    walk_in = app.test_client().get(f"/join/{session.code}").get_data(as_text=True)
    assert 'datetime="2026-03-04"' in walk_in and "Berlin, Europasaal" in walk_in
    joined = factory.join(session)
    rule = joined.client.get(f"/s/{session.code}/rule").get_data(as_text=True)
    assert "March 4, 2026" in rule and "Berlin, Europasaal" in rule
    with app.test_request_context():
        assert ExportBuilder(session, "en", redact=True).build().date == "2026-03-04"


def test_date_is_shown_in_german_on_the_join_screen(app, factory):
    session = factory.live_session(meets_on=date(2026, 3, 4), place="Bonn")
    client = app.test_client()
    page = client.get(f"/join/{session.code}", headers={"Accept-Language": "de"})
    assert "4. März 2026" in page.get_data(as_text=True)


def test_a_bad_date_or_a_long_place_is_refused_and_nothing_changes(
        facilitator_browser, factory):
    session = factory.session()
    for changes, message in (({"meets_on": "04.03.2026"}, "Not a valid date value"),
                             ({"place": "x" * 201}, "200")):
        response = facilitator_browser.post(f"{_setup(session)}/settings",
                                            _settings(session, **changes),
                                            token_from=_setup(session))
        assert response.status_code == 400
        assert message in response.get_data(as_text=True)
        db.session.refresh(session)
        assert session.meets_on is None and session.place == ""


def test_join_qr_code_downloads_as_png_and_svg_and_shows_full_screen(
        facilitator_browser, factory):
    session = factory.session()
    png = facilitator_browser.get(f"{_setup(session)}/join-qr.png")
    assert png.status_code == 200 and png.mimetype == "image/png"
    assert png.data.startswith(b"\x89PNG\r\n\x1a\n")
    assert f"join-{session.code}.png" in png.headers["Content-Disposition"]
    assert png.headers["Content-Disposition"].startswith("attachment")
    svg = facilitator_browser.get(f"{_setup(session)}/join-qr.svg")
    assert svg.mimetype == "image/svg+xml" and b"<svg" in svg.data
    assert f"join-{session.code}.svg" in svg.headers["Content-Disposition"]
    page = facilitator_browser.get(f"{_setup(session)}/qr").get_data(as_text=True)
    assert "qr-full-image" in page and session.code in page
    setup = facilitator_browser.get(_setup(session)).get_data(as_text=True)
    for target in ("/qr", "/join-qr.png", "/join-qr.svg"):
        assert f'href="{_setup(session)}{target}"' in setup


def test_png_is_large_enough_to_print_and_encodes_the_join_page(
        app, facilitator_browser, factory):
    from PIL import Image

    from dialogue.join.qr import join_qr_png

    session = factory.session()
    png = facilitator_browser.get(f"{_setup(session)}/join-qr.png").data
    width, height = Image.open(io.BytesIO(png)).size
    assert width == height >= 500
    page = facilitator_browser.get(_setup(session)).get_data(as_text=True)
    join_url = re.search(r'id="join-url" readonly value="([^"]+)"', page).group(1)
    assert join_url.endswith(f"/join/{session.code}")
    assert png == join_qr_png(join_url)


def test_invitation_sheet_has_one_page_per_invited_person_with_only_their_name(
        app, facilitator_browser, factory):
    session = factory.live_session(place="Berlin")
    anna = factory.roster_entry(session, name="Anna Müller", affiliation="Auswärtiges Amt")
    ben = factory.roster_entry(session, name="Ben Okafor", affiliation="GIZ")
    gone = factory.roster_entry(session, name="Removed Person")
    gone.revoked = True
    walk_in = factory.roster_entry(session, name="Walk In Person")
    walk_in.walk_in = True
    db.session.commit()
    page = facilitator_browser.get(f"{_setup(session)}/invitations").get_data(as_text=True)
    pages = re.findall(r"<article class=\"invitation-page\".*?</article>", page, re.S)
    assert len(pages) == 2
    for own, other in ((pages[0], "Ben Okafor"), (pages[1], "Anna Müller")):
        assert other not in own
        assert "Auswärtiges Amt" not in own and "GIZ" not in own and "@example.org" not in own
        assert re.search(r"/i/[A-Za-z0-9_.\-]+", own)
        assert 'src="data:image/svg+xml;base64,' in own and "Berlin" in own
    assert "Anna Müller" in pages[0] and "Ben Okafor" in pages[1]
    assert "Removed Person" not in page and "Walk In Person" not in page
    # The link on Anna's page opens Anna's seat.
    link = re.search(r"(/i/[A-Za-z0-9_.\-]+)", pages[0]).group(1)
    assert app.test_client().get(link).status_code == 302
    db.session.refresh(anna)
    assert anna.seat_hash is not None and ben.seat_hash is None


def test_invitation_sheet_prints_one_person_per_page(facilitator_browser, factory):
    css = (Path(__file__).resolve().parents[2] / "static/css/app.css").read_text()
    rule = re.search(r"@media print \{[^@]*\.invitation-page \{[^}]*\}", css)
    assert rule and "break-after: page" in rule.group(0)


def test_invitation_sheet_is_not_offered_after_close(facilitator_browser, factory):
    session = factory.session()
    session.status = "closed"
    db.session.commit()
    assert facilitator_browser.get(f"{_setup(session)}/invitations").status_code == 409


def test_set_up_page_has_copy_buttons_for_every_link_and_the_code(facilitator_browser, factory):
    session = factory.live_session()
    people = [factory.roster_entry(session) for _ in range(3)]
    page = facilitator_browser.get(_setup(session)).get_data(as_text=True)
    targets = re.findall(r'data-copy="([^"]+)"', page)
    assert set(targets) == {"join-url", "join-code"} | {f"invite-{p.public_id}" for p in people}
    for target in targets:
        assert f'id="{target}"' in page
    assert 'href="#settings"' in page and 'href="#invitations"' in page
