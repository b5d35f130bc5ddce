#include "tests/postgres_server.h"

#include <gtest/gtest.h>
#include <libpq-fe.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "tests/test_util.h"

namespace figcheck::testing {
namespace {

namespace fs = std::filesystem;

// The newest installed server's programs (/usr/lib/postgresql/N/bin), or "".
std::string ServerBin() {
  std::string best;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator("/usr/lib/postgresql", ec)) {
    const fs::path bin = e.path() / "bin";
    const std::string version = e.path().filename().string();
    if (fs::exists(bin / "initdb") && (best.empty() || version > fs::path(best).parent_path().filename().string())) {
      best = bin.string();
    }
  }
  return best;
}

class Server {
 public:
  Server() {
    bin_ = ServerBin();
    if (bin_.empty()) {
      error_ = "no PostgreSQL server installed (/usr/lib/postgresql/*/bin/initdb): ./setup.sh test installs it";
      return;
    }
    dir_ = TempDir() + "/postgres";
    fs::remove_all(dir_);
    fs::create_directories(dir_ + "/data");
    as_ = ::geteuid() == 0 ? "runuser -u nobody -- " : "";
    if (::geteuid() == 0 && RunShell("chown -R nobody " + dir_).exit_code != 0) {
      error_ = "cannot hand " + dir_ + " to nobody";
      return;
    }
    const std::string log = dir_ + "/server.log";
    if (RunShell(as_ + bin_ + "/initdb -D " + dir_ + "/data -A trust -U figcheck -E UTF8 --locale=C.UTF-8 --no-sync >" +
              dir_ + "/initdb.log 2>&1").exit_code != 0) {
      error_ = "initdb failed: see " + dir_ + "/initdb.log";
      return;
    }
    if (RunShell(as_ + bin_ + "/pg_ctl -D " + dir_ + "/data -l " + log + " -w -t 60 -o \"-k " + dir_ +
              " -c listen_addresses='' -c fsync=off -c max_connections=40\" start").exit_code != 0) {
      std::ifstream in(log);
      std::stringstream s;
      s << in.rdbuf();
      error_ = "the server did not start: " + s.str();
      return;
    }
    started_ = true;
  }

  ~Server() {
    if (started_) RunShell(as_ + bin_ + "/pg_ctl -D " + dir_ + "/data -m immediate stop");
  }

  std::string Uri(const std::string& database) const {
    return "postgresql:///" + database + "?host=" + dir_ + "&user=figcheck";
  }

  bool started_ = false;
  std::string error_;

 private:
  std::string bin_, dir_, as_;
};

}  // namespace

std::string FreshPostgresDatabase(const std::string& name) {
  static Server server;
  if (!server.started_) {
    ADD_FAILURE() << server.error_;
    return "";
  }
  PGconn* conn = PQconnectdb(server.Uri("postgres").c_str());
  std::string error;
  if (PQstatus(conn) != CONNECTION_OK) {
    error = PQerrorMessage(conn);
  } else {
    for (const std::string& sql : {"DROP DATABASE IF EXISTS " + name, "CREATE DATABASE " + name}) {
      PGresult* r = PQexec(conn, sql.c_str());
      if (PQresultStatus(r) != PGRES_COMMAND_OK) error = PQerrorMessage(conn);
      PQclear(r);
    }
  }
  PQfinish(conn);
  if (!error.empty()) {
    ADD_FAILURE() << "database " << name << ": " << error;
    return "";
  }
  return server.Uri(name);
}

}  // namespace figcheck::testing
