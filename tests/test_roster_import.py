"""The invite list comes from a CSV: every row is imported, or none and a clear message."""

import sqlalchemy as sa

from dialogue.extensions import db
from dialogue.models import RosterEntry

HEADER = "name,email,affiliation,stakeholder_group\n"


def _upload(facilitator_browser, session, content: bytes, filename="invites.csv"):
    import io

    url = f"/facilitate/{session.public_id}"
    return facilitator_browser.post(f"{url}/roster", {
        "csv_file": (io.BytesIO(content), filename)}, token_from=url,
        content_type="multipart/form-data")


def _roster_count() -> int:
    return db.session.scalar(sa.select(sa.func.count()).select_from(RosterEntry))


def test_facilitator_imports_the_invite_list_and_gets_a_link_per_person(
        facilitator_browser, factory):
    session = factory.session()
    group = session.stakeholder_groups[0]
    content = (HEADER + f"Anna Müller,anna@example.org,Auswärtiges Amt,{group}\n"
               f"\"Okafor, Chidi\",chidi@example.org,Embassy of Nigeria,{group}\n")
    response = _upload(facilitator_browser, session, ("\ufeff" + content).encode())
    assert response.status_code == 302
    assert _roster_count() == 2
    page = facilitator_browser.get(f"/facilitate/{session.public_id}").get_data(as_text=True)
    assert page.count("/i/") >= 2 and "Anna Müller" in page
    links = facilitator_browser.get(f"/facilitate/{session.public_id}/invites.csv")
    assert links.mimetype == "text/csv" and b"Okafor, Chidi" in links.data


def test_missing_column_is_named_and_nothing_is_imported(facilitator_browser, factory):
    session = factory.session()
    response = _upload(facilitator_browser, session,
                       b"name,email,affiliation\nA,a@example.org,X\n")
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert "missing the column(s): stakeholder_group" in page
    assert "Found: &#39;name&#39;, &#39;email&#39;, &#39;affiliation&#39;" in page
    assert "Expected: name, email, affiliation, stakeholder_group" in page
    assert _roster_count() == 0


def test_a_file_in_no_known_encoding_gets_a_clear_message(facilitator_browser, factory):
    session = factory.session()
    group = session.stakeholder_groups[0]
    # 0x81 is neither UTF-8 here nor a Windows-1252 character.
    content = HEADER.encode() + f"J\x81rg,j@example.org,BMI,{group}\n".encode("latin-1")
    response = _upload(facilitator_browser, session, content)
    assert response.status_code == 400
    assert "neither UTF-8 nor Windows-1252" in response.get_data(as_text=True)
    assert _roster_count() == 0


def test_one_bad_row_rejects_the_whole_file(facilitator_browser, factory):
    session = factory.session()
    group = session.stakeholder_groups[0]
    content = (HEADER + f"Good Person,good@example.org,BMZ,{group}\n"
               f"Bad Person,not-an-email,BMZ,{group}\n"
               f"Other Group,o@example.org,BMZ,Aliens\n"
               f",empty@example.org,BMZ,{group}\n").encode()
    response = _upload(facilitator_browser, session, content)
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "Row 3" in page and "Row 4" in page and "Row 5" in page
    assert _roster_count() == 0


def test_duplicate_email_is_refused(facilitator_browser, factory):
    session = factory.session()
    group = session.stakeholder_groups[0]
    content = (HEADER + f"A,dup@example.org,X,{group}\nB,DUP@example.org,Y,{group}\n").encode()
    response = _upload(facilitator_browser, session, content)
    assert response.status_code == 400 and "already on the invite list" in response.get_data(
        as_text=True)
    assert _roster_count() == 0


def test_header_only_and_empty_files_are_refused(facilitator_browser, factory):
    session = factory.session()
    assert _upload(facilitator_browser, session, HEADER.encode()).status_code == 400
    assert _upload(facilitator_browser, session, b"").status_code == 400
    assert _roster_count() == 0


def test_oversized_file_is_refused(app, facilitator_browser, factory):
    session = factory.session()
    app.config["MAX_CSV_BYTES"] = 100
    group = session.stakeholder_groups[0]
    content = (HEADER + "".join(f"P{i},p{i}@example.org,X,{group}\n" for i in range(20)))
    response = _upload(facilitator_browser, session, content.encode())
    assert response.status_code == 413
    assert _roster_count() == 0


def test_a_group_may_be_written_in_german_and_is_stored_by_its_english_name(
        facilitator_browser, factory):
    session = factory.session()  # demo: "Civil society" is "Zivilgesellschaft" in German
    content = HEADER + "Anna Müller,anna@example.org,Auswärtiges Amt,Zivilgesellschaft\n"
    assert _upload(facilitator_browser, session, content.encode()).status_code == 302
    entry = db.session.scalar(sa.select(RosterEntry))
    assert entry.stakeholder_group == "Civil society"
