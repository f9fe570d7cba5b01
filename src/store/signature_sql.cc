#include "store/signature_sql.h"

#include <string>
#include <string_view>

#include "stories/minhash.h"
#include "text/fold.h"
#include "text/utf8.h"

namespace vigie {
namespace {

std::string_view TextArg(sqlite3_value* v) {
  const unsigned char* p = sqlite3_value_text(v);
  return p == nullptr ? std::string_view() : std::string_view(reinterpret_cast<const char*>(p), sqlite3_value_bytes(v));
}

void MinHashFunction(sqlite3_context* ctx, int, sqlite3_value** argv) {
  // A body is valid UTF-8 as vigie stored it; a file edited by another program may hold
  // anything, and folding reads UTF-8 unchecked.
  std::string_view body = TextArg(argv[0]);
  std::string repaired;
  if (!utf8::IsValid(body)) {
    utf8::Repair(body, &repaired);
    body = repaired;
  }
  FoldedText folded;
  Fold(body, &folded);
  const std::string blob = EncodeSignature(ComputeMinHash(folded.text));
  sqlite3_result_blob(ctx, blob.data(), static_cast<int>(blob.size()), SQLITE_TRANSIENT);
}

void BandKeysFunction(sqlite3_context* ctx, int, sqlite3_value** argv) {
  const void* p = sqlite3_value_blob(argv[0]);
  const std::string_view bytes(static_cast<const char*>(p), p == nullptr ? 0 : sqlite3_value_bytes(argv[0]));
  MinHashSignature sig;
  std::string json = "[";
  if (DecodeSignature(bytes, &sig) && sig.shingles > 0) {
    for (int64_t key : BandKeys(sig)) {
      if (json.size() > 1) json += ',';
      json += std::to_string(key);
    }
  }
  json += ']';
  sqlite3_result_text(ctx, json.data(), static_cast<int>(json.size()), SQLITE_TRANSIENT);
}

}  // namespace

Status RegisterSignatureFunctions(sqlite3* db) {
  constexpr int kFlags = SQLITE_UTF8 | SQLITE_DETERMINISTIC;
  int rc = sqlite3_create_function(db, "vigie_minhash", 1, kFlags, nullptr, MinHashFunction, nullptr, nullptr);
  if (rc == SQLITE_OK) {
    rc = sqlite3_create_function(db, "vigie_band_keys", 1, kFlags, nullptr, BandKeysFunction, nullptr, nullptr);
  }
  if (rc != SQLITE_OK) return Status::Internal(std::string("cannot register the signature functions: ") + sqlite3_errstr(rc));
  return Status::Ok();
}

}  // namespace vigie
