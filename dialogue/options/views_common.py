"""Small pieces both options blueprints use."""

from __future__ import annotations

from flask_babel import gettext
from wtforms.fields.choices import SelectChoice  # type: ignore[attr-defined]  # new in WTForms 3.3; types-WTForms describes 3.2

from ..models import DialogueSession
from .fields import field_specs


def amendable_choices(session: DialogueSession) -> list[SelectChoice]:
    return [SelectChoice(spec.key, gettext(spec.label)) for spec in field_specs(session)
            if spec.kind != "choices"]
