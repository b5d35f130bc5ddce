// PostgresLedger: the ledger in a PostgreSQL database a newsroom shares.
//
// Contract: ledger.h's, for `--ledger postgresql://…` (libpq connection
// URIs: postgresql:///figcheck?host=/run/postgresql for a Unix socket).
// The tables and columns are SQLite's (schema.h) at schema 5, where
// PostgreSQL support begins; a table figcheck_ledger(key, value) marks the
// database as a ledger and holds its schema version, and later schema steps
// are appended to both stores' lists. Opening creates the schema under an
// advisory lock, so two processes creating it at once are safe. Put() locks
// the document's row (SELECT … FOR UPDATE, INSERT … ON CONFLICT), so two
// writers of one document run one after the other and writers of different
// documents run side by side; claims go in with COPY. Documents and the
// counts of Stats() are in byte order of their text (COLLATE "C"), as SQLite
// orders them. A server that cannot be reached, a database with tables of
// another application, or a schema newer than this figcheck's is a Status
// naming the URI without its password. The libpq API stays in here.
#ifndef FIGCHECK_LEDGER_POSTGRES_LEDGER_H_
#define FIGCHECK_LEDGER_POSTGRES_LEDGER_H_

#include <memory>
#include <string>

#include "checker/ledger/ledger.h"

namespace figcheck {

class PgConnection;  // one libpq connection (postgres_ledger.cc)

class PostgresLedger : public Ledger {
 public:
  static Result<std::unique_ptr<Ledger>> Open(const std::string& uri, Mode mode);
  ~PostgresLedger() override;

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
  PostgresLedger(std::string shown, std::unique_ptr<PgConnection> connection);
  std::unique_ptr<PgConnection> db_;
};

// `uri` with its password (user:PASSWORD@, password=…) replaced by ***.
std::string RedactedUri(const std::string& uri);

}  // namespace figcheck

#endif  // FIGCHECK_LEDGER_POSTGRES_LEDGER_H_
