"""Forms participants fill in to join."""

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, SelectField, StringField
from wtforms.validators import DataRequired, Length


class CodeForm(FlaskForm):
    code = StringField(_l("Session code"), validators=[DataRequired(), Length(max=20)])


class WalkInForm(FlaskForm):
    name = StringField(_l("Your name"), validators=[DataRequired(), Length(max=200)])
    affiliation = StringField(_l("Your organisation"), validators=[Length(max=200)])
    stakeholder_group = SelectField(_l("Stakeholder group"), validators=[DataRequired()])


class RuleForm(FlaskForm):
    accept = BooleanField(_l("I will respect the Chatham House Rule"),
                          validators=[DataRequired(_l("Please accept the Rule to take part."))])
