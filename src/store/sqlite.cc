#include "store/sqlite.h"

#include <sqlite3.h>

namespace vigie::sql {

Statement::~Statement() { sqlite3_finalize(stmt_); }

namespace {
void Note(int rc, int* first) {
  if (rc != SQLITE_OK && *first == 0) *first = rc;
}
}  // namespace

void Statement::Bind(int index, std::string_view text) {
  // A null pointer would bind NULL: an empty view is the empty string.
  const char* data = text.data() != nullptr ? text.data() : "";
  Note(sqlite3_bind_text64(stmt_, index, data, text.size(), SQLITE_TRANSIENT, SQLITE_UTF8), &bind_error_);
}
void Statement::Bind(int index, int64_t value) { Note(sqlite3_bind_int64(stmt_, index, value), &bind_error_); }
void Statement::Bind(int index, double value) { Note(sqlite3_bind_double(stmt_, index, value), &bind_error_); }
void Statement::BindBlob(int index, std::string_view bytes) {
  const char* data = bytes.data() != nullptr ? bytes.data() : "";
  Note(sqlite3_bind_blob64(stmt_, index, data, bytes.size(), SQLITE_TRANSIENT), &bind_error_);
}
void Statement::BindNull(int index) { Note(sqlite3_bind_null(stmt_, index), &bind_error_); }
void Statement::BindTextOrNull(int index, std::string_view text) {
  if (text.empty()) {
    BindNull(index);
  } else {
    Bind(index, text);
  }
}

bool Statement::Step(Status* status) {
  if (bind_error_ != 0) {
    *status = Status::Internal(std::string("cannot bind a value: ") + sqlite3_errstr(bind_error_));
    return false;
  }
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  *status = conn_->Error("query failed");
  sqlite3_reset(stmt_);
  return false;
}

Status Statement::Run() {
  Status status;
  while (Step(&status)) {
  }
  Reset();
  return status;
}

bool Statement::IsNull(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }
int64_t Statement::Int(int column) const { return sqlite3_column_int64(stmt_, column); }
double Statement::Double(int column) const { return sqlite3_column_double(stmt_, column); }
std::string_view Statement::Text(int column) const {
  const unsigned char* p = sqlite3_column_text(stmt_, column);
  if (p == nullptr) return {};
  return std::string_view(reinterpret_cast<const char*>(p), static_cast<size_t>(sqlite3_column_bytes(stmt_, column)));
}

std::string_view Statement::Blob(int column) const {
  const void* p = sqlite3_column_blob(stmt_, column);
  if (p == nullptr) return {};
  return std::string_view(static_cast<const char*>(p), static_cast<size_t>(sqlite3_column_bytes(stmt_, column)));
}

void Statement::Reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
  bind_error_ = 0;
}

Result<std::unique_ptr<Connection>> Connection::Open(const std::string& path, OpenMode mode) {
  int flags = SQLITE_OPEN_NOMUTEX;
  switch (mode) {
    case OpenMode::kReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    case OpenMode::kReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case OpenMode::kReadWriteCreate: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
  }
  sqlite3* db = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string message = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close_v2(db);
    return Status::IoError("cannot open database " + path + ": " + message);
  }
  sqlite3_extended_result_codes(db, 1);
  return std::unique_ptr<Connection>(new Connection(db, path));
}

Connection::~Connection() {
  cache_.clear();  // statements first: a connection with live statements does not close
  sqlite3_close_v2(db_);
}

Status Connection::Exec(const std::string& sql) {
  char* message = nullptr;
  int rc = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &message);
  if (rc == SQLITE_OK) return Status::Ok();
  sqlite3_free(message);  // the same text stays in sqlite3_errmsg for Error()
  return Error("cannot run '" + sql.substr(0, 40) + (sql.size() > 40 ? "...'" : "'"));
}

Result<Statement*> Connection::Prepare(const std::string& sql) {
  auto it = cache_.find(sql);
  if (it != cache_.end()) {
    it->second->Reset();
    return it->second.get();
  }
  sqlite3_stmt* stmt = nullptr;
  int rc = sqlite3_prepare_v3(db_, sql.c_str(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt,
                              nullptr);
  if (rc != SQLITE_OK) return Error("cannot prepare a statement");
  auto owned = std::unique_ptr<Statement>(new Statement(stmt, this));
  Statement* raw = owned.get();
  cache_.emplace(sql, std::move(owned));
  return raw;
}

void Connection::ResetAll() {
  for (auto& [sql, stmt] : cache_) stmt->Reset();
}

Result<int64_t> Connection::QueryInt(const std::string& sql) {
  Result<Statement*> stmt = Prepare(sql);
  if (!stmt.ok()) return stmt.status();
  Status status;
  if (!(*stmt)->Step(&status)) {
    if (!status.ok()) return status;
    return Status::Internal("no row from: " + sql);
  }
  int64_t value = (*stmt)->Int(0);
  (*stmt)->Reset();
  return value;
}

Status Connection::Error(std::string_view what) const {
  int code = sqlite3_extended_errcode(db_);
  std::string message = path_ + ": " + std::string(what) + ": " + sqlite3_errmsg(db_);
  switch (code & 0xff) {
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT: return Status::InvalidInput(message + " (not a vigie database, or a damaged one)");
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return Status::IoError(message);
    default: return Status::Internal(message);
  }
}

int64_t Connection::LastInsertRowid() const { return sqlite3_last_insert_rowid(db_); }
int Connection::Changes() const { return sqlite3_changes(db_); }

Result<std::unique_ptr<Transaction>> Transaction::Begin(Connection* conn) {
  Status status = conn->Exec("BEGIN IMMEDIATE");
  if (!status.ok()) return status;
  return std::unique_ptr<Transaction>(new Transaction(conn));
}

Transaction::~Transaction() {
  if (!done_) (void)conn_->Exec("ROLLBACK");
}

Status Transaction::Commit() {
  conn_->ResetAll();  // no statement may hold a read open past COMMIT (see ResetAll)
  Status status = conn_->Exec("COMMIT");
  if (status.ok()) done_ = true;
  return status;
}

}  // namespace vigie::sql
