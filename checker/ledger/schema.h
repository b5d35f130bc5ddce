// Ledger schema: the tables, and the migrations that bring any older ledger up to date.
//
// Contract: Migrate() brings the database to kSchemaVersion, applying the
// pending steps of an ordered list in one transaction (a failure leaves the
// file as it was). The version lives in PRAGMA user_version and the file is
// marked as a figcheck ledger by PRAGMA application_id. A database newer than
// kSchemaVersion, an SQLite file that is some other application's, or a file
// that is not SQLite at all is an InvalidInput Status naming the file.
#ifndef FIGCHECK_LEDGER_SCHEMA_H_
#define FIGCHECK_LEDGER_SCHEMA_H_

#include "checker/ledger/sqlite.h"
#include "checker/util/status.h"

namespace figcheck::ledger {

inline constexpr int kSchemaVersion = 5;
inline constexpr int kApplicationId = 0x46494743;  // "FIGC"

Status Migrate(Database& db);

}  // namespace figcheck::ledger

#endif  // FIGCHECK_LEDGER_SCHEMA_H_
