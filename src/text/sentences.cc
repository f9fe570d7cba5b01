#include "text/sentences.h"

#include <filesystem>

#include "text/char_class.h"
#include "text/utf8.h"
#include "text/word_list.h"

namespace vigie {
namespace {

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

char32_t FirstCodePoint(std::string_view text, const Token& t) {
  size_t i = t.start;
  return utf8::Decode(text, &i);
}

bool IsTerminator(char32_t cp) {
  return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026 /* … */ || cp == 0x061F /* ؟ */ ||
         cp == 0x06D4 /* ۔ */ || cp == 0x203C || cp == 0x2047 || cp == 0x2048 || cp == 0x2049;
}

bool IsClosing(char32_t cp) {
  return cp == ')' || cp == ']' || cp == '}' || cp == 0xBB /* » */ || cp == 0x201D /* ” */ ||
         cp == 0x2019 /* ’ */ || cp == '"' || cp == '\'' || cp == 0x203A /* › */;
}

bool IsOpening(char32_t cp) {
  return cp == '(' || cp == '[' || cp == 0xAB /* « */ || cp == 0x201C /* “ */ || cp == '"' || cp == '\'' ||
         cp == 0x2018 || cp == '-' || cp == 0x2013 || cp == 0x2014 || cp == 0x2039 || cp == 0x2022;
}

// True when the gap between two tokens holds a blank line.
bool ParagraphBreak(std::string_view text, uint32_t from, uint32_t to) {
  bool newline = false;
  for (uint32_t i = from; i < to; ++i) {
    char c = text[i];
    if (c == '\n') {
      if (newline) return true;
      newline = true;
    } else if (c != ' ' && c != '\t' && c != '\r') {
      // Non-ASCII spaces or ignorable characters between the two newlines still make a blank
      // line; any other byte cannot occur between two tokens.
      if (static_cast<unsigned char>(c) < 0x80) newline = false;
    }
  }
  return false;
}

// Can `t` open a sentence? Anything but a lower-case Latin-script word, or a closing mark.
bool CanStartSentence(std::string_view text, const Token& t) {
  char32_t cp = FirstCodePoint(text, t);
  if (t.kind == TokenKind::kPunct) {
    if (IsOpening(cp)) return true;
    return !(IsTerminator(cp) || IsClosing(cp) || cp == ',' || cp == ';' || cp == ':' || cp == 0x060C ||
             cp == 0x061B);
  }
  CharInfo ci = GetCharInfo(cp);
  if (ci.kind == CharKind::kLetter) return (ci.flags & kCharLower) == 0;
  return true;
}

// Does `t` start with a capital? In a script without case (Arabic) any letter counts, or
// an abbreviation marked may-end (the era marker م) could never end a sentence there.
bool StartsWithCapital(std::string_view text, const Token& t) {
  CharInfo ci = GetCharInfo(FirstCodePoint(text, t));
  if (ci.flags & kCharUpper) return true;
  return ci.kind == CharKind::kLetter && (ci.flags & kCharLower) == 0;
}

}  // namespace

void Abbreviations::Add(const std::string& lang, const std::string& word, AbbreviationKind kind) {
  by_lang_[lang][word] = kind;
  all_.emplace(word, kind);
}

Status Abbreviations::AddFile(const std::string& path, const std::string& lang) {
  Result<std::vector<WordListEntry>> entries = LoadWordList(path);
  if (!entries.ok()) return entries.status();
  for (const WordListEntry& e : *entries) {
    AbbreviationKind kind = AbbreviationKind::kNeverFinal;
    if (e.fields.size() > 1) {
      if (e.fields[1] != "may-end") {
        return Status::InvalidInput(path + ":" + std::to_string(e.line) + ": second column must be 'may-end'");
      }
      kind = AbbreviationKind::kMayEnd;
    }
    std::string word = e.fields[0];
    if (!word.empty() && word.back() == '.') word.pop_back();
    Add(lang, word, kind);
  }
  return Status::Ok();
}

const AbbreviationKind* Abbreviations::Find(std::string_view lang, std::string_view word) const {
  const Table* table = &all_;
  if (auto it = by_lang_.find(lang); it != by_lang_.end()) table = &it->second;
  std::string key(word);
  if (auto it = table->find(key); it != table->end()) return &it->second;
  std::string lower = AsciiLower(word);
  if (lower != key) {
    if (auto it = table->find(lower); it != table->end()) return &it->second;
  }
  return nullptr;
}

Result<SentenceSplitter> SentenceSplitter::Load(const std::string& data_dir) {
  Abbreviations abbreviations;
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path dir = fs::path(data_dir) / "text";
  bool any = false;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    std::string name = entry.path().filename().string();
    const std::string prefix = "abbreviations.";
    const std::string suffix = ".txt";
    if (name.size() <= prefix.size() + suffix.size() || name.compare(0, prefix.size(), prefix) != 0 ||
        name.compare(name.size() - suffix.size(), suffix.size(), suffix) != 0) {
      continue;
    }
    std::string lang = name.substr(prefix.size(), name.size() - prefix.size() - suffix.size());
    VIGIE_RETURN_IF_ERROR(abbreviations.AddFile(entry.path().string(), lang));
    any = true;
  }
  if (ec) return Status::NotFound("cannot list " + dir.string() + ": " + ec.message());
  if (!any) return Status::NotFound("no abbreviation lists in " + dir.string());
  return SentenceSplitter(std::move(abbreviations));
}

void SentenceSplitter::Split(std::string_view text, const std::vector<Token>& tokens, std::string_view lang,
                             std::vector<SentenceSpan>* out) const {
  out->clear();
  const uint32_t n = static_cast<uint32_t>(tokens.size());
  uint32_t first = 0;
  auto close = [&](uint32_t end_token) {
    if (end_token <= first) return;
    out->push_back({{tokens[first].start, tokens[end_token - 1].end}, first, end_token});
    first = end_token;
  };
  for (uint32_t k = 0; k < n; ++k) {
    if (k > first && ParagraphBreak(text, tokens[k - 1].end, tokens[k].start)) close(k);
    const Token& t = tokens[k];
    if (t.kind != TokenKind::kPunct) continue;
    char32_t cp = FirstCodePoint(text, t);
    if (!IsTerminator(cp)) continue;
    // Take closing quotes and brackets along: "Non ! »", "(...)."
    uint32_t last = k;
    while (last + 1 < n && tokens[last + 1].kind == TokenKind::kPunct) {
      char32_t c = FirstCodePoint(text, tokens[last + 1]);
      bool glued = tokens[last + 1].start == tokens[last].end;
      if (IsTerminator(c) && glued) {
        ++last;  // "?!" or ".»."
      } else if (IsClosing(c) && (glued || c == 0xBB || c == 0x201D)) {
        ++last;
      } else {
        break;
      }
    }
    bool boundary;
    if (last + 1 >= n) {
      boundary = true;
    } else {
      const Token& next = tokens[last + 1];
      bool space_after = next.start > tokens[last].end;
      boundary = space_after && CanStartSentence(text, next);
      if (boundary && cp == '.' && last == k && k > 0 && tokens[k - 1].end == t.start) {
        const Token& prev = tokens[k - 1];
        std::string_view word = text.substr(prev.start, prev.size());
        if (prev.kind == TokenKind::kWord) {
          if (const AbbreviationKind* kind = abbreviations_.Find(lang, word)) {
            if (*kind == AbbreviationKind::kNeverFinal) boundary = false;
            else boundary = StartsWithCapital(text, next);
          } else if (utf8::CountCodePoints(word) == 1 && prev.has(kTokCapitalized)) {
            boundary = false;  // an initial: J. Smith
          }
        }
      }
      if (ParagraphBreak(text, tokens[last].end, next.start)) boundary = true;
    }
    if (boundary) {
      close(last + 1);
      k = last;
    }
  }
  close(n);
}

}  // namespace vigie
