// The store's schema, as a list of forward migrations (docs/store.md describes every table).
//
// A database's `PRAGMA user_version` is the number of migrations applied to it: 0 for a new
// file. Opening applies the missing ones in order, all in one transaction, so a database is
// always at one version or the next, never between. A database whose version is higher than
// kSchemaVersion was written by a newer vigie and is refused.
#ifndef VIGIE_STORE_SCHEMA_H_
#define VIGIE_STORE_SCHEMA_H_

#include <span>
#include <string_view>

namespace vigie {

struct Migration {
  int version;              // user_version after this step
  std::string_view what;    // one line, for messages and docs
  std::string_view sql;     // statements run in order
};

// All migrations, versions 1..kSchemaVersion in order.
std::span<const Migration> Migrations();

inline constexpr int kSchemaVersion = 9;

// `PRAGMA application_id` of a vigie database ("vigi" in ASCII).
inline constexpr int kApplicationId = 0x76696769;

// The full-text buckets: languages with an FTS5 table of their own (stemmed in that language),
// and kOtherFtsBucket for every other language (folded, not stemmed).
inline constexpr std::string_view kFtsLanguages[] = {"fr", "en", "ar", "pt"};
inline constexpr std::string_view kOtherFtsBucket = "other";

// The bucket of a document in language `lang`.
std::string_view FtsBucketFor(std::string_view lang);

}  // namespace vigie

#endif  // VIGIE_STORE_SCHEMA_H_
