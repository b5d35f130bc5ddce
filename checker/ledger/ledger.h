// Ledger: the claims of every published document, kept in one SQLite file.
//
// Contract: a Ledger stores documents (path in its normal form, NormalPath:
// "./a.md" and "a.md" are one document; content hash of their bytes;
// publication date) and their claims (every Claim field except the explain
// text). Put() writes one document and all its claims in one transaction:
// after a crash or a kill, a document is in the ledger with its complete
// claim set or not at all. Putting a document whose path and hash are already
// stored changes nothing; a changed document's claims are replaced in the
// same transaction. Claims come back in the order they were put, documents
// in path order. Claims are indexed on their comparison key (entity, metric,
// unit), so ClaimsWithKeys answers from the index without scanning.
// Open() creates or migrates the schema (schema.h); a file that is not a
// figcheck ledger, is damaged or is newer than this figcheck is an
// InvalidInput Status naming it. The SQLite API stays inside this module.
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
  static Result<std::unique_ptr<Ledger>> Open(const std::string& path, Mode mode);
  ~Ledger();

  // The stored hash of `path`, or nullopt when it is not in the ledger.
  Result<std::optional<std::string>> StoredHash(const std::string& path);
  // Stores `doc` (its `claims` field is ignored) with `claims`; each claim's doc becomes doc.path.
  Result<PutOutcome> Put(const LedgerDocument& doc, const std::vector<Claim>& claims);
  // Removes a document and its claims; false when it was not there.
  Result<bool> Remove(const std::string& path);

  Result<std::vector<LedgerDocument>> Documents();
  Result<std::vector<Claim>> DocumentClaims(const std::string& path);
  // Claims whose entity and metric are one of `keys`, from documents not in
  // `exclude` (paths compared in normalised form), by document path then document order.
  Result<std::vector<Claim>> ClaimsWithKeys(const std::set<EntityMetric>& keys, const std::set<std::string>& exclude);
  Result<LedgerStats> Stats();
  // PRAGMA integrity_check: Ok, or a Status with SQLite's account of the damage.
  Status CheckIntegrity();

  const std::string& path() const { return path_; }

 private:
  class Store;
  Ledger(std::string path, std::unique_ptr<Store> store);
  std::string path_;
  std::unique_ptr<Store> store_;
};

}  // namespace figcheck

#endif  // FIGCHECK_LEDGER_LEDGER_H_
