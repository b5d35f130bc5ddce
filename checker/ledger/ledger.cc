#include "checker/ledger/ledger.h"

#include <cstdlib>
#include <algorithm>
#include <filesystem>
#include <map>
#include <tuple>

#include "checker/document/loader.h"
#include "checker/ledger/schema.h"
#include "checker/ledger/sqlite.h"

namespace figcheck {
namespace {

using ledger::Database;
using ledger::Statement;

namespace fs = std::filesystem;

// Claim columns, in the order ReadClaim reads them after the document path.
constexpr const char* kClaimColumns =
    "d.path, c.id, c.line, c.col, c.text, c.entity, c.metric, c.dimension, c.value, c.unit, c.qualifier, c.low, "
    "c.high, c.as_of, c.rule, c.unit_mismatch, c.aspects, c.as_of_stated, c.resolution, c.confidence";

// Aspects are stored as their texts, comma-joined, and typed again on read.
std::string JoinAspects(const std::vector<Aspect>& aspects) {
  std::string s;
  for (const auto& a : aspects) s += (s.empty() ? "" : ",") + a.Text();
  return s;
}

std::vector<Aspect> SplitAspects(const std::string& s) {
  std::vector<Aspect> out;
  size_t begin = 0;
  while (begin < s.size()) {
    size_t end = s.find(',', begin);
    if (end == std::string::npos) end = s.size();
    out.push_back(Aspect::Parse(s.substr(begin, end - begin)));
    begin = end + 1;
  }
  return out;
}

Claim ReadClaim(const Statement& row) {
  Claim c;
  c.doc = row.Text(0);
  c.line = static_cast<int>(row.Int(2));
  c.column = static_cast<int>(row.Int(3));
  c.text = row.Text(4);
  c.entity = row.Text(5);
  c.metric = row.Text(6);
  c.dimension = ParseDimension(row.Text(7)).value_or(Dimension::kNone);
  // The ledger stores figures as their text (FigureValue::Text), typed again here.
  c.value = FigureValue::Read(c.dimension, row.Text(8));
  c.unit = row.Text(9);
  c.qualifier = ParseQualifier(row.Text(10)).value_or(Qualifier::kExact);
  c.low = FigureValue::ReadOptional(c.dimension, row.OptionalText(11));
  c.high = FigureValue::ReadOptional(c.dimension, row.OptionalText(12));
  if (auto as_of = row.OptionalText(13)) c.as_of = CivilDate::ParseIso(*as_of);  // written by ToIso()
  c.rule = row.Text(14);
  c.unit_mismatch = row.Int(15) != 0;
  c.aspects = SplitAspects(row.Text(16));
  c.as_of_stated = row.Int(17) != 0;
  if (const auto resolution = row.OptionalText(18)) c.resolution = Decimal::Parse(*resolution);
  // Rows written before schema 5 hold no confidence: their attribution is not doubted.
  const auto confidence = row.OptionalText(19);
  c.confidence = confidence ? std::strtod(confidence->c_str(), nullptr) : 1.0;
  return c;
}

// A typed optional field as the text the ledger stores, or NULL.
template <typename T, typename AsText>
std::optional<std::string> StoredText(const std::optional<T>& v, AsText as_text) {
  return v ? std::optional<std::string>(as_text(*v)) : std::nullopt;
}

Status InsertClaim(Statement& insert, int64_t document_id, const Claim& c) {
  insert.Reset();
  insert.Bind(1, document_id)
      .Bind(2, int64_t{c.line})
      .Bind(3, int64_t{c.column})
      .Bind(4, std::string_view(c.text))
      .Bind(5, std::string_view(c.entity))
      .Bind(6, std::string_view(c.metric))
      .Bind(7, DimensionName(c.dimension))
      .Bind(8, std::string_view(c.value.Text()))
      .Bind(9, std::string_view(c.unit))
      .Bind(10, QualifierName(c.qualifier))
      .Bind(11, StoredText(c.low, [](const FigureValue& v) { return v.Text(); }))
      .Bind(12, StoredText(c.high, [](const FigureValue& v) { return v.Text(); }))
      .Bind(13, StoredText(c.as_of, [](const CivilDate& d) { return d.ToIso(); }))
      .Bind(14, std::string_view(c.rule))
      .Bind(15, int64_t{c.unit_mismatch ? 1 : 0})
      .Bind(16, JoinAspects(c.aspects))
      .Bind(17, int64_t{c.as_of_stated ? 1 : 0})
      .Bind(18, StoredText(c.resolution, [](const Decimal& d) { return d.ToString(); }))
      .Bind(19, ThreeDecimals(c.confidence));  // as the JSON writes it: a stored claim reads back as written
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

class Ledger::Store {
 public:
  explicit Store(Database db) : db(std::move(db)) {}
  Database db;
  std::optional<Statement> insert_claim;  // prepared once: a document may have thousands of claims
};

Ledger::Ledger(std::string path, std::unique_ptr<Store> store) : path_(std::move(path)), store_(std::move(store)) {}
Ledger::~Ledger() = default;

Result<std::unique_ptr<Ledger>> Ledger::Open(const std::string& path, Mode mode) {
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
  auto insert = store->db.Prepare(
      "INSERT INTO claims (document_id, line, col, text, entity, metric, dimension, value, unit, qualifier, low, "
      "high, as_of, rule, unit_mismatch, aspects, as_of_stated, resolution, confidence) VALUES (?1, ?2, ?3, ?4, "
      "?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)");
  if (!insert.ok()) return insert.status();
  store->insert_claim.emplace(std::move(*insert));
  return std::unique_ptr<Ledger>(new Ledger(path, std::move(store)));
}

Result<std::optional<std::string>> Ledger::StoredHash(const std::string& path) {
  auto stmt = store_->db.Prepare("SELECT content_hash FROM documents WHERE path = ?1");
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(1, NormalPath(path));
  if (stmt->Step()) return std::optional<std::string>(stmt->Text(0));
  if (!stmt->status().ok()) return stmt->status();
  return std::optional<std::string>();
}

Result<PutOutcome> Ledger::Put(const LedgerDocument& doc, const std::vector<Claim>& claims) {
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

Result<bool> Ledger::Remove(const std::string& path) {
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

Result<std::vector<LedgerDocument>> Ledger::Documents() {
  auto stmt = store_->db.Prepare("SELECT path, content_hash, published, claim_count FROM documents ORDER BY path");
  if (!stmt.ok()) return stmt.status();
  std::vector<LedgerDocument> out;
  while (stmt->Step()) out.push_back({stmt->Text(0), stmt->Text(1), stmt->OptionalText(2), stmt->Int(3)});
  if (!stmt->status().ok()) return stmt->status();
  return out;
}

Result<std::vector<Claim>> Ledger::DocumentClaims(const std::string& path) {
  auto stmt = store_->db.Prepare(std::string("SELECT ") + kClaimColumns +
                                 " FROM claims c JOIN documents d ON d.id = c.document_id WHERE d.path = ?1"
                                 " ORDER BY c.id");
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(1, NormalPath(path));
  std::vector<Claim> out;
  while (stmt->Step()) out.push_back(ReadClaim(*stmt));
  if (!stmt->status().ok()) return stmt->status();
  return out;
}

Result<std::vector<Claim>> Ledger::ClaimsWithKeys(const std::set<EntityMetric>& keys,
                                                  const std::set<std::string>& exclude) {
  std::set<std::string> excluded;
  for (const auto& e : exclude) excluded.insert(NormalPath(e));
  auto stmt = store_->db.Prepare(std::string("SELECT ") + kClaimColumns +
                                 " FROM claims c JOIN documents d ON d.id = c.document_id"
                                 " WHERE c.entity = ?1 AND c.metric = ?2");
  if (!stmt.ok()) return stmt.status();
  // (path, claim id) orders claims by document, then as they were put.
  std::vector<std::tuple<std::string, int64_t, Claim>> found;
  for (const auto& key : keys) {
    stmt->Reset();
    stmt->Bind(1, std::string_view(key.entity)).Bind(2, std::string_view(key.metric));
    while (stmt->Step()) {
      if (excluded.count(stmt->Text(0)) > 0) continue;
      found.emplace_back(stmt->Text(0), stmt->Int(1), ReadClaim(*stmt));
    }
    if (!stmt->status().ok()) return stmt->status();
  }
  std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
    return std::tie(std::get<0>(a), std::get<1>(a)) < std::tie(std::get<0>(b), std::get<1>(b));
  });
  std::vector<Claim> out;
  out.reserve(found.size());
  for (auto& f : found) out.push_back(std::move(std::get<2>(f)));
  return out;
}

Result<LedgerStats> Ledger::Stats() {
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

Status Ledger::CheckIntegrity() {
  auto rows = Counts(store_->db, "SELECT integrity_check, 0 FROM pragma_integrity_check");
  if (!rows.ok()) return rows.status();
  if (rows->size() == 1 && rows->front().first == "ok") return Status::Ok();
  std::string problems;
  for (const auto& [problem, unused] : *rows) problems += (problems.empty() ? "" : "; ") + problem;
  return Status::InvalidInput(path_ + ": damaged ledger: " + problems);
}

}  // namespace figcheck
