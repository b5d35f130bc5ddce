// SqliteLedger: the ledger in one SQLite file (the default).
//
// Contract: ledger.h's, in one file: WAL journal (a writer killed
// mid-transaction leaves the ledger as of its last commit; readers never wait
// for a writer), the schema and its migrations of schema.h. A missing file
// with kOpenExisting is NotFound; a folder, a file of another application or
// a damaged one is InvalidInput naming it. The SQLite API stays in here.
#ifndef FIGCHECK_LEDGER_SQLITE_LEDGER_H_
#define FIGCHECK_LEDGER_SQLITE_LEDGER_H_

#include <memory>

#include "checker/ledger/ledger.h"

namespace figcheck {

class SqliteLedger : public Ledger {
 public:
  static Result<std::unique_ptr<Ledger>> Open(const std::string& path, Mode mode);
  ~SqliteLedger() override;

  Result<std::optional<std::string>> StoredHash(const std::string& path) override;
  Result<PutOutcome> Put(const LedgerDocument& doc, const std::vector<Claim>& claims) override;
  Result<bool> Remove(const std::string& path) override;
  Result<std::vector<LedgerDocument>> Documents() override;
  Result<std::vector<Claim>> DocumentClaims(const std::string& path) override;
  Result<std::vector<Claim>> ClaimsWithKeys(const std::set<EntityMetric>& keys,
                                            const std::set<std::string>& exclude) override;
  Result<LedgerStats> Stats() override;
  Status CheckIntegrity() override;

 private:
  class Store;
  SqliteLedger(std::string path, std::unique_ptr<Store> store);
  std::unique_ptr<Store> store_;
};

}  // namespace figcheck

#endif  // FIGCHECK_LEDGER_SQLITE_LEDGER_H_
