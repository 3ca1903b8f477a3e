"""Helpers for the briefing input tests: the owner's browser attaching inputs as the set-up
page's forms send them."""

from __future__ import annotations

import io

import pytest
import sqlalchemy as sa

from dialogue.extensions import db
from dialogue.models import BriefingInput

from ..conftest import csrf_from


class Attach:
    """Posts the inputs page's forms as the logged-in owner's browser does."""

    def __init__(self, browser, session):
        self.browser = browser
        self.session = session

    @property
    def page_url(self) -> str:
        return f"/facilitate/{self.session.public_id}/inputs"

    def token(self) -> str:
        return csrf_from(self.browser.get(self.page_url).get_data(as_text=True))

    def post(self, kind: str, item=None, **fields):
        item = item if item is not None else self.session.agenda[0].public_id
        data = {"csrf_token": self.token(), f"{kind}-item": item}
        for name, value in fields.items():
            data[f"{kind}-{name}"] = value
        return self.browser.client.post(f"{self.page_url}/{kind}", data=data,
                                        content_type="multipart/form-data")

    def text(self, title="Opening statement", text="Three points on skills.", **fields):
        return self.post("text", title=title, text=text, **fields)

    def link(self, title="Background paper", url="https://example.org/paper", **fields):
        return self.post("link", title=title, url=url, **fields)

    def pdf(self, data: bytes, title="Study", filename="study.pdf", **fields):
        return self.post("pdf", title=title, file=(io.BytesIO(data), filename,
                                                   "application/pdf"), **fields)


@pytest.fixture
def attach(facilitator_browser, factory):
    session = factory.live_session()
    return Attach(facilitator_browser, session)


def stored() -> list[BriefingInput]:
    db.session.expire_all()
    return list(db.session.scalars(sa.select(BriefingInput).order_by(BriefingInput.id)))
