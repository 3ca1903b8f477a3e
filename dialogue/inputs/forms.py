"""The facilitator's forms for attaching an input (one per kind)."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf.file import FileField
from wtforms import BooleanField, SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional

from ..plain_text import Form
from . import services


class _InputForm(Form):
    item = SelectField(_l("Agenda item"), validators=[DataRequired()])
    title = StringField(_l("Title"), validators=[DataRequired(),
                                                 Length(max=services.MAX_TITLE)])
    on_the_record = BooleanField(_l("On the record: show the speaker's name"))
    speaker = StringField(_l("Speaker's name (only on the record)"),
                          validators=[Optional(), Length(max=services.MAX_SPEAKER)])
    speaker_role = StringField(_l("Speaker's role or organisation (optional)"),
                               validators=[Optional(), Length(max=services.MAX_SPEAKER)])


class TextInputForm(_InputForm):
    text = TextAreaField(_l("Text"), validators=[DataRequired(),
                                                 Length(max=services.MAX_TEXT)])


class LinkInputForm(_InputForm):
    url = StringField(_l("Web address (http:// or https://)"),
                      validators=[DataRequired(), Length(max=services.MAX_URL)])
    note = TextAreaField(_l("What it is (optional)"),
                         validators=[Optional(), Length(max=services.MAX_NOTE)])


class PdfInputForm(_InputForm):
    file = FileField(_l("PDF file"))
    note = TextAreaField(_l("What it is (optional)"),
                         validators=[Optional(), Length(max=services.MAX_NOTE)])


FORMS = {"text": TextInputForm, "link": LinkInputForm, "pdf": PdfInputForm}
