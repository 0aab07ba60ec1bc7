#include "cli/app.hpp"
#include "io/mapped_file.hpp"

int main(int argc, char** argv) {
  // Input files are mapped: one truncated meanwhile is an input error, not a crash.
  acctmgr::exit_on_truncated_input();
  return acctmgr::cli::main(argc, argv);
}
