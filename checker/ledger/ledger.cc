#include "checker/ledger/ledger.h"

#include "checker/ledger/postgres_ledger.h"
#include "checker/ledger/sqlite_ledger.h"

namespace figcheck {

Ledger::~Ledger() = default;

bool IsPostgresLocation(const std::string& location) {
  return location.starts_with("postgresql://") || location.starts_with("postgres://");
}

Result<std::unique_ptr<Ledger>> Ledger::Open(const std::string& location, Mode mode) {
  if (IsPostgresLocation(location)) return PostgresLedger::Open(location, mode);
  return SqliteLedger::Open(location, mode);
}

}  // namespace figcheck
