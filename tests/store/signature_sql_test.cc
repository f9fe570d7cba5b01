// The SQL functions schema 7 recomputes near-duplicate signatures with (store/signature_sql.h).
#include "store/signature_sql.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <string>

#include "stories/minhash.h"
#include "text/fold.h"

namespace vigie {
namespace {

class SignatureSqlTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_EQ(sqlite3_open(":memory:", &db_), SQLITE_OK);
    ASSERT_TRUE(RegisterSignatureFunctions(db_).ok());
  }
  void TearDown() override { sqlite3_close(db_); }
  // The first column of the one row `sql` gives, as bytes.
  std::string One(const std::string& sql) {
    sqlite3_stmt* stmt = nullptr;
    EXPECT_EQ(sqlite3_prepare_v2(db_, sql.c_str(), -1, &stmt, nullptr), SQLITE_OK) << sqlite3_errmsg(db_);
    std::string out;
    if (sqlite3_step(stmt) == SQLITE_ROW) {
      const void* p = sqlite3_column_blob(stmt, 0);
      out.assign(static_cast<const char*>(p), p == nullptr ? 0 : sqlite3_column_bytes(stmt, 0));
    }
    sqlite3_finalize(stmt);
    return out;
  }
  sqlite3* db_ = nullptr;
};

TEST_F(SignatureSqlTest, TheSignatureOfABodyIsTheOneIngestComputes) {
  const std::string body = "Des hommes armés ont attaqué mardi un poste de la gendarmerie à Gao.";
  FoldedText folded;
  Fold(body, &folded);
  EXPECT_EQ(One("SELECT vigie_minhash('" + body + "')"), EncodeSignature(ComputeMinHash(folded.text)));
  MinHashSignature sig;
  ASSERT_TRUE(DecodeSignature(One("SELECT vigie_minhash('" + body + "')"), &sig));
  std::string keys = "[";
  for (int64_t k : BandKeys(sig)) keys += (keys.size() > 1 ? "," : "") + std::to_string(k);
  EXPECT_EQ(One("SELECT vigie_band_keys(vigie_minhash('" + body + "'))"), keys + "]");
}

TEST_F(SignatureSqlTest, BadValuesGiveEmptyAnswersNotCrashes) {
  // Invalid UTF-8 (a lone lead byte at the end, a stray continuation byte), NULL, an empty text:
  // a signature of the usual size, repaired text or none.
  for (const char* value : {"x'41206220e282'", "x'80804142'", "NULL", "''"}) {
    const std::string blob = One(std::string("SELECT vigie_minhash(CAST(") + value + " AS TEXT))");
    EXPECT_EQ(blob.size(), 4 + 4u * kMinHashes) << value;
  }
  EXPECT_EQ(One("SELECT vigie_band_keys(vigie_minhash(''))"), "[]");  // too short to compare
  EXPECT_EQ(One("SELECT vigie_band_keys(x'0102')"), "[]");            // not a signature
  EXPECT_EQ(One("SELECT vigie_band_keys(NULL)"), "[]");
}

}  // namespace
}  // namespace vigie
