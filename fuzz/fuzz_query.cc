// Fuzz target: the search syntax (store/query.h) and the vigie FTS5 tokenizer. Whatever
// TranslateQuery accepts must be an FTS5 expression SQLite runs without error, on tables of
// every kind of bucket; the tokenizer must take any bytes.
#include <sqlite3.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "store/fts_tokenizer.h"
#include "store/query.h"

namespace {

sqlite3* Db() {
  static sqlite3* db = [] {
    sqlite3* d = nullptr;
    if (sqlite3_open(":memory:", &d) != SQLITE_OK || !vigie::RegisterVigieTokenizer(d).ok()) std::abort();
    const char* setup =
        "CREATE VIRTUAL TABLE fr USING fts5(title, body, tokenize = 'vigie fr');"
        "CREATE VIRTUAL TABLE ar USING fts5(title, body, tokenize = 'vigie ar');"
        "CREATE VIRTUAL TABLE other USING fts5(title, body, tokenize = 'vigie none');"
        "INSERT INTO fr VALUES ('Attentat à Gao', 'Des hommes armés ont attaqué la sécurité du marché.');"
        "INSERT INTO ar VALUES ('هجوم', 'قتل مسلحون ثلاثة جنود في الهجمات على القاعدة');"
        "INSERT INTO other VALUES ('Harin', 'Yan bindiga sun kai hari a Zamfara');";
    if (sqlite3_exec(d, setup, nullptr, nullptr, nullptr) != SQLITE_OK) std::abort();
    return d;
  }();
  return db;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  for (const char* lang : {"fr", "ar", "none"}) (void)vigie::FtsTerms(lang, input);
  vigie::Result<std::string> match = vigie::TranslateQuery(input);
  if (!match.ok()) return 0;
  for (const char* table : {"fr", "ar", "other"}) {
    std::string sql = std::string("SELECT rowid, snippet(") + table + ", -1, '[', ']', '…', 8) FROM " + table +
                      " WHERE " + table + " MATCH ?1 ORDER BY bm25(" + table + ")";
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(Db(), sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK) std::abort();
    sqlite3_bind_text(stmt, 1, match->data(), static_cast<int>(match->size()), SQLITE_TRANSIENT);
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
    }
    if (rc != SQLITE_DONE) {
      std::fprintf(stderr, "FTS5 refused %s (from the query %.*s): %s\n", match->c_str(), static_cast<int>(size),
                   input.data(), sqlite3_errmsg(Db()));
      std::abort();
    }
    sqlite3_finalize(stmt);
  }
  return 0;
}
