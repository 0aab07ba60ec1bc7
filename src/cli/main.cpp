#include "cli/app.hpp"

int main(int argc, char** argv) {
  return acctmgr::cli::main(argc, argv);
}
