// gen_country_names: writes vigie's generated country lexicon files from the ICU/CLDR locale
// data installed on the system.
//
// Build and run from the repository root:
//
//   g++ -std=c++20 -O1 tools/gen_country_names.cc $(pkg-config --cflags --libs icu-uc) -o /tmp/gen_country_names && /tmp/gen_country_names data/lexicon
//
// It writes, under the lexicon folder given as its only argument:
//
//   entities/countries.tsv        one line per ISO 3166-1 alpha-2 country or territory
//   aliases/countries.en.tsv      CLDR display names in English,
//   aliases/countries.fr.tsv      in French,
//   aliases/countries.ar.tsv      and in Arabic.
//
// Which codes: those of uloc_getISOCountries() that CLDR's supplemental codeMappings give an
// ISO 3166-1 numeric code below 900. That keeps the 249 assigned ISO 3166-1 codes and drops
// the exceptionally reserved codes ICU lists (DG, EA, IC: no numeric code) and the
// user-assigned ones (XK Kosovo: 983; AA, QM-QZ, XA-XZ, ZZ).
//
// Which forms: for each code and language, CLDR's display name (Locale::getDisplayCountry),
// then its "short" and "variant" forms (resource tables Countries%short, Countries%variant of
// the region tree) where CLDR has them; in English also the display name with " & " written
// " and " ("Bosnia and Herzegovina"). Forms holding " - " or parentheses ("Congo - Kinshasa",
// "Myanmar (Burma)") are left out: news does not write them; the hand-written files
// aliases/countries_extra.<lang>.tsv carry the forms news does write. Forms that fold alike
// (case, accents, apostrophes) are written once.
//
// Flags: `cs` for forms without lower-case letters ("UK", "US", "É.-U."); `ambiguous` for the
// forms listed in kAmbiguous below (common words, rivers, capitals that share the name); `cue`
// for the Arabic ones of them that a place word before confirms ("في مالي").
//
// The entity name is CLDR's English display name with " & " written " and ", except for the
// few codes in kEnglishName whose CLDR name is not a usable display name ("Cocos (Keeling)
// Islands", the ISO short name, keeps its parentheses).
//
// Output is sorted by code and deterministic: rerunning on the same ICU gives the same files.

#include <unicode/errorcode.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uloc.h>
#include <unicode/unistr.h>
#include <unicode/ures.h>
#include <unicode/uvernum.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace {

struct LangInfo {
  const char* code;
  const char* name;
};
constexpr LangInfo kLangNames[] = {{"en", "English"}, {"fr", "French"}, {"ar", "Arabic"}};

// Canonical English names where CLDR's English display name is not one.
struct NameOverride {
  const char* code;
  const char* name;
};
constexpr NameOverride kEnglishName[] = {
    {"CD", "Democratic Republic of the Congo"},  // CLDR: "Congo - Kinshasa"
    {"CG", "Republic of the Congo"},             // CLDR: "Congo - Brazzaville"
    {"MM", "Myanmar"},                           // CLDR: "Myanmar (Burma)"
    {"HK", "Hong Kong"},                         // CLDR: "Hong Kong SAR China"
    {"MO", "Macao"},                             // CLDR: "Macao SAR China"
};

// Generated forms that are also common words or other entities' names: the matcher needs
// context to accept them. Each entry must match a generated form (the tool says when one no
// longer does, e.g. after a CLDR update).
struct AmbiguousForm {
  const char* lang;
  const char* code;
  const char* form;
  const char* why;
  bool cue = false;  // Arabic: a place word before the form confirms the country (flag cue)
};
constexpr AmbiguousForm kAmbiguous[] = {
    {"en", "BJ", "Benin", "Benin City, Nigeria"},
    {"en", "DJ", "Djibouti", "also the capital"},
    {"en", "GE", "Georgia", "US state"},
    {"en", "GN", "Guinea", "part of Equatorial Guinea, Guinea-Bissau, Gulf of Guinea"},
    {"en", "JE", "Jersey", "New Jersey; garment"},
    {"en", "JO", "Jordan", "first name; river"},
    {"en", "KW", "Kuwait", "also the capital"},
    {"en", "NE", "Niger", "river; Nigerian state"},
    {"en", "RE", "Réunion", "common word (reunion)"},
    {"en", "TD", "Chad", "first name; Lake Chad"},
    {"en", "TR", "Turkey", "common word (the bird)"},
    {"fr", "DJ", "Djibouti", "aussi la capitale"},
    {"fr", "DM", "Dominique", "prénom"},
    {"fr", "GD", "Grenade", "nom commun (arme)"},
    {"fr", "GE", "Géorgie", "État des États-Unis"},
    {"fr", "GN", "Guinée", "Guinée équatoriale, Guinée-Bissau, golfe de Guinée"},
    {"fr", "JE", "Jersey", "New Jersey; nom commun"},
    {"fr", "KW", "Koweït", "aussi la capitale"},
    {"fr", "MF", "Saint-Martin", "nombreuses localités; fête"},
    {"fr", "MU", "Maurice", "prénom"},
    {"fr", "NE", "Niger", "le fleuve; État du Nigeria"},
    {"fr", "RE", "La Réunion", "nom commun (la réunion)"},
    {"fr", "SV", "Salvador", "prénom; Salvador de Bahia"},
    {"ar", "BJ", "بنين", "common word (sons, boys)", true},
    {"ar", "DJ", "جيبوتي", "also the capital", true},
    {"ar", "DZ", "الجزائر", "also Algiers", true},
    {"ar", "GE", "جورجيا", "US state"},
    {"ar", "GN", "غينيا", "part of other names", true},
    {"ar", "KW", "الكويت", "also the capital", true},
    {"ar", "MA", "المغرب", "the Maghreb; sunset prayer (salat al-maghrib)", true},
    {"ar", "ME", "الجبل الأسود", "common phrase (the black mountain)"},
    {"ar", "ML", "مالي", "common word (financial)", true},
    {"ar", "NE", "النيجر", "the river", true},
    {"ar", "OM", "عُمان", "Amman, capital of Jordan, folds alike"},
    {"ar", "TN", "تونس", "also Tunis", true},
};

std::string Utf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

// A light version of vigie's matching fold (src/text/fold.cc), enough to tell which forms the
// matcher would see as one: compatibility decomposition, marks removed, case folded,
// typographic apostrophes as ASCII.
std::string FoldKey(const std::string& form) {
  icu::ErrorCode err;
  const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(err);
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(form);
  icu::UnicodeString d = nfkd->normalize(s, err);
  if (err.isFailure()) return form;
  icu::UnicodeString kept;
  for (int32_t i = 0; i < d.length();) {
    UChar32 c = d.char32At(i);
    int8_t t = u_charType(c);
    if (t != U_NON_SPACING_MARK && t != U_ENCLOSING_MARK && c != 0x0640) {
      if (c == 0x2019 || c == 0x2018 || c == 0x02BC) c = '\'';
      kept.append(c);
    }
    i += U16_LENGTH(c);
  }
  kept.foldCase();
  return Utf8(kept);
}

bool HasNoLowercase(const std::string& form) {
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(form);
  int upper = 0;
  for (int32_t i = 0; i < s.length();) {
    UChar32 c = s.char32At(i);
    if (u_islower(c)) return false;
    if (u_isupper(c)) ++upper;
    i += U16_LENGTH(c);
  }
  return upper >= 2;
}

bool Skipped(const std::string& form) {
  return form.find(" - ") != std::string::npos || form.find('(') != std::string::npos ||
         form.find(')') != std::string::npos;
}

std::string ReplaceAll(std::string s, std::string_view from, std::string_view to) {
  for (size_t p = s.find(from); p != std::string::npos; p = s.find(from, p + to.size())) {
    s.replace(p, from.size(), to);
  }
  return s;
}

// code -> ISO 3166-1 numeric code, from CLDR's supplemental codeMappings.
std::map<std::string, int> NumericCodes() {
  std::map<std::string, int> out;
  UErrorCode err = U_ZERO_ERROR;
  UResourceBundle* sd = ures_openDirect(nullptr, "supplementalData", &err);
  UResourceBundle* cm = ures_getByKey(sd, "codeMappings", nullptr, &err);
  if (U_FAILURE(err)) {
    std::cerr << "gen_country_names: no codeMappings in ICU data: " << u_errorName(err) << "\n";
    std::exit(1);
  }
  for (int32_t i = 0; i < ures_getSize(cm); ++i) {
    UErrorCode e = U_ZERO_ERROR;
    UResourceBundle* row = ures_getByIndex(cm, i, nullptr, &e);
    if (U_SUCCESS(e) && ures_getSize(row) >= 2) {
      int32_t len = 0;
      const UChar* a2 = ures_getStringByIndex(row, 0, &len, &e);
      std::string code = Utf8(icu::UnicodeString(a2, len));
      const UChar* num = ures_getStringByIndex(row, 1, &len, &e);
      std::string digits = Utf8(icu::UnicodeString(num, len));
      if (U_SUCCESS(e)) out[code] = std::atoi(digits.c_str());
    }
    ures_close(row);
  }
  ures_close(cm);
  ures_close(sd);
  return out;
}

// code -> form, for one alt table ("Countries%short", "Countries%variant") of one language.
std::map<std::string, std::string> AltNames(const char* lang, const char* table) {
  std::map<std::string, std::string> out;
  UErrorCode err = U_ZERO_ERROR;
  UResourceBundle* rb = ures_open(U_ICUDATA_NAME "-region", lang, &err);
  UResourceBundle* t = ures_getByKey(rb, table, nullptr, &err);
  if (U_SUCCESS(err)) {
    for (int32_t i = 0; i < ures_getSize(t); ++i) {
      UErrorCode e = U_ZERO_ERROR;
      UResourceBundle* item = ures_getByIndex(t, i, nullptr, &e);
      int32_t len = 0;
      const UChar* s = ures_getString(item, &len, &e);
      if (U_SUCCESS(e)) out[ures_getKey(item)] = Utf8(icu::UnicodeString(s, len));
      ures_close(item);
    }
  }
  ures_close(t);
  ures_close(rb);
  return out;
}

std::string DisplayName(const std::string& code, const char* lang) {
  icu::UnicodeString s;
  icu::Locale("", code.c_str()).getDisplayCountry(icu::Locale(lang), s);
  std::string out = Utf8(s);
  return out == code ? std::string() : out;  // ICU falls back to the code itself
}

std::string GeneratedLine() {
  return "# generated by tools/gen_country_names.cc from ICU " +
         std::to_string(U_ICU_VERSION_MAJOR_NUM) +
         " / CLDR locale data (Unicode License v3); do not edit — hand-written forms go in "
         "countries_extra.<lang>.tsv\n";
}

// "CLDR 42" and the like, read from the ICU data itself.
std::string CldrVersion() {
  UErrorCode err = U_ZERO_ERROR;
  UResourceBundle* sd = ures_openDirect(nullptr, "supplementalData", &err);
  int32_t len = 0;
  const UChar* v = ures_getStringByKey(sd, "cldrVersion", &len, &err);
  std::string out = U_SUCCESS(err) ? "CLDR " + Utf8(icu::UnicodeString(v, len)) : "CLDR";
  ures_close(sd);
  return out;
}

std::string LicenceLines() {
  return "# Source: Unicode " + CldrVersion() + " locale data as shipped in ICU " U_ICU_VERSION
         " (territory display names and their short/variant forms, supplemental codeMappings).\n"
         "# Licence: the Unicode licence for data files (ICU " U_ICU_VERSION
         " ships it as the Unicode License Agreement - Data Files and\n"
         "# Software, SPDX Unicode-DFS-2016; Unicode now issues the same terms as Unicode License v3,\n"
         "# SPDX Unicode-3.0): https://www.unicode.org/license.txt; see "
         "data/lexicon/README.countries.md.\n";
}

void Open(std::ofstream& out, const std::string& path) {
  out.open(path, std::ios::binary | std::ios::trunc);
  if (!out) {
    std::cerr << "gen_country_names: cannot write " << path << "\n";
    std::exit(1);
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: gen_country_names LEXICON_DIR   (e.g. data/lexicon)\n";
    return 2;
  }
  const std::string dir = argv[1];

  std::map<std::string, int> numeric = NumericCodes();
  std::vector<std::string> codes;
  for (const char* const* cc = uloc_getISOCountries(); *cc != nullptr; ++cc) {
    auto it = numeric.find(*cc);
    if (it == numeric.end() || it->second <= 0 || it->second >= 900) {
      std::cerr << "gen_country_names: skipping " << *cc << " (not an assigned ISO 3166-1 code)\n";
      continue;
    }
    codes.push_back(*cc);
  }

  // Entities.
  {
    std::map<std::string, std::string> overrides;
    for (const NameOverride& o : kEnglishName) overrides[o.code] = o.name;
    std::ofstream out;
    Open(out, dir + "/entities/countries.tsv");
    out << "# Countries and territories: every assigned ISO 3166-1 alpha-2 code, one line each.\n"
        << GeneratedLine() << LicenceLines()
        << "# name: CLDR's English display name, \" & \" written \" and \"; CD, CG, MM, HK, MO "
           "named in the tool.\n"
        << "# id\ttype\tkind\tcountry\tname\tattributes\n";
    for (const std::string& code : codes) {
      std::string name = DisplayName(code, "en");
      auto o = overrides.find(code);
      if (o != overrides.end()) name = o->second;
      name = ReplaceAll(name, " & ", " and ");
      if (name.empty() || name.find(" - ") != std::string::npos) {
        std::cerr << "gen_country_names: no usable English name for " << code << "\n";
        return 1;
      }
      out << "country:" << code << "\tLOC\tcountry\t" << code << "\t" << name << "\n";
    }
  }

  // Aliases.
  std::set<const AmbiguousForm*> used;
  for (const LangInfo& li : kLangNames) {
    const char* lang = li.code;
    std::map<std::string, std::string> shorts = AltNames(lang, "Countries%short");
    std::map<std::string, std::string> variants = AltNames(lang, "Countries%variant");
    std::ofstream out;
    Open(out, dir + "/aliases/countries." + lang + ".tsv");
    out << "# Country and territory names in " << li.name
        << " (ISO 3166-1): CLDR's display name and its short and variant forms.\n"
        << GeneratedLine() << LicenceLines()
        << "# Left out: forms holding \" - \" or parentheses. Flags: cs for forms without "
           "lower-case letters;\n"
        << "# ambiguous for the forms listed in the tool (kAmbiguous); cue for those of them a place word before\n"
        << "# confirms (data/lexicon/FORMAT.md).\n"
        << "# id\talias\tflags\n";
    int skipped = 0;
    for (const std::string& code : codes) {
      std::vector<std::string> forms;
      std::string display = DisplayName(code, lang);
      forms.push_back(display);
      if (auto it = shorts.find(code); it != shorts.end()) forms.push_back(it->second);
      if (auto it = variants.find(code); it != variants.end()) forms.push_back(it->second);
      if (std::string_view(lang) == "en") forms.push_back(ReplaceAll(display, " & ", " and "));
      std::set<std::string> seen;
      for (const std::string& form : forms) {
        if (form.empty()) continue;
        if (Skipped(form)) {
          ++skipped;
          continue;
        }
        if (!seen.insert(FoldKey(form)).second) continue;
        std::string flags;
        if (HasNoLowercase(form)) flags = "cs";
        for (const AmbiguousForm& a : kAmbiguous) {
          if (lang == std::string_view(a.lang) && code == a.code && form == a.form) {
            flags += flags.empty() ? "ambiguous" : ",ambiguous";
            if (a.cue) flags += ",cue";
            used.insert(&a);
          }
        }
        out << "country:" << code << "\t" << form;
        if (!flags.empty()) out << "\t" << flags;
        out << "\n";
      }
    }
    std::cerr << "gen_country_names: " << lang << ": " << skipped
              << " forms with \" - \" or parentheses left out\n";
  }
  int stale = 0;
  for (const AmbiguousForm& a : kAmbiguous) {
    if (!used.count(&a)) {
      std::cerr << "gen_country_names: kAmbiguous entry matches no generated form: " << a.lang
                << " " << a.code << " " << a.form << "\n";
      ++stale;
    }
  }
  std::cerr << "gen_country_names: " << codes.size() << " codes written to " << dir << "\n";
  return stale == 0 ? 0 : 1;
}
