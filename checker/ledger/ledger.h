// Ledger: the claims of every published document, in one SQLite file or a
// PostgreSQL database a newsroom shares.
//
// Contract: a Ledger stores documents (path in its normal form, NormalPath:
// "./a.md" and "a.md" are one document; content hash of their bytes;
// publication date) and their claims (every Claim field except the explain
// text; claim_row.h). Put() writes one document and all its claims in one
// transaction: after a crash or a kill, a document is in the ledger with its
// complete claim set or not at all, and two writers putting one document at
// once leave one complete version of it. Putting a document whose path and
// hash are already stored changes nothing; a changed document's claims are
// replaced in the same transaction. Claims come back in the order they were
// put, documents in path order. Claims are indexed on their comparison key
// (entity, metric, unit), so ClaimsWithKeys answers from the index without
// scanning. Open() takes a file path (SQLite, sqlite_ledger.h) or a
// postgresql:// (postgres://) connection URI (postgres_ledger.h) and creates
// or migrates the schema; a file or database that is not a figcheck ledger,
// is damaged or is newer than this figcheck, or a server that cannot be
// reached, is a Status naming it (a URI's password never appears). Each
// database's API stays inside its store.
#ifndef FIGCHECK_LEDGER_LEDGER_H_
#define FIGCHECK_LEDGER_LEDGER_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "checker/claims/claim.h"
#include "checker/util/status.h"

namespace figcheck {

struct LedgerDocument {
  std::string path;
  std::string content_hash;
  std::optional<std::string> published;  // ISO date
  int64_t claims = 0;
};

struct LedgerStats {
  int64_t documents = 0;
  int64_t claims = 0;
  std::vector<std::pair<std::string, int64_t>> by_metric;  // most claims first; "" = unknown
  std::vector<std::pair<std::string, int64_t>> by_entity;
  int schema_version = 0;
  int64_t file_bytes = 0;
};

// What Put() did.
enum class PutOutcome { kAdded, kReplaced, kUnchanged };

class Ledger {
 public:
  enum class Mode { kOpenExisting, kCreateIfMissing };
  static Result<std::unique_ptr<Ledger>> Open(const std::string& location, Mode mode);
  virtual ~Ledger();

  // The stored hash of `path`, or nullopt when it is not in the ledger.
  virtual Result<std::optional<std::string>> StoredHash(const std::string& path) = 0;
  // Stores `doc` (its `claims` field is ignored) with `claims`; each claim's doc becomes doc.path.
  virtual Result<PutOutcome> Put(const LedgerDocument& doc, const std::vector<Claim>& claims) = 0;
  // Removes a document and its claims; false when it was not there.
  virtual Result<bool> Remove(const std::string& path) = 0;

  virtual Result<std::vector<LedgerDocument>> Documents() = 0;
  virtual Result<std::vector<Claim>> DocumentClaims(const std::string& path) = 0;
  // Claims whose entity and metric are one of `keys`, from documents not in
  // `exclude` (paths compared in normalised form), by document path then document order.
  virtual Result<std::vector<Claim>> ClaimsWithKeys(const std::set<EntityMetric>& keys,
                                                    const std::set<std::string>& exclude) = 0;
  virtual Result<LedgerStats> Stats() = 0;
  // The store's own consistency check: Ok, or a Status with its account of the damage.
  virtual Status CheckIntegrity() = 0;

  // The file, or the URI without its password: how messages name the ledger.
  const std::string& path() const { return path_; }

 protected:
  explicit Ledger(std::string path) : path_(std::move(path)) {}

 private:
  std::string path_;
};

// Whether `location` names a PostgreSQL database (postgresql:// or postgres://).
bool IsPostgresLocation(const std::string& location);

}  // namespace figcheck

#endif  // FIGCHECK_LEDGER_LEDGER_H_
