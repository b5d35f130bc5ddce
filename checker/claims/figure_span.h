// FigureSpan: where a figure stands in the normalised text, for the readers
// that look around it (as-of, places).
#ifndef FIGCHECK_CLAIMS_FIGURE_SPAN_H_
#define FIGCHECK_CLAIMS_FIGURE_SPAN_H_

#include <cstddef>
#include <vector>

namespace figcheck {

// Where a figure stands: byte bounds of its sentence, clause and paragraph
// in the normalised text, and the sentence's clause bounds (sorted).
struct FigureSpan {
  size_t sentence_begin = 0, sentence_end = 0;
  size_t clause_begin = 0, clause_end = 0;
  const std::vector<size_t>* clauses = nullptr;
  size_t paragraph_begin = 0;
};

}  // namespace figcheck

#endif  // FIGCHECK_CLAIMS_FIGURE_SPAN_H_
