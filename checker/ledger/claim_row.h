// ClaimRow: a claim as the columns of a ledger's claims table, and back.
//
// Contract: every ledger store (SQLite, PostgreSQL) writes a claim as these
// texts and numbers and reads it back through ClaimOf(): figures as their
// FigureValue text, dates in ISO form, aspects as their texts joined by
// commas, the confidence with three decimals (as the JSON writes it, so a
// stored claim reads back as it was printed). ClaimOf(RowOf(c)) equals c in
// every stored field; the explain text, the candidates and the sentence
// context are not stored. A row without a confidence (written before schema
// 5) reads as confidence 1: its attribution is not doubted.
#ifndef FIGCHECK_LEDGER_CLAIM_ROW_H_
#define FIGCHECK_LEDGER_CLAIM_ROW_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "checker/claims/claim.h"

namespace figcheck::ledger {

struct ClaimRow {
  int64_t line = 0;
  int64_t column = 0;
  std::string text, entity, metric, dimension, value, unit, qualifier;
  std::optional<std::string> low, high, as_of;
  std::string rule;
  int64_t unit_mismatch = 0;
  std::string aspects;
  int64_t as_of_stated = 0;
  std::optional<std::string> resolution, confidence;
};

// The claims table's columns in ClaimRow's order, for INSERT and SELECT lists.
inline constexpr const char* kClaimRowColumns =
    "line, col, text, entity, metric, dimension, value, unit, qualifier, low, high, as_of, rule, unit_mismatch, "
    "aspects, as_of_stated, resolution, confidence";
inline constexpr int kClaimRowColumnCount = 18;
// The same list with each column prefixed by `alias` and a dot ("c.line, c.col, …").
std::string ClaimRowColumns(const std::string& alias);

ClaimRow RowOf(const Claim& c);
Claim ClaimOf(std::string doc, const ClaimRow& row);

// A claim found by a lookup, with its document's path and its row id.
struct FoundClaim {
  std::string path;
  int64_t id = 0;
  Claim claim;
};
// The claims by document path, then in the order they were put (row id):
// the order ClaimsWithKeys gives on every store.
std::vector<Claim> InLedgerOrder(std::vector<FoundClaim> found);

}  // namespace figcheck::ledger

#endif  // FIGCHECK_LEDGER_CLAIM_ROW_H_
