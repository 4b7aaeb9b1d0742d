// Writes the sample run (sample_run.h) in every format this branch owns into a folder, for the
// consumer tests (tests/report/consumers.cmake): schema validation, XML parsing, Chromium.
// Usage: figcheck_report_samples DIR (created when missing)
#include <filesystem>
#include <fstream>
#include <iostream>

#include "tests/report/sample_run.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: figcheck_report_samples DIR\n";
    return 2;
  }
  std::error_code error;
  std::filesystem::create_directories(argv[1], error);
  const figcheck::RunResult run = figcheck::testing::SampleRun();
  for (const auto& golden : figcheck::testing::kGoldenFormats) {
    const std::string path = std::string(argv[1]) + "/sample." + golden.extension;
    std::ofstream out(path, std::ios::binary);
    figcheck::WriteReport(golden.format, run, figcheck::ReportOptions{}, out);
    if (!out) {
      std::cerr << "cannot write " << path << "\n";
      return 1;
    }
  }
  return 0;
}
