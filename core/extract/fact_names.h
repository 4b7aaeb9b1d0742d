// Readable fact ids: "sensetime-valuation", "iflytek-net-profit".
//
// An id is the subject nearest a figure (a company or person named before it) and the topic
// the sentence gives the figure (valuation, revenue, fine ...). Latin-letter names are used as
// written; a Korean name is looked up in the article's own glosses ("아이플라이텍(iFlytek)") and
// otherwise romanised (Revised Romanization, letter by letter: 메그비 -> megeubi).
#pragma once

#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace figcheck {

// Korean name -> its Latin-letter form, from "이름(Latin)" pairs in the text.
using Glossary = std::map<std::string, std::string, std::less<>>;
void CollectGlosses(std::string_view text, Glossary* glossary);

// Revised Romanization of the Hangul in `text`, syllable by syllable, other letters kept.
std::string Romanize(std::string_view text);

// Lower-case ASCII slug: letters and digits kept, Hangul romanised (or glossed), the rest one
// '-'; at most 40 bytes, cut at a '-'. Empty when nothing is left.
std::string Slug(std::string_view text, const Glossary& glossary);

// Names the article itself establishes: glossed names, and Korean stems that carry a topic or
// subject marker at least twice in the body (메그비는 ... 메그비의 ...).
using KnownNames = std::set<std::string, std::less<>>;
KnownNames CollectKnownNames(const std::vector<std::string_view>& body, const Glossary& glossary);

// The subject of the figure at byte `at` of `sentence`: the nearest known name before it, else
// the nearest word with a topic or possessive marker (센스타임은, 아이플라이텍도, 메그비의,
// "센스타임 역시"), or an English proper name. Empty when there is none.
std::string SubjectBefore(std::string_view sentence, std::size_t at, std::string_view language,
                          const KnownNames& known = {});

// The names listed before "각각" / "respectively" ("메그비와 이투는 각각" -> {메그비, 이투}), empty
// when the sentence has no such list.
std::vector<std::string> RespectivelySubjects(std::string_view sentence, std::size_t first_figure,
                                              std::string_view language);

// The topic the sentence gives the figure at `at` ("valuation", "net-profit"), nearest first;
// empty when no known word is near.
std::string TopicNear(std::string_view sentence, std::size_t at);

}  // namespace figcheck
