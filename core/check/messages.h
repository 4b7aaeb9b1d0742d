// The message catalogue (#17): every sentence figcheck writes about a check, in English and in
// Korean, in one table (core/check/messages.cc), looked up by key and language.
//
// A finding does not hold its sentence: it holds a Phrase, a catalogue key and the values the
// sentence needs (figures as printed, rates, dates, percentages: already exact text), and the
// sentence is formatted only when a report writes it (#16, lazy findings). An argument is
// either such a text or another phrase of the catalogue (a clause: "every rate of ...", the
// likely cause), rendered in the same language.
//
// Templates use fmt's named arguments ("{stated}"). Korean templates may follow an argument with
// a particle pair ⟨은/는⟩, ⟨이/가⟩, ⟨을/를⟩, ⟨과/와⟩, ⟨으로/로⟩, ⟨이어야/여야⟩...: the first form
// after a final consonant, the second after a vowel, chosen by how the text before it is read
// (Hangul, digits, % and Latin letters as Koreans read them).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace figcheck {

enum class Language { kEnglish, kKorean };

// "en", "ko".
std::string_view LanguageName(Language language);
std::optional<Language> LanguageFromName(std::string_view name);
// Every language, in order ("en", "ko").
const std::vector<Language>& AllLanguages();

struct Phrase;

struct MessageArg {
  std::string name;
  std::string text;             // exact text (a figure, a number, a date, a code) when phrase is empty
  std::vector<Phrase> phrase;   // at most one: a clause of the catalogue, rendered in the same language
};

struct Phrase {
  std::string key;              // a key of the catalogue; empty renders as nothing
  std::vector<MessageArg> args;

  bool empty() const { return key.empty(); }
  // Adds an argument; returns *this for chaining.
  Phrase& Arg(std::string name, std::string text);
  Phrase& Arg(std::string name, Phrase phrase);
};

// A phrase of the catalogue with no arguments yet.
Phrase MakePhrase(std::string_view key);
// Text that is not the catalogue's (an input error's own words, tests): written as is in every language.
Phrase Verbatim(std::string text);
// "3 errors" / "1 error" / "오류 3건": `noun` is one of the catalogue's count.* nouns ("error").
Phrase CountPhrase(std::string_view noun, long long n);

// The sentence in `language`. A missing key or argument never throws: the template's text is
// kept as is (tests guard that every key and placeholder is filled).
std::string Render(const Phrase& phrase, Language language);
// A key with no arguments (a word of a report or the page).
std::string Render(std::string_view key, Language language);

struct CatalogueEntry {
  std::string_view key;
  std::string_view english;
  std::string_view korean;
};
// The whole catalogue, for tests and for the desk page's strings (keys "page.*").
const std::vector<CatalogueEntry>& Catalogue();
const CatalogueEntry* FindCatalogueEntry(std::string_view key);

// The placeholder names of a template ("{stated}" -> "stated"), in order, with repeats.
std::vector<std::string> PlaceholdersOf(std::string_view text);

}  // namespace figcheck
