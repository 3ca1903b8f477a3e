"""Stories about the two languages of a session template: every text in both, or it does
not load, and the error says where."""

from dialogue.session_templates import Text, parse_template

from .test_session_templates import MINIMAL, TITLE, error_for, line_of

# --- every text in English and German ----------------------------------------------------


def test_a_missing_german_text_names_file_line_field_and_language():
    text = MINIMAL.replace('question.de = "Was sollte getan werden?"\n', "")
    e = error_for(text)
    assert (e.line, e.field) == (line_of(text, 'question.en = "What should'),
                                 "agenda[1].question.de")
    assert str(e) == (f"sessions/x.toml:{e.line}: agenda[1].question.de: "
                      "is required: the German text is missing")


def test_a_missing_english_text_in_an_inline_table_points_at_its_line():
    text = MINIMAL.replace('label = {en = "Support", de = "Zustimmung"}',
                           'label = {de = "Zustimmung"}')
    e = error_for(text)
    assert (e.line, e.field) == (line_of(text, "Zustimmung"), "criteria[0].label.en")
    assert "English text is missing" in e.message


def test_a_plain_string_is_refused_because_it_would_leave_one_language_out():
    e = error_for(MINIMAL.replace(TITLE, 'title = "Taster"\n'))
    assert (e.line, e.field) == (1, "title")
    assert e.message == 'must be given in English and German: {en = "…", de = "…"}'


def test_an_unknown_language_is_caught_where_it_is_written():
    text = MINIMAL.replace('title.de = "Optionen"\n', 'title.de = "Optionen"\ntitle.fr = "x"\n')
    e = error_for(text)
    assert (e.line, e.field) == (line_of(text, "title.fr"), "agenda[1].title.fr")
    assert e.message == "unknown language; allowed: en, de"


def test_the_german_variant_is_checked_like_the_english_one_at_its_own_line():
    text = MINIMAL.replace('title.de = "Ankommen"', 'title.de = """An\nkommen"""')
    e = error_for(text)
    assert (e.line, e.field) == (line_of(text, "title.de"), "agenda[0].title.de")
    assert e.message == "must be a single line"


def test_a_description_may_be_written_as_a_table_of_languages():
    text = MINIMAL.replace(MINIMAL.splitlines()[1] + "\n", "").replace(
        "[[agenda]]", '[description]\nen = """\nA short session."""\nde = ""\n\n[[agenda]]', 1)
    e = error_for(text)
    assert (e.line, e.field) == (line_of(text, 'de = ""'), "description.de")
    t = parse_template(text.replace('de = ""', 'de = "Kurz."'))
    assert t.description == Text("A short session.", "Kurz.")
