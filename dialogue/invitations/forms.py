"""The invitation email's editable text, one subject and body per language."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from wtforms import StringField, TextAreaField
from wtforms.validators import DataRequired, Length, ValidationError

from ..plain_text import Form
from .texts import LANGUAGES, InvitationText, problems

LANGUAGE_NAMES = {"en": "English", "de": "Deutsch"}


def _placeholders(needs_link: bool):
    def check(form, field) -> None:
        found = problems(field.data or "", needs_link)
        if found:
            raise ValidationError(" ".join(found))
    return check


def _no_line_breaks(form, field) -> None:
    if field.data and ("\n" in field.data or "\r" in field.data):
        raise ValidationError(_l("A subject is one line."))


class InvitationTextForm(Form):
    subject_en = StringField(_l("Subject (English)"), validators=[
        DataRequired(), Length(max=200), _no_line_breaks, _placeholders(False)])
    body_en = TextAreaField(_l("Text (English)"), validators=[
        DataRequired(), Length(max=5000), _placeholders(True)])
    subject_de = StringField(_l("Subject (German)"), validators=[
        DataRequired(), Length(max=200), _no_line_breaks, _placeholders(False)])
    body_de = TextAreaField(_l("Text (German)"), validators=[
        DataRequired(), Length(max=5000), _placeholders(True)])

    def fill(self, texts: dict[str, InvitationText]) -> None:
        for language, text in texts.items():
            getattr(self, f"subject_{language}").data = text.subject
            getattr(self, f"body_{language}").data = text.body

    def texts(self) -> dict[str, InvitationText]:
        return {language: InvitationText(getattr(self, f"subject_{language}").data.strip(),
                                         getattr(self, f"body_{language}").data.replace(
                                             "\r\n", "\n"))
                for language in LANGUAGES}
