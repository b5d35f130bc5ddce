// RunExtraction: results in the order of the files whatever the number of
// workers, documents handed out in batches; an unreadable file is a result
// with its status in its place, the others extracted.
#include "checker/pipeline.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/test_util.h"

namespace figcheck {
namespace {

// 700 small documents (enough for batches of several documents with 2 and 3
// workers), each with its own figure, and one missing file in the middle.
std::vector<std::string> ManyFiles() {
  std::vector<std::string> files;
  for (int i = 0; i < 700; ++i) {
    const std::string name = "pipeline/doc" + std::to_string(i) + ".txt";
    if (i == 333) {
      files.push_back(testing::TempDir() + "/pipeline/missing.txt");
      continue;
    }
    files.push_back(testing::WriteTempFile(name, "台積電營收" + std::to_string(1000 + i) + "億元。\n"));
  }
  return files;
}

std::vector<std::string> Summary(const std::vector<std::string>& files, int jobs) {
  PipelineOptions options;
  options.jobs = jobs;
  std::vector<std::string> out;
  RunExtraction(files, testing::ShippedRules(), options, [&](DocumentResult&& r) {
    std::string line = r.path + (r.status.ok() ? " ok" : " error");
    for (const Claim& c : r.claims) line += " " + c.value.Text();
    out.push_back(line);
  });
  return out;
}

TEST(PipelineTest, ResultsComeInFileOrderWithAnyNumberOfWorkers) {
  const std::vector<std::string> files = ManyFiles();
  const std::vector<std::string> one = Summary(files, 1);
  ASSERT_EQ(one.size(), files.size());
  for (size_t i = 0; i < files.size(); ++i) {
    ASSERT_EQ(one[i].substr(0, files[i].size()), files[i]);
    if (i == 333) {
      EXPECT_NE(one[i].find(" error"), std::string::npos);
    } else {
      EXPECT_NE(one[i].find(" ok " + std::to_string(1000 + i) + "00000000"), std::string::npos) << one[i];
    }
  }
  EXPECT_EQ(Summary(files, 2), one);
  EXPECT_EQ(Summary(files, 3), one);
  EXPECT_EQ(Summary(files, 8), one);
}

TEST(PipelineTest, MoreWorkersThanFilesAndNoFiles) {
  const std::vector<std::string> files = {testing::WriteTempFile("pipeline/one.txt", "營收5億元。\n")};
  EXPECT_EQ(Summary(files, 4), Summary(files, 1));
  EXPECT_TRUE(Summary({}, 4).empty());
}

}  // namespace
}  // namespace figcheck
