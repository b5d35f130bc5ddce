// Loading documents: files and folders in, Documents out.
//
// Contract:
// - ListDocuments expands folders recursively (sorted, deterministic) to files
//   ending .txt .md .markdown .html .htm; a file named explicitly is always
//   taken whatever its extension. A missing path is an error naming it.
// - LoadDocument / DocumentFromBytes decode the bytes: UTF-8 (with or without
//   BOM), UTF-16 LE/BE (BOM or a NUL pattern), else Big5 or GB18030 when ICU's
//   charset detector is confident and the conversion is clean. Binary content
//   (NUL bytes that are not UTF-16, or undecodable bytes) is refused with a
//   Status naming the file; nothing is ever half-decoded silently.
// - The publication date comes from `options.published` when set, else YAML
//   front matter `date:`, else a leading `date YYYY-MM-DD` line.
// - Markup is blanked as described in document.h.
#ifndef FIGCHECK_DOCUMENT_LOADER_H_
#define FIGCHECK_DOCUMENT_LOADER_H_

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checker/document/document.h"
#include "checker/util/status.h"

namespace figcheck {

struct LoadOptions {
  std::optional<CivilDate> published;  // overrides what the document says
};

// True for the names a folder walk takes: .txt .md .markdown .html .htm (any case).
bool HasDocumentExtension(const std::filesystem::path& path);

// The form in which paths of documents are compared: "./a.md" and "a.md" are one file.
std::string NormalPath(const std::string& path);

// Expands paths ("-" passes through unchanged, meaning standard input).
Result<std::vector<std::string>> ListDocuments(const std::vector<std::string>& paths);

Result<Document> LoadDocument(const std::string& path, const LoadOptions& options);
Result<Document> DocumentFromBytes(std::string path, std::string_view bytes, const LoadOptions& options);

}  // namespace figcheck

#endif  // FIGCHECK_DOCUMENT_LOADER_H_
