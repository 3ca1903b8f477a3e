"""Forms of the export review: decide a flag, release, share with participants."""

from flask_babel import lazy_gettext as _l
from wtforms import BooleanField, HiddenField, SelectField, SelectMultipleField
from wtforms.validators import AnyOf, DataRequired, Length
from wtforms.widgets import CheckboxInput, ListWidget

from ..facilitate.forms import LANGUAGE_CHOICES
from ..plain_text import Form


class DecideForm(Form):
    key = HiddenField(validators=[DataRequired(), Length(max=64)])
    decision = HiddenField(validators=[AnyOf(("cleared", "confirmed"))])


class ReleaseForm(Form):
    formats = SelectMultipleField(_l("Formats"), validators=[DataRequired()],
                                  widget=ListWidget(prefix_label=False),
                                  option_widget=CheckboxInput())
    language = SelectField(_l("Language of the report"), choices=LANGUAGE_CHOICES)


class ShareForm(Form):
    shared = BooleanField(_l("Share with participants"))
