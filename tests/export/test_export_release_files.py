"""A release never changes: each of its files is rendered once, then served as stored."""

from __future__ import annotations

import sqlalchemy as sa

from dialogue.export import services
from dialogue.extensions import db
from dialogue.models.export import ExportFile


def _counting_renders(monkeypatch) -> list[str]:
    rendered: list[str] = []
    render = services.render

    def counted(export, fmt, **options):
        rendered.append(fmt)
        return render(export, fmt, **options)

    monkeypatch.setattr(services, "render", counted)
    return rendered


def test_the_second_download_is_served_from_the_store_byte_for_byte(factory, kit,
                                                                    facilitator_browser,
                                                                    monkeypatch):
    session = factory.live_session()
    kit.contribution(session, "Pool the training budgets.", votes=3)
    services.release_export(session, factory.facilitator, ["pdf", "md"], "en")
    db.session.commit()
    rendered = _counting_renders(monkeypatch)
    url = f"/facilitate/{session.public_id}/export/download"

    first = [facilitator_browser.get(f"{url}/{fmt}").get_data() for fmt in ("pdf", "md")]
    second = [facilitator_browser.get(f"{url}/{fmt}").get_data() for fmt in ("pdf", "md")]

    assert rendered == ["pdf", "md"]
    assert second == first and first[0].startswith(b"%PDF")
    stored = dict(db.session.execute(sa.select(ExportFile.format, ExportFile.data)).all())
    assert stored == {"pdf": first[0], "md": first[1]}


def test_a_new_release_renders_its_own_files(factory, kit, facilitator_browser, monkeypatch):
    session = factory.live_session()
    kit.contribution(session, "Before the first release.", votes=1)
    services.release_export(session, factory.facilitator, ["md"], "en")
    db.session.commit()
    rendered = _counting_renders(monkeypatch)
    url = f"/facilitate/{session.public_id}/export/download/md"
    old = facilitator_browser.get(url).get_data(as_text=True)

    kit.contribution(session, "After the first release.", votes=5)
    services.release_export(session, factory.facilitator, ["md"], "en")
    db.session.commit()
    new = facilitator_browser.get(url).get_data(as_text=True)

    assert rendered == ["md", "md"]
    assert "After the first release." not in old and "After the first release." in new
    assert db.session.scalar(sa.select(sa.func.count()).select_from(ExportFile)) == 2


def test_formats_outside_the_release_are_rendered_but_not_stored(factory, kit):
    session = factory.live_session()
    kit.contribution(session, "Pool the training budgets.", votes=3)
    release = services.release_export(session, factory.facilitator, ["md"], "en")
    db.session.commit()
    assert b"Pool the training budgets." in services.release_file(release, "json")
    assert db.session.scalar(sa.select(sa.func.count()).select_from(ExportFile)) == 0
