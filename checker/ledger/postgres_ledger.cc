#include "checker/ledger/postgres_ledger.h"

#include <libpq-fe.h>

#include <algorithm>
#include <cstdlib>
#include <iterator>
#include <tuple>

#include "checker/document/loader.h"
#include "checker/ledger/claim_row.h"
#include "checker/ledger/schema.h"

namespace figcheck {
namespace {

struct ClearResult {
  void operator()(PGresult* r) const { PQclear(r); }
};
using Rows = std::unique_ptr<PGresult, ClearResult>;

std::string Cell(const Rows& rows, int row, int column) { return PQgetvalue(rows.get(), row, column); }
std::optional<std::string> OptionalCell(const Rows& rows, int row, int column) {
  if (PQgetisnull(rows.get(), row, column)) return std::nullopt;
  return Cell(rows, row, column);
}
int64_t IntCell(const Rows& rows, int row, int column) {
  return std::strtoll(PQgetvalue(rows.get(), row, column), nullptr, 10);
}

// The tables at schema 5, as schema.cc's steps 1-5 leave an SQLite ledger.
constexpr const char* kCreateSchema = R"sql(
  CREATE TABLE figcheck_ledger (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  CREATE TABLE documents (
    id BIGSERIAL PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL,
    published TEXT,
    claim_count BIGINT NOT NULL DEFAULT 0
  );
  CREATE TABLE claims (
    id BIGSERIAL PRIMARY KEY,
    document_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    line BIGINT NOT NULL,
    col BIGINT NOT NULL,
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
    unit_mismatch BIGINT NOT NULL,
    aspects TEXT NOT NULL,
    as_of_stated BIGINT NOT NULL DEFAULT 0,
    resolution TEXT,
    confidence TEXT
  );
  CREATE INDEX claims_by_document ON claims(document_id);
  CREATE INDEX claims_by_key ON claims(entity, metric, unit);
)sql";
constexpr int kFirstPostgresSchema = 5;
static_assert(ledger::kSchemaVersion == kFirstPostgresSchema,
              "a new schema step: append it for PostgreSQL too (Migrate in postgres_ledger.cc)");

// A field for COPY's text format: backslash, tab, newline and CR escaped; \N is NULL.
void AppendCopyField(const std::optional<std::string>& field, std::string* out) {
  if (!field) {
    *out += "\\N";
    return;
  }
  for (char ch : *field) {
    switch (ch) {
      case '\\': *out += "\\\\"; break;
      case '\t': *out += "\\t"; break;
      case '\n': *out += "\\n"; break;
      case '\r': *out += "\\r"; break;
      default: *out += ch;
    }
  }
}

// `text` as an element of an array literal ({"a","b\\"c"}), after a comma unless first.
void AppendArrayElement(const std::string& text, std::string* out) {
  if (!out->empty()) *out += ',';
  *out += '"';
  for (char ch : text) {
    if (ch == '"' || ch == '\\') *out += '\\';
    *out += ch;
  }
  *out += '"';
}

}  // namespace

class PgConnection {
 public:
  PgConnection(PGconn* conn, std::string shown) : conn_(conn), shown_(std::move(shown)) {}
  ~PgConnection() { PQfinish(conn_); }
  PgConnection(const PgConnection&) = delete;
  PgConnection& operator=(const PgConnection&) = delete;

  Status Error(const std::string& what) const {
    std::string message = PQerrorMessage(conn_);
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
    return Status::IoError(shown_ + ": " + what + ": " + message);
  }

  // Runs `sql` with text parameters ($1, $2 …; nullopt is NULL).
  Result<Rows> Exec(const std::string& sql, const std::vector<std::optional<std::string>>& params = {}) {
    std::vector<const char*> values;
    for (const auto& p : params) values.push_back(p ? p->c_str() : nullptr);
    // Without parameters, PQexec: it also runs several statements at once (the schema).
    Rows rows(params.empty() ? PQexec(conn_, sql.c_str())
                             : PQexecParams(conn_, sql.c_str(), static_cast<int>(values.size()), nullptr,
                                            values.data(), nullptr, nullptr, 0));
    const ExecStatusType status = rows ? PQresultStatus(rows.get()) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) return Error(sql.substr(0, sql.find(' ')));
    return rows;
  }

  Status Run(const std::string& sql, const std::vector<std::optional<std::string>>& params = {}) {
    auto rows = Exec(sql, params);
    return rows.ok() ? Status::Ok() : rows.status();
  }

  // COPY … FROM STDIN with `data` in COPY's text format.
  Status Copy(const std::string& sql, const std::string& data) {
    Rows start(PQexec(conn_, sql.c_str()));
    if (!start || PQresultStatus(start.get()) != PGRES_COPY_IN) return Error("COPY");
    if (PQputCopyData(conn_, data.data(), static_cast<int>(data.size())) != 1 || PQputCopyEnd(conn_, nullptr) != 1) {
      return Error("COPY");
    }
    Status s = Status::Ok();
    while (PGresult* r = PQgetResult(conn_)) {
      Rows result(r);
      if (PQresultStatus(r) != PGRES_COMMAND_OK && s.ok()) s = Error("COPY");
    }
    return s;
  }

  const std::string& shown() const { return shown_; }

 private:
  PGconn* conn_;
  std::string shown_;
};

namespace {

// BEGIN … COMMIT, rolled back when it goes out of scope uncommitted.
class PgTransaction {
 public:
  explicit PgTransaction(PgConnection& db) : db_(db) {}
  ~PgTransaction() {
    if (open_) db_.Run("ROLLBACK");
  }
  Status Begin() {
    Status s = db_.Run("BEGIN");
    open_ = s.ok();
    return s;
  }
  Status Commit() {
    open_ = false;
    return db_.Run("COMMIT");
  }

 private:
  PgConnection& db_;
  bool open_ = false;
};

// Brings the database to kSchemaVersion, or says why it is no ledger of ours.
Status Migrate(PgConnection& db, Ledger::Mode mode) {
  PgTransaction txn(db);
  if (Status s = txn.Begin(); !s.ok()) return s;
  // One creator at a time: the others wait here, then find the schema made.
  if (Status s = db.Run("SELECT pg_advisory_xact_lock(" + std::to_string(ledger::kApplicationId) + ")"); !s.ok()) {
    return s;
  }
  auto marked = db.Exec("SELECT to_regclass('figcheck_ledger') IS NOT NULL, to_regclass('documents') IS NOT NULL");
  if (!marked.ok()) return marked.status();
  const bool ours = Cell(*marked, 0, 0) == "t", tables = Cell(*marked, 0, 1) == "t";
  if (!ours) {
    if (tables) return Status::InvalidInput(db.shown() + ": a database with other tables, not a figcheck ledger");
    if (mode == Ledger::Mode::kOpenExisting) {
      return Status::NotFound(db.shown() + ": no ledger in this database (`figcheck ledger add` creates one)");
    }
    if (Status s = db.Run(kCreateSchema); !s.ok()) return s;
    if (Status s = db.Run("INSERT INTO figcheck_ledger VALUES ('schema_version', $1)",
                          {std::to_string(ledger::kSchemaVersion)});
        !s.ok()) {
      return s;
    }
    return txn.Commit();
  }
  auto version = db.Exec("SELECT value FROM figcheck_ledger WHERE key = 'schema_version'");
  if (!version.ok()) return version.status();
  const int64_t v = PQntuples(version->get()) == 1 ? IntCell(*version, 0, 0) : 0;
  if (v > ledger::kSchemaVersion) {
    return Status::InvalidInput(db.shown() + ": ledger schema version " + std::to_string(v) +
                                " is newer than this figcheck knows (" + std::to_string(ledger::kSchemaVersion) +
                                "); use a newer figcheck");
  }
  if (v < kFirstPostgresSchema) return Status::InvalidInput(db.shown() + ": a damaged ledger (no schema version)");
  return txn.Commit();
}

// SELECT list of a claim: the document's path, the claim's id, then a ClaimRow.
const std::string kClaimColumns = "d.path, c.id, " + ledger::ClaimRowColumns("c");

Claim ReadClaim(const Rows& rows, int i) {
  ledger::ClaimRow r;
  r.line = IntCell(rows, i, 2);
  r.column = IntCell(rows, i, 3);
  r.text = Cell(rows, i, 4);
  r.entity = Cell(rows, i, 5);
  r.metric = Cell(rows, i, 6);
  r.dimension = Cell(rows, i, 7);
  r.value = Cell(rows, i, 8);
  r.unit = Cell(rows, i, 9);
  r.qualifier = Cell(rows, i, 10);
  r.low = OptionalCell(rows, i, 11);
  r.high = OptionalCell(rows, i, 12);
  r.as_of = OptionalCell(rows, i, 13);
  r.rule = Cell(rows, i, 14);
  r.unit_mismatch = IntCell(rows, i, 15);
  r.aspects = Cell(rows, i, 16);
  r.as_of_stated = IntCell(rows, i, 17);
  r.resolution = OptionalCell(rows, i, 18);
  r.confidence = OptionalCell(rows, i, 19);
  return ledger::ClaimOf(Cell(rows, i, 0), r);
}

// One claim as a line of COPY's text format, in kClaimRowColumns' order after document_id.
void AppendCopyLine(int64_t document_id, const Claim& c, std::string* out) {
  const ledger::ClaimRow r = ledger::RowOf(c);
  const std::optional<std::string> fields[] = {
      std::to_string(document_id), std::to_string(r.line), std::to_string(r.column), r.text, r.entity, r.metric,
      r.dimension, r.value, r.unit, r.qualifier, r.low, r.high, r.as_of, r.rule, std::to_string(r.unit_mismatch),
      r.aspects, std::to_string(r.as_of_stated), r.resolution, r.confidence};
  static_assert(std::size(fields) == ledger::kClaimRowColumnCount + 1);
  bool first = true;
  for (const auto& f : fields) {
    if (!first) *out += '\t';
    first = false;
    AppendCopyField(f, out);
  }
  *out += '\n';
}

Result<std::vector<std::pair<std::string, int64_t>>> Counts(PgConnection& db, const std::string& sql) {
  auto rows = db.Exec(sql);
  if (!rows.ok()) return rows.status();
  std::vector<std::pair<std::string, int64_t>> out;
  for (int i = 0; i < PQntuples(rows->get()); ++i) out.emplace_back(Cell(*rows, i, 0), IntCell(*rows, i, 1));
  return out;
}

}  // namespace

std::string RedactedUri(const std::string& uri) {
  std::string out = uri;
  const size_t scheme = out.find("://");
  if (scheme != std::string::npos) {
    const size_t host = out.find_first_of("/?", scheme + 3);
    const size_t at = out.rfind('@', host == std::string::npos ? out.size() : host);
    const size_t colon = at == std::string::npos || at < scheme ? std::string::npos : out.find(':', scheme + 3);
    if (colon != std::string::npos && colon < at) out.replace(colon + 1, at - colon - 1, "***");
  }
  for (size_t p = out.find("password="); p != std::string::npos; p = out.find("password=", p + 1)) {
    const size_t end = out.find('&', p);
    out.replace(p + 9, (end == std::string::npos ? out.size() : end) - p - 9, "***");
  }
  return out;
}

PostgresLedger::PostgresLedger(std::string shown, std::unique_ptr<PgConnection> connection)
    : Ledger(std::move(shown)), db_(std::move(connection)) {}
PostgresLedger::~PostgresLedger() = default;

Result<std::unique_ptr<Ledger>> PostgresLedger::Open(const std::string& uri, Mode mode) {
  const std::string shown = RedactedUri(uri);
  PGconn* conn = PQconnectdb(uri.c_str());
  auto db = std::make_unique<PgConnection>(conn, shown);
  if (conn == nullptr || PQstatus(conn) != CONNECTION_OK) return db->Error("cannot connect");
  // Warnings (NOTICE) are the server's business, not the report's.
  PQsetNoticeProcessor(conn, [](void*, const char*) {}, nullptr);
  if (Status s = db->Run("SET client_encoding = 'UTF8'"); !s.ok()) return s;
  if (Status s = Migrate(*db, mode); !s.ok()) return s;
  return std::unique_ptr<Ledger>(new PostgresLedger(shown, std::move(db)));
}

Result<std::optional<std::string>> PostgresLedger::StoredHash(const std::string& path) {
  auto rows = db_->Exec("SELECT content_hash FROM documents WHERE path = $1", {NormalPath(path)});
  if (!rows.ok()) return rows.status();
  if (PQntuples(rows->get()) == 0) return std::optional<std::string>();
  return std::optional<std::string>(Cell(*rows, 0, 0));
}

Result<PutOutcome> PostgresLedger::Put(const LedgerDocument& doc, const std::vector<Claim>& claims) {
  PgTransaction txn(*db_);
  if (Status s = txn.Begin(); !s.ok()) return s;
  const std::string path = NormalPath(doc.path);
  const std::string count = std::to_string(claims.size());
  // The document's row, locked: a second writer of it waits for this one.
  auto find = db_->Exec("SELECT id, content_hash FROM documents WHERE path = $1 FOR UPDATE", {path});
  if (!find.ok()) return find.status();
  std::optional<int64_t> id;
  PutOutcome outcome = PutOutcome::kAdded;
  if (PQntuples(find->get()) == 0) {
    auto insert = db_->Exec(
        "INSERT INTO documents (path, content_hash, published, claim_count) VALUES ($1, $2, $3, $4) "
        "ON CONFLICT (path) DO NOTHING RETURNING id",
        {path, doc.content_hash, doc.published, count});
    if (!insert.ok()) return insert.status();
    if (PQntuples(insert->get()) == 1) {
      id = IntCell(*insert, 0, 0);
    } else {  // another writer added it meanwhile, and has committed: take its row
      find = db_->Exec("SELECT id, content_hash FROM documents WHERE path = $1 FOR UPDATE", {path});
      if (!find.ok()) return find.status();
    }
  }
  if (!id) {
    if (PQntuples(find->get()) != 1) return db_->Error("the document's row vanished while it was written");
    if (Cell(*find, 0, 1) == doc.content_hash) return PutOutcome::kUnchanged;
    id = IntCell(*find, 0, 0);
    outcome = PutOutcome::kReplaced;
    const std::string key = std::to_string(*id);
    if (Status s = db_->Run("DELETE FROM claims WHERE document_id = $1", {key}); !s.ok()) return s;
    if (Status s = db_->Run("UPDATE documents SET content_hash = $2, published = $3, claim_count = $4 WHERE id = $1",
                            {key, doc.content_hash, doc.published, count});
        !s.ok()) {
      return s;
    }
  }
  if (!claims.empty()) {
    std::string data;
    for (const Claim& c : claims) AppendCopyLine(*id, c, &data);
    if (Status s = db_->Copy(std::string("COPY claims (document_id, ") + ledger::kClaimRowColumns + ") FROM STDIN", data);
        !s.ok()) {
      return s;
    }
  }
  if (Status s = txn.Commit(); !s.ok()) return s;
  return outcome;
}

Result<bool> PostgresLedger::Remove(const std::string& path) {
  auto rows = db_->Exec("DELETE FROM documents WHERE path = $1 RETURNING id", {NormalPath(path)});  // claims cascade
  if (!rows.ok()) return rows.status();
  return PQntuples(rows->get()) > 0;
}

Result<std::vector<LedgerDocument>> PostgresLedger::Documents() {
  auto rows = db_->Exec("SELECT path, content_hash, published, claim_count FROM documents ORDER BY path COLLATE \"C\"");
  if (!rows.ok()) return rows.status();
  std::vector<LedgerDocument> out;
  for (int i = 0; i < PQntuples(rows->get()); ++i) {
    out.push_back({Cell(*rows, i, 0), Cell(*rows, i, 1), OptionalCell(*rows, i, 2), IntCell(*rows, i, 3)});
  }
  return out;
}

Result<std::vector<Claim>> PostgresLedger::DocumentClaims(const std::string& path) {
  auto rows = db_->Exec("SELECT " + kClaimColumns +
                            " FROM claims c JOIN documents d ON d.id = c.document_id WHERE d.path = $1 ORDER BY c.id",
                        {NormalPath(path)});
  if (!rows.ok()) return rows.status();
  std::vector<Claim> out;
  for (int i = 0; i < PQntuples(rows->get()); ++i) out.push_back(ReadClaim(*rows, i));
  return out;
}

Result<std::vector<Claim>> PostgresLedger::ClaimsWithKeys(const std::set<EntityMetric>& keys,
                                                          const std::set<std::string>& exclude) {
  std::set<std::string> excluded;
  for (const auto& e : exclude) excluded.insert(NormalPath(e));
  std::vector<ledger::FoundClaim> found;
  if (keys.empty()) return ledger::InLedgerOrder(std::move(found));
  // Every key in one query (one round trip to the server), each looked up in the key's index.
  std::string entities, metrics;
  for (const auto& key : keys) {
    AppendArrayElement(key.entity, &entities);
    AppendArrayElement(key.metric, &metrics);
  }
  auto rows = db_->Exec("SELECT " + kClaimColumns +
                            " FROM claims c JOIN documents d ON d.id = c.document_id"
                            " JOIN unnest($1::text[], $2::text[]) AS k(entity, metric)"
                            " ON c.entity = k.entity AND c.metric = k.metric",
                        {"{" + entities + "}", "{" + metrics + "}"});
  if (!rows.ok()) return rows.status();
  for (int i = 0; i < PQntuples(rows->get()); ++i) {
    std::string doc = Cell(*rows, i, 0);
    if (excluded.count(doc) > 0) continue;
    found.push_back({std::move(doc), IntCell(*rows, i, 1), ReadClaim(*rows, i)});
  }
  return ledger::InLedgerOrder(std::move(found));
}

Result<LedgerStats> PostgresLedger::Stats() {
  LedgerStats stats;
  auto totals = Counts(*db_,
                       "SELECT 'documents', COUNT(*) FROM documents UNION ALL SELECT 'claims', COUNT(*) FROM claims "
                       "UNION ALL SELECT 'version', value::bigint FROM figcheck_ledger WHERE key = 'schema_version' "
                       "UNION ALL SELECT 'bytes', pg_total_relation_size('documents') + pg_total_relation_size('claims')");
  auto by_metric = Counts(
      *db_, "SELECT metric, COUNT(*) FROM claims GROUP BY metric ORDER BY COUNT(*) DESC, metric COLLATE \"C\"");
  auto by_entity = Counts(
      *db_, "SELECT entity, COUNT(*) FROM claims GROUP BY entity ORDER BY COUNT(*) DESC, entity COLLATE \"C\"");
  for (const Status* s : {&totals.status(), &by_metric.status(), &by_entity.status()}) {
    if (!s->ok()) return *s;
  }
  for (const auto& [name, n] : *totals) {
    if (name == "documents") stats.documents = n;
    if (name == "claims") stats.claims = n;
    if (name == "version") stats.schema_version = static_cast<int>(n);
    if (name == "bytes") stats.file_bytes = n;
  }
  stats.by_metric = std::move(*by_metric);
  stats.by_entity = std::move(*by_entity);
  return stats;
}

Status PostgresLedger::CheckIntegrity() {
  // The server keeps its own files whole; what a ledger can get wrong is its counts.
  auto rows = db_->Exec(
      "SELECT d.path FROM documents d LEFT JOIN claims c ON c.document_id = d.id GROUP BY d.id, d.path, d.claim_count "
      "HAVING COUNT(c.id) <> d.claim_count ORDER BY d.path COLLATE \"C\" LIMIT 5");
  if (!rows.ok()) return rows.status();
  if (PQntuples(rows->get()) == 0) return Status::Ok();
  std::string problems;
  for (int i = 0; i < PQntuples(rows->get()); ++i) problems += (problems.empty() ? "" : ", ") + Cell(*rows, i, 0);
  return Status::InvalidInput(path() + ": damaged ledger: claim counts differ for " + problems);
}

}  // namespace figcheck
