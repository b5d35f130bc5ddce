#include "checker/ledger/sqlite_ledger.h"

#include <cstdlib>
#include <algorithm>
#include <filesystem>
#include <map>
#include <tuple>

#include "checker/document/loader.h"
#include "checker/ledger/claim_row.h"
#include "checker/ledger/schema.h"
#include "checker/ledger/sqlite.h"

namespace figcheck {
namespace {

using ledger::Database;
using ledger::Statement;

namespace fs = std::filesystem;

// Claim columns: the document's path and the claim's id, then a ClaimRow.
const std::string kClaimColumns = "d.path, c.id, " + ledger::ClaimRowColumns("c");

Claim ReadClaim(const Statement& row) {
  ledger::ClaimRow r;
  r.line = row.Int(2);
  r.column = row.Int(3);
  r.text = row.Text(4);
  r.entity = row.Text(5);
  r.metric = row.Text(6);
  r.dimension = row.Text(7);
  r.value = row.Text(8);
  r.unit = row.Text(9);
  r.qualifier = row.Text(10);
  r.low = row.OptionalText(11);
  r.high = row.OptionalText(12);
  r.as_of = row.OptionalText(13);
  r.rule = row.Text(14);
  r.unit_mismatch = row.Int(15);
  r.aspects = row.Text(16);
  r.as_of_stated = row.Int(17);
  r.resolution = row.OptionalText(18);
  r.confidence = row.OptionalText(19);
  return ledger::ClaimOf(row.Text(0), r);
}

Status InsertClaim(Statement& insert, int64_t document_id, const Claim& c) {
  const ledger::ClaimRow r = ledger::RowOf(c);
  insert.Reset();
  insert.Bind(1, document_id)
      .Bind(2, r.line)
      .Bind(3, r.column)
      .Bind(4, r.text)
      .Bind(5, r.entity)
      .Bind(6, r.metric)
      .Bind(7, r.dimension)
      .Bind(8, r.value)
      .Bind(9, r.unit)
      .Bind(10, r.qualifier)
      .Bind(11, r.low)
      .Bind(12, r.high)
      .Bind(13, r.as_of)
      .Bind(14, r.rule)
      .Bind(15, r.unit_mismatch)
      .Bind(16, r.aspects)
      .Bind(17, r.as_of_stated)
      .Bind(18, r.resolution)
      .Bind(19, r.confidence);
  return insert.Run();
}

// Rows of a two-column (name, count) query.
Result<std::vector<std::pair<std::string, int64_t>>> Counts(Database& db, const char* sql) {
  auto stmt = db.Prepare(sql);
  if (!stmt.ok()) return stmt.status();
  std::vector<std::pair<std::string, int64_t>> out;
  while (stmt->Step()) out.emplace_back(stmt->Text(0), stmt->Int(1));
  if (!stmt->status().ok()) return stmt->status();
  return out;
}

Result<int64_t> Count(Database& db, const char* sql) {
  auto rows = Counts(db, sql);
  if (!rows.ok()) return rows.status();
  return rows->empty() ? 0 : rows->front().second;
}

}  // namespace

class SqliteLedger::Store {
 public:
  explicit Store(Database db) : db(std::move(db)) {}
  Database db;
  std::optional<Statement> insert_claim;  // prepared once: a document may have thousands of claims
};

SqliteLedger::SqliteLedger(std::string path, std::unique_ptr<Store> store)
    : Ledger(std::move(path)), store_(std::move(store)) {}
SqliteLedger::~SqliteLedger() = default;

Result<std::unique_ptr<Ledger>> SqliteLedger::Open(const std::string& path, Mode mode) {
  std::error_code ec;
  if (mode == Mode::kOpenExisting && !fs::exists(path, ec)) {
    return Status::NotFound(path + ": no ledger here (`figcheck ledger add` creates one)");
  }
  if (fs::is_directory(path, ec)) return Status::InvalidInput(path + ": is a directory, not a ledger file");
  if (mode == Mode::kCreateIfMissing && fs::path(path).has_parent_path()) {
    fs::create_directories(fs::path(path).parent_path(), ec);
    if (ec) return Status::IoError(path + ": cannot create its directory (" + ec.message() + ")");
  }
  auto db = Database::Open(path, mode == Mode::kCreateIfMissing);
  if (!db.ok()) return db.status();
  // WAL: a writer killed mid-transaction leaves the ledger as of its last commit,
  // and readers (review) never wait for a writer (ledger add).
  if (Status s = db->Exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL"); !s.ok()) return s;
  if (Status s = ledger::Migrate(*db); !s.ok()) return s;
  auto store = std::make_unique<Store>(std::move(*db));
  auto insert = store->db.Prepare(std::string("INSERT INTO claims (document_id, ") + ledger::kClaimRowColumns +
                                  ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, "
                                  "?17, ?18, ?19)");
  if (!insert.ok()) return insert.status();
  store->insert_claim.emplace(std::move(*insert));
  return std::unique_ptr<Ledger>(new SqliteLedger(path, std::move(store)));
}

Result<std::optional<std::string>> SqliteLedger::StoredHash(const std::string& path) {
  auto stmt = store_->db.Prepare("SELECT content_hash FROM documents WHERE path = ?1");
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(1, NormalPath(path));
  if (stmt->Step()) return std::optional<std::string>(stmt->Text(0));
  if (!stmt->status().ok()) return stmt->status();
  return std::optional<std::string>();
}

Result<PutOutcome> SqliteLedger::Put(const LedgerDocument& doc, const std::vector<Claim>& claims) {
  Database& db = store_->db;
  ledger::Transaction txn(db);
  if (Status s = txn.Begin(); !s.ok()) return s;
  const std::string path = NormalPath(doc.path);
  auto find = db.Prepare("SELECT id, content_hash FROM documents WHERE path = ?1");
  if (!find.ok()) return find.status();
  find->Bind(1, path);
  std::optional<int64_t> id;
  if (find->Step()) {
    if (find->Text(1) == doc.content_hash) return PutOutcome::kUnchanged;
    id = find->Int(0);
  }
  if (!find->status().ok()) return find->status();
  find->Reset();
  const PutOutcome outcome = id ? PutOutcome::kReplaced : PutOutcome::kAdded;
  if (id) {
    auto clear = db.Prepare("DELETE FROM claims WHERE document_id = ?1");
    if (!clear.ok()) return clear.status();
    if (Status s = clear->Bind(1, *id).Run(); !s.ok()) return s;
    auto update = db.Prepare("UPDATE documents SET content_hash = ?2, published = ?3, claim_count = ?4 WHERE id = ?1");
    if (!update.ok()) return update.status();
    update->Bind(1, *id).Bind(2, std::string_view(doc.content_hash)).Bind(3, doc.published);
    if (Status s = update->Bind(4, static_cast<int64_t>(claims.size())).Run(); !s.ok()) return s;
  } else {
    auto insert = db.Prepare(
        "INSERT INTO documents (path, content_hash, published, claim_count) VALUES (?1, ?2, ?3, ?4) RETURNING id");
    if (!insert.ok()) return insert.status();
    insert->Bind(1, path).Bind(2, std::string_view(doc.content_hash)).Bind(3, doc.published);
    insert->Bind(4, static_cast<int64_t>(claims.size()));
    if (!insert->Step()) return insert->status().ok() ? db.Error("insert") : insert->status();
    id = insert->Int(0);
  }
  for (const Claim& c : claims) {
    if (Status s = InsertClaim(*store_->insert_claim, *id, c); !s.ok()) return s;
  }
  if (Status s = txn.Commit(); !s.ok()) return s;
  return outcome;
}

Result<bool> SqliteLedger::Remove(const std::string& path) {
  Database& db = store_->db;
  ledger::Transaction txn(db);
  if (Status s = txn.Begin(); !s.ok()) return s;
  auto clear = db.Prepare("DELETE FROM claims WHERE document_id IN (SELECT id FROM documents WHERE path = ?1)");
  auto drop = db.Prepare("DELETE FROM documents WHERE path = ?1 RETURNING id");
  if (!clear.ok()) return clear.status();
  if (!drop.ok()) return drop.status();
  if (Status s = clear->Bind(1, NormalPath(path)).Run(); !s.ok()) return s;
  const bool found = drop->Bind(1, NormalPath(path)).Step();
  if (Status s = drop->Run(); !s.ok()) return s;
  if (Status s = txn.Commit(); !s.ok()) return s;
  return found;
}

Result<std::vector<LedgerDocument>> SqliteLedger::Documents() {
  auto stmt = store_->db.Prepare("SELECT path, content_hash, published, claim_count FROM documents ORDER BY path");
  if (!stmt.ok()) return stmt.status();
  std::vector<LedgerDocument> out;
  while (stmt->Step()) out.push_back({stmt->Text(0), stmt->Text(1), stmt->OptionalText(2), stmt->Int(3)});
  if (!stmt->status().ok()) return stmt->status();
  return out;
}

Result<std::vector<Claim>> SqliteLedger::DocumentClaims(const std::string& path) {
  auto stmt = store_->db.Prepare("SELECT " + kClaimColumns +
                                 " FROM claims c JOIN documents d ON d.id = c.document_id WHERE d.path = ?1"
                                 " ORDER BY c.id");
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(1, NormalPath(path));
  std::vector<Claim> out;
  while (stmt->Step()) out.push_back(ReadClaim(*stmt));
  if (!stmt->status().ok()) return stmt->status();
  return out;
}

Result<std::vector<Claim>> SqliteLedger::ClaimsWithKeys(const std::set<EntityMetric>& keys,
                                                  const std::set<std::string>& exclude) {
  std::set<std::string> excluded;
  for (const auto& e : exclude) excluded.insert(NormalPath(e));
  auto stmt = store_->db.Prepare("SELECT " + kClaimColumns +
                                 " FROM claims c JOIN documents d ON d.id = c.document_id"
                                 " WHERE c.entity = ?1 AND c.metric = ?2");
  if (!stmt.ok()) return stmt.status();
  std::vector<ledger::FoundClaim> found;
  for (const auto& key : keys) {
    stmt->Reset();
    stmt->Bind(1, std::string_view(key.entity)).Bind(2, std::string_view(key.metric));
    while (stmt->Step()) {
      if (excluded.count(stmt->Text(0)) > 0) continue;
      found.push_back({stmt->Text(0), stmt->Int(1), ReadClaim(*stmt)});
    }
    if (!stmt->status().ok()) return stmt->status();
  }
  return ledger::InLedgerOrder(std::move(found));
}

Result<LedgerStats> SqliteLedger::Stats() {
  Database& db = store_->db;
  LedgerStats stats;
  auto documents = Count(db, "SELECT 'documents', COUNT(*) FROM documents");
  auto claims = Count(db, "SELECT 'claims', COUNT(*) FROM claims");
  auto version = Count(db, "SELECT 'version', user_version FROM pragma_user_version");
  auto pages = Count(db, "SELECT 'bytes', p.page_count * s.page_size FROM pragma_page_count p, pragma_page_size s");
  auto by_metric = Counts(db, "SELECT metric, COUNT(*) FROM claims GROUP BY metric ORDER BY 2 DESC, 1");
  auto by_entity = Counts(db, "SELECT entity, COUNT(*) FROM claims GROUP BY entity ORDER BY 2 DESC, 1");
  for (const Status* s : {&documents.status(), &claims.status(), &version.status(), &pages.status(),
                          &by_metric.status(), &by_entity.status()}) {
    if (!s->ok()) return *s;
  }
  stats.documents = *documents;
  stats.claims = *claims;
  stats.schema_version = static_cast<int>(*version);
  stats.file_bytes = *pages;
  stats.by_metric = std::move(*by_metric);
  stats.by_entity = std::move(*by_entity);
  return stats;
}

Status SqliteLedger::CheckIntegrity() {
  auto rows = Counts(store_->db, "SELECT integrity_check, 0 FROM pragma_integrity_check");
  if (!rows.ok()) return rows.status();
  if (rows->size() == 1 && rows->front().first == "ok") return Status::Ok();
  std::string problems;
  for (const auto& [problem, unused] : *rows) problems += (problems.empty() ? "" : "; ") + problem;
  return Status::InvalidInput(path() + ": damaged ledger: " + problems);
}

}  // namespace figcheck
