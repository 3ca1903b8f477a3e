"""Stories about session template files: the shipped ones load, broken ones say where."""

from pathlib import Path

import pytest

from dialogue.session_templates import (
    AgendaItemTemplate,
    TemplateError,
    Text,
    list_templates,
    load_template,
    parse_template,
)

SESSIONS = Path(__file__).resolve().parent.parent / "sessions"

MINIMAL = """\
title = {en = "Taster", de = "Schnupperrunde"}
description = {en = "A short session.", de = "Eine kurze Sitzung."}
stakeholder_groups = [{en = "Ministries", de = "Ministerien"}, {en = "Civil society", de = "Zivil"}]

[[agenda]]
title.en = "Check-in"
title.de = "Ankommen"
question.en = "What brings you here?"
question.de = "Was führt Sie her?"

[[agenda]]
title.en = "Options"
title.de = "Optionen"
question.en = "What should be done?"
question.de = "Was sollte getan werden?"
minutes = 20

[[criteria]]
key = "support"
label = {en = "Support", de = "Zustimmung"}
"""
TITLE = 'title = {en = "Taster", de = "Schnupperrunde"}\n'


def error_for(text: str, path: str = "sessions/x.toml") -> TemplateError:
    with pytest.raises(TemplateError) as info:
        parse_template(text, path)
    return info.value


def line_of(text: str, needle: str) -> int:
    return next(no for no, line in enumerate(text.splitlines(), 1) if needle in line)


# --- the shipped templates ------------------------------------------------------------


def test_shipped_templates_load():
    templates = list_templates(SESSIONS)
    assert [t.slug for t in templates] == ["demo", "migration-agreements", "mixed-migration"]
    for t in templates:
        texts = [t.title, t.description, *t.stakeholder_groups]
        texts += [text for i in t.agenda for text in (i.title, i.question)]
        texts += [text for c in t.criteria for text in (c.label, c.description)]
        texts += [text for f in t.option_fields for text in (f.label, f.help)]
        assert all(text.en and text.de and text.en != text.de for text in texts
                   if text.en not in ("Bundestag",)), t.slug
        assert t.language == "en" and t.rule == "chatham_house"
        assert {"support", "feasibility", "impact"} <= {c.key for c in t.criteria}


def test_demo_is_a_short_three_item_taster():
    demo = load_template(SESSIONS / "demo.toml")
    assert len(demo.agenda) == 3
    assert sum(item.minutes for item in demo.agenda) == 45
    assert demo.agenda[0].title == Text("Check-in", "Ankommen")


def test_mixed_migration_session_covers_the_round_questions_and_shows_on_the_record():
    t = load_template(SESSIONS / "mixed-migration.toml")
    assert t.round and "Mixed migration" in t.round
    assert t.agenda[0].title.en == "Check-in" and t.agenda[-1].title.en.startswith("Closing")
    assert [item.on_the_record for item in t.agenda].count(True) == 1
    assert t.agenda[-1].on_the_record
    assert any(item.board == "questions" and item.premoderation for item in t.agenda)
    text = " ".join(f"{i.title.en} {i.question.en}" for i in t.agenda).lower()
    for topic in ("told apart", "innovative", "stage of the route", "close to their home",
                  "training partnerships", "courses of action"):
        assert topic in text, topic
    assert {"protection", "partner_acceptability"} <= {c.key for c in t.criteria}


def test_migration_agreements_session_names_the_partner_countries_and_ministries():
    t = load_template(SESSIONS / "migration-agreements.toml")
    text = t.description.en + " ".join(i.question.en for i in t.agenda)
    for country in ("India", "Georgia", "Kenya", "Uzbekistan", "Morocco", "Colombia",
                    "Moldova", "Kyrgyzstan", "Ghana", "Philippines"):
        assert country in text, country
    for ministry in ("BMI", "AA", "BMZ", "BMAS", "Special Commissioner"):
        assert ministry in text, ministry
    titles = " ".join(i.title.en for i in t.agenda).lower()
    assert all(w in titles for w in ("partner orientation", "recruitment", "return", "coherence"))
    assert "partner_acceptability" in {c.key for c in t.criteria}
    assert "partner_benefit" in {f.key for f in t.option_fields}


# --- a valid file and its defaults ------------------------------------------------------


def test_minimal_template_gets_the_documented_defaults():
    t = parse_template(MINIMAL, "sessions/taster.toml")
    assert t.slug == "taster"
    assert (t.language, t.rule, t.round) == ("en", "chatham_house", None)
    assert (t.k_anonymity, t.max_contribution_length) == (5, 1000)
    assert t.participants_may_create_options is False and t.option_fields == ()
    assert t.agenda[0] == AgendaItemTemplate(Text("Check-in", "Ankommen"),
                                             Text("What brings you here?", "Was führt Sie her?"))
    assert t.agenda[1].minutes == 20 and t.criteria[0].description == Text("", "")


def test_whitespace_around_values_is_stripped():
    t = parse_template(MINIMAL.replace('"Taster"', '"  Taster \\t"').replace(
        '"Ministries"', '" Ministries "'))
    assert t.title.en == "Taster" and t.stakeholder_groups[0].en == "Ministries"


# --- broken files: every error names file, line and field --------------------------------


def test_toml_syntax_error_reports_the_parser_line():
    text = MINIMAL.replace('minutes = 20', 'minutes = = 20')
    e = error_for(text)
    assert (e.line, e.field) == (line_of(text, "= = 20"), None)
    assert str(e).startswith(f"sessions/x.toml:{e.line}: ") and "at line" not in str(e)


def test_a_key_written_twice_is_a_syntax_error():
    text = MINIMAL + 'label = "Again"\n'
    e = error_for(text)
    assert e.field is None and e.line == len(text.splitlines())


def test_missing_agenda_title_names_file_line_and_field():
    text = MINIMAL.replace('title.en = "Options"\n', "").replace('title.de = "Optionen"\n', "")
    e = error_for(text)
    header = [no for no, ln in enumerate(text.splitlines(), 1) if ln == "[[agenda]]"][1]
    assert (e.line, e.field) == (header, "agenda[1].title")
    assert str(e) == f"sessions/x.toml:{header}: agenda[1].title: is required"


def test_missing_top_level_field_points_at_the_top_of_the_file():
    e = error_for(MINIMAL.replace(MINIMAL.splitlines()[1] + "\n", ""))
    assert str(e) == "sessions/x.toml:1: description: is required"


def test_missing_criteria_asks_for_a_table():
    e = error_for(MINIMAL.split("[[criteria]]")[0])
    assert e.field == "criteria" and "[[criteria]]" in e.message


def test_wrong_type_names_expected_and_actual_type():
    text = MINIMAL.replace(TITLE, TITLE + 'k_anonymity = "5"\n')
    e = error_for(text)
    assert str(e) == "sessions/x.toml:2: k_anonymity: must be an integer, not a string"


def test_a_boolean_is_not_an_integer_and_vice_versa():
    e = error_for(MINIMAL.replace("minutes = 20", "minutes = true"))
    assert (e.field, e.message) == ("agenda[1].minutes", "must be an integer, not a boolean")
    text = MINIMAL.replace("minutes = 20", "on_the_record = 1")
    e = error_for(text)
    assert (e.line, e.field) == (line_of(text, "on_the_record"), "agenda[1].on_the_record")


def test_unknown_key_is_caught_with_a_suggestion():
    text = MINIMAL.replace("minutes = 20", "quesiton = 'typo'")
    e = error_for(text)
    assert (e.line, e.field) == (line_of(text, "quesiton"), "agenda[1].quesiton")
    assert "did you mean 'question'?" in e.message


def test_unknown_top_level_table_is_caught_at_its_header():
    text = MINIMAL + "\n[settings]\nfoo = 1\n"
    e = error_for(text)
    assert (e.line, e.field) == (line_of(text, "[settings]"), "settings")
    assert "allowed:" in e.message


def test_duplicate_criterion_key_points_at_the_second_one():
    text = MINIMAL + '\n[[criteria]]\nkey = "support"\nlabel = {en = "Again", de = "Nochmals"}\n'
    e = error_for(text)
    assert (e.line, e.field) == (len(text.splitlines()) - 1, "criteria[1].key")
    assert "criteria[0]" in e.message


def test_option_field_may_not_shadow_a_built_in_field():
    text = MINIMAL + ('\n[[option_fields]]\nkey = "costs_risks"\n'
                      'label = {en = "Costs", de = "Kosten"}\n')
    e = error_for(text)
    assert (e.line, e.field) == (line_of(text, '"costs_risks"'), "option_fields[0].key")


def test_bad_key_syntax_is_rejected():
    e = error_for(MINIMAL.replace('key = "support"', 'key = "Support level"'))
    assert e.field == "criteria[0].key" and "must match" in e.message


def test_bad_board_kind_lists_the_allowed_ones():
    text = MINIMAL.replace("minutes = 20", 'board = "qa"')
    e = error_for(text)
    assert str(e) == (f"sessions/x.toml:{line_of(text, 'board')}: agenda[1].board: "
                      "must be one of 'contributions', 'questions' (got 'qa')")


def test_out_of_range_int_gives_the_bounds():
    text = MINIMAL.replace("minutes = 20", "minutes = 0")
    e = error_for(text)
    assert str(e) == (f"sessions/x.toml:{line_of(text, 'minutes')}: agenda[1].minutes: "
                      "must be between 1 and 600 (got 0)")


def test_too_long_and_empty_strings_are_rejected():
    e = error_for(MINIMAL.replace('"Taster"', '"' + "x" * 201 + '"'))
    assert (e.line, e.field) == (1, "title.en") and "at most 200" in e.message
    assert error_for(MINIMAL.replace('"Taster"', '"   "')).message == "must not be empty"


def test_titles_must_be_a_single_line_but_questions_may_span_lines():
    e = error_for(MINIMAL.replace('"Check-in"', '"""Check\nin"""'))
    assert (e.field, e.message) == ("agenda[0].title.en", "must be a single line")
    parse_template(MINIMAL.replace('"What brings you here?"', '"""What brings\nyou?"""'))


def test_bad_stakeholder_group_points_at_its_own_line():
    groups = ('[\n  {en = "Ministries", de = "Ministerien"},  # a comment, with a comma\n'
              '  {en = "Business", de = "Wirtschaft"},\n  {en = "Trade", de = "ministerien"},\n]')
    text = MINIMAL.replace(MINIMAL.splitlines()[2].split(" = ", 1)[1], groups)
    e = error_for(text)
    assert (e.line, e.field) == (line_of(text, '"ministerien"'), "stakeholder_groups[2].de")
    assert "repeats stakeholder_groups[0].de" in e.message
    e = error_for(MINIMAL.replace('"Civil society"', "3"))
    assert (e.line, e.field) == (3, "stakeholder_groups[1].en")


def test_agenda_written_as_a_single_table_is_explained():
    text = MINIMAL.replace("[[agenda]]", "[agenda]", 1).split("[[agenda]]")[0]
    e = error_for(text + "\n[[criteria]]\nkey = 'a'\nlabel = {en = 'A', de = 'A'}\n")
    assert e.field == "agenda" and "[[agenda]]" in e.message


def test_inline_array_of_tables_errors_point_at_the_element():
    text = MINIMAL.split("[[agenda]]")[0] + (
        'agenda = [\n  {title = {en = "A", de = "A"}, question = {en = "Q", de = "F"}},\n'
        '  {title = {en = "B", de = "B"}},\n]\n'
        '[[criteria]]\nkey = "a"\nlabel = {en = "A", de = "A"}\n')
    e = error_for(text)
    assert e.field == "agenda[1].question" and e.line == line_of(text, '"B"')


def test_brackets_and_keys_inside_multiline_strings_do_not_confuse_line_numbers():
    text = MINIMAL.replace('"A short session."', '"""\n[[agenda]]\nquestion = "no"\n"""')
    text = text.replace("minutes = 20", "minutes = 9999")
    e = error_for(text)
    assert (e.line, e.field) == (line_of(text, "minutes"), "agenda[1].minutes")


def test_bad_utf8_is_reported_with_its_line(tmp_path):
    path = tmp_path / "broken.toml"
    path.write_bytes(MINIMAL.encode().replace(b"Support", b"Unterst\xfctzung"))
    with pytest.raises(TemplateError) as info:
        load_template(path)
    line = line_of(MINIMAL, '"Support"')
    assert str(info.value) == f"{path}:{line}: file is not valid UTF-8 (byte 0xfc)"


def test_file_name_must_be_a_slug(tmp_path):
    path = tmp_path / "My Session.toml"
    path.write_text(MINIMAL, encoding="utf-8")
    with pytest.raises(TemplateError, match="file name must be a slug"):
        load_template(path)


def test_list_templates_refuses_a_directory_with_a_bad_file(tmp_path):
    (tmp_path / "b.toml").write_text(MINIMAL, encoding="utf-8")
    (tmp_path / "a.toml").write_text(MINIMAL.replace('"Taster"', "1"), encoding="utf-8")
    with pytest.raises(TemplateError) as info:
        list_templates(tmp_path)
    assert str(info.value) == (f"{tmp_path / 'a.toml'}:1: title.en: "
                               "must be a string, not an integer")
    (tmp_path / "a.toml").unlink()
    assert [t.slug for t in list_templates(tmp_path)] == ["b"]


def test_error_message_omits_unknown_parts():
    assert str(TemplateError("f.toml", None, None, "broken")) == "f.toml: broken"
    assert str(TemplateError("f.toml", 3, None, "broken")) == "f.toml:3: broken"
    assert str(TemplateError("f.toml", None, "title", "x")) == "f.toml: title: x"

