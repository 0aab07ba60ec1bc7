// The yardstick of `make bench`: yaml-cpp's event API over the same bytes, doing nothing with
// the events. What acctmgr costs beyond this (checks, schema, model, report) shows as a ratio.
// Usage: bare_parse FILE... (each file read whole into memory, then parsed, as acctmgr does).
#include <cstdio>
#include <fstream>
#include <iterator>
#include <streambuf>
#include <string>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

namespace {

/// The bytes held once, read in place (as acctmgr's loader does): no second copy.
class ViewBuffer : public std::streambuf {
public:
  explicit ViewBuffer(std::string& s) { setg(s.data(), s.data(), s.data() + s.size()); }
};

class Ignore : public YAML::EventHandler {
public:
  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override { ++events; }
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override { ++events; }
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t,
                const std::string&) override {
    ++events;
  }
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {
    ++events;
  }
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {
    ++events;
  }
  void OnMapEnd() override {}
  unsigned long events = 0;
};

} // namespace

int main(int argc, char** argv) {
  Ignore handler;
  for (int i = 1; i < argc; ++i) {
    std::ifstream file(argv[i], std::ios::binary);
    if (!file) {
      std::fprintf(stderr, "bare_parse: cannot read %s\n", argv[i]);
      return 2;
    }
    std::string bytes{std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
    ViewBuffer buffer(bytes);
    std::istream in(&buffer);
    try {
      YAML::Parser parser(in);
      while (parser.HandleNextDocument(handler)) {
      }
    } catch (const YAML::Exception& e) {
      std::fprintf(stderr, "bare_parse: %s: %s\n", argv[i], e.what());
      return 2;
    }
  }
  std::printf("%lu events\n", handler.events);
  return 0;
}
