// SQLite handles for the ledger module only (nothing outside checker/ledger/
// includes this header, so the C API stays inside the module).
//
// Contract: Database owns one connection and Statement one prepared
// statement; both close on destruction. Every call that can fail returns a
// Status whose message names the database file and SQLite's own reason.
// Statement binds are 1-based like SQLite's; Step() returns true while a row
// is available and false when done (or failed: check status()).
#ifndef FIGCHECK_LEDGER_SQLITE_H_
#define FIGCHECK_LEDGER_SQLITE_H_

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "checker/util/status.h"

namespace figcheck::ledger {

class Database;

class Statement {
 public:
  Statement(const Database& db, sqlite3_stmt* stmt) : db_(&db), stmt_(stmt) {}
  Statement(Statement&& o) noexcept : db_(o.db_), stmt_(o.stmt_), status_(std::move(o.status_)) { o.stmt_ = nullptr; }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  ~Statement() { sqlite3_finalize(stmt_); }

  Statement& Bind(int index, std::string_view text);
  Statement& Bind(int index, const std::string& text) { return Bind(index, std::string_view(text)); }
  Statement& Bind(int index, int64_t number);
  Statement& Bind(int index, const std::optional<std::string>& text);  // nullopt binds NULL
  bool Step();                 // true: a row is ready
  Status Run();                // steps to the end; for statements without rows
  void Reset();                // ready to bind and run again
  const Status& status() const { return status_; }

  int64_t Int(int column) const { return sqlite3_column_int64(stmt_, column); }
  std::string Text(int column) const;
  std::optional<std::string> OptionalText(int column) const;

 private:
  const Database* db_;
  sqlite3_stmt* stmt_;
  Status status_;
};

class Database {
 public:
  // Opens `path`, creating it only when `create` is set.
  static Result<Database> Open(const std::string& path, bool create);
  Database(Database&& o) noexcept : db_(o.db_), path_(std::move(o.path_)) { o.db_ = nullptr; }
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;
  ~Database() { sqlite3_close(db_); }

  Status Exec(const std::string& sql);
  Result<Statement> Prepare(std::string_view sql) const;
  // A Status naming the file and SQLite's last error, after `what` failed.
  Status Error(std::string_view what) const;
  const std::string& path() const { return path_; }

 private:
  Database(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  sqlite3* db_;
  std::string path_;
};

// A transaction that rolls back unless committed (so an early return leaves the ledger as it was).
class Transaction {
 public:
  explicit Transaction(Database& db) : db_(db) {}
  ~Transaction() {
    if (open_) db_.Exec("ROLLBACK");
  }
  Status Begin();
  Status Commit();

 private:
  Database& db_;
  bool open_ = false;
};

}  // namespace figcheck::ledger

#endif  // FIGCHECK_LEDGER_SQLITE_H_
