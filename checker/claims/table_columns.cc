#include "checker/claims/table_columns.h"

namespace figcheck {
namespace {

// Punctuation that ends or splits a sentence: a line holding one is prose,
// no table row. A full stop counts before a space or at the line's end (a
// decimal point is no full stop).
bool HasSentencePunctuation(std::string_view line) {
  for (std::string_view mark : {"。", "，", "；", "！", "？", ",", ";", "!", "?"}) {
    if (line.find(mark) != std::string_view::npos) return true;
  }
  for (size_t p = line.find('.'); p != std::string_view::npos; p = line.find('.', p + 1)) {
    if (p + 1 == line.size() || line[p + 1] == ' ') return true;
  }
  return false;
}

struct LineFigures {
  std::vector<const Quantity*> periods;  // period dates
  std::vector<const Quantity*> figures;  // claims that are no date
  bool other_dates = false;              // a day or another date
};

LineFigures FiguresOn(size_t begin, size_t end, const std::vector<Quantity>& quantities) {
  LineFigures out;
  for (auto it = FirstQuantityAt(quantities, begin); it != quantities.end() && it->begin < end; ++it) {
    if (it->end > end) break;
    if (IsPeriodDate(*it)) {
      out.periods.push_back(&*it);
    } else if (it->dimension == Dimension::kDate) {
      out.other_dates = true;
    } else if (it->is_claim) {
      out.figures.push_back(&*it);
    }
  }
  return out;
}

}  // namespace

std::unordered_map<size_t, const Quantity*> TableColumnDates(std::string_view text,
                                                             const std::vector<Quantity>& quantities) {
  std::unordered_map<size_t, const Quantity*> cells;
  std::vector<const Quantity*> columns;  // the open table's header dates; empty: no table
  for (size_t begin = 0; begin < text.size();) {
    size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(begin, end - begin);
    const bool prose = HasSentencePunctuation(line);
    const LineFigures on = prose ? LineFigures{} : FiguresOn(begin, end, quantities);
    if (!prose && on.periods.size() >= 2 && on.figures.empty() && !on.other_dates) {
      columns = on.periods;  // a header row opens a table
    } else if (!columns.empty() && !prose && on.periods.empty() && on.figures.size() >= 2) {
      for (size_t i = 0; i < on.figures.size() && i < columns.size(); ++i) cells[on.figures[i]->begin] = columns[i];
    } else {
      columns.clear();
    }
    begin = end + 1;
  }
  return cells;
}

}  // namespace figcheck
