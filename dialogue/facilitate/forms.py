"""Facilitator forms: new session, settings, agenda items, invite list, close."""

from flask_babel import lazy_gettext as _l
from flask_wtf.file import FileField, FileRequired
from wtforms import (
    BooleanField,
    DateField,
    IntegerField,
    SelectField,
    StringField,
    TextAreaField,
)
from wtforms.fields.choices import SelectChoice  # type: ignore[attr-defined]  # new in WTForms 3.3; types-WTForms describes 3.2
from wtforms.validators import DataRequired, Length, NumberRange, Optional

from ..plain_text import Form

BOARD_CHOICES = [SelectChoice("contributions", _l("Contributions")),
                 SelectChoice("questions", _l("Questions (Q&A)"))]
LANGUAGE_CHOICES = [SelectChoice("en", "English"), SelectChoice("de", "Deutsch")]


def _text(value: str | None) -> str:
    """A German text left out of the form is empty, not NULL."""
    return value or ""


class NewSessionForm(Form):
    template = SelectField(_l("Template"), validators=[DataRequired()])


class SettingsForm(Form):
    title = StringField(_l("Title (English)"), validators=[DataRequired(), Length(max=200)])
    title_de = StringField(_l("Title (German)"), validators=[Length(max=200)],
                           filters=[_text])
    description = TextAreaField(_l("Description (English)"), validators=[Length(max=2000)])
    description_de = TextAreaField(_l("Description (German)"), validators=[Length(max=2000)],
                                   filters=[_text])
    meets_on = DateField(_l("Date of the meeting"), validators=[Optional()])
    place = StringField(_l("Place"), validators=[Length(max=200)],
                        filters=[lambda value: (value or "").strip()])
    language = SelectField(_l("Language of the outcome"), choices=LANGUAGE_CHOICES)
    k_anonymity = IntegerField(_l("Smallest group shown in breakdowns"),
                               validators=[DataRequired(), NumberRange(min=2, max=50)])
    max_contribution_length = IntegerField(
        _l("Longest contribution (characters)"),
        validators=[DataRequired(), NumberRange(min=50, max=5000)])
    participants_may_create_options = BooleanField(_l("Participants may propose policy options"))


class AgendaItemForm(Form):
    title = StringField(_l("Title (English)"), validators=[DataRequired(), Length(max=200)])
    title_de = StringField(_l("Title (German)"), validators=[Length(max=200)],
                           filters=[_text])
    question = TextAreaField(_l("Guiding question (English)"),
                             validators=[DataRequired(), Length(max=1000)])
    question_de = TextAreaField(_l("Guiding question (German)"), validators=[Length(max=1000)],
                                filters=[_text])
    board_kind = SelectField(_l("Board"), choices=BOARD_CHOICES)
    on_the_record = BooleanField(_l("On the record"))
    premoderation = BooleanField(_l("Approve posts before they appear"))
    minutes = IntegerField(_l("Planned minutes"),
                           validators=[Optional(), NumberRange(min=1, max=600)])


class RosterImportForm(Form):
    csv_file = FileField(_l("Invite list (CSV or Excel .xlsx: name, email, affiliation, "
                            "stakeholder_group; optionally language)"),
                         validators=[FileRequired(_l("Choose a CSV or Excel file."))])


class ConfirmForm(Form):
    """A button that only posts with a valid CSRF token."""


class CloseForm(Form):
    confirm = BooleanField(_l("I understand that closing destroys the link between people "
                              "and what they wrote, for good."),
                           validators=[DataRequired(_l("Tick the box to close the session."))])
