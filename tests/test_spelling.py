"""Misspelt English words read as the vocabulary's: only unknown words, only one keystroke off, only when unique."""

from __future__ import annotations

import pytest

from rag.spelling import Speller


@pytest.fixture(scope="module")
def speller() -> Speller:
    from rag.config import Settings

    settings = Settings()
    return Speller.from_files([settings.questions_file, settings.rules_file], [settings.clauses_file])


@pytest.mark.parametrize(
    ("written", "read_as"),
    [
        ("categroy", "category"),  # two neighbours swapped
        ("modle", "model"),
        ("comapny", "company"),
        ("servce", "service"),  # a letter left out, though deleting one more gives "serve": the likelier slip wins
        ("paramters", "parameters"),
        ("inferance", "inference"),  # a letter mistyped, when nothing likelier fits
        ("happend", "happened"),  # "-d" is no ending of "happen", a vocabulary word too
        ("whcih", "which"),
        ("Categroy", "Category"),  # the capital kept
        # Known words are never respelt, though each is one keystroke from a vocabulary word.
        ("contract", None),  # contact
        ("there", None),  # three
        ("seats", None),  # sets
        ("labour", None),  # British spelling, read as "labor"
        ("organisation", None),
        ("centre", None),
        ("doesn't", None),
        ("organisations", None),
        ("reseller's", None),  # a possessive of a known word
        ("approx", None),  # not a stem the vocabulary's patterns are written with ("approv")
        ("parameters", None),  # the knowledge base's own words and their inflections
        ("categories", None),
        # Too short, an acronym, or no vocabulary word one keystroke away.
        ("modl", None),
        ("TAIROA", None),
        ("xyzzyq", None),
    ],
)
def test_a_word_is_respelt_only_when_unknown_and_one_keystroke_from_one_vocabulary_word(speller, written, read_as):
    assert speller.word(written) == read_as


def test_the_first_letter_is_kept_and_a_tie_is_left_alone():
    speller = Speller(targets=["server", "service"], known=[])
    assert speller.word("xerver") is None  # a substitution, and on the first letter
    assert speller.word("servie") == "service"  # one insertion; "server" would need a substitution
    assert Speller(targets=["tables", "cables"], known=[]).word("tabls") == "tables"  # only one starts with t
    assert Speller(targets=["planes", "plants"], known=[]).word("plans") is None  # one insertion from either
    assert Speller(targets=["parts", "ports"], known=[]).word("prts") is None  # too short to respell


def test_respell_replaces_words_in_place_and_reports_each(speller):
    text, made = speller.respell("is a chatbot on a 7b modle ok? which categroy, 哪一類")
    assert text == "is a chatbot on a 7b model ok? which category, 哪一類"
    assert [(m.written, m.read_as) for m in made] == [("modle", "model"), ("categroy", "category")]
    assert speller.respell("Which category is a RAG system?") == ("Which category is a RAG system?", [])
    # A capitalised word inside a sentence is a name, though one letter from a vocabulary word ("Mistral").
    assert speller.respell("We fine-tune Mixtral on our docs. Mixtral is 8x7B.")[1] == []
    assert [m.read_as for m in speller.respell("Is it ok? Categroy please.")[1]] == ["Category"]


def test_chinese_input_method_slips_are_replaced_and_reported():
    speller = Speller(targets=[], known=[], slips={"伺服氣": "伺服器", "符和": "符合"})
    text, made = speller.respell("這台推論伺服氣有符和門檻嗎？")
    assert text == "這台推論伺服器有符合門檻嗎？"
    assert [(m.written, m.read_as) for m in made] == [("伺服氣", "伺服器"), ("符和", "符合")]


def test_the_mainland_word_for_a_server_is_read_as_the_vocabularys(settings):
    from rag.focus import load_vocabulary

    vocabulary = load_vocabulary(settings.questions_file, settings.clauses_file, settings.rules_file)
    speller = Speller(targets=[], known=[], slips=vocabulary.slips)
    assert speller.respell("推論服務器的審查標準？")[0] == "推論伺服器的審查標準？"


def test_the_vocabularys_chinese_slips_read_a_definition_question(settings):
    # blind185-044: "處里" and "定意" had left the NLP element's definition unread.
    from rag.focus import load_vocabulary

    vocabulary = load_vocabulary(settings.questions_file, settings.clauses_file, settings.rules_file)
    speller = Speller(targets=[], known=[], slips=vocabulary.slips)
    assert speller.respell("自然語言處里在這份文件的定意是什麼？")[0] == "自然語言處理在這份文件的定義是什麼？"
