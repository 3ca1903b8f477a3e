"""Forms of the export review: decide a flag, release, share with participants."""

from flask_babel import lazy_gettext as _l
from wtforms import (
    BooleanField,
    HiddenField,
    IntegerField,
    SelectField,
    SelectMultipleField,
    TextAreaField,
)
from wtforms.validators import AnyOf, DataRequired, InputRequired, Length, NumberRange
from wtforms.widgets import CheckboxInput, ListWidget

from ..facilitate.forms import LANGUAGE_CHOICES
from ..plain_text import Form


class DecideForm(Form):
    key = HiddenField(validators=[DataRequired(), Length(max=64)])
    decision = HiddenField(validators=[AnyOf(("cleared", "confirmed"))])


class RedactForm(Form):
    """A passage selected in the preview: which text, as it read, and where in it."""

    passage = HiddenField(validators=[DataRequired(), Length(max=40)])
    digest = HiddenField(validators=[DataRequired(), Length(max=64)])
    start = IntegerField(validators=[InputRequired(), NumberRange(min=0)])
    end = IntegerField(validators=[InputRequired(), NumberRange(min=0)])


class UndoRedactionForm(Form):
    redaction = HiddenField(validators=[DataRequired(), Length(max=32)])


class ReleaseForm(Form):
    formats = SelectMultipleField(_l("Formats"), validators=[DataRequired()],
                                  widget=ListWidget(prefix_label=False),
                                  option_widget=CheckboxInput())
    language = SelectField(_l("Language of the report"), choices=LANGUAGE_CHOICES)


class ShareForm(Form):
    shared = BooleanField(_l("Share with participants"))


class NextStepsForm(Form):
    """The next steps the group agreed, for the report's summary."""

    next_steps = TextAreaField(_l("Agreed next steps"), validators=[Length(max=5000)])


class StatusReasonForm(Form):
    """Why an option has a status its consent result does not bear out."""

    option = HiddenField(validators=[DataRequired(), Length(max=40)])
    reason = TextAreaField(_l("Reason for this status"), validators=[Length(max=1000)])
