// Thin RAII layer over the SQLite C API: a connection that owns its prepared statements (a
// cache keyed by SQL text), statements with typed binds and column reads, transactions that
// roll back unless committed, and SQLite errors turned into Status values.
//
// Values are always bound as parameters: SQL text passed here is written by vigie, never
// assembled from user input.
//
// Not thread-safe: one Connection per thread (SQLite's own serialisation is not relied on).
#ifndef VIGIE_STORE_SQLITE_H_
#define VIGIE_STORE_SQLITE_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "common/status.h"

struct sqlite3;
struct sqlite3_stmt;

namespace vigie::sql {

class Connection;

// A prepared statement, reset and cleared each time it is taken from the cache. Binds are
// 1-based like SQLite's; columns are 0-based.
class Statement {
 public:
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  void Bind(int index, std::string_view text);
  void Bind(int index, int64_t value);
  void Bind(int index, double value);
  void BindBlob(int index, std::string_view bytes);
  void BindNull(int index);
  // Text, or NULL when empty.
  void BindTextOrNull(int index, std::string_view text);

  // Steps once: true with a row, false when done; *status set on an error (and false).
  bool Step(Status* status);
  // Steps to the end (for statements without rows).
  Status Run();

  bool IsNull(int column) const;
  int64_t Int(int column) const;
  double Double(int column) const;
  // The view is valid until the next Step or reset.
  std::string_view Text(int column) const;
  std::string String(int column) const { return std::string(Text(column)); }
  // The bytes of a BLOB column; valid until the next Step or reset.
  std::string_view Blob(int column) const;

  void Reset();
  sqlite3_stmt* raw() const { return stmt_; }

 private:
  friend class Connection;
  Statement(sqlite3_stmt* stmt, Connection* conn) : stmt_(stmt), conn_(conn) {}
  sqlite3_stmt* stmt_;
  Connection* conn_;
  int bind_error_ = 0;  // first error met while binding, reported by Step
};

enum class OpenMode { kReadOnly, kReadWrite, kReadWriteCreate };

class Connection {
 public:
  static Result<std::unique_ptr<Connection>> Open(const std::string& path, OpenMode mode);
  ~Connection();
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  // Runs one or more statements without parameters or results (schema, pragmas).
  Status Exec(const std::string& sql);
  // The cached statement for `sql`, reset and with bindings cleared; owned by the connection
  // and valid while it lives. Use one at a time per SQL text (the same object is returned).
  Result<Statement*> Prepare(const std::string& sql);
  // One integer from a query returning one row (PRAGMA user_version, COUNT(*)...).
  Result<int64_t> QueryInt(const std::string& sql);
  // Resets every cached statement. A statement left on a row keeps a read transaction open on
  // the connection after COMMIT, and while one is open SQLite cannot checkpoint: the WAL then
  // grows without bound (3.2 GB after 67,000 documents stored before this was done on commit).
  void ResetAll();

  // A Status for the connection's last error, prefixed by `what`.
  Status Error(std::string_view what) const;
  int64_t LastInsertRowid() const;
  int Changes() const;
  sqlite3* raw() const { return db_; }
  const std::string& path() const { return path_; }

 private:
  Connection(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  sqlite3* db_;
  std::string path_;
  std::unordered_map<std::string, std::unique_ptr<Statement>> cache_;
};

// BEGIN IMMEDIATE on construction (Begin), ROLLBACK on destruction unless Commit() succeeded.
class Transaction {
 public:
  static Result<std::unique_ptr<Transaction>> Begin(Connection* conn);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  Status Commit();

 private:
  explicit Transaction(Connection* conn) : conn_(conn) {}
  Connection* conn_;
  bool done_ = false;
};

}  // namespace vigie::sql

#endif  // VIGIE_STORE_SQLITE_H_
