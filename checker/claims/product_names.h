// Products named by a maker's name and a model code: DeepSeek-R1, DeepSeek V3,
// 輝達H200, Nvidia B200 Pro.
//
// Contract: ReadProductOf() looks right after one match of a rule-book alias
// (`alias_begin`..`alias_end`, naming `maker`) for a model code as
// rules/discovery.yaml defines it — after a hyphen or one space, or with no
// gap after a name in Han characters — and any tier words after it. It
// returns the product's span (from the alias's start), its canonical name
// (the maker's canonical name, the separator as written, the code and tiers)
// or nothing. Pure; linear in the product's length.
#ifndef FIGCHECK_CLAIMS_PRODUCT_NAMES_H_
#define FIGCHECK_CLAIMS_PRODUCT_NAMES_H_

#include <optional>
#include <string>
#include <string_view>

#include "checker/rules/attribution_rules.h"
#include "checker/rules/discovery_rules.h"

namespace figcheck {

struct ProductName {
  size_t begin = 0, end = 0;
  std::string canonical;
};

std::optional<ProductName> ReadProductOf(std::string_view text, size_t alias_begin, size_t alias_end,
                                         const EntityRule& maker, const DiscoveryTable& rules);

}  // namespace figcheck

#endif  // FIGCHECK_CLAIMS_PRODUCT_NAMES_H_
