"""Forms participants fill in to join."""

from flask_babel import lazy_gettext as _l
from wtforms import BooleanField, SelectField, StringField
from wtforms.validators import DataRequired, Length

from ..plain_text import Form


class CodeForm(Form):
    code = StringField(_l("Session code"), validators=[DataRequired(), Length(max=20)])


class WalkInForm(Form):
    name = StringField(_l("Your name"), validators=[DataRequired(), Length(max=200)])
    affiliation = StringField(_l("Your organisation"), validators=[Length(max=200)])
    stakeholder_group = SelectField(_l("Stakeholder group"), validators=[DataRequired()])


class RuleForm(Form):
    accept = BooleanField(_l("I will respect the Chatham House Rule"),
                          validators=[DataRequired(_l("Please accept the Rule to take part."))])
