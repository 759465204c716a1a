"""A non-English article is read, kept and flagged: the analyst hears which reader its
events come from, or why it yields none (texts written for these tests)."""

from __future__ import annotations

from pathlib import Path

import pytest

from geotrack.ingest import load_articles
from geotrack.ingest.language import non_english_language

ENGLISH = (
    "Police in Poipet said on Monday that they had raided a casino building and detained 120 "
    "foreign workers. The workers were taken to the provincial police station, where officers "
    "said they would be questioned before being sent home. A spokesman said the raid followed "
    "a tip from relatives of a worker who had escaped from the building last week."
)
PORTUGUESE = (
    "A polícia de Poipet disse na segunda-feira que invadiu um edifício de cassino e deteve "
    "120 trabalhadores estrangeiros. Os trabalhadores foram levados para a delegacia "
    "provincial, onde os agentes disseram que seriam interrogados antes de serem mandados "
    "para casa. Um porta-voz disse que a operação seguiu uma denúncia de parentes de um "
    "trabalhador que fugiu do edifício na semana passada."
)
INDONESIAN = (
    "Polisi di Poipet mengatakan pada hari Senin bahwa mereka telah menggerebek sebuah gedung "
    "kasino dan menahan 120 pekerja asing. Para pekerja dibawa ke kantor polisi provinsi, "
    "tempat petugas mengatakan mereka akan diperiksa sebelum dipulangkan. Seorang juru bicara "
    "mengatakan penggerebekan itu menyusul laporan dari kerabat seorang pekerja yang kabur."
)


def test_english_needs_no_identifier() -> None:
    assert non_english_language(ENGLISH) is None


@pytest.mark.parametrize(("text", "code"), [(PORTUGUESE, "pt"), (INDONESIAN, "id")])
def test_other_languages_are_named(text: str, code: str) -> None:
    assert non_english_language(text) == code


def test_a_short_text_says_too_little() -> None:
    assert non_english_language("Polícia invade cassino em Poipet") is None


def test_a_non_english_article_is_kept_with_a_warning(tmp_path: Path) -> None:
    (tmp_path / "en.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "pt.txt").write_text(PORTUGUESE, encoding="utf-8")
    result = load_articles([tmp_path])
    warned = {a.id: a.warnings for a in result.articles}
    assert set(warned) == {"en", "pt"}
    assert warned["en"] == ()
    assert {a.id: a.language for a in result.articles} == {"en": "en", "pt": "pt"}
    assert any("'pt'" in w and "cue words" in w for w in warned["pt"])


DUTCH = (
    "De politie in Poipet maakte maandag bekend dat zij een casinogebouw heeft doorzocht en "
    "120 buitenlandse arbeiders heeft aangehouden. De arbeiders werden naar het politiebureau "
    "van de provincie gebracht, waar zij worden ondervraagd voordat zij naar huis worden "
    "gestuurd. Een woordvoerder zei dat de actie volgde op tips van familieleden van een "
    "arbeider."
)


def test_a_language_without_a_reader_is_said_to_give_few_events(tmp_path: Path) -> None:
    (tmp_path / "nl.txt").write_text(DUTCH, encoding="utf-8")
    (article,) = load_articles([tmp_path]).articles
    assert any("'nl'" in w and "few or no events" in w for w in article.warnings)
