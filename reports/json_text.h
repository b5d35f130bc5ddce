// JSON text written straight into a string, without building a JSON value:
// the hot path of `figcheck claims`, which writes every claim it finds.
//
// Contract: each function appends exactly the bytes nlohmann::json's
// dump(-1, ' ', false, replace) writes for the same value, so a line written
// here and one dumped from a JSON value are byte for byte the same
// (tests/json_text_test.cc compares them):
//  - AppendJsonString: a quoted string; " \ and C0 controls escaped (\b \f
//    \n \r \t, else \u00XX), other characters as they are (UTF-8). A string
//    that is not well-formed UTF-8 is handed to nlohmann, which replaces
//    what is malformed with U+FFFD.
//  - AppendJsonDouble: the shortest text that reads back as the same double
//    with ".0" on whole numbers (1.0, not 1); null for NaN and infinities.
#ifndef FIGCHECK_REPORTS_JSON_TEXT_H_
#define FIGCHECK_REPORTS_JSON_TEXT_H_

#include <string>
#include <string_view>

namespace figcheck {

void AppendJsonString(std::string_view text, std::string* out);
void AppendJsonDouble(double value, std::string* out);

}  // namespace figcheck

#endif  // FIGCHECK_REPORTS_JSON_TEXT_H_
