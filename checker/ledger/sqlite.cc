#include "checker/ledger/sqlite.h"

namespace figcheck::ledger {

Statement& Statement::Bind(int index, std::string_view text) {
  sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
  return *this;
}

Statement& Statement::Bind(int index, int64_t number) {
  sqlite3_bind_int64(stmt_, index, number);
  return *this;
}

Statement& Statement::Bind(int index, const std::optional<std::string>& text) {
  if (!text) {
    sqlite3_bind_null(stmt_, index);
    return *this;
  }
  return Bind(index, std::string_view(*text));
}

bool Statement::Step() {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc != SQLITE_DONE) status_ = db_->Error("query");
  return false;
}

Status Statement::Run() {
  while (Step()) {
  }
  return status_;
}

void Statement::Reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
  status_ = Status::Ok();
}

std::string Statement::Text(int column) const {
  const auto* p = sqlite3_column_text(stmt_, column);
  return p == nullptr ? std::string() : std::string(reinterpret_cast<const char*>(p), sqlite3_column_bytes(stmt_, column));
}

std::optional<std::string> Statement::OptionalText(int column) const {
  if (sqlite3_column_type(stmt_, column) == SQLITE_NULL) return std::nullopt;
  return Text(column);
}

Result<Database> Database::Open(const std::string& path, bool create) {
  sqlite3* db = nullptr;
  const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0);
  const int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string why = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close(db);
    return Status::IoError(path + ": cannot open the ledger (" + why + ")");
  }
  sqlite3_busy_timeout(db, 5000);  // another figcheck writing: wait rather than fail
  return Database(db, path);
}

Status Database::Exec(const std::string& sql) {
  if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK) return Error("statement");
  return Status::Ok();
}

Result<Statement> Database::Prepare(std::string_view sql) const {
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr) != SQLITE_OK) {
    return Error("query");
  }
  return Statement(*this, stmt);
}

Status Database::Error(std::string_view what) const {
  const int code = sqlite3_errcode(db_);
  std::string message = path_ + ": ";
  if (code == SQLITE_NOTADB || code == SQLITE_CORRUPT) {
    message += "not a figcheck ledger, or damaged (" + std::string(sqlite3_errmsg(db_)) + ")";
    return Status::InvalidInput(message);
  }
  message += "ledger " + std::string(what) + " failed (" + sqlite3_errmsg(db_) + ")";
  return Status::IoError(message);
}

Status Transaction::Begin() {
  Status s = db_.Exec("BEGIN IMMEDIATE");
  open_ = s.ok();
  return s;
}

Status Transaction::Commit() {
  Status s = db_.Exec("COMMIT");
  open_ = !s.ok();
  return s;
}

}  // namespace figcheck::ledger
