// A PostgreSQL server of the tests' own, from Debian's postgresql package:
// initdb in the test process's temporary folder, a Unix socket there and no
// TCP port, trust authentication, no service of the system touched. Started
// on first use, stopped when the test process exits. As root (CI), the
// server runs as `nobody` (PostgreSQL refuses root) through runuser.
#ifndef FIGCHECK_TESTS_POSTGRES_SERVER_H_
#define FIGCHECK_TESTS_POSTGRES_SERVER_H_

#include <string>

namespace figcheck::testing {

// The URI of a new, empty database `name` on the server, started if need be;
// "" after failing the calling test (no PostgreSQL installed, initdb failed).
std::string FreshPostgresDatabase(const std::string& name);

}  // namespace figcheck::testing

#endif  // FIGCHECK_TESTS_POSTGRES_SERVER_H_
