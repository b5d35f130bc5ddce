#include "checker/ledger/schema.h"

#include <string>

namespace figcheck::ledger {
namespace {

// Step n takes a ledger of version n-1 to version n. Append new steps; never
// edit a released one (ledgers in the field are at every version).
const char* const kMigrations[] = {
    // 1: documents and their claims (every CONTRACT field, aspects, rule).
    R"sql(
      CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        path TEXT NOT NULL UNIQUE,
        content_hash TEXT NOT NULL,
        published TEXT
      );
      CREATE TABLE claims (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id),
        line INTEGER NOT NULL,
        col INTEGER NOT NULL,
        text TEXT NOT NULL,
        entity TEXT NOT NULL,
        metric TEXT NOT NULL,
        dimension TEXT NOT NULL,
        value TEXT NOT NULL,
        unit TEXT NOT NULL,
        qualifier TEXT NOT NULL,
        low TEXT,
        high TEXT,
        as_of TEXT,
        rule TEXT NOT NULL,
        unit_mismatch INTEGER NOT NULL,
        aspects TEXT NOT NULL
      );
      CREATE INDEX claims_by_document ON claims(document_id);
    )sql",
    // 2: the comparison key is indexed (review looks claims up by entity and
    // metric), and each document keeps its claim count for `ledger list`.
    R"sql(
      CREATE INDEX claims_by_key ON claims(entity, metric, unit);
      ALTER TABLE documents ADD COLUMN claim_count INTEGER NOT NULL DEFAULT 0;
      UPDATE documents SET claim_count = (SELECT COUNT(*) FROM claims WHERE claims.document_id = documents.id);
    )sql",
    // 3: whether the as-of date was stated in the text (not the publication
    // date); unknown for older rows, taken as not stated (precision first:
    // such a period total is then not compared).
    R"sql(
      ALTER TABLE claims ADD COLUMN as_of_stated INTEGER NOT NULL DEFAULT 0;
    )sql",
    // 4: the stated resolution of a figure (one unit of its last written
    // digit), which comparison reads. Rows stored before it lack fields a
    // fresh extraction gives (as_of_stated, resolution), so every document's
    // hash is cleared: the next `ledger add` of it re-extracts and replaces
    // its claims instead of calling it unchanged.
    R"sql(
      ALTER TABLE claims ADD COLUMN resolution TEXT;
      UPDATE documents SET content_hash = '';
    )sql",
    // 5: the confidence of a claim's entity (rules/attribution.yaml), as
    // text with three decimals; older rows have none, so every document's
    // hash is cleared again and the next `ledger add` re-extracts it.
    R"sql(
      ALTER TABLE claims ADD COLUMN confidence TEXT;
      UPDATE documents SET content_hash = '';
    )sql",
};
static_assert(std::size(kMigrations) == kSchemaVersion, "one migration step per schema version");

Result<int64_t> Pragma(Database& db, const char* name) {
  auto stmt = db.Prepare(std::string("PRAGMA ") + name);
  if (!stmt.ok()) return stmt.status();
  if (!stmt->Step()) return stmt->status().ok() ? db.Error(name) : stmt->status();
  return stmt->Int(0);
}

// Why this database cannot be used as a ledger of kSchemaVersion, or Ok.
Status CheckOwnership(Database& db, int64_t version, int64_t application) {
  if (application != 0 && application != kApplicationId) {
    return Status::InvalidInput(db.path() + ": an SQLite database of another application, not a figcheck ledger");
  }
  if (version > kSchemaVersion) {
    return Status::InvalidInput(db.path() + ": ledger schema version " + std::to_string(version) +
                                " is newer than this figcheck knows (" + std::to_string(kSchemaVersion) +
                                "); use a newer figcheck");
  }
  if (version == 0) {
    auto tables = db.Prepare("SELECT COUNT(*) FROM sqlite_master");
    if (!tables.ok()) return tables.status();
    if (!tables->Step()) return tables->status();
    if (tables->Int(0) > 0) {
      return Status::InvalidInput(db.path() + ": an SQLite database with other tables, not a figcheck ledger");
    }
  } else if (application != kApplicationId) {
    return Status::InvalidInput(db.path() + ": an SQLite database of another application, not a figcheck ledger");
  }
  return Status::Ok();
}

}  // namespace

Status Migrate(Database& db) {
  auto version = Pragma(db, "user_version");
  if (!version.ok()) return version.status();
  if (*version == kSchemaVersion) {
    auto application = Pragma(db, "application_id");
    if (!application.ok()) return application.status();
    return CheckOwnership(db, *version, *application);
  }
  Transaction txn(db);
  if (Status s = txn.Begin(); !s.ok()) return s;
  // Read again under the write lock: another figcheck may have migrated meanwhile.
  version = Pragma(db, "user_version");
  if (!version.ok()) return version.status();
  auto application = Pragma(db, "application_id");
  if (!application.ok()) return application.status();
  if (Status s = CheckOwnership(db, *version, *application); !s.ok()) return s;
  for (int64_t step = *version; step < kSchemaVersion; ++step) {
    if (Status s = db.Exec(kMigrations[step]); !s.ok()) return s;
  }
  if (Status s = db.Exec("PRAGMA user_version = " + std::to_string(kSchemaVersion) +
                         "; PRAGMA application_id = " + std::to_string(kApplicationId));
      !s.ok()) {
    return s;
  }
  return txn.Commit();
}

}  // namespace figcheck::ledger
